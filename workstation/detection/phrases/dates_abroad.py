# ruff: noqa: RUF001, RUF003  (month names in Turkish, Cyrillic and other scripts)
"""Dates and times written in the languages the policy patterns do not know: "15. března
2011", "w piątek, 15 marca 2011 r.", "2011. március 15-én", "ngày 3 tháng 5 năm 2011",
"tarehe 3 Machi 2011", "saat 14:00".

A date in a leak places a person at a meeting or a crossing; read in part ("15." and
"2011" with the month left readable) it still does. The policy patterns know English,
French, Spanish and German; this module knows the month and weekday names, with their
genitive and inflected forms, of the other languages of Europe and of Turkish,
Vietnamese, Indonesian/Malay and Swahili, and how a day, a year and an hour are written
around them. A month or a weekday alone is no date here ("maj", "pazar" and "mart" are
words too): it needs a day, a year or an hour beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.phrases.dates_and_clocks import dates_and_clocks
from workstation.detection.phrases.dates_scripts import dates_in_scripts
from workstation.detection.phrases.dates_short import short_dates
from workstation.detection.phrases.dates_weekday import weekday_dates

ENTITY = "DATE_TIME"
SCORE = 0.6

# Month names, as written in a date: nominative, genitive ("března", "marca"), locative
# ("v březnu", "u ožujku"), and the suffixed forms of Finnish, Estonian, Latvian.
_MONTHS = """
    leden ledna lednu únor února únoru březen března březnu duben dubna dubnu květen
    května květnu červen června červnu červenec července červenci srpen srpna srpnu září
    říjen října říjnu listopad listopadu prosinec prosince prosinci
    január januára januári február februára februári marec marca marci apríl apríla
    apríli máj mája máji jún júna júni júl júla júli augusta auguste septembra
    septembri októbra októbri novembra novembri decembra decembri
    styczeń stycznia styczniu luty lutego lutym marzec marcu kwiecień kwietnia kwietniu
    maj maja maju czerwiec czerwca czerwcu lipiec lipca lipcu sierpień sierpnia sierpniu
    wrzesień września wrześniu październik października październiku listopada
    listopadzie grudzień grudnia grudniu
    siječanj siječnja siječnju veljača veljače veljači ožujak ožujka ožujku travanj
    travnja travnju svibanj svibnja svibnju lipanj lipnja lipnju srpanj srpnja srpnju
    kolovoz kolovoza kolovozu rujan rujna rujnu studeni studenoga studenog studenom
    prosinac prosinca
    januar januara januaru februar februara februaru mart marta martu aprila aprilu
    juna junu jula julu avgust avgusta avgustu septembar septembru oktobar oktobra
    oktobru novembar novembru decembar decembru
    januarja februarja junij junija juliju julij julija
    március április május június július augusztus szeptember október
    ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie decembrie
    ocak şubat nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık
    janar janarit shkurt shkurtit mars marsit prill prillit majit qershor qershorit
    korrik korrikut gusht gushtit shtator shtatorit tetor tetorit nëntor nëntorit
    dhjetor dhjetorit
    sausis sausio vasaris vasario kovas kovo balandis balandžio gegužė gegužės birželis
    birželio liepa liepos rugpjūtis rugpjūčio rugsėjis rugsėjo spalis spalio lapkritis
    lapkričio gruodis gruodžio
    janvāris janvārī februāris februārī marts martā aprīlis aprīlī maijs maijā jūnijs
    jūnijā jūlijs jūlijā augusts augustā septembris septembrī oktobris oktobrī
    novembris novembrī decembris decembrī
    jaanuar jaanuaril veebruar veebruaril märts märtsil aprill aprillil juuni juunil
    juuli juulil augustil septembril oktoober oktoobril novembril detsember detsembril
    januari februari maart mei juli augustus
    marts desember
    janúar febrúar apríl maí júní júlí ágúst október nóvember
    maret agustus oktober desember julai ogos disember
    machi aprili agosti septemba oktoba novemba desemba
    janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
    gennaio febbraio marzo aprile maggio giugno luglio settembre ottobre dicembre
    april august september october november december juni jun jul mai mar
    января февраля марта апреля мая июня июля августа сентября октября ноября декабря
    январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
    января січня лютого березня квітня травня червня липня серпня вересня жовтня
    листопада грудня
    јануар јануара фебруар фебруара март марта април априла мај маја јун јуна јул јула
    август августа септембар септембра октобар октобра новембар новембра децембар децембра
"""
# Finnish months: a stem, "kuu", and its case ending ("maaliskuuta", "maaliskuussa").
_FINNISH_MONTH = (
    r"(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)"
    r"kuu(?:ta|ssa|lla|n|hun|sta|lta)?"
)
# Weekdays, with the forms they take after "on" ("w środę", "v pondělí", "hétfőn").
_WEEKDAYS = """
    pondělí úterý středa středu čtvrtek pátek sobota sobotu neděle neděli
    pondelok utorok streda stredu štvrtok piatok nedeľa nedeľu
    poniedziałek wtorek środa środę czwartek piątek sobotę niedziela niedzielę
    ponedjeljak ponedeljak utorak srijeda srijedu sreda sredu četvrtak petak subota
    subotu nedjelja nedjelju nedelja nedelju
    ponedeljek torek sredo četrtek petek soboto nedeljo
    hétfő hétfőn kedd kedden szerda szerdán csütörtök csütörtökön péntek pénteken
    szombat szombaton vasárnap
    luni marți marţi miercuri joi vineri sâmbătă sîmbătă duminică
    pazartesi salı çarşamba perşembe cuma cumartesi pazar
    hënë hënën martë mërkurë enjte premte shtunë diel
    pirmadienis pirmadienį antradienis antradienį trečiadienis trečiadienį
    ketvirtadienis ketvirtadienį penktadienis penktadienį šeštadienis šeštadienį
    sekmadienis sekmadienį
    pirmdiena pirmdien otrdiena otrdien trešdiena trešdien ceturtdiena ceturtdien
    piektdiena piektdien sestdiena sestdien svētdiena svētdien
    esmaspäev esmaspäeval teisipäev teisipäeval kolmapäev kolmapäeval neljapäev
    neljapäeval reede reedel laupäev laupäeval pühapäev pühapäeval
    maanantai maanantaina tiistai tiistaina keskiviikko keskiviikkona torstai torstaina
    perjantai perjantaina lauantai lauantaina sunnuntai sunnuntaina
    måndag måndagen tisdag tisdagen onsdag onsdagen torsdag torsdagen fredag fredagen
    lördag lördagen söndag söndagen mandag mandagen tirsdag tirsdagen lørdag lørdagen
    søndag søndagen
    mánudagur mánudaginn þriðjudagur þriðjudaginn miðvikudagur miðvikudaginn
    fimmtudagur fimmtudaginn föstudagur föstudaginn laugardagur laugardaginn
    sunnudagur sunnudaginn
    senin selasa rabu kamis jumat jum'at sabtu minggu isnin khamis jumaat ahad
    jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili
    segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo
    lunedì martedì mercoledì giovedì venerdì sabato domenica
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    понедельник вторник среда среду четверг пятница пятницу суббота субботу
    воскресенье
"""


def _alternation(words: str) -> str:
    """A regular-expression alternation of ``words``, longest first so none is cut short."""
    unique = sorted(set(words.split()), key=lambda word: (-len(word), word))
    return "|".join(re.escape(word) for word in unique)


_MONTH = rf"(?:{_alternation(_MONTHS)}|{_FINNISH_MONTH})"
# Albanian writes "e hënë", Vietnamese "thứ Hai" and "chủ nhật".
_WEEKDAY = (
    rf"(?:(?:e[ ])?(?:{_alternation(_WEEKDAYS)})"
    r"|thứ[ ](?:hai|ba|tư|năm|sáu|bảy)|chủ[ ]nhật)"
)
_END = r"(?![^\W\d_])"
# A day: "15", "15.", "3-го", "15-én", "1st" is English and left to the patterns.
_DAY = r"(?<![\d.])[0-3]?\d(?:\.(?![0-9])|-(?:[^\W\d_]{1,4}))?"
_DAYS = (
    rf"{_DAY}(?:[ ]?[-–][ ]?{_DAY}|[ ](?:do|a|i|és|и|ve|dan|hadi|až|och|og|en|ja|e|und)[ ]{_DAY})?"
)
# A year, with the word for "year" or its abbreviation and a Turkish case ending.
_YEAR = (
    r"(?:19|20)\d\d(?:['’][a-zçğıöşü]{1,4}"
    r"|\.?[ ](?:r\.|roku|rok|m\.|g\.|god\.|godine|godina|године|года|г\.|року|р\.|gada"
    r"|yılı|yılında|évi|évben|vuonna))?(?![\w/.-]\d)"
)
# An hour, with the word that announces it ("o 14:00", "godz. 14", "kl. 14.00", "saat
# 14:00", "u 14 sati", "pukul 14.00 WIB", "lúc 14 giờ") or with a word for hours.
_CLOCK = r"(?:2[0-3]|[01]?\d)(?![\d])(?:[:.][0-5]\d)?"
_HOUR_WORDS = (
    r"(?:h|hod\.|hodin|hodině|sati|sata|uri|órakor|óra|Uhr|giờ(?:[ ][0-5]?\d(?:[ ]phút)?)?"
    r"|WIB|WITA|WIT|timer|tundi|часов|час(?:а|ов)?)"
)
_TURKISH_ENDING = r"(?:['’][a-zçğıöşü]{1,4})?"
_HOUR_CUE = (
    r"(?:[Oo][ ]godz(?:inie|\.)|[Oo]koło[ ]godz\.|[Gg]odz\.|[Gg]odzinie|[Kk]l\.|[Kk]lo"
    r"|[Kk]ell|[Ss]aat|[Pp]ukul|[Jj]am|[Ss]aa|[Ll]úc|[Vv]ào[ ]lúc|[Oo]b|[Oo]ra|[Ll]a[ ]ora"
    r"|[Îî]n[ ]jurul[ ]orei|[Oo]ko|[Oo]d|[Oo]|[Uu]|[Vv]|[Kk]ello|[Aa]lle|[Àà]s|[Oo]m|[Áá]"
    r"|[Вв]|[Оо]коло)"
)
_HOUR_AFTER = (
    rf"(?:,?[ ](?:{_HOUR_CUE})[ ]?{_CLOCK}(?:[ ]?{_HOUR_WORDS})?{_TURKISH_ENDING}{_END}"
    rf"|,?[ ]{_CLOCK}[ ]?(?:{_HOUR_WORDS}|[:.][0-5]\d){_TURKISH_ENDING}{_END})"
)
_TIME_AFTER = rf"{_HOUR_AFTER}?"
# Words that open a date and belong to it: Czech "dne", Polish "dnia", Slovak "dňa",
# Serbo-Croatian "dana", Scandinavian "den", Swahili "tarehe", Indonesian "tanggal".
_OPENER = r"(?:(?:[Dd]ne|[Dd]nia|[Dd]ňa|[Dd]ana|[Dd]en|[Tt]arehe|[Tt]anggal|[Tt]gl\.)[ ])?"
# Turkish and Hungarian may name the weekday after the date: "22 Mart 2011 Salı günü",
# "2011. március 8., kedd".
_WEEKDAY_AFTER = rf"(?:,?[ ]{_WEEKDAY}(?:[ ]günü)?{_END})?"
_WEEKDAY_BEFORE = rf"(?:{_WEEKDAY},?[ ](?:{_OPENER}))?"

_DATE = re.compile(
    # weekday, day, month, year, hour: "pátek 15. března 2011 v 10:00"
    rf"(?<![\w-]){_WEEKDAY_BEFORE}{_OPENER}{_DAYS}[ ](?:de[ ])?(?:{_MONTH}){_END}\.?"
    rf"(?:['’][a-zçğıöşü]{{1,4}})?(?:,?[ ](?:de[ ])?{_YEAR})?{_WEEKDAY_AFTER}{_TIME_AFTER}"
    # year first: "2011. március 15-én", "2011 m. kovo 15 d.", "2011. gada 15. martā"
    rf"|(?<![\w.-])(?:19|20)\d\d(?:\.|[ ]m\.|\.[ ]gada|[ ]yılı)[ ](?:{_DAYS}[ ])?"
    rf"(?:{_MONTH}){_END}(?:[ ]{_DAYS}(?:[ ]d\.)?)?{_WEEKDAY_AFTER}{_TIME_AFTER}"
    # month and day, Hungarian and Finnish order: "március 15-én"
    rf"|(?<![\w-])(?:{_MONTH})[ ][0-3]?\d(?:\.|-[^\W\d_]{{1,4}}){_TIME_AFTER}"
    # month and year: "w marcu 2011 r.", "březen 2011", "março de 2011"
    rf"|(?<![\w-]){_OPENER}(?:{_MONTH})[ ](?:de[ ])?{_YEAR}"
    # a date in figures with the word for "year" or an hour: "15.03.2011 r. o godz. 14"
    rf"|(?<![\w.])[0-3]?\d\.[01]?\d\.(?:19|20)\d\d\.?"
    rf"(?:[ ](?:r\.|roku|godine|god\.|g\.|г\.|года|m\.){_TIME_AFTER}|{_HOUR_AFTER})"
    # a year with the word for "year": "w 2011 roku", "2011. godine", "2011-ben"
    rf"|(?<![\w.-])(?:19|20)\d\d(?:[ ](?:roku|r\.|года|г\.|року|m\.|yılı(?:nda)?)"
    rf"|\.?[ ](?:godine|godina|god\.|године)|\.[ ]gada|-(?:ban|ben|ig|től|tól|ig|ta|te|da|de))"
    rf"(?![^\W\d_])"
    # Vietnamese: "thứ Ba, ngày 3 tháng 5 năm 2011", "tháng 5 năm 2011"
    rf"|(?<!\w)(?:{_WEEKDAY},?[ ])?(?:(?:sáng|chiều|tối|đêm|trưa)[ ])?ngày[ ][0-3]?\d"
    rf"(?:[ ]tháng[ ][01]?\d(?:[ ]năm[ ](?:19|20)\d\d)?|/[01]?\d(?:/(?:19|20)\d\d)?)"
    rf"|(?<!\w)tháng[ ][01]?\d[ ]năm[ ](?:19|20)\d\d"
    # a weekday with an hour: "w piątek o 14:00", "cuma saat 15.00"
    rf"|(?<![\w-]){_WEEKDAY}(?:[ ](?:{_HOUR_CUE})[ ]?{_CLOCK}(?:[ ]?{_HOUR_WORDS})?{_END})",
    re.IGNORECASE,
)
# An hour announced by its word alone: "godz. 14", "kl. 14.00", "saat 14:00". Short words
# that are also prepositions ("o", "u", "v") need minutes or a word for hours.
_TIME = re.compile(
    rf"(?<![\w.])(?:[Gg]odz\.|[Oo][ ]godz(?:inie|\.)|[Gg]odzinie|[Kk]l\.|[Kk]lo|[Kk]ello"
    rf"|[Kk]ell|[Ss]aat|[Pp]ukul|[Ll]úc|[Vv]ào[ ]lúc|[Ll]a[ ]ora|[Îî]n[ ]jurul[ ]orei)"
    rf"[ ]?{_CLOCK}(?:[ ]?{_HOUR_WORDS})?{_TURKISH_ENDING}{_END}"
    rf"|(?<![\w.])(?:[Oo]|[Uu]|[Vv]|[Oo]b|[Oo]d|[Oo]ko|[Oo]m|[Àà]s|[Aa]lle|[Вв])[ ]"
    rf"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?:[ ]?{_HOUR_WORDS})?|[ ]?(?:hod\.|hodin|hodině"
    rf"|sati|sata|uri|órakor|часов|час(?:а|ов)?|Uhr)){_END}"
    rf"|(?<![\w.])(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?[ ](?:órakor|giờ(?:[ ][0-5]?\d)?|sati|uri)"
    rf"{_END}"
)

# Month names that are words of other languages too ("Mars", Turkish "mart" is also a
# pub in English): with a day alone they are no date, with a year they are.
_NEEDS_A_YEAR = re.compile(r"(?i)(?<!\w)(?:mars|mart|marts)(?!\w)")

# A date may end in the abbreviation of "year" or "day" ("2011 r.", "15 d."), whose full
# stop is its own; any other full stop at the end closes the sentence.
_ABBREVIATION_AT_END = re.compile(r"[ ](?:r|m|g|god|d|г|р)\.$")


_DIGIT = re.compile(r"\d")

# Thai dates, in the Buddhist era or the common one, with the month's full name or its
# abbreviation: "2 ตุลาคม 2568", "15 ก.ค. 2567", "วันที่ 3 มีนาคม พ.ศ. 2568".
_THAI_MONTH = (
    r"(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม"
    r"|พฤศจิกายน|ธันวาคม|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\."
    r"|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)"
)
_THAI_DATE = re.compile(
    rf"(?<![\d.])[0-3]?\d[ ]?{_THAI_MONTH}(?:[ ]?(?:พ\.ศ\.|ค\.ศ\.)?[ ]?(?:25|19|20)\d\d(?!\d))?"
    rf"(?:[ ]?เวลา[ ]?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ ]?น\.)?)?"
)
_THAI = re.compile(r"[\u0e00-\u0e7f]")


def _lines_with_a_digit(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line of ``text`` that holds a digit.

    Every date and hour above holds a digit and none crosses a line break (their gaps
    are spaces), so the big patterns need only run on these lines; run with ``pos`` and
    ``endpos`` they see the same characters around each line as on the whole text (a
    line break behind, and the end of the line ahead, which no lookahead tells apart
    from a line break).
    """
    lines = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if _DIGIT.search(line):
            lines.append((start, end))
        start = end + 1
    return lines


def dates_abroad(text: str) -> Iterator[LayoutSpan]:
    """Dates and hours in ``text`` written in the languages the policy patterns miss."""
    lines = _lines_with_a_digit(text)
    for line_start, line_end in lines:
        for match in _DATE.finditer(text, line_start, line_end):
            start, end = match.span()
            if _NEEDS_A_YEAR.search(match.group()) and not re.search(
                r"(?:19|20)\d\d", match.group()
            ):
                continue  # "3 Mars bars", "15 mart": a word as much as a month
            if text[end - 1] == "." and not _ABBREVIATION_AT_END.search(match.group()):
                end -= 1  # a sentence's full stop, not part of the date
            yield LayoutSpan(start, end, ENTITY, SCORE, "date in another language")
    for line_start, line_end in lines:
        for match in _TIME.finditer(text, line_start, line_end):
            yield LayoutSpan(*match.span(), ENTITY, SCORE, "hour in another language")
    yield from dates_in_scripts(text)
    yield from short_dates(text)
    yield from weekday_dates(text)
    yield from dates_and_clocks(text)
    if _THAI.search(text):
        for match in _THAI_DATE.finditer(text):
            yield LayoutSpan(*match.span(), ENTITY, SCORE, "Thai date")
