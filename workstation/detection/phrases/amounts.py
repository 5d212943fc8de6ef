# ruff: noqa: RUF001  (currency names in Cyrillic)
"""Numbers that say something about a person, as whole expressions: ``USD 4,500``,
``a 40% disability``, ``14 detainees``, ``six years' imprisonment``, ``aged 34``.

Each expression starts at a number, a word that announces one ("some", "at least",
"aged"), or a currency sign; the rest is read from there with anchored patterns, so
the text is not searched once per pattern. English, French and Spanish.

Amounts (MONEY), percentages (PERCENT), durations (DURATION) and ages (AGE) have a
shape of their own. A count (QUANTITY) is a number and the plural noun it counts,
with the words between ("forty sealed crates"), an "of" phrase after it ("4.2
kilograms of heroin"), or "of them". Numbers that are labels (``Article 6``,
``no. 12``, ``room 214``), years and dates are not counts.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.phrases.tokens import Word, gap_is_space, joined_lines, words
from workstation.detection.phrases.tokens import word_set as _set

SCORE = 0.6


def _alternation(text: str) -> str:
    return "|".join(sorted((re.escape(w) for w in text.split()), key=len, reverse=True))


_NUMBER_WORDS = _set(
    """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand million billion dozen
    deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize
    vingt vingts trente quarante cinquante soixante cent cents mille million millions
    milliard milliards
    dos tres cuatro cinco seis siete ocho nueve diez doce trece catorce quince dieciséis
    dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés
    veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve treinta
    cuarenta cincuenta sesenta setenta ochenta noventa cien ciento doscientos trescientos
    cuatrocientos quinientos seiscientos setecientos ochocientos novecientos mil millón
    millones
    dois duas três quatro cinco seis sete oito nove dez onze doze treze catorze
    quatorze quinze dezasseis dezesseis dezassete dezessete dezoito dezanove dezenove vinte
    trinta quarenta cinquenta sessenta setenta oitenta noventa cem cento duzentos duzentas
    trezentos quatrocentos quinhentos seiscentos setecentos oitocentos novecentos milhão
    milhões
    """
)
# Words that are numbers only before a scale ("un million", "a hundred").
_ONE = r"(?:a|an|one|un|une|uno|una)"
_SCALE = (
    r"(?:hundred|thousand|million|billion|dozen|cent|mille|millions?|milliards?|cien|mil"
    r"|millón|millones|milhão|milhões)"
)
_NUMBER_ALTERNATION = _alternation(" ".join(_NUMBER_WORDS))
_WORD_NUMBER = rf"(?:{_NUMBER_ALTERNATION})(?:-(?:{_NUMBER_ALTERNATION}|et-un|y-\w+))*"
_SPELLED = (
    rf"(?:{_ONE}[ ]{_SCALE}|{_WORD_NUMBER})"
    rf"(?:(?:[ ]|[ ]and[ ]|[ ]et[ ]|[ ]y[ ])(?:{_WORD_NUMBER})|[ ]y[ ]un[oa]?\b|[ ]et[ ]une?\b)*"
)
_DIGITS = (
    r"(?<![\w/.,:-])(?:\d{1,3}(?:(?:,|\.|[ \u00a0\u202f'\u2019])\d{3})+(?:[.,]\d+)?"
    r"|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d+(?:[.,]\d+)?)"  # 4,50,000: lakhs; 1'200: Swiss
    r"(?![\w]|/(?!-)|[.,:-]\d)(?:/-)?"  # "Rs. 50,000/-"
)
_AMOUNT = (
    rf"(?:{_DIGITS}|(?<![\w-]){_SPELLED}(?![\w-]))"
    r"(?:[ \u00a0](?:million|billion|thousand|millions|milliards?|millones|millón|bn|mn"
    r"|lakhs?|crores?|milhões|milhão|mil))?"
)
_ABOUT = (
    r"(?:(?:about|around|approximately|roughly|some|nearly|almost|over|under|only|just"
    r"|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|as\s+many\s+as"
    r"|an\s+estimated|a\s+total\s+of|no\s+fewer\s+than|no\s+more\s+than|between|maybe|perhaps"
    r"|minus"
    r"|environ|près\s+de|plus\s+de|moins\s+de|au\s+moins|quelque|jusqu['\u2019]à|pas\s+moins\s+de"
    r"|unos|unas|cerca\s+de|más\s+de|menos\s+de|al\s+menos|hasta|alrededor\s+de|casi"
    r"|aproximadamente|entre|all|todos[ ]los|todas[ ]las|tous[ ]les|toutes[ ]les)\s+)?"
)
# The ISO 4217 codes in use, some withdrawn ones a leak may still hold, and local
# abbreviations; matched in capitals only, so "all", "try" and "mad" stay words.
_CODES = (
    "AED AFN AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD"
    " BTN BWP BYN BYR BZD CAD CDF CHF CLP CNY COP CRC CUC CVE CZK DJF DKK DOP DZD EGP"
    " ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR"
    " IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD"
    " MAD MDL MGA MKD MMK MNT MOP MRO MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD"
    " OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE"
    " SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TRY TTD TWD TZS UAH UGX USD UYU"
    " UZS VED VEF VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL DEM FRF ITL NLG BEF"
    " ATS PTE IEP FIM GRD LTL LVL EEK SKK CYP MTL ZMK GHC TRL RMB CFA FCFA RM Rp KSh"
    " Ksh TSh USh MK ZK Dhs Dh CFAF KShs Kshs TShs Tsh UShs Ush Shs Sh Bs Ft Kč zł kr Kr"
)
_SYMBOL = (
    r"(?:(?-i:(?<![A-Za-z])[A-Z]{1,3}\$)|[$€£¥₹₦₵₱₽₩₺₴₸₲₡₪₫₭₮₼₾¢]|GH¢|Rs\.?|Tk\.?|Fr\.|S/\.?"
    r"|(?-i:Bs\.|Kshs?\.|Shs?\.))"
)
_CURRENCY_WORDS = (
    r"(?:CFA[ ]francs?|(?:US[ ])?dollars?|euros?|pounds?(?:[ ]sterling)?"
    r"|francs?(?:[ ]{1,12}(?:CFA|suisses?))?"
    r"|rupees?|naira|cedis?|shillings?|dinars?|dirhams?|riyals?|rials?|pesos?|soles|bolivianos?"
    r"|reais|reals?|roubles?|rubles?|hryvnias?|tenge|soms?|manats?|lari|liras?|lire|yuan"
    r"|renminbi|yen|won|baht|ringgit|rupiahs?|taka|afghanis?|birr|kwacha|rands?|leones?"
    r"|dalasis?|ouguiyas?|lempiras?|quetzales|quetzals?|córdobas?|colones|guaraníes"
    r"|dólares(?:[ ]estadounidenses)?|dólar|libras?|centimes?|cents?|kopecks?|kopeks?"
    r"|kronor|kroner|krona|krone|kronur|crowns|korun[ay]?|złot(?:y|ys|ych)|zlot(?:y|ys)"
    r"|forints?|lei|leu|leva?|kunas?|denars?|shekels?|sheqels?|dong|kips?|riels?|kyats?"
    r"|tugriks?|somoni|drams?|pula|nakfas?|ariary|gourdes?|balboas?|marks?|marcos?"
    r"|bolívar(?:es)?|bolivars?|kwanzas?|meticais|metical|soums?|tomans?|reales|sucres?"
    r"|escudos?|pesetas?|drachmas?|guilders?|florins?|kinas?|F[ ]CFA|francos?(?:[ ]CFA)?"
    r"|nuevos[ ]soles|bucks|quid|grand"
    # Russian and Central Asian names, in Latin letters cut short and in Cyrillic
    r"|rub(?:\.|(?![\w]))|руб(?:\.|лей|ля|ль)?|грн\.?|гривень|гривні|тенге|сомов|сом"
    r"|t[öo]gr[öo]gs?|tugrugs?)"
)
# A number written straight after a currency code, where no word boundary precedes it.
_GLUED = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?![\w/]|[.,:-]\d)"
_SCALE_WORDS = (
    r"(?:[ \u00a0](?:million|billion|thousand|millions|milliards?|millones|millón|mil|bn|mn|m|k"
    r"|lakhs?|crores?|juta|miliar|ribu|milhões|milhão|bilhões|bilhão|mil[ ]milhões"
    r"|miliardi|milioni|miljoner|miljarder|millionen|milliarden|miljoen|miljard|Mio\.?"
    r"|Mrd\.?)(?![\w]))?"
)
_CODE = rf"(?-i:{_alternation(_CODES)})"
# An adjective of country before or after a currency's name: "Swiss francs", "pesos
# chilenos", "dinars algériens".
_CURRENCY_OF = (
    r"(?:(?-i:[A-Z][a-zà-ÿ]+|Hong[ ]Kong|New[ ]Zealand|US|CFA)[ ])?"
    rf"{_CURRENCY_WORDS}"
    r"(?:[ ](?:chilenos|mexicanos|argentinos|colombianos|cubanos|uruguayos|dominicanos"
    r"|filipinos|bolivianos|suisses|belges|congolais|guinéens|rwandais|burundais|algériens"
    r"|tunisiens|marocains|djiboutiens|comoriens|malgaches|jordaniens|irakiens|koweïtiens"
    r"|libyens|soudanais|kényans|ougandais|tanzaniens|nigérians|égyptiens|libanais"
    # any other country's adjective, by its French, Spanish or Portuguese ending:
    # "gourdes haïtiennes", "soles peruanos", "dólares canadienses", "reais brasileiros"
    r"|(?!(?:jamais|désormais|hermanos|manos|vecinos|padrinos|paisanos)\b)"
    r"(?-i:[a-zà-ÿ]{2,}(?:iens|iennes|éens|éennes|ais|aises|ois|oises|ains|aines|eños|eñas"
    r"|anos|anas|enses|eses|inos|inas|eiros|eiras))(?![\w-])))?"
)
# The second amount of a range: "$300-$500", "USD 1,400 and 2,100", "500 to 700 euros";
# after "and" or "or" only with its own currency or before no word, so "$500 and 12
# goats" leaves the goats to the count.
_TO = r"(?:[ \u00a0]?[-\u2013][ \u00a0]?|[ ](?:to|till|à|a|al|au)[ ])"
_AND = r"[ ](?:and|or|y|o|et|ou)[ ]"
_UPPER = (
    rf"(?:{_TO}(?:{_SYMBOL}|{_CODE}[ \u00a0]?){_AMOUNT}{_SCALE_WORDS}"
    # a bare second figure only before no word but a currency or a rate: "THB 39,000 to
    # 12 beneficiaries" is a sum and a count, "$300 to 500 a month" a range
    rf"|{_TO}{_AMOUNT}(?:{_SCALE_WORDS.removesuffix('?')}|(?![ \u00a0]?(?!{_CURRENCY_WORDS}(?![\w])"
    r"|(?:a|an|per|each|every|par|por|al|le|la|el)[ ])[^\W\d_]))"
    rf"|{_AND}(?:(?:{_SYMBOL}|{_CODE}[ \u00a0]?){_AMOUNT}{_SCALE_WORDS}"
    rf"|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\w,.]\d)|{_AMOUNT}(?![ \u00a0]?[^\W\d_])))?"
)
# "millions of dollars", "hundreds of thousands of euros", "des millions d'euros".
_MANY = (
    r"(?:(?:tens|hundreds|thousands|millions|billions)[ ]of[ ])+"
    r"|(?:des[ ])?(?:dizaines|centaines|milliers|millions|milliards)[ ](?:de[ ]|d['\u2019])"
    r"(?:(?:milliers|millions)[ ](?:de[ ]|d['\u2019]))?"
    r"|(?:miles|cientos|decenas|millones)[ ]de[ ](?:(?:miles|millones)[ ]de[ ])?"
)
# What a price is set per, after "per", "par", "por", "the": "USD 118 per tonne", "3,200
# rubles per hectare", "KLN 410 per shift", "650 000 F par hectare".
_PER_UNIT = (
    r"[ ](?:per|par|por)[ ](?:\d{1,3}(?:,\d{3})+|\d+(?![\d,.]))"  # "Rs 720 per 1,000"
    r"|[ ](?:per|par|por|the|a|an|le|la|el)[ ](?:tonne|ton|metric[ ]ton|kilo|kilogram|kg"
    r"|gram|litre|liter|dose|tablet|pill|box|bottle|bundle|quintal"
    r"|gallon|barrel|bag|sack|hectare|acre|square[ ]met(?:re|er)|m²|m2|met(?:re|er)|head|shift"
    r"|night|trip|load|unit|piece|item|page|signature|permit|licen[cs]e|certificate|visa"
    r"|passport|file|case|document|session|visit|patient|child|worker|family|household|vote"
    r"|share|container|truck|lorry|vehicle|crossing|flight|seat|bed|room|tonelada|hectárea"
    r"|litro|kilo|turno|noche|viaje|unidad|cabeza|persona|familia|mes|nuit|tête|famille"
    r"|litre|tonne|hectare|mois|pessoa|cabeça|família|tonelada|hectare|noite|turno)\b"
)
_MONEY = re.compile(
    rf"{_ABOUT}(?:(?:{_SYMBOL}[ \u00a0]?|{_CODE}[ \u00a0]?)\d{{1,4}}(?:[.,]\d{{1,3}})?"
    rf"(?:bn|mn|m|k)(?![\w])"  # £1.2m, USD 3bn, USD1.2m, US$ 2.5m
    # "a 5,000-euro fine", "the 2m-dollar contract", "$1,000-a-month"
    rf"|{_SYMBOL}?(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:[.,]\d+)?|{_WORD_NUMBER})(?:bn|m|k)?-(?:euro|dollar|pound|franc|rupee|peso"
    r"|dinar|shilling|naira|cedi|rand|yuan|yen|rouble|ruble|riyal|dirham|valdor|a-(?:month|year"
    r"|week|day))(?![\w])"
    rf"|{_CODE}(?=\d){_GLUED}{_SCALE_WORDS}"  # EUR500, USD1,200
    # "3.2m baht", "1.5bn naira": a scale glued to the number, the currency after it
    rf"|(?<![\w.,-])\d{{1,4}}(?:[.,]\d{{1,3}})?(?:bn|mn|m|k)[ \u00a0]"
    rf"(?:{_CURRENCY_OF}|{_CODE})(?![\w])"
    # a range glued by a hyphen after its currency: "$300-500 per night", "€1,200-1,500"
    rf"|(?<![\w])(?:{_SYMBOL}|{_CODE})[ \u00a0]?\d{{1,3}}(?:,\d{{3}})*"
    r"[-\u2013]\d{1,3}(?:,\d{3})*(?![\w]|[.,:/-]\d)"
    rf"|(?:{_SYMBOL}|{_CODE}(?![\w]))[ \u00a0]?{_AMOUNT}{_SCALE_WORDS}{_UPPER}"
    rf"(?:[ \u00a0]{_CURRENCY_WORDS}(?![\w]))?"  # "$84,000 pesos": the symbol and the word
    rf"|(?<![\w-])(?:{_MANY}){_CURRENCY_OF}(?![\w])"
    rf"|{_AMOUNT}(?:(?:{_TO}|{_AND}){_AMOUNT})?[ \u00a0]?(?:de[ ]|d['\u2019]|of[ ])?"
    # a symbol glued to the figure after it is that figure's: "3 July 2023 AV$58,000"
    rf"(?:{_SYMBOL}(?![ \u00a0]?\d)|{_CURRENCY_OF}(?![\w])|{_CODE}(?![\w])|(?-i:DA|DH)(?![\w])"
    # units of account that fines and wages are set in: Chilean UTM and UF, Colombian UVT
    r"|(?-i:UTM|UTA|UF|UVT|SMMLV|SMLMV)(?![\w])|salarios[ ]mínimos(?:[ ]\w+)?))"
    rf"(?:[ ](?:a|per|each|every|par|al|por|a[ ]la)[ ](?:month|year|week|day|hour|mois|an|año"
    r"|mes|semaine|semana|día|jour|annum|head|person|personne|persona|dia|mês|hora|ano)"
    rf"|{_PER_UNIT})?",
    re.IGNORECASE,
)
# A share of a group: "a third of them", "half of the detainees", and, read back from
# each "of the", "two of the nine".
_SHARE = re.compile(
    r"(?i:\b(?:(?:a|one|two|three|four)[ -](?:half|third|quarter|fifth|tenth|thirds|quarters"
    r"|fifths|tenths)|half|la[ ]moitié|un[ ]tiers|la[ ]mitad|un[ ]tercio)[ \n](?:of|de|d['\u2019])"
    r"[ \n]?(?:them|those|these|eux|ellos|ellas|(?:the|its|their|his|her|les|ses|leurs|los|las"
    r"|sus)[ \n](?:[a-zà-ÿ-]{3,}s|staff|police|people|population|workforce|crew|personnel"
    r"|electorate|personal|gente|personnel))\b)"
)
_OF_THE = re.compile(r"[ \n]of[ \n](?:the|its|their|his|her|our|these|those)[ \n]", re.IGNORECASE)
_NUMBER_BEFORE = re.compile(rf"(?i:(?<![\w-])(?:\d{{1,3}}|{_WORD_NUMBER}))$")
_NUMBER_AFTER = re.compile(rf"(?i:(?:\d{{1,5}}|\d{{1,3}}(?:,\d{{3}})+|{_WORD_NUMBER})\b)")


def _shares(text: str) -> Iterator[tuple[int, int]]:
    for match in _SHARE.finditer(text):
        yield match.span()
    for match in _OF_THE.finditer(text):
        before = _NUMBER_BEFORE.search(text, max(0, match.start() - 40), match.start())
        after = _NUMBER_AFTER.match(text, match.end())
        if before and after:
            yield before.start(), after.end()


# Ages a count does not start: "in his forties", "Age: 41", "aged between 30 and 40".
_AGE_ALONE = re.compile(
    r"(?i:\bin[ ](?:his|her|their)[ ](?:early[ ]|mid-?|late[ ])?(?:teens|twenties|thirties"
    r"|forties|fifties|sixties|seventies|eighties|nineties|[2-9]0s)\b"
    r"|\bage[ ]?:?[ ]?\d{1,3}\b|\baged[ ]between[ ]\d{1,2}[ ]and[ ]\d{1,2}\b"
    r"|\bages[ ]\d{1,2}(?:,[ ]\d{1,2})*,?[ ](?:and|to)[ ]\d{1,2}\b"
    r"|\baged[ ]\d{1,2}[-\u2013]\d{1,2}\b|\b\d{1,3}(?:st|nd|rd|th)[ ]birthday\b"
    # "a minor", "mayor de edad", "a septuagenarian", "born in 1971"
    r"|\b(?:an?[ ])?minors?(?=[,.;)]|[ ](?:at|who|when|and|or|in|under|aged|of|were|was|is|are)\b)"
    r"|\b(?:mayor|menor|mayores|menores)[ ]de[ ]edad\b"
    r"|\bmineure?s?(?=[,.;)]|[ ](?:de|au|âgée?s?)\b)"
    r"|\b(?:a[ ]|an[ ])?(?:quadra|quinqua|sexa|septua|octo|nona)genarian\b"
    r"|\b(?:quadra|quinqua|sexa|septua|octo|nona)génaires?\b"
    r"|\b(?:born|née?|nacid[oa])[ ](?:in|en)[ ](?:19|20)\d\d\b"
    # "children under five", "enfants de moins de cinq ans": an age band
    r"|\b(?:children|kids|infants|babies|girls|boys)[ ](?:under|below|over|aged[ ]under)[ ]"
    r"(?:the[ ]age[ ]of[ ])?(?:\d{1,2}|five|six|ten|twelve|fifteen|sixteen|eighteen)\b"
    r"|\b(?:enfants|niños|niñas|crianças)[ ](?:de[ ])?(?:moins[ ]de|menores[ ]de|menos[ ]de)[ ]"
    r"(?:\d{1,2}|cinq|cinco|dix|diez|dez)[ ](?:ans|años|anos)\b)"
)
# A currency the lists do not know, written as its code before a grouped amount
# ("SDR 92,000", "KSH 1,500.00").
# Also with a scale word ("KR 38.6 million", "SHR 10 million") and in the groupings
# of Europe and Latin America ("VLD 312 000", "MRE 38.400"), where no identifier
# has a scale word and a third group of digits makes it an identifier.
_CODED_AMOUNT = re.compile(
    r"(?<![\w/])(?P<code>[A-Z]{2,3})[ \u00a0]?(?:\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?"
    r"(?:[ ](?:million|billion))?"
    r"|\d{1,3}(?:[.,]\d{1,3})?[ ](?:million|billion|thousand|bn|mn|m)(?![\w])"
    r"|(?P<grouped>\d{1,3}(?:[ \u00a0.]\d{3}){1,2}(?:,\d{2})?(?![\w]|[ .]\d)))"
    rf"(?:[ ](?:a|per|each|every)[ ](?:month|year|week|day)|{_PER_UNIT})?"
)
# A currency code no list knows ("QAD 180", "180 QAD"), taken as money only after a
# word of paying in the same sentence, so "REF 180" and "COPY 3" stay what they are.
_UNKNOWN_CODE = re.compile(
    # one- and two-letter abbreviations (quetzal, kina, lempira, pula, rand, ariary) only
    # with a space and a grouped figure or a rate, so "Q3", "Q 4" and "P 12" stay what
    # they are
    r"(?<![\w/-])(?:(?:(?P<before>[A-Z]{3})[ \u00a0]?\d[\d,.]*|(?P<letter>Q|K|L|P|R|Ar)[ \u00a0]"
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?=[ ](?:a|per|each|every)[ ])))"
    r"(?:[ ](?:million|billion|m|bn|lakhs?|crores?|millions?|milliards?|millones|milhões))?"
    r"|(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d[\d,.]*)[ \u00a0](?P<after>[A-Z]{3})"
    # a letter glued to a figure grouped by commas ("N1,870,000" for naira, "K12,500"),
    # and a two-letter code after a figure grouped by spaces ("3 712 000 FK")
    r"|(?P<glued>N|K|R|P|Q|L)\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?"
    r"|\d{1,3}(?:[ \u00a0]\d{3})+[ \u00a0](?P<after_two>[A-Z]{2}))(?![\w/-])"
    r"(?:[ ](?:a|per|each|every)[ ](?:month|year|week|day|hour|kilo|kg|head))?"
    rf"(?:{_PER_UNIT})?"
)
_PAYING = re.compile(
    r"(?i:\b(?:paid|pay|pays|paying|payment|payments|cost|costs|costing|worth|fee|fees|fine|fined"
    r"|salary|salaries|wage|wages|bribe|bribes|price|priced|sum|amount|amounts|received"
    r"|transferred|transfer|owed|owes|loan|loans|invoice|invoiced|budget|deposit|deposited"
    r"|cash|withdrew|withdrawn|charged|charge|sold|bought|spent|earned|earns|earn|earning|earnings|rent|debt"
    r"|compensation|damages|bail|ransom|tax|payé|versé|somme|montant|amende|salaire"
    r"|pagó|pagado|pago|suma|monto|multa|sueldo|salario|pension|allowance|award|awarded|penalty"
    r"|grant|income|savings|stolen|embezzled|seized|confiscated|donated|donation|levy|toll"
    r"|subsidy|stipend|reward|kickback|kickbacks|commission|fined|turnover|profit|profits"
    r"|revenue|valued|severance|bonus|payout|refund|lent|borrowed|raised|collected|extorted"
    r"|balance|expenses|expenditure|donations|solde|dons|dépenses|recettes|saldo|gastos"
    r"|ingresos|donaciones"
    r"|demanded|offered|cobró|cobraba|pagaba|fianza|indemnización|soborno|coima|touché"
    r"|payait|caution|indemnité|loyer|guarantee|garantía|garantie|garantia|caução"
    r"|custo|custos|custou|somam|soma|pagou|pagar|pagamento|pagamentos|salário|multa"
    r"|montante|dívida|renda|suborno|fiança|indemnização|recebeu|depositou|transferiu"
    r"|quota|quotas|taxa|prémio|valor)\b)"
)
_NOT_CODES = _set(
    """
    ref nos and for the per our her his not net tel fax box cat vol rev art sec no nr id
    km kg po bp cp op ch pp tf flt bus rn am pm hp kw mw gb mb tb db hz cm mm ml ha
    """
)


def _paid_in_unknown_code(text: str) -> Iterator[LayoutSpan]:
    """Amounts in a code no list holds, once one of them is paid in the document: "QAD
    180 a month" after "earns" makes "QAD" a currency for "Rent: QAD 60" further on."""
    matches = [
        (match, code)
        for match in _UNKNOWN_CODE.finditer(text)
        if (
            code := match.group("before")
            or match.group("letter")
            or match.group("after")
            or match.group("glued")
            or match.group("after_two")
        )
        not in _CODE_SET
        and code.lower() not in _NOT_CODES
    ]
    currencies = {code for match, code in matches if _paid(text, match)}
    for match, code in matches:
        if code in currencies:
            end = match.end()
            while text[end - 1] in ".,":
                end -= 1
            yield LayoutSpan(match.start(), end, "MONEY", SCORE, "amount in a currency code")


def _paid(text: str, match: re.Match[str]) -> bool:
    """Whether a word of paying stands in the same sentence, before or just after."""
    line_start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start()))
    ends = (text.find(". ", match.end()), text.find("\n", match.end()), len(text))
    line_end = min(i for i in ends if i >= 0)
    before = _PAYING.search(text, max(line_start + 1, match.start() - 80), match.start())
    return bool(before or _PAYING.search(text, match.end(), min(line_end, match.end() + 60)))


# "a man of about 50", "un garçon de 12 ans", "una niña de nueve años".
_AGE_OF_A_PERSON = re.compile(
    r"(?i:\b(?:man|woman|boy|girl|teenager|child|youth|person|widow|widower|student|pupil"
    r"|son|daughter|grandson|granddaughter|nephew|niece|brother|sister|patient|detainee"
    r"|prisoner|victim|migrant|worker|refugee|mother|father|wife|husband)[ ]"
    r"(?P<age>of[ ](?:about[ ]|around[ ]|some[ ]|roughly[ ])?\d{1,2}(?:[ ]years(?:[ ]old)?)?)"
    r"(?![\w-]|[.,]\d|[ ](?:(?!was\b|is\b|has\b|this\b)[a-z]+s|years?|months?|kg|km|per)\b)"
    r"|\b(?:garçon|fille|fillette|enfant|homme|femme|jeune|adolescente?|veuve|niñ[oa]|chic[oa]"
    r"|joven|hombre|mujer|muchach[oa]|adolescente|viud[oa])[ ]"
    rf"(?P<age2>(?:de|d['\u2019])[ ]?(?:unos[ ]|environ[ ])?{_AMOUNT}[ ](?:ans|años)"
    r"(?:[ ]de[ ]edad)?))"
)


def _ages_of_a_person(text: str) -> Iterator[LayoutSpan]:
    for match in _AGE_OF_A_PERSON.finditer(text):
        group = "age" if match.group("age") else "age2"
        yield LayoutSpan(match.start(group), match.end(group), "AGE", SCORE, "age of a person")


# A sentence for life is a duration: "a life sentence", "réclusion à perpétuité".
_FOR_LIFE = re.compile(
    r"(?i:\b(?:a[ ])?life[ ](?:sentence|term|imprisonment)\b|\blife[ ]in[ ]prison\b"
    r"|\bimprisonment[ ]for[ ]life\b|\b(?:a[ ])?whole[- ]life[ ](?:order|tariff|term)\b"
    r"|\bprisión[ ]permanente(?:[ ]revisable)?\b|\bà[ ]perpétuité\b"
    r"|\b(?:réclusion|détention|emprisonnement)[ ](?:criminelle[ ])?à[ ]perpétuité\b"
    r"|\b(?:cadena|prisión|reclusión)[ ]perpetua\b)"
)


# "between 10 and 12 per cent", "10-12%", "un 30 %": a range and an article belong to it.
_PERCENT = re.compile(
    r"(?<![\w.,-])\d{1,3}(?:[.,]\d+)?(?:[-\u2013]\d{1,3}(?:[.,]\d+)?"
    r"(?:[ ]?%|[ ](?:per[ ]?cent|percent)\b)|[ ]?(?:pc|pct)\b)|"
    rf"(?:(?:un|una|une|a|an)[ ])?{_ABOUT}{_AMOUNT}(?:%?(?:{_TO}|{_AND}){_AMOUNT})?"
    r"(?:[ \u00a0\u202f-]?(?:%|per[ -]?cent\b|pour[ -]cent\b|pc\b|pct\b|p\.c\.|por[ ]ciento\b"
    r"|percentage[ ]points?\b|points?[ ]de[ ]pourcentage\b))"
    # what the share is of a person: "a 40% disability", "a 12 per cent stake"
    r"(?:[ ](?:disability|incapacity|invalidity|handicap|impairment|stake|share|shareholding"
    r"|interest|commission|cut|discount|raise|burns|hearing[ ]loss|d['\u2019]invalidité"
    r"|d['\u2019]incapacité|de[ ]discapacidad|de[ ]invalidez)\b)?"
    r"(?:[ ](?:a|per|each|every|par|al|por)[ ](?:month|year|annum|week|day|mois|an|año|mes))?",
    re.IGNORECASE,
)
_UNIT = (
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|nights?|decades?|fortnights?"
    r"|mornings?|afternoons?|evenings?"
    r"|ans?|années?|mois|semaines?|jours?|journées?|heures?|secondes?|nuits?|décennies?"
    r"|anos?|mês|dias?|segundos?|noites?|décadas?"  # Portuguese, where Spanish differs
    r"|tahun|bulan|hari|minggu|jam|năm|tháng|ngày|tuần|giờ"  # Malay, Indonesian, Vietnamese
    r"|años?|meses|mes|semanas?|días?|horas?|minutos?|noches?|décadas?"
    r"|anni|anno|mesi|mese|settimane|settimana|giorni|giorno|notti)"  # Italian
)
_HOW_LONG = (
    rf"(?:{_AMOUNT}|a[ ](?:single|whole|full)|an[ ]entire|a|an|one|a[ ]few|few|several|many"
    r"|half[ ]an?|une?|una|uma|um|quelques|plusieurs"
    r"|varios|varias|unos|unas|(?:une?[ ])?(?:dizaine|quinzaine|vingtaine|trentaine|centaine)"
    r"[ ](?:de[ ]|d['\u2019])|(?:una[ ])?(?:decena|docena|veintena)[ ]de)"
)
_PENALTY = (
    r"(?:['\u2019]s?[ ](?:imprisonment|detention|custody|jail|prison|suspended[ ]sentence|probation"
    r"|leave|house[ ]arrest|military[ ]service|confinement(?:[ ]to[ ](?:barracks|quarters))?"
    r"|solitary[ ]confinement|community[ ]service|hard[ ]labou?r|forced[ ]labou?r|internment"
    r"|exile|suspension|travel[ ]ban|unpaid[ ]leave|sick[ ]leave|maternity[ ]leave"
    r"|paternity[ ]leave|compassionate[ ]leave|home[ ]leave|annual[ ]leave"
    r"|(?:paid[ ]leave|notice|pay|wages|salary|rest|holidays?)(?![\w-]))"
    r"|['\u2019](?=[ \n,.;:)]|$)"  # "six months' ": the possessive is part of the length
    r"|[ ](?:behind[ ]bars|on[ ]probation|in[ ](?:pre-?trial[ ])?detention|in[ ]solitary"
    r"(?:[ ]confinement)?|in[ ]exile|in[ ]hiding|of[ ]community[ ]service|of[ ]hard[ ]labou?r"
    r"|of[ ]unpaid[ ]work|de[ ]arresto|de[ ]inhabilitación|d['\u2019]interdiction|on[ ]remand"
    r"|in[ ]police[ ]custody|of[ ](?:sick[ ]|annual[ ]|unpaid[ ])?leave|de[ ]garde[ ]à[ ]vue)"
    r"|[ ](?:of|de)[ ](?:imprisonment|detention|custody|pre-?trial[ ]detention|prison|prisión"
    r"|cárcel|reclusión|probation|house[ ]arrest|police[ ]custody|prisão|cadeia|detenção"
    r"|presidio)(?:[ ](?:menor|mayor|efetiva|efectiva|suspensa))?"
    r"|[ ](?:imprisonment|in[ ]prison|in[ ]jail|in[ ]custody|suspended|prison[ ]sentence"
    r"|jail[ ]term|sentence|d['\u2019]emprisonnement|de[ ]prison|de[ ]réclusion|de[ ]détention)"
    r"(?:[ ](?:avec[ ]sursis|ferme))?|[ ](?:avec[ ]sursis|ferme))?"
    # the suspended part named inside the sentence: "deux ans d'emprisonnement dont un an
    # avec sursis", "tres años de prisión, de los cuales uno suspendido"
    rf"(?:,?[ ](?:dont|de[ ]los[ ]cuales|dos[ ]quais|of[ ]which)[ ]{_HOW_LONG}(?:[ ]{_UNIT})?"
    r"[ ](?:avec[ ]sursis|ferme|suspendidos?|suspensos?|suspended))?"
    # "six months' imprisonment, suspended for two years"
    rf"(?:,?[ ](?:suspended|avec[ ]sursis|con[ ]suspensión)(?:[ ]for[ ]{_HOW_LONG}[ ]{_UNIT})?)?"
)
# What opens a period: "for a period of", "a sentence of", "the last", "a further".
_PERIOD_OF = (
    r"(?:(?:a|an|the|his|her|their)[ ](?:total|maximum|minimum|(?:(?:prison|jail|custodial"
    r"|suspended)[ ])?(?:sentence|term)|period|spell|stay|stint)[ ]of[ ]"
    r"|(?:the|his|her|their)[ ](?:last|past|next|first|following|previous|coming|remaining"
    r"|final|initial)[ ]|(?:in|over|during|within)[ ]the[ ](?:last|past|next|first|following"
    r"|previous|coming|remaining|final)[ ]|(?:another|a[ ]further|an[ ]additional|an[ ]extra)[ ]"
    r"|(?:une[ ](?:peine|période|durée)|un[ ]délai|una[ ](?:pena|condena)|un[ ]per[ií]odo"
    r"|un[ ]plazo)[ ](?:de[ ]|d['\u2019]))?"
)
_UNIT_ADJECTIVE = (
    r"(?:(?:sitting|working|business|calendar|consecutive|straight|full|whole|court|school"
    r"|trading|clear|long)[ ])?"
)
_UNIT_AFTER = (
    r"(?:[ ](?:hábiles|naturales|ouvrables|francs|entiers|consecutivos|consécutifs|seguidos"
    r"|seguidas|running|straight|on[ ]end|in[ ]a[ ]row|non-stop|d['\u2019]affilée|de[ ]suite"
    r"|long))?"
)
# How a period of captivity was spent, after its length: "three years of captivity",
# "five weeks on hunger strike" ("without trial" stays outside, as the rules have it).
_SPENT = (
    r"(?:[ ](?:(?:of|in|de|en)[ ](?:captivity|isolation|cautiverio|aislamiento|captivité"
    r"|isolement|incomunicación)"
    r"|incommunicado"
    r"|on[ ]hunger[ ]strike|en[ ]grève[ ]de[ ]la[ ]faim|en[ ]huelga[ ]de[ ]hambre)\b)?"
)
# A length counted from or to a moment: "six weeks later", "a month later", "two years
# ago", "tres días después", "deux ans plus tard".
_LATER = (
    r"(?:[ ](?:later|earlier|ago|afterwards"
    r"|más[ ]tarde|después|antes|atrás|plus[ ]tard|auparavant|depois|mais[ ]tarde)(?![\w-]))?"
)
# Words that say how near the length is, before it: "barely two weeks", "the better part
# of a year", "à peine trois mois", "apenas dos días".
_ALMOST = (
    r"(?:(?:barely|scarcely|little[ ]more[ ]than|a[ ]little[ ](?:over|under|more[ ]than)"
    r"|well[ ](?:over|under)|just[ ](?:over|under)|the[ ](?:better|best)[ ]part[ ]of"
    r"|upwards[ ]of|no[ ]less[ ]than|à[ ]peine|presque|apenas|poco[ ]más[ ]de"
    r"|(?:longer|shorter|more|less)[ ]than|mais[ ]de|menos[ ]de|quase|cerca[ ]de)[ ])?"
)
_DURATION = re.compile(
    r"(?:(?:for|during|pendant|durante|over|within|throughout|lasting|por|pour|sur|durant"
    r"|en[ ]l['\u2019]espace[ ]de|in[ ]the[ ]space[ ]of|há|hace|il[ ]y[ ]a|dentro[ ]de"
    r"|ao[ ]longo[ ]de|durant|desde[ ]hace|há[ ]mais[ ]de|depuis[ ]plus[ ]de)\s+)?"
    rf"{_PERIOD_OF}{_ALMOST}{_ABOUT}{_HOW_LONG}"
    rf"(?:[ ]and[ ]a[ ](?:half|quarter))?\s?{_UNIT_ADJECTIVE}{_UNIT}(?![\w-]){_UNIT_AFTER}"
    r"(?:[ ]et[ ]demie?|[ ]y[ ]medio)?"
    rf"(?:,[ ]{_HOW_LONG}[ ]?{_UNIT}(?![\w-]))*"  # "un año, diez meses y dieciocho días"
    rf"(?:,?[ ](?:and|et|y)[ ](?:a[ ]half|{_HOW_LONG})(?:[ ]?{_UNIT})?(?![\w-]))?{_PENALTY}"
    rf"{_SPENT}{_LATER}"
    r"(?:[ ](?:a|per|each|every|par|al|por)[ ](?:week|month|year|day|night|semaine|mois|an|jour"
    r"|semana|mes|año|día)\b|[ ](?:a[ ]la[ ]semana|al[ ]día|al[ ]mes|al[ ]año|diari[oa]s"
    r"|daily|par[ ]jour))?"
    rf"|(?:(?:a|an|one)[ ])?(?:\d+|{_WORD_NUMBER})-(?:year|month|week|day|hour)(?:-long)?[ ]"
    r"(?:prison[ ]|jail[ ]|suspended[ ])?(?:sentence|term|stay|detention|imprisonment|ban"
    r"|period|leave|suspension|contract|absence|sentences|terms|visa|permit|curfew|deployment"
    r"|posting|mission|tour|course|internship|placement|trip|visit|fast|hunger[ ]strike|notice"
    r"|quarantine|isolation|lockdown|closure|training|programme|program|assignment|secondment"
    r"|exile|ban|stint|tenure|mandate)s?\b",
    re.IGNORECASE,
)
# Lengths in the short units of logs and notes: "20 min", "3.5 h", "3 h 20 min", "45 secs".
_SHORT_DURATION = re.compile(
    r"(?:(?:for|during|after|within|over)[ ])?(?:about[ ]|approx\.?[ ]|~)?"
    r"(?<![\w.,:])\d{1,3}(?:[.,]\d{1,2})?[ ]?(?:(?:h|hrs?)(?:[ ]?\d{1,2}[ ]?(?:mins?|m)(?![\w-]))?"
    r"(?![\w-]|[ ]?\d)|(?:mins?|secs?)(?![\w-]))",  # not "22 h 30", a time of day
    re.IGNORECASE,
)
_MONTH_NAME = (
    r"(?:(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
    r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro"
    r"|novembro|dezembro)"
)
_YEAR_NUMBER = r"(?:19|20)\d\d(?![\w/-]|[.,]\d)"
_OF_YEAR = rf"(?:,?[ \n](?:de[ \n])?{_YEAR_NUMBER})?"
# How long since a moment: "since 2019", "since 11 March 2026", "desde 2006", "depuis
# juin", "since the end of 2020" (a length to now, so DURATION, the date inside it).
_SINCE = re.compile(
    r"(?:ever[ \n])?(?:since|desde|depuis|dès)[ \n](?:(?:le|el|o|a|la|the)[ \n])?"
    r"(?:(?:early|mid|late|the[ ]end[ ]of|the[ ]start[ ]of|the[ ]beginning[ ]of|début|fin"
    r"|finales[ ]de|principios[ ]de|mediados[ ]de|inicios[ ]de)[ \n-])?"
    rf"(?:[0-3]?\d(?:st|nd|rd|th|er|º)?(?:[ \n]de)?[ \n]{_MONTH_NAME}{_OF_YEAR}"
    rf"|{_MONTH_NAME}(?:[ \n][0-3]?\d(?:st|nd|rd|th)?(?!\d))?{_OF_YEAR}"
    rf"|[0-3]?\d[/.][01]?\d[/.](?:19|20)?\d\d(?![\w/])|{_YEAR_NUMBER})"
    r"(?![\w])",
    re.IGNORECASE,
)
# Kinds of leave, a length of absence though no number is written: "took unpaid leave",
# "on long-term sick leave", "en arrêt maladie", "de baja médica".
_LEAVE = re.compile(
    r"(?i:\b(?:(?:long|short)-term[ ])?(?:sick|unpaid|paid|annual|maternity|paternity"
    r"|parental|compassionate|medical|special|study|garden|administrative|bereavement)[ ]leave"
    r"|\bcongé[ ](?:de[ ]maladie|maladie|de[ ]maternité|parental|sans[ ]solde)"
    r"|\barrêt[ ]maladie|\bbaja[ ](?:médica|por[ ]maternidad|laboral)"
    r"|\blicencia[ ](?:médica|por[ ]maternidad|sin[ ]goce[ ]de[ ]sueldo)"
    r"|\blicença[ ](?:médica|de[ ]maternidade|sem[ ]vencimento)|\bbaixa[ ]médica)\b"
    r"(?![ ,:(]*\d)"  # "sick leave 41 days": the days are the length, labelled on their own
)
# "aged 4, 7 and 9", "aged 27 or 28": several ages after one "aged".
_MORE_AGES = rf"(?:(?:,[ ]|,?[ ](?:and|or|to|et|ou|y|o|e)[ ]){_AMOUNT})*"
_AGE = re.compile(
    rf"(?:aged|âgée?s?|agée?s?)[ \n](?:about[ ]|around[ ]|approximately[ ]|roughly[ ]|some[ ]"
    r"|nearly[ ]|almost[ ]|just[ ]|only[ ]|over[ ]|under[ ]|barely[ ]|environ[ ]|près[ ]de[ ])?"
    rf"(?:de[ ]|d['\u2019])?(?:{_AMOUNT}{_MORE_AGES}(?:[ ](?:ans|años|years(?:[ ]old)?))?"
    r"|une[ ](?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine"
    r"|septantaine|soixante-dizaine|quatre-vingtaine)[ ]d['\u2019]années)"
    rf"|{_AMOUNT}[ ]years?[ ]of[ ]age\b"
    rf"|(?:at|by)[ ]the[ ]age[ ]of[ ]{_AMOUNT}|(?:à|a)[ ]l['\u2019]âge[ ]de[ ]{_AMOUNT}[ ]ans"
    rf"|(?:a|an)?[ ]?{_AMOUNT}[- ](?:years?|months?|weeks?|days?)[- ]old\b"
    rf"|(?:(?:a|an)[ ])?(?<![\w-])(?:{_WORD_NUMBER})-(?:years?|months?|weeks?|days?)-old\b"
    rf"|(?<=,[ ]){_AMOUNT}[ ](?:ans|años|anos|anni)(?:[ ]de[ ]edad)?(?=[,;)])"
    rf"|(?:de|tiene|tenía|a[ ]los|con|cumplió|cumplir)[ ]{_AMOUNT}[ ]años(?:[ ]de[ ]edad)?"
    r"(?![ ](?:de[ ](?:prisión|cárcel|reclusión|condena|arresto)|y[ ]\w+[ ]mes))"
    rf"|(?:à|a|avait|aura|a[ ]eu)[ ]{_AMOUNT}[ ]ans\b(?![ ]?(?:d['\u2019]|de[ ]|avec|ferme))"
    # Portuguese: "de 44 anos", "tem 31 anos", "aos 17 anos de idade", "de 8 e 12 anos"
    rf"|(?:de|tem|tinha|com|aos|fez|completou|completa|contava)[ ]{_AMOUNT}{_MORE_AGES}[ ]anos"
    r"(?:[ ]de[ ]idade)?(?![ ](?:de[ ](?:prisão|cadeia|pena|reclusão|serviço|casad)|e[ ]\w+[ ]mes))"
    rf"|{_AMOUNT}[ ]anos[ ]de[ ]idade"
    rf"|(?:under|over|below|above)[ ]the[ ]age[ ]of[ ]{_AMOUNT}\b"
    rf"|{_AMOUNT}[ ]?(?:yrs?|y/o|yo)\b(?:[ ]old)?|{_AMOUNT}-yr-old\b"
    # a case list's "Zau Seng, 26 y:" or "(31 y)": a lone "y" only right after a name
    r"|(?:(?<=[^\W\d_]{2},[ ])|(?<=\())\d{1,2}[ ]?y(?=[:;,)])"
    r"|in[ ](?:his|her|their)[ ](?:early[ ]|mid-?|late[ ])?(?:teens|twenties|thirties|forties"
    r"|fifties|sixties|seventies|eighties|nineties)",
    re.IGNORECASE,
)
# An age written after a name: "Kwame Asante, 17, a porter"; "Yao Kouassi (64)".
_AGE_AFTER_NAME = re.compile(
    r"(?<=\((?:m|f|M|F|h|H),[ ])(?P<sexed>\d{1,2})(?=\))|"
    # "Ajanel, 23, K'iche'", "Haile, 26, Tenerouan", "Gurung, 41, HIV-positive"
    r"(?<=[^\W\d_]{2}),[ ](?P<value>\d{1,2}),(?=[ ](?-i:[A-Z][\w'\u2019-]+)|[ ]HIV"
    r"|[ ](?:a|an|the|who|from|of|was|is|and|said|had"
    r"|has|whose|lives|living|un|une|de|qui|est|vit|el|la|que|vive|died|dies|told|tells"
    r"|says|suffered|lost|left|worked|works|came|fled|joined|remains|remained|spent|became"
    r"|went|were|escaped|survived|testified|murió|falleció|dijo|declaró|a[ ]été|était|dit"
    r"|[a-zà-ÿ]{3,}(?:ed|s|é|ée|ó|aba|ía))\b)"  # "Mr Okafor, 58, refused", "Ana Ruiz, 41, declaró"
    r"|(?<=[^\W\d_])[ ]\((?P<paren>(?:aged[ ])?\d{1,2})\)"
    # "Zoran Milanović (51, shift leader", "Toussaint, 17 (unaccompanied minor)"
    r"|(?<=[^\W\d_])[ ]\((?P<opening>\d{1,2})(?=,[ \n](?!\d)|;[ ])"
    r"|(?<=[^\W\d_]{2}),[ ](?P<before_paren>\d{1,2})(?=[ ]\((?:[a-z]|aged))"
)
_ABOUT_WORDS = _set(
    """
    about around approximately roughly some nearly almost over under only just more less
    fewer at up as an a no between environ près plus moins au quelque jusqu pas unos unas
    cerca más menos al hasta alrededor casi aproximadamente for during pendant durante
    aged âgé âgée âgés âgées agé agée by à in de tiene tenía los half several few many
    une un quelques plusieurs varios varias una us rs tk once twice tens hundreds thousands
    dozens millions scores centaines milliers dizaines cientos miles decenas docenas des
    dizaine quinzaine vingtaine trentaine quarantaine cinquantaine centaine douzaine
    decena docena veintena centena entre all todos todas tous toutes the his her their
    another further additional extra well just upwards close otros otras con cumplió cumplir
    avait aura throughout lasting por pour sur durant barely scarcely little well upwards
    apenas presque poco since desde depuis dès ever within há hace il longer shorter dentro
    ao quase maybe perhaps minus
    """
)
_STARTERS = _NUMBER_WORDS | _ABOUT_WORDS | {c.lower() for c in _CODES.split()}
_CODE_SET = frozenset(_CODES.split())
_COUNT_WORDS = _set(
    """
    hundreds thousands dozens millions scores centaines milliers dizaines cientos miles
    decenas docenas dizaine quinzaine vingtaine trentaine quarantaine cinquantaine
    centaine douzaine decena docena veintena centena dozen few once twice tens
    """
)
# A currency code glued to its number ("USD1,200"). Codes are letters only, so the one
# code that can start at a word's start before a digit is the whole run of letters
# there: a set lookup on that run finds what ``(?<!\w)(?:USD|EUR|...)(?=\d)`` finds,
# without trying two hundred alternatives at every character.
_LETTERS_BEFORE_A_DIGIT = re.compile(r"(?<!\w)[^\W\d_]+(?=\d)")
_SYMBOLS = re.compile(r"(?<![A-Za-z])(?:[A-Z]{1,3}\$|GH¢|Fr\.|S/)|[$€£¥₹₦₵₱₽₩₺₴₸₲₡₪₫₭₮₼₾¢]")
_EXPRESSIONS = (
    ("MONEY", _MONEY),
    ("PERCENT", _PERCENT),
    ("AGE", _AGE),
    ("DURATION", _DURATION),
    ("DURATION", _SHORT_DURATION),
)
_SINCE_WORDS = frozenset({"since", "desde", "depuis", "dès", "ever"})


def amounts(text: str) -> Iterator[LayoutSpan]:
    """Amounts, percentages, ages, durations and counts in ``text``, each whole, with
    the words around them that belong to them (see :func:`_widened`), each once."""
    seen: set[tuple[int, int, str]] = set()
    for span in _amounts(text):
        key = (span.start, span.end, span.entity)
        if key not in seen:
            seen.add(key)
            yield span


# The first number of a range before a duration: "10 to 14 hours", "three to seven
# years' imprisonment", "between 5 and 20 days".
_RANGE_BEFORE = re.compile(
    rf"(?i:(?:(?:about|around|some|between|from|entre|de|del)[ ])?(?<![\w.,-])"
    rf"(?:\d{{1,3}}|{_WORD_NUMBER})(?:[ ](?:to|and|or|à|et|a|y|o)[ ]|[ ]?[-\u2013][ ]?))$"
)
# What a length is of, before it: "after a wait of 40 minutes".
_LENGTH_OF = re.compile(
    r"(?i:(?:an?|the|his|her|their)[ ](?:wait|delay|journey|trip|walk|drive|absence|stay"
    r"|interruption|break|shift|flight|queue|detention|attente|espera|demora|ausencia)[ ]"
    r"(?:of|de|d['\u2019])[ ])$"
)
# What follows a length and belongs to it: a sentence's kind ("three years'
# restricted liberty"), a rate ("52 horas semanales"), French medical leave ("15 jours d'ITT").
_AFTER_LENGTH = re.compile(
    r"(?i:['\u2019]?s?[ ](?:restricted[ ]liberty|restriction[ ]of[ ]liberty|rigorous"
    r"[ ]imprisonment|simple[ ]imprisonment|corrective[ ]labou?r|correctional[ ]labou?r"
    r"|deprivation[ ]of[ ]liberty|penal[ ]servitude|probation)\b"
    r"|[ ](?:semanales|mensuales|diarias|diarios|hebdomadaires|mensuelles|quotidiennes"
    r"|weekly|a[ ]week|per[ ]week|por[ ]semana|par[ ]semaine)\b"
    r"|[ ]d['\u2019](?:incapacité(?:[ ]totale)?(?:[ ](?:de[ ])?travail)?|ITT|ITP"
    r"|arrêt(?:[ ]de[ ]travail|[ ]maladie)?)\b"
    r"|[ ]de[ ](?:incapacidad|baja|licencia)(?:[ ](?:médica|laboral|temporal))?\b)"
)
# A share of what, after a percentage, written as a rate without an article: "9% of
# contract value", "5% of turnover" (not "12% of the budget", a share of a body's money).
_PERCENT_OF = re.compile(
    r"(?i:[ ]of[ ](?:[a-z]+[ ])?(?:value|contract|price|turnover|profits?|proceeds"
    r"|revenues?|budget|sum|amount|total|shares?|salary|salaries|wages?|income|capital|body"
    r"|skin|body[ ]surface)\b)"
)
# What a percentage measures, before it: "una incapacidad permanente del 40%".
_PERCENT_BEFORE = re.compile(
    r"(?i:\b(?:(?:a|an|una|un|une)[ ])?(?:disability|incapacity|invalidity|impairment"
    r"|incapacidad|invalidez|discapacidad|incapacité|invalidité)(?:[ ][a-zà-ÿ]+)?[ ]"
    r"(?:of|del|de|d['\u2019]une?|à)[ ])$"
)
# A spelled number read as the top of a range of money when it counts what follows
# ("USD 2,300,000 to four firms"): it belongs to the count.
_SPELLED_TOP = re.compile(rf"(?i:[ ](?:to|and|or|à|a|et|y|o)[ ](?:{_WORD_NUMBER}))$")


_MINUS_BEFORE = re.compile(r"(?:^|[ \t\n(;:=])?[-\u2212]$")


def _widened(text: str, span: LayoutSpan) -> LayoutSpan:
    start, end = span.start, span.end
    if span.entity == "DURATION":
        before = _RANGE_BEFORE.search(text, max(0, start - 30), start)
        start = before.start() if before else start
        before = _LENGTH_OF.search(text, max(0, start - 30), start)
        start = before.start() if before else start
        after = _AFTER_LENGTH.match(text, end)
        end = after.end() if after else end
    elif span.entity == "PERCENT":
        if _MINUS_BEFORE.match(text[max(0, start - 2) : start]) or text[start - 1 : start] == "+":
            start -= 1  # "+25.3%", "-4 %": the sign says which way
        after = _PERCENT_OF.match(text, end)
        end = after.end() if after else end
        before = _PERCENT_BEFORE.search(text, max(0, start - 40), start)
        start = before.start() if before else start
    elif span.entity == "MONEY":
        top = _SPELLED_TOP.search(text, start, end)
        if top and re.match(r"[ ][^\W\d_]", text[end : end + 2]):
            end = top.start()  # "to four firms": a count follows
        if _MINUS_BEFORE.match(text[max(0, start - 2) : start]):
            start -= 1  # "-KR 2,100.00" in a statement: the sign is part of the sum
    if (start, end) == (span.start, span.end):
        return span
    return LayoutSpan(start, end, span.entity, span.score, span.reason)


def _amounts(text: str) -> Iterator[LayoutSpan]:
    """Amounts, percentages, ages, durations and counts in ``text``, each whole.

    A single line break inside an expression reads as a space ("41 millions de francs
    ⏎CFA"); a blank line still ends it.
    """
    found = words(text)
    text = joined_lines(text)
    starts = {word.start: index for index, word in enumerate(found)}
    anchors = sorted(
        {
            w.start
            for i, w in enumerate(found)
            # _anchor's first test, inline: most words fail it, and a call per word costs
            if (w.text[0].isdigit() or w.lower.split("-")[0] in _STARTERS) and _anchor(found, i)
        }
        | {m.start() for m in _SYMBOLS.finditer(text)}
        | {m.start() for m in _LETTERS_BEFORE_A_DIGIT.finditer(text) if m.group() in _CODE_SET}
    )
    person_ages = list(_ages_of_a_person(text))
    yield from person_ages
    taken = 0
    previous: LayoutSpan | None = None
    for anchor in anchors:
        if anchor < taken or any(a.start <= anchor < a.end for a in person_ages):
            continue
        span = _expression(text, anchor) or _count(text, found, starts, anchor)
        if span is not None:
            span = _widened(text, span)
            taken = span.end
            yield span
            if _joined_counts(text, previous, span) and previous is not None:
                # "41 men and 26 women": one count of a group, read whole
                yield LayoutSpan(previous.start, span.end, "QUANTITY", SCORE, "counts joined")
            previous = span
    if "(" in text:
        for match in _WORDS_THEN_FIGURE.finditer(text):
            yield LayoutSpan(*match.span(), "QUANTITY", SCORE, "a number in words and figures")
    for match in _JOINED_COUNT.finditer(text):
        yield LayoutSpan(match.start(), match.end(), "QUANTITY", SCORE, "a number joined to a noun")
    for start, end in _shares(text):
        yield LayoutSpan(start, end, "QUANTITY", SCORE, "a share of a group")
    for match in _AGE_ALONE.finditer(text):
        yield LayoutSpan(match.start(), match.end(), "AGE", SCORE, "age")
    for match in _CODED_AMOUNT.finditer(text):
        if match.group("grouped") and not _paid(text, match):
            continue  # "VN 118 204 557" in a list of documents is an identity number
        if match.group("code").lower() not in _NOT_CODES:
            span = LayoutSpan(match.start(), match.end(), "MONEY", SCORE, "amount after a code")
            yield _widened(text, span)
    yield from _paid_in_unknown_code(text)
    if "leave" in text or "cong" in text or "baja" in text or "licen" in text:
        for match in _LEAVE.finditer(text):
            yield LayoutSpan(match.start(), match.end(), "DURATION", SCORE, "a kind of leave")
    for match in _FOR_LIFE.finditer(text):
        yield LayoutSpan(match.start(), match.end(), "DURATION", SCORE, "a term for life")
    for match in _AGE_AFTER_NAME.finditer(text):
        group = next(
            g for g in ("value", "paren", "sexed", "opening", "before_paren") if match.group(g)
        )
        yield LayoutSpan(match.start(group), match.end(group), "AGE", SCORE, "age after a name")


# Between two counts of one group: "41 men and 26 women", "2 adults, 3 children", "34
# people including 19 minors", "12 détenus dont 3 mineurs".
_JOINER = re.compile(
    r"[ \n](?:and|y|et|e|\+)[ \n]|,[ ]|[ ](?:including|of[ ]whom|dont|incluidos|incluidas"
    r"|incluyendo|incluindo|among[ ]them|entre[ ]ellos|entre[ ]eux)[ ]"
)


def _joined_counts(text: str, previous: LayoutSpan | None, span: LayoutSpan) -> bool:
    return (
        previous is not None
        and previous.entity == span.entity == "QUANTITY"
        and _JOINER.fullmatch(text, previous.end, span.start) is not None
    )


# Starters that are ordinary words ("a", "for", "de") start an expression only when a
# number, a unit or the like follows within three words.
_WEAK_STARTERS = _set(
    """
    a an in at by de for during pendant durante un une una des los us half several few
    many over under only just some more less fewer up as no between about around by à
    tiene tenía al los unos unas plus moins près quelque quelques plusieurs varios varias
    entre all todos todas tous toutes the his her their another further additional extra
    well just upwards close otros otras con cumplió cumplir avait aura throughout lasting
    por pour sur durant barely scarcely little apenas presque poco within há hace il longer
    shorter dentro ao quase ever maybe perhaps minus
    """
)
_DECADES = _set("teens twenties thirties forties fifties sixties seventies eighties nineties")


def _numeric(word: Word) -> bool:
    head = word.lower.split("-")[0]
    return (
        word.text[0].isdigit()
        or head in _NUMBER_WORDS
        or head in _COUNT_WORDS
        or word.lower in _UNIT_WORDS
        or word.lower in _DECADES
        or word.text in _CODE_SET
    )


def _anchor(found: tuple[Word, ...], index: int) -> bool:
    word = found[index]
    head = word.lower.split("-")[0]
    if word.text[0].isdigit():
        return True
    if head not in _STARTERS:
        return False
    if head not in _WEAK_STARTERS:
        return True
    return any(_numeric(w) for w in found[index + 1 : index + 6])


def _expression(text: str, anchor: int) -> LayoutSpan | None:
    """The longest amount, percentage, age or duration starting at ``anchor``."""
    since = _SINCE.match(text, anchor)
    if since:
        return LayoutSpan(anchor, since.end(), "DURATION", SCORE, "a length since a date")
    best: tuple[int, str] | None = None
    for entity, pattern in _EXPRESSIONS:
        match = pattern.match(text, anchor)
        if match and match.end() > anchor and (best is None or match.end() > best[0]):
            best = (match.end(), entity)
    if best is None:
        return None
    end = best[0]
    while end > anchor and text[end - 1] in " \n\t":
        end -= 1
    piece = text[anchor:end]
    if not any(c.isdigit() for c in piece) and not _spelled(piece):
        return None  # "for several" without a number or a unit: not an expression
    if best[1] == "DURATION" and _A_UNIT.fullmatch(piece):
        return None  # "a day", "one year": more often when than how long
    if best[1] == "AGE" and _PENALTY_BEFORE.search(text, max(0, anchor - 24), anchor):
        # "la pena de ocho años y seis meses de prisión": the term, read on after "de"
        term = _DURATION.match(text, anchor + len(piece.split(" ", 1)[0]) + 1)
        end = max(end, term.end() if term else end)
        return LayoutSpan(anchor, end, "DURATION", SCORE, "duration expression")
    return LayoutSpan(anchor, end, best[1], SCORE, f"{best[1].lower()} expression")


# A number joined to what it counts: "a 12-member committee", "the 300-strong crowd".
_JOINED_COUNT = re.compile(
    rf"(?i:(?:\b(?:a|an|the)[ ])?(?<![\w-])(?:\d{{1,6}}|{_WORD_NUMBER})-(?:strong|member|man|woman"
    r"|person|people|seat|bed|room|bedroom|storey|story|floor|tonne|ton|page|point|vehicle|car"
    r"|truck|hectare|acre|metre|meter|kilometre|kilometer|km|mile|foot|feet|inch|megawatt|MW"
    r"|kilowatt|kW|litre|liter|gallon|rai|mu|bigha|feddan|dunam|kanal|manzana)\b)"
    r"(?:[ ](?-i:[a-z]{3,})\b)?"
)
# "una condena de tres años", "une peine de 12 ans": a term, not an age.
_PENALTY_BEFORE = re.compile(
    r"(?i:\b(?:condena|pena|sentencia|prisión|cárcel|reclusión|plazo|período|periodo|peine"
    r"|durée|période|condamnation|emprisonnement|détention)[ ]$)"
)
_A_UNIT = re.compile(
    r"(?i)(?:a|an|une?|uno|una)\s+\w+(?:\s+(?:later|earlier|ago|afterwards|después|plus[ ]tard"
    r"|depois|más[ ]tarde|mais[ ]tarde|antes|atrás|auparavant))?"
)


def _spelled(piece: str) -> bool:
    return any(
        word in _NUMBER_WORDS or word in _UNIT_WORDS or word in _COUNT_WORDS
        for word in re.split(r"[\s-]+", piece.lower())
    )


_UNIT_WORDS = _set(
    """
    year years month months week weeks day days hour hours night nights minute minutes
    an ans année années mois semaine semaines jour jours heure heures año años meses
    semana semanas día días hora horas dizaine quinzaine vingtaine trentaine decena
    decade decades fortnight fortnights décennie décennies década décadas
    second seconds seconde secondes segundo segundos ano anos mês dia dias noite noites
    tahun bulan hari minggu năm tháng ngày tuần giờ
    anni anno mesi mese settimana settimane giorni giorno notti
    """
)

# --- counts -------------------------------------------------------------------------

# What else opens a count: "the remaining 12", "another 40", "well over 100".
_COUNT_OPENER = (
    r"(?:(?:several|a[ ]few|a[ ]couple[ ]of|half[ ]a|many|quelques|plusieurs|varios|varias"
    r"|unos[ ]pocos)[ ](?=(?:hundred|thousand|dozen|cent|mille|cientos|mil|centenares)\b)"
    r"|(?:the[ ](?:remaining|other|first|last|next)|another|a[ ]further|an[ ]additional"
    r"|an[ ]extra|well[ ](?:over|under)|just[ ](?:over|under)|upwards[ ]of|in[ ]excess[ ]of"
    r"|close[ ]to|a[ ](?:maximum|minimum)[ ]of|a[ ]handful[ ]of|otros|otras|les[ ](?:autres"
    r"|derniers|premiers)|los[ ](?:otros|demás|últimos|primeros)"
    r"|(?:one|\d{1,3})[ ]in[ ](?:every[ ])?(?=\w))[ ]?)?"  # "one in five prisoners"
)
_COUNT_START = re.compile(
    rf"{_COUNT_OPENER}{_ABOUT}(?:(?<![\w.,/-])\d{{1,4}}[-\u2013]\d{{1,4}}(?![\w/-])"
    rf"|{_AMOUNT}(?:(?:{_TO}|{_AND}|[ ](?:by|x|×)[ ]){_AMOUNT}|[ ]or[ ]so)?"
    r"|(?<![\w-])(?:tens|hundreds|thousands|dozens|millions|scores|centaines"
    r"|milliers|dizaines|cientos|miles|decenas|docenas)(?![\w-])"
    r"|(?<![\w-])(?:une[ ])?(?:dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine"
    r"|centaine|douzaine)(?![\w-])|(?<![\w-])(?:una[ ])?(?:decena|docena|veintena|centena)(?![\w-])"
    r"|(?<![\w-])once(?=[ ]\w{3,}(?:os|as|es)\b))",
    re.IGNORECASE,
)
# "twice a week", "six or seven times", "two or three times a week", "trois fois par mois".
_HOW_OFTEN = r"[ ](?:a|per|each|every)[ ](?:day|night|week|month|year|shift|fortnight)"
_FREQUENCY = re.compile(
    rf"(?:once|twice){_HOW_OFTEN}"  # not "once" alone: "once viviendas" is eleven homes
    r"|(?:(?:maybe|perhaps|about|around|some|nearly|almost|over|more[ ]than)[ ])?"
    rf"(?:{_WORD_NUMBER}|\d+)(?:[ ](?:or|to|and)[ ](?:{_WORD_NUMBER}|\d+))?[ ]times"
    rf"(?:{_HOW_OFTEN})?"
    r"|(?:une|deux|trois|\d+)[ ]fois[ ]par[ ](?:jour|semaine|mois|an)",
    re.IGNORECASE,
)
_LABELS = _set(
    """
    no nos n° nº number article art articles paragraph paragraphs para § section sections
    rule rules page pages p pp chapter annex item room cell block gate pier platform flat
    apartment dormitory line case file vol volume level floor grade class category point
    step phase round count exhibit schedule part clause protocol law act decree loi
    décret ley artículo numéro núm num número figure table appendix box bus route highway
    km kilometre unit ward bed seat row lot plot sheet parcel box sector zone quartier
    secteur av avenue street rue calle road tel phone ext extension ref pièce pièces
    """
)
_MONTHS = _set(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre
    noviembre diciembre
    """
)
_IRREGULAR = _set(
    """
    people men women children police staff personnel cattle sheep fish persons folk kin
    feet teeth mice geese offspring youth clergy militia crew
    gens personnes enfants hommes femmes gens
    gente personas niños niñas hombres mujeres
    """
)
_UNITS = _set(
    """
    kg kilograms kilogrammes kilos kilo grams grammes gramos g mg tonnes tons tonnes t
    metres meters m m² m2 km kilometres kilometers miles cm mm hectares ha acres litres
    liters l ml gallons barrels mw gb mb mètres kilomètres litros metros
    kilómetros toneladas hectáreas m3 m³ km² sq rai ngan mu bigha bighas feddan feddans
    dunam dunams kanal kanals marla marlas manzanas cuadras
    """
)
_NOT_NOUNS = _set(
    """
    this was has is does goes says us its his hers ours yours theirs less across plus thus
    yes always perhaps unless whereas besides towards afterwards sometimes as was upon
    dans sous sans puis mais plus moins tous nous vous avons avez sommes êtes sont
    étaient avaient ont alors depuis après chez vers lors selon parmi dès pas très trop
    ans années mois semaines jours heures años meses semanas días horas minutes minutos
    les des mes tes ses ces aux leurs nos vos los las sus unos unas entre tras desde
    hasta años pues antes después además mientras menos más tres seis dos
    hours days weeks months years nights decades minutes seconds times
    """
)
# Singular English nouns that end like a plural ("détenus" is a plural).
_SINGULAR_US = _set(
    """
    bus status campus census consensus apparatus stimulus virus bonus focus corpus genus
    radius syllabus hiatus impetus prospectus exodus onus nexus surplus cactus chorus
    minus sinus fungus nucleus terminus lotus
    """
)
_BETWEEN_STOP = _set(
    """
    a an the of and or to in on at by for with from as is are was were be been that
    which who whom this these those it its their his her our your my de du des la le les
    another such same
    et ou en à au aux un une el los las y o con por para que se su sus no not
    """
)


def _count(
    text: str, found: tuple[Word, ...], starts: dict[int, int], anchor: int
) -> LayoutSpan | None:
    """A number and what it counts, starting at ``anchor``; None if it counts nothing."""
    frequency = _FREQUENCY.match(text, anchor)
    if frequency:
        return LayoutSpan(anchor, frequency.end(), "QUANTITY", SCORE, "how often")
    match = _COUNT_START.match(text, anchor)
    if not match or not _is_count_number(text, found, starts, anchor, match):
        return None
    both = _BOTH_STATES.match(text, match.end())  # "23 current and former crew"
    index = _word_index(found, starts, both.end() if both else match.end())
    if index is None:
        return _bare_estimate(text, match, anchor)
    end = _counted_noun(text, found, index)
    if end is None and match.group().strip().lower() in _ONES:
        end = _one_thing(text, found, index)
    if end is None:
        return _bare_estimate(text, match, anchor)
    rate = _COUNT_RATE.match(text, end)
    end = rate.end() if rate else end  # "412 deliveries a month", "15 phones a week"
    return LayoutSpan(anchor, end, "QUANTITY", SCORE, "a number and what it counts")


# Two states of a group joined before what is counted: "47 current and former workers",
# "anciens et actuels salariés", "actuales y antiguos empleados".
_STATES = (
    r"(?:current|former|serving|retired|past|present|active|existing|new|old|anciens|actuels"
    r"|nouveaux|actuales|antiguos|ex|nuevos|atuais|antigos|novos)"
)
_BOTH_STATES = re.compile(rf"(?i:[ ]{_STATES}[ ](?:and|or|et|ou|y|o|e)[ ]{_STATES}(?=[ ]))")
# A number in words with its figure in brackets, as contracts and orders write it:
# "three (3) deceased", "cinq (5) agents", "diez (10) trabajadores".
_WORDS_THEN_FIGURE = re.compile(rf"(?i:(?<![\w-])(?:{_WORD_NUMBER})[ ]\(\d{{1,6}}\))")
_COUNT_RATE = re.compile(
    r"(?i:[ ](?:a|per|each|every|par|por|al)[ ](?:day|night|week|month|year|shift|jour|semaine"
    r"|mois|an|día|semana|mes|año|dia|mês|ano)\b)"
)


_ONES = frozenset({"one", "1", "only one", "just one"})
_AFTER_ONE_THING = _set("for per of in at to and or on with who a")


def _one_thing(text: str, found: tuple[Word, ...], index: int) -> int | None:
    """ "one nurse for 1,412 prisoners": a singular noun after "one", then a preposition
    or a stop, so "one another" or "one day he came" are not counts."""
    for position in range(index, min(index + 3, len(found) - 1)):
        # "one occupational therapist," "one part-time medical assistant and": up to two
        # words that qualify the noun, all in lower case
        if not gap_is_space(text, found[position - 1], found[position]):
            return None
        noun, after = found[position], found[position + 1]
        bare = noun.text.replace("-", "")
        if not bare.isalpha() or not noun.text.islower() or len(noun.text) < 4:
            return None
        if noun.lower in _BETWEEN_STOP or noun.lower in _NOT_NOUNS or noun.lower in _UNIT_WORDS:
            return None
        between = text[noun.end : after.start]
        if between.strip() in (",", ".", ";", ":", ")", "(") or after.lower in _AFTER_ONE_THING:
            return noun.end
    return None


def _bare_estimate(text: str, match: re.Match[str], anchor: int) -> LayoutSpan | None:
    """ "une trentaine", "dozens", "a few dozen" on their own still count something
    already named; "a further nine thousand kronor" is left to the amount."""
    piece = match.group().lower()
    if any(w in piece for w in ("aine", "cena", "dozens", "hundreds", "thousands")):
        return LayoutSpan(anchor, match.end(), "QUANTITY", SCORE, "an estimated number")
    if piece.endswith(("dozen", "hundred", "thousand")) and not _WORD_AFTER.match(
        text, match.end()
    ):
        return LayoutSpan(anchor, match.end(), "QUANTITY", SCORE, "an estimated number")
    return None


_WORD_AFTER = re.compile(r"[ \n]+(?!(?:were|are|had|have|of|in|at|on|and|or|to|who)\b)[^\W\d_]")


def _word_index(found: tuple[Word, ...], starts: dict[int, int], end: int) -> int | None:
    """Index of the first word starting at or after position ``end``."""
    index = bisect.bisect_left(found, end, key=lambda word: word.start)
    return index if index < len(found) else None


def _is_count_number(
    text: str, found: tuple[Word, ...], starts: dict[int, int], anchor: int, match: re.Match[str]
) -> bool:
    index = starts.get(anchor)
    if index is not None and index > 0:
        before = found[index - 1]
        gap = text[before.end : anchor]
        sentence = "." in gap and text[anchor].isupper()  # "the wing. Five boys were"
        if before.lower.rstrip(".") in _LABELS and gap.strip(" .:#") == "" and not sentence:
            nxt = _word_index(found, starts, match.end())
            if nxt is None or found[nxt].lower not in _UNITS:
                return False  # "room 214", but "flat 64 m²" is a size
    number = match.group().strip()
    if any(re.fullmatch(r"(?:19|20)\d\d", piece) for piece in re.split(r"[\s\u2013-]+", number)):
        nxt = _word_index(found, starts, match.end())
        return nxt is not None and found[nxt].lower in _UNITS
    return True


def _counted_noun(text: str, found: tuple[Word, ...], index: int) -> int | None:
    """End of "sealed crates", "of them", "kilograms of heroin" from ``found[index]``."""
    first = found[index]
    if first.lower in _MONTHS:
        return None
    if first.lower in ("of", "d'", "de") and index + 1 < len(found):
        pronoun = found[index + 1]
        if pronoun.lower in _MONTHS:
            return None  # "le 3 de mars", "the 4th of July": a date
        if pronoun.lower in _PRONOUNS:
            last = index + 1
            if pronoun.lower == "entre" and index + 2 < len(found):
                last = index + 2  # "d'entre eux"
            return found[last].end
        collective = _COLLECTIVE.search(text, max(0, first.start - 12), first.start)
        if first.lower == "of" and not collective:
            return _of_the_things(text, found, index)
        index += 1  # "hundreds of people", "des centaines de manifestants"
    adjective: int | None = None  # "three suspicious ... reports": read on past it
    for position in range(index, min(index + 3, len(found))):
        word = found[position]
        if position > 0 and not gap_is_space(text, found[position - 1], word):
            return adjective
        if _countable(word):
            return _with_tail(text, found, position)
        if _acronym(word) and position + 1 < len(found):
            continue  # "four GPS units", "two UN officials": an acronym qualifies the noun
        if word.lower in _BETWEEN_STOP or word.lower in _NOT_NOUNS:
            return adjective
        if not word.lower.replace("-", "").isalpha() or not word.text[0].islower():
            return adjective  # "three non-commissioned officers" passes
        if adjective is None and word.lower.endswith("ous") and len(word.lower) > 4:
            adjective = word.end  # "one delirious 88-year-old": the adjective names them
    return adjective


_PRONOUNS = _set("them whom which those these us entre ellos ellas")


def _acronym(word: Word) -> bool:
    """An acronym, not a function word in capitals ("DE", "LA")."""
    if _MODEL.fullmatch(word.text):
        return True  # "eighteen G3 rifles", "two AK-47 rifles": a model qualifies the noun
    if not (2 <= len(word.text) <= 5 and word.text.isupper() and word.text.isalpha()):
        return False
    function_word = word.lower in _BETWEEN_STOP or word.lower in _NOT_NOUNS
    return not function_word or word.text in _BODY_ACRONYMS


_BODY_ACRONYMS = frozenset({"UN", "EU", "AU", "UK", "US"})
_MODEL = re.compile(r"(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{1,6}")


_COLLECTIVE = re.compile(
    r"(?i)(?:hundreds|thousands|dozens|millions|scores|tens|centaines|milliers|dizaines"
    r"|cientos|miles|decenas|docenas)[ ]$"
)


def _of_the_things(text: str, found: tuple[Word, ...], index: int) -> int | None:
    """ "31 of the machines", "seven of her soldiers": a number of a plural noun."""
    if index + 2 >= len(found) or found[index + 1].lower not in _OF_DETERMINERS:
        return None
    for position in range(index + 2, min(index + 4, len(found))):
        word = found[position]
        if not gap_is_space(text, found[position - 1], word):
            return None
        if _countable(word):
            return word.end
        if not word.text.islower() or word.lower in _BETWEEN_STOP or word.lower in _NOT_NOUNS:
            return None
    return None


_OF_DETERMINERS = _set("the its his her their our my your these those")


def _countable(word: Word) -> bool:
    lower = word.lower
    if lower in _UNITS or (lower in _IRREGULAR and word.text[0].islower()):
        return True  # not "4.2 Women's wing": a heading's number and title
    if _PLURAL_ACRONYM.fullmatch(word.text) or word.text in _STAFF_GRADES:
        return True  # "four NCOs", "2 RNs", "three NGOs"; a roster's "2 RN / 0 HCA"
    if lower in _NOT_NOUNS or not word.text[0].islower() or not lower.replace("-", "").isalpha():
        return False
    if _IRREGULAR_COMPOUND.search(lower) and lower not in _NOT_MEN:
        return True  # "three grandchildren", "nine fishermen", "two policewomen"
    if lower.endswith(("ss", "is", "ous")) or lower in _SINGULAR_US:
        return False  # "three suspicious reports": the adjective is not the noun
    return len(lower) > 3 and lower[-1] in "sx"


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")
# Grades of ward and guard staff, counted in the singular in rosters and incident notes.
_STAFF_GRADES = frozenset(
    {"RN", "RGN", "RMN", "EN", "LPN", "LVN", "CNA", "HCA", "HCSW", "NA", "SN", "ODP", "AHP"}
    | {"ANP", "NCO", "GP", "SHO", "FY1", "FY2"}
)
_IRREGULAR_COMPOUND = re.compile(r"..(?:children|men|women|people|folk)$")
_NOT_MEN = _set("specimen regimen abdomen acumen stamen hymen semen omen amen")


def _with_tail(text: str, found: tuple[Word, ...], position: int) -> int:
    """The noun's end, with a plural adjective after it ("téléphones portables") or an
    "of" phrase ("kilograms of heroin", "manifiestos de carga")."""
    noun = found[position]
    possessive = text[noun.end : noun.end + 1] in ("'", "\u2019") and noun.lower.endswith("s")
    if possessive and not text[noun.end + 1 : noun.end + 2].isalpha():
        return noun.end + 1  # "two relatives' homes": the possessive belongs to the count
    if position + 1 >= len(found) or not gap_is_space(text, noun, found[position + 1]):
        return noun.end
    after = found[position + 1]
    if after.lower in ("of", "de", "d'") and position + 3 < len(found):
        number, counted = found[position + 2], found[position + 3]
        is_number = number.text[0].isdigit() or number.lower in _NUMBER_WORDS
        if is_number and gap_is_space(text, number, counted) and _countable(counted):
            return counted.end  # "two magazines of 30 rounds"
    if after.lower in ("of", "de", "d'") and position + 2 < len(found):
        target = found[position + 2]
        if target.lower == "the" and position + 3 < len(found):
            following = found[position + 3]  # "nine members of the public"
            if following.lower in _OF_THE_GROUPS and gap_is_space(text, target, following):
                return following.end
        if (
            gap_is_space(text, after, target)
            and target.text[0].islower()
            and target.lower.isalpha()
            and target.lower not in _BETWEEN_STOP
            and target.lower not in _NOT_NOUNS
        ):
            nxt = found[position + 3] if position + 3 < len(found) else None
            described = target.lower.endswith("ed") and nxt is not None
            if described and nxt is not None and nxt.text.isalpha() and nxt.text.islower():
                return nxt.end  # "4.2 tonnes of cured vanilla"
            if nxt is not None and gap_is_space(text, target, nxt) and _second_noun(target, nxt):
                return nxt.end  # "episodes of mechanical restraint", "kg of cannabis resin"
            return target.end
        return noun.end
    if _countable(after) and lower_plural(noun.lower) and after.lower not in _UNITS:
        return after.end
    if noun.lower in _IRREGULAR and _countable(after) and lower_plural(after.lower):
        return after.end  # "four armoured personnel carriers", "two police officers"
    return noun.end


# An adjective by its ending ("mechanical", "chemical", "religious", "explosive"), and
# the form a substance is traded in ("cannabis resin", "coca paste"): the next word is
# the head noun of what was counted, not the start of the sentence's verb.
_ADJECTIVE_ENDING = re.compile(r"..(?:al|ic|ous|ive|ary|ory|ible|able)$")
_SUBSTANCE_FORMS = _set(
    """
    resin oil powder paste base leaf leaves seeds seed bark crystals pills tablets
    herb grass gum liquid fuel ore dust flakes
    """
)


def _second_noun(target: Word, nxt: Word) -> bool:
    """Whether ``nxt`` ends the noun phrase that ``target`` starts after "of"."""
    if not (nxt.text.isalpha() and nxt.text.islower()):
        return False
    if nxt.lower in _SUBSTANCE_FORMS:
        return True
    return (
        _ADJECTIVE_ENDING.search(target.lower) is not None
        and nxt.lower not in _BETWEEN_STOP
        and nxt.lower not in _NOT_NOUNS
        and not nxt.lower.endswith(("ed", "ing", "ly"))
        and len(nxt.lower) > 3
    )


# What "of the" is followed by in a count that names a group: "members of the public".
_OF_THE_GROUPS = _set(
    """
    public family household crew staff board committee council force police army unit
    press community clergy militia opposition congregation jury team delegation
    """
)


def lower_plural(word: str) -> bool:
    return word[-1:] in ("s", "x") and len(word) > 3


# A document's currency stated once for all its figures: "all amounts in USD", "(en
# FCFA)", "Monto (USD)", "Betrag EUR", "figures in thousands of euros".
_STATED_CURRENCY = re.compile(
    rf"(?i:\b(?:in|en|em|in[ ]thousands[ ]of|en[ ]miles[ ]de|en[ ]milliers[ ]d['\u2019])[ ]"
    rf"(?:{_CODE}|{_CURRENCY_WORDS})\b|[(\[](?:en[ ]|in[ ])?(?:{_CODE}|{_SYMBOL})[)\]]"
    rf"|\b(?:amount|monto|importe|montant|betrag|sum|total|value|valor)[ ]{_CODE}\b)"
)


def states_a_currency(text: str) -> bool:
    """Whether the text writes an amount with its currency, or states one for all."""
    return bool(_STATED_CURRENCY.search(text) or _MONEY.search(text))
