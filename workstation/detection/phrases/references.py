"""Reference numbers that point at one person's matter: case, file, application, docket,
registry, plot, account and ticket numbers (``12345/99``, ``MI/2009/0447``, each
number of ``nos. 4711/03 and 5120/04``).

A court or an office can go from such a number straight to the person, so it is a
direct identifier. It is found after a cue word in English, French, Spanish or German
(``case no.``, ``dossier n°``, ``expediente``, ``Az.``, ``Rechtssache``, ``Dnr``) or,
for the shapes courts give application and docket numbers (``24871/09``,
``1:12-cr-00345``), on its own. Not proposed: dates, amounts, the
numbers of laws and articles (``Law no. 5``, ``Article 6 § 1``), and the numbers of
other cases cited as precedent (``Smith v. Ruritania, no. 123/99``), which are public.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.phrases.account_numbers import account_numbers
from workstation.detection.phrases.reference_columns import reference_cells, reference_columns

ENTITY = "REFERENCE_NUMBER"

# Cue words that also head ordinary phrases ("incident 2", "client 1"): after them a
# number must look like one (three digits, or letters or a separator in it).
_MORE_CUES = (
    r"badge|shield|staff|empl|incident|occurrence|crime|grievance|referral|evidence"
    r"|exhibit|visa|student|customer|client|subscriber|tenancy|lease|bail|legajo"
    r"|atestado|diligencias|autos|radicado|póliza|poliza|cuenta|recibo|boleta|factura"
    r"|fascicolo|inquérito|zaaknummer|parketnummer|målnummer|Geschäftsnummer"
    r"|Vorgangsnummer|Tgb|Kundennummer|Versicherungsnummer|Personalnummer|allocataire"
    # courts' and registries' abbreviations, land titles, schools, prisons, soldiers
    r"|appl|index|cause|action|suit|sygn|č\.[ ]?j|sp\.[ ]zn|saksnummer|sagsnummer"
    r"|journalnummer|expte|proc|rad|NUC|RIT|a/c|member|hospital|roll|enrolment|enrollment"
    r"|admission|token|challan|mutation|title|deed|offender|prison|army|regimental|collar"
    r"|VIN|chassis|A-number|alien"
    # prosecutors' and clerks' registers, and India's case number record
    r"|parquet|greffe|instruction|CNR|RG|Crime|G\.R"
    # requests and applications to an office, in several languages
    r"|request|requête|demande|solicitud|petición|pedido|Antrag|Anfrage|cadastral|cadastre"
    r"|catastral|Flurstück|card|carte|tarjeta"
    # a Portuguese criminal inquiry, a public tender and a purchase order, a chassis
    r"|NUIPC|tenders?|procurement|auction|purchase[ ]order|(?-i:PO)|chasis|châssis"
    r"|Fahrgestell(?:nummer)?"
    # a court's or an office's order, Spain's general identification number of a case,
    # a sole trader's VAT or company registration number
    r"|order(?=s?[ ]+[^\W\d_]{1,4}[ -]?\d)|orden|Beschluss|NIG"
    r"|partita[ ]IVA|P\.[ ]?IVA|VAT|SIRET|SIREN|USt-IdNr"
    # Italian reports, proceedings, complaints and seizures
    r"|verbale|procedimento|querela|sequestro"
)
_CUE = (
    r"(?:applications?|requêtes?|case|cases|file|files|dossiers?|expedientes?|docket|registry"
    r"|register|record|account|acct|ticket|plot|sheet|feuille|hoja|parcel|parcelle|lot|claim"
    r"|complaint|compte|conta|Konto|rekening|IBAN|RIB|BBAN"
    r"|plainte|permit|licence|license|certificate|appeal|petition|judgment|arrêt|jugement"
    r"|répertoire(?:[ ]général)?|procès-verbal|ref(?:erence)?|réf(?:érence)?|referencia"
    r"|Az|Aktenzeichen|causa|sumario|carpeta|folio|rol|recurso|amparo|sentencia|affaire"
    r"|enquête|procédure|proceedings|investigation|matter|inquiry|enquiry|receipt|voucher"
    r"|warrant|entry|booking|contract|loan|policy|membership|decision|ruling|summons|notice"
    r"|transfer|transaction|cheque|check|patient|prisoner|detainee|inmate|registration"
    r"|matricule|écrou|matrícula|employee|personnel|service|payroll|tax|TIN|NIT|RUC|CUIT"
    r"|résolution|ordonnance|auto|oficio|denuncia|queja|processo|proceso|pratica|protocolo"
    r"|Geschäftszeichen|GZ|Akte|zaak|kenmerk|survey|patta|khasra|khata"
    r"|Rechtssache|Dnr|diarienummer|asunto|FIR|docket[ ]entry"
    # staff, badges, incidents, evidence, claims and contracts in several languages
    rf"|{_MORE_CUES})"
)
# What kind of file it is, between the cue and the number: "carpeta fiscal: CF 2206...".
_KIND = (
    r"fiscal|judicial|penal|civil|criminal|policial|registral|municipal|tributari[oa]"
    r"|administrativ[oa]|pénal|judiciaire|administratif|akt|pen\.|civ\."
    # a report of a seizure or an arrest: "verbale di sequestro n. 117/NO/25"
    r"|di[ ]sequestro|di[ ]arresto|de[ ]saisie|de[ ]incautación|de[ ]detención|de[ ]apreensão"
)
_MARK = (
    r"(?:reg(?:istration)?\.?[ ])?"
    r"(?:no|nos|n[°ºo]s?|n\.[°º]|num|núm|number|numbers|numéro|número|nr|nro|nrs|n:o|\u2116)\.?"
    # a mark that ends in a letter ends the word: the "NO" of "NOK 612 400" is no mark
    r"(?!(?<=[^\W\d_])[^\W\d_])"
)
_US_DOCKET = r"\d{1,2}:\d{2}-[a-z]{2,4}-\d{2,6}(?:-[A-Z]{2,4})*"  # 1:12-cr-00345-JDB
# A capital in the Latin, Greek or Cyrillic alphabet: registers write "ΔΣΓ 2025/1142",
# "KØ/2026/118", "ДЕЛО 2-447/2011".
_UPPER = r"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0391-\u03a9\u0410-\u042f]"
# A letter or digit of any script, but not the ordinal signs of "n.º", "1.ª".
_ALNUM = r"[^\W_\u00aa\u00ba]"
_ALPHA = r"[^\W\d_\u00aa\u00ba]"
_VALUE = (
    rf"(?:{_US_DOCKET}"
    # Civil Appeal No. 1187 of 2009, Misc. Application No. HCMA 87 of 2026, W.P. 4471 of 2019
    r"|(?:[A-Z][A-Za-z.]{0,7}[ ])?\d{1,6}[ ]of[ ](?:19|20)\d\d(?!\d)"
    # PV 0417/11, CF 2206014500-2012-118-0, SIHC-CV 2014/0288
    rf"|{_UPPER}{{1,4}}(?:-{_UPPER}{{1,4}})?[ ]\d{{1,12}}(?:[/\-][A-Za-z0-9]{{1,6}})+"
    # a register's dotted letters before the number or after it, as Italian courts and
    # prosecutors write them: R.G. 6612/2025, 3311/25 RGNR, 88/2024 R.G.N.R.
    r"|(?:[A-Z]\.){2,4}[ ]?\d{1,8}(?:/\d{2,4})+"
    r"|\d{1,8}/\d{2,4}[ ](?:RGNR|RGGIP|RGT|RG|R\.G\.(?:N\.R\.|G\.I\.P\.|T\.)?)(?!\w)"
    r"|(?:\d{1,3}|[IVX]{1,4})[ ][A-Z][A-Za-z]{0,3}[ ]\d{1,6}/\d{2,4}"  # 4 T 117/2010, II K 123/12
    r"|[A-Z]{2,6}[ ]\d{3,8}(?![\w/]|[ ]\d)"  # a register's letters and a serial: NRPSI 14402
    # a number in spaced groups, six digits or more: 1A 047 118 2044 7, 118 447, KRM-41 2207,
    # a map sheet's Roman numeral between groups: 4945 IV 0872, and a postal receipt's
    # country letters after them: RK 5521 0937 SI
    r"|(?=(?:[ A-Z\-]*\d){6})[A-Z0-9]{1,5}(?:-[A-Z0-9]{1,6})?"
    # a check digit after a hyphen ends it: an account "8327-9 914 255 603-1"
    r"(?:[ ](?:\d{1,12}|[IVX]{1,4}(?=[ ]\d)))+(?:-[0-9A-Z]{1,2})?(?:[ ][A-Z]{2}(?=[)\].,;]|$))?"
    r"(?![\w/\-]|[.,]\d)"
    # a cadastre's colon-separated parts: 10:09:04:01:03:0447, 61:14:0040112:387
    r"|\d{1,4}(?::\d{1,8}){3,}(?![\w:])"
    rf"|#?{_ALNUM}*\d{_ALNUM}*(?:[/.\-]{_ALNUM}+)*"
    rf"|{_ALPHA}+(?:[/.\-]{_ALNUM}+)+)"
)
_LIST_JOIN = (  # a list may go on past a line break: "nos. 214/3A,\n214/3B and 215/1"
    r"(?:[ ]*,[ \t]*\n?[ \t]*|[ ]?[\u2013\u2014][ ]?"
    r"|[ \t]*\n?[ \t]*(?:and|et|y|&|or|ou|o|und|to|through|à|au|al|a|hasta|bis)[ \t]*\n?[ \t]*)"
    r"(?:(?:no|n[°º])\.?[ ]*)?"
)
# The cue's name in the file's own language, in brackets: "file (carpeta fiscal):".
_GLOSS = r"[ ]\([^()\n]{1,30}\)"
# The bank before an account's number: "Bank account: Krungnakhon Bank 412-0-88217-3".
_BANK = r"(?:[A-Z][\w&'-]*[ ]){1,3}(?:Bank|Banque|Banco|Bancaria|Sparkasse)[ ]"
# A number in brackets after its cue, filling them: "the enquiry (PE 22/2025/VAC/TRY)".
_BRACKETED = r"\((?=[A-Z0-9][\w/.\-]*(?:[ ][A-Z0-9][\w/.\-]*){0,3}\))"
_CUED = re.compile(
    rf"(?<![\w-])(?:(?i:{_CUE})s?\.?(?:[ ](?i:{_KIND}))?"
    rf"(?:[ ](?:(?i:{_MARK})|n\.|ID|Id|id|code|Code)(?:[ ](?:is|was|est|était|es|era))?)?"
    rf"(?:{_GLOSS})?|(?i:{_MARK}))[ \t]*(?:[:#]|{_BRACKETED})?[ \t]*\n?[ \t]*(?:{_BANK})?"
    rf"(?P<values>{_VALUE}(?:{_LIST_JOIN}{_VALUE})*)"
)
_ONE_VALUE = re.compile(_VALUE)
# A "#" glued to an abbreviation marks a number as "no." does: "SO# 88-1742", "Inv#4471"
# (two letters at least: "C# 4.0" is a language and its version).
_HASH = re.compile(
    r"(?<![\w#])[A-Za-z]{2,12}#[ \t]*\n?[ \t]*"
    r"(?P<value>(?=[\w/.\-]*\d)[A-Za-z0-9]+(?:[/.\-][A-Za-z0-9]+)*)(?![\w/\-]|[.,]\d)"
)
# A form's field that names the number after "N°" ("N° étranger : 7599118204", "No. de
# afiliación: 4471-2209", "Nr. Versicherung: 12/4471"): the colon says a value follows.
_LABELLED = re.compile(
    r"(?<![\w-])(?i:n[°º]|no\.|nr\.|núm\.|num\.|\u2116)[ ]?(?:(?i:d[e'\u2019])[ ]?)?"
    r"(?P<label>[^\W\d_][\w'\u2019-]*(?:[ ][^\W\d_][\w'\u2019-]*){0,2})[ \t]*:[ \t]*"
    r"(?P<value>(?=[\w/.\-]*\d)[A-Za-z0-9]+(?:[/.\-][A-Za-z0-9]+)*)(?![\w/\-]|[.,]\d)"
)
_NOT_A_LABEL = re.compile(  # "No. of copies: 3/5" counts, it numbers nothing
    r"(?i)(?:of|t[ée]l[ée]?(?:phone|fono)?|tel|fax|mobile?|m[óo]vil|portable|celular|cell|gsm"
    r"|pages?|folios?|feuillets?|fojas?|article|art[ií]culo|paragraph|para)\b"
)
# A vehicle's registration after the word for it: KX09 HNB, 7KD-412, AB-123-CD, B-MK 4471,
# and each of a list after the plural ("plates KN 4471 A, KN 4472 A and KN 5120 B").
_PLATE_CHAR = r"[A-Z0-9\u0410-\u042f\u0401\u0e01-\u0e2e]"  # Latin, Cyrillic, Thai
_PLATE_VALUE = rf"{_PLATE_CHAR}{{1,5}}(?:[ -]{_PLATE_CHAR}{{1,5}}){{1,3}}"
_PLATE_JOIN = r"(?:[ ]*,[ \t]*\n?[ \t]*|[ \t]*\n?[ \t]*(?:and|et|y|e|und|&)[ \t]*\n?[ \t]*)"
_PLATE = re.compile(
    r"(?<![\w-])(?i:(?:number|licen[cs]e|registration)[ ]plates?|plates?(?:[ ]numbers?)?"
    r"|registrations?|reg\.|Kennzeichen|immatriculations?|immatriculée?s?|matrículas?|placas?"
    r"|patentes?|targa|targhe|plaques?)"
    r"(?:[ ](?i:no|nos|nr|numbers?|n[°º]s?)\.?)?[ \t]*[:#(]?[ \t]*\n?[ \t]*"
    rf"(?P<values>{_PLATE_VALUE}(?:{_PLATE_JOIN}{_PLATE_VALUE})*)(?![\w-])"
)
_ONE_PLATE = re.compile(_PLATE_VALUE)
# A registration right after the word for a vehicle or a trailer ("patrol vehicle BPS 114
# AK", "truck KR 118-PT", "trailer KR-AB 447", "the
# van KX09 HNB"): only in the shapes of plates, three groups or letters and digits in
# one group or a hyphen, so that a model's name ("FIAT 500") is not taken.
_VEHICLE = re.compile(
    r"(?<![\w-])(?i:vehicles?|cars?|trucks?|lorry|lorries|vans?|pick-?ups?|jeeps?|buses|bus"
    r"|minibus(?:es)?|taxis?|motorbikes?|motorcycles?|scooters?|SUVs?|sedans?|véhicules?"
    r"|voitures?|camions?|camionnettes?|motos?|vehículos?|coches?|camionetas?|camión|carros?"
    r"|Fahrzeug|Wagen|LKW|PKW|trailers?|semi-trailers?|remorques?|remolques?|Anhänger)[ ]"
    r"(?P<value>(?:[A-Z0-9]{1,5}[ ][A-Z0-9]{1,5}[ ][A-Z0-9]{1,5}"
    r"|[A-Z]{1,3}[ ]\d{2,5}-[A-Z0-9]{1,3}"  # KR 118-PT
    r"|[A-Z]{2,3}[ ]\d{3,5}"  # BS 41207, as Nordic plates are written
    r"|[A-Z0-9]{1,5}-[A-Z0-9]{1,5}(?:[ -][A-Z0-9]{1,5})?"
    r"|(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{2,5}[ ][A-Z0-9]{1,5}))(?![\w-])"
)
# A year and a serial as offices number bookings and files: 2011-00318, 2011/0447 (not
# 2009-2010 or 2010/11), and the shape of "4-123-AB".
_YEAR_SERIAL = re.compile(
    r"(?<![\w/.\-#])(?:(?:19|20)\d\d-(?!(?:19|20)\d\d(?!\d))\d{4,6}"
    r"|(?:19|20)\d\d/(?!(?:19|20)\d\d(?!\d))\d{3,6}"
    r"|\d{1,4}-\d{2,6}-[A-Z]{1,4})(?![\w/\-]|[.,]\d)"
)
# Application numbers as courts write them: 24871/09, 123/2012 (not dates).
_BARE = re.compile(
    r"(?<![\w/.\-#])(?:(?:PV|RG|CR|RP|Az\.?)[ ])?(?!(?:19|20)\d\d/)"
    r"(?:\d{3,6}/\d{2}|\d{3,6}/(?:19|20)\d\d)"
    r"(?![\w/]|[.\-]\d)"
)
# A federal docket as US courts write it: 1:12-cr-00345, 12-cv-3456.
_DOCKET = re.compile(
    rf"(?<![\w/.:\-])(?:{_US_DOCKET}|\d{{2}}-(?:cv|cr|mj|mc|md|bk|po)-\d{{3,6}})(?![\w/\-])"
)
# An office's code, a year and a serial: MI/2009/0447, KT-2291/2009, OIG/INQ/2011/0213.
# An office and its unit before the serial, parted by a space, and a year of the
# Buddhist era as Thailand writes it: PFO-KL 881/2569.
_SHAPED = re.compile(
    r"(?<![\w/.\-])(?:[A-Z]{1,6}(?:[/\-][A-Z]{1,6})*[/\-]|[A-Z]{1,6}(?:[/\-][A-Z]{1,6})+[ ])"
    r"(?:(?:19|20)\d\d[/\-]\d{2,7}|\d{2,7}[/\-](?:(?:19|20)\d\d|25[4-9]\d))(?![\w/\-])"
)
# A verb that files the number, or a phrase that names it further on: "registered as
# 12345", "numbered 4471", "enregistrée sous le n° 4471", "its number in the register is
# 4471-B" (not "the number of victims was 300"), and "the 4471 case".
_FILED_AS = re.compile(
    r"(?<![\w-])(?i:numbered(?:[ ]it)?|(?:registered|filed|logged|recorded|entered|listed|docketed"
    r"|indexed|archived)[ ](?:as|under)(?:[ ](?:number|no\.?|reference|ref\.?))?"
    r"|(?:enregistr|inscrit|répertori|class)ée?s?[ ]sous(?:[ ]le)?(?:[ ](?:numéro|n[°º]))?"
    r"|(?:registrad|radicad|inscrit|archivad)[oa]s?[ ](?:como|bajo|con)(?:[ ]el)?"
    r"(?:[ ](?:número|n[°º]|núm\.?))?"
    r"|(?:eingetragen|registriert|geführt)[ ]unter(?:[ ](?:der[ ])?(?:Nummer|Nr\.?))?"
    r"|(?:its|the|whose|his|her|their|son|sa|su|seine?|ihre?)[ ](?:case[ ]|file[ ]|docket[ ])?"
    r"(?:number|numéro|número|Nummer)(?:[ ](?!of\b)[\w']+){1,4}?[ ]"
    r"(?:is|was|reads|read|est|était|es|era|lautet|lautete)(?:[ ]:)?)"
    # an office's letters may come first: "his number there is CPR-KL 4471"
    r"[ \t]*[:#]?[ \t]*(?P<value>#?(?:[A-Z]{1,5}(?:-[A-Z]{1,5})?[ -]?)?\d[A-Za-z0-9]*"
    r"(?:[/.\-][A-Za-z0-9]+)*)(?![\w/\-]|[.,]\d)"
)
_NUMBERED_CASE = re.compile(
    r"(?<![\w-])(?i:the|a|that|this|le|la|el|das|der|die)[ ]"
    r"(?P<value>\d{3,8}(?:[/\-][A-Za-z0-9]{1,6})*)[ ]"
    r"(?i:case|file|matter|dossier|affaire|expediente|complaint|docket|proceedings"
    r"|investigation|inquiry|Akte|Verfahren)\b"
)
# A Russian registration plate in the twelve Cyrillic letters plates use (a letter,
# three digits, two letters and the region) and a Russian cadastral number (region,
# district, block, plot: "61:14:0040112:387"), shapes nothing else takes.
_PLATE_LETTER = "[\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0423\u0425]"
_BY_SHAPE = re.compile(
    rf"(?<![\w-]){_PLATE_LETTER}[ ]?\d{{3}}[ ]?{_PLATE_LETTER}{{2}}[ ]?\d{{2,3}}(?![\w-])"
    r"|(?<![\w:.])\d{2}:\d{2}:\d{6,7}:\d{1,6}(?![\w:])"
)
# A serial with a letter after a hyphen, as registers suffix their entries: 4471-B.
_LETTER_SUFFIX = re.compile(r"(?<![\w/.\-#])\d{3,6}-[A-Z](?![\w\-]|[.,]\w)")
# Case numbers as East Asian courts write them: 2011가합1234 (year, Hangul code, serial),
# 平成23年(ワ)第1234号 (era year, code in brackets) and (2011)京刑初字第123号.
_EAST_ASIAN = re.compile(
    r"(?<![0-9A-Za-z\uac00-\ud7a3])(?:19|20)?\d\d(?![년월일시분초명개원세층살])"
    r"[\uac00-\ud7a3]{1,3}\d{1,7}(?!\d)"
    r"|(?:明治|大正|昭和|平成|令和)[ ]?(?:\d{1,2}|元)年[ ]?[(\uff08]"
    r"[^()\uff08\uff09\s]{1,4}[)\uff09][ ]?第?[ ]?\d{1,7}号"
    r"|[(\uff08\u3014](?:19|20)\d\d[)\uff09\u3015][\u4e00-\u9fff]{1,8}第?\d{1,7}号"
)
_NOT_AFTER = re.compile(
    r"(?i)(?:article|art|articles|§|rule|law|act|decree|loi|décret|ley|decreto|protocol"
    r"|convention|regulation|directive|code|ordinance|ordonnance|resolution|résolution"
    r"|proclamation|statute|by-?law|treaty|amendment|gesetz|verordnung|lei|legge"
    r"|section|paragraph|chapter|page|item|annex|room|cell|block|pièces?|scellés?|copy"
    r"|copie|exemplaire|issue|vol|volume|edition|phone|tel|fax|passport|passeport)\.?[ ]*$"
)
_CITED = re.compile(r"\b[vc]\.[ ](?:(?!\.\s)[^;()]){1,80}$")
# A date keeps one separator throughout: "04-17/3390" is a file number, not a date.
_DATE = re.compile(r"\d{1,2}(?P<sep>[/.\-])\d{1,2}(?P=sep)\d{2,4}|\d{4}-\d{2}-\d{2}")


def reference_numbers(text: str) -> Iterator[LayoutSpan]:
    """Reference numbers in ``text``, each number of a list its own span."""
    seen: list[tuple[int, int]] = []
    for span in (*account_numbers(text), *reference_columns(text), *reference_cells(text)):
        if not any(a < span.end and span.start < b for a, b in seen):
            seen.append((span.start, span.end))
            yield span
    yield from _plates_and_fields(text, seen)
    for match in _CUED.finditer(text):
        if _excluded(text, match.start()):
            continue
        strong = not re.match(rf"(?i)(?:{_MARK}|(?:{_MORE_CUES})s?\b)", match.group())
        for value in _ONE_VALUE.finditer(text, match.start("values"), match.end("values")):
            start, end = value.span()
            if text[start] == "#":
                start += 1
            clash = any(a < end and start < b for a, b in seen)
            if _not_a_reference(text, match, start, end):
                continue
            if _acceptable(text[start:end], strong) and not clash:
                seen.append((start, end))
                yield LayoutSpan(start, end, ENTITY, 0.7, "reference number after a cue word")
    for pattern, why in (
        (_FILED_AS, "reference number after a verb that files it"),
        (_NUMBERED_CASE, "reference number before the word case"),
    ):
        for match in pattern.finditer(text):
            start, end = match.span("value")
            if text[start] == "#":
                start += 1
            clash = any(a < end and start < b for a, b in seen)
            if not clash and _acceptable(text[start:end], False) and not _excluded(text, start):
                seen.append((start, end))
                yield LayoutSpan(start, end, ENTITY, 0.6, why)
    for pattern, why in (
        (_EAST_ASIAN, "East Asian court case number"),
        (_LETTER_SUFFIX, "serial number with a letter suffix"),
        (_BY_SHAPE, "registration or cadastral number by its shape"),
    ):
        for match in pattern.finditer(text):
            start, end = match.span()
            if not any(a < end and start < b for a, b in seen) and not _excluded(text, start):
                seen.append((start, end))
                yield LayoutSpan(start, end, ENTITY, 0.5, why)
    for match in _SHAPED.finditer(text):
        start, end = match.span()
        if not any(a < end and start < b for a, b in seen) and not _excluded(text, start):
            seen.append((start, end))
            yield LayoutSpan(start, end, ENTITY, 0.5, "office code, year and serial")
    for match in _YEAR_SERIAL.finditer(text):
        start, end = match.span()
        if not any(a < end and start < b for a, b in seen) and not _excluded(text, start):
            seen.append((start, end))
            yield LayoutSpan(start, end, ENTITY, 0.5, "year and serial number")
    for match in _DOCKET.finditer(text):
        start, end = match.span()
        if not any(a < end and start < b for a, b in seen) and not _excluded(text, start):
            seen.append((start, end))
            yield LayoutSpan(start, end, ENTITY, 0.6, "court docket number")
    for match in _BARE.finditer(text):
        start, end = match.span()
        clash = any(a < end and start < b for a, b in seen)
        if not clash and not _excluded(text, match.start()):
            yield LayoutSpan(match.start(), match.end(), ENTITY, 0.5, "application number")


def _plates_and_fields(text: str, seen: list[tuple[int, int]]) -> Iterator[LayoutSpan]:
    """Vehicle registrations (after the word for a plate or a vehicle) and the numbers of
    a form's labelled fields; each span found is added to ``seen``."""
    for match in _PLATE.finditer(text):
        for value in _ONE_PLATE.finditer(text, match.start("values"), match.end("values")):
            if re.search(r"\d", value.group()) and re.search(r"[^\W\d_]", value.group()):
                seen.append(value.span())
                yield LayoutSpan(*value.span(), ENTITY, 0.7, "vehicle registration")
    for match in _VEHICLE.finditer(text):
        start, end = match.span("value")
        if not any(a < end and start < b for a, b in seen) and _plate_shaped(text[start:end]):
            seen.append((start, end))
            yield LayoutSpan(start, end, ENTITY, 0.6, "vehicle registration after a vehicle")
    for match in _HASH.finditer(text):
        start, end = match.span("value")
        if not any(a < end and start < b for a, b in seen) and _acceptable(text[start:end], False):
            seen.append((start, end))
            yield LayoutSpan(start, end, ENTITY, 0.6, "reference number after a '#'")
    for match in _LABELLED.finditer(text):
        start, end = match.span("value")
        number = text[start:end]
        digits = sum(c.isdigit() for c in number)
        if _NOT_A_LABEL.match(match.group("label")) or any(a < end and start < b for a, b in seen):
            continue
        if (digits >= 5 or re.search(r"[/.\-]", number)) and _acceptable(number, False):
            seen.append((start, end))
            yield LayoutSpan(start, end, ENTITY, 0.6, "reference number in a labelled field")


# A sum of money or a measure after its figure: "qui demande 400 000 F CFA" (the verb
# "demande", not a request's number), "request 2 500 euros", "the sheet 210 297 mm".
_UNIT_AFTER = re.compile(
    r"[ \u00a0]?(?:[$€£¥₹]|F[ ]?CFA|CFA|(?-i:USD|EUR|GBP|CHF|XOF|XAF)\b|(?i:francs?|francos?"
    r"|euros?|dollars?|d[oó]lares|pesos?|pounds?|livres?|shillings?|rupees?|nairas?|cedis?"
    r"|dirhams?|dinars?|rands?|reais|yuan|yen|tonnes?|tons?|litres?|liters?|hectares?)\b"
    r"|(?:mm|cm|km|m|kg|g|ha|m2|m²)\b)"
)
# A request's word is a verb too ("Il demande 500", "ha pedido 500 sacos"): bare digits
# after it are a quantity unless a mark ("n°", "no.") says they number the request.
_REQUEST_WORD = re.compile(
    r"(?i)(?:requests?|demandes?|solicitud(?:es)?|petici[oó]n|pedidos?)[ \t]*\n?[ \t]*$"
)
# The word "number" alone before digits in spaced groups: "my new number 010 5550 1190",
# "le numéro 03 55 50 19 90" are telephone numbers, which the telephone finders propose.
_NUMBER_WORD = re.compile(r"(?i)(?:number|numéro|número|numero)[ \t]*:?[ \t]*\n?[ \t]*$")
_SPACED_DIGITS = re.compile(r"\d+(?:[ ]\d+)+")
# A figure grouped in thousands by a comma: "records 1,318 payments" counts, it is no
# list of the numbers 1 and 318.
_THOUSANDS_AFTER = re.compile(r"(?:,\d{3})+(?!\d)")
_GROUP = 3
_THOUSANDS_BEFORE = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})*,$")


def _not_a_reference(text: str, match: re.Match[str], start: int, end: int) -> bool:
    """A value after a cue word that is a sum of money or a measure, bare digits after a
    word for a request, or a telephone number after the bare word "number"."""
    if _UNIT_AFTER.match(text, end):
        return True
    if _in_thousands(text, start, end):
        return True
    cue, value = text[match.start() : match.start("values")], text[start:end]
    if _REQUEST_WORD.fullmatch(cue) and re.fullmatch(r"\d+(?:[ ]\d+)*", value):
        return True
    return bool(_SPACED_DIGITS.fullmatch(value) and _NUMBER_WORD.fullmatch(cue))


def _in_thousands(text: str, start: int, end: int) -> bool:
    """Whether digits are a group of a figure written with thousands commas ("1,318")."""
    value = text[start:end]
    if not value.isdigit():
        return False
    if len(value) <= _GROUP and _THOUSANDS_AFTER.match(text, end):
        return True
    before = _THOUSANDS_BEFORE.search(text, max(0, start - 16), start)
    return len(value) == _GROUP and before is not None


def _plate_shaped(value: str) -> bool:
    """Letters and digits both, and not a four-by-four ("the jeep 4 x 4", "vehicles 1 2 3")."""
    letter_and_digit = re.search(r"\d", value) and re.search(r"[A-Z]", value)
    return bool(letter_and_digit) and not re.fullmatch(r"\d[ ]?[Xx][ ]?\d", value)


def _excluded(text: str, start: int) -> bool:
    before = text[max(0, start - 100) : start].replace("\n", " ")
    unmarked = re.sub(r"(?i)(?:nos?|nr|n[°º])\.?[ ]*$", "", before)  # "Law No. 5/2010"
    cited = _CITED.search(unmarked)
    return bool(_NOT_AFTER.search(before[-30:]) or _NOT_AFTER.search(unmarked[-30:]) or cited)


def _acceptable(value: str, strong: bool) -> bool:
    """A number worth proposing: not a date or a year, with a separator after a bare "no."."""
    if not any(c.isdigit() for c in value) or _DATE.fullmatch(value):
        return False
    if re.fullmatch(r"\d{1,3}(?:st|nd|rd|th|er|e|ème|º|ª)", value):
        return False  # an ordinal: "No. 14, 3rd Cross"
    if re.fullmatch(r"(?:19|20)\d\d", value):
        return False
    if strong:  # one digit alone numbers a list ("Case 1", "contracts 3 and 4")
        return len(value) >= 2
    if value.isdigit():
        return len(value) >= 3  # "no. 447", not "no. 5"
    return bool(re.search(r"[/\-.:]", value)) or bool(re.search(r"[A-Za-z ]", value))
