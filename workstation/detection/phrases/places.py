"""Places as whole expressions: ``Sector 4``, ``Blocks 12 and 13``, ``Kakuma Camp 3``,
``Kilometre 9 settlement``, ``outskirts of Zhanabad``, ``village of Kyzyl-Tuu``,
``Galbeed cattle market``, ``Baardheere-Luuq road``.

The model finds the name of a town and leaves the rest readable: the block of a camp
where a family sleeps, the kilometre marker of a roadside settlement, "the outskirts
of" a town that has only one. A camp's sector and block, or a village named with the
word "village", narrow a person down far more than the country does, so the place is
read whole: a kind of place with its number or letter, the kind of place with "of" and
a name after it, and a name followed by a kind of place written in lower case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.phrases.tokens import joined_lines, word_set

ENTITY = "LOCATION"
SCORE = 0.5

# A name may begin with the Arabic article in lower case ("al-Sharqiya").
_NAME = r"(?:(?:(?:al|el|an|ar|as|ad|ash|at|az)-)?[A-ZÀ-Þ][\w'\u2019]*(?:-[\w'\u2019]+)*)"
_NAMES = rf"{_NAME}(?:[ ](?:al-|el-|as-|ad-|ar-)?{_NAME}){{0,2}}"
# Parts of a camp, a town or a road that go by a number or a letter. Not rooms, gates,
# piers or sections (internal, and not labelled), nor chapters and articles.
_NUMBERED_HEADS = (
    r"(?:Sectors?|Blocks?|Camps?|Zones?|Wards?|Areas?|Districts?|Villages?|Kilometres?"
    r"|Kilometers?|Km|KM|PK|Mile|Colony|Quarters?|Communes?|Arrondissements?|Townships?"
    r"|Route|Highway|Road|Expressway|Motorway|Checkpoint"
    r"|Settlements?|Sites?|Compounds?|Extensions?|Chak|Mohalla|Mahalla|Secteurs?"
    r"|Quartiers?|Manzanas?|Barrios?|Comunas?|Kilómetros?|Colonias?|Aldeas?|Veredas?"
    r")"
)
_LOWER_NUMBERED_HEADS = (
    r"(?:sectors?|blocks?|camps?|zones?|wards?|kilometres?|kilometers?|km|villages?"
    r"|secteurs?|quartiers?|manzanas?|comunas?|kilómetros?)"
)
_NUMBER = r"(?:\d{1,4}[A-Z]?|[A-HJ-Z]\d{0,2}|[IVX]{2,5}|[IVX](?=[,.;:)]|$))"
_NUMBERS = rf"{_NUMBER}(?:(?:[ ]?[-\u2013/][ ]?|,[ ]|[ ](?:and|to|&|et|y|a|à)[ ]){_NUMBER})*"
# What a numbered place may go on with: "Kilometre 9 settlement", "Camp 3 market".
# and the local body it belongs to, after a comma ("Ward No. 4, Tansen Municipality").
_AFTER_NUMBER = (
    r"(?:[ ](?:settlement|camp|market|checkpoint|junction|village|area|site|extension"
    r"|bazaar|crossing|compound))?"
    r"(?:,[ ](?:[A-ZÀ-Þ][\w'\u2019-]*[ ]){1,2}(?:Municipality|Rural[ ]Municipality"
    r"|Metropolitan[ ]City|Sub-Metropolitan[ ]City|District|Village|Town|Township|Upazila"
    r"|Tehsil|Taluk|Union|VDC|Commune|Municipio|Municipalidad))?"
)
_NUMBERED = re.compile(
    rf"(?<![\w-])(?P<place>(?P<lead>{_NAMES}[ ])?(?:{_NUMBERED_HEADS}|{_LOWER_NUMBERED_HEADS})"
    rf"[ ](?:No\.?[ ]?|N[º°o][ ]?)?{_NUMBERS}{_AFTER_NUMBER})(?![\w-])",
    re.MULTILINE,
)
# "the outskirts of X", "the village of X", "la commune de X", "las afueras de X".
_OF_HEADS = (
    r"(?:outskirts|suburbs|village|town|city|hamlet|settlement|district|region|province"
    r"|county|municipality|commune|neighbourhood|neighborhood|quarter|island|islands"
    r"|environs|vicinity|governorate|oblast|state|township|port[ ]city"
    r"|banlieue|périphérie|village|ville|commune|quartier|région|province|département"
    r"|préfecture|localité|afueras|aldea|pueblo|localidad|municipio|provincia"
    r"|departamento|región|distrito|comuna|corregimiento|vereda|ciudad"
    r"|Republic|República|République|Kingdom|Reino|Royaume|Sultanate|Emirate|Principality"
    r"|Federation|Commonwealth|Federal[ ]Republic|People's[ ]Republic|Islamic[ ]Republic"
    r"|republic|república|république|kingdom|reino|royaume)"
)
_OF_PLACE = re.compile(
    rf"(?<![\w-])(?P<place>{_OF_HEADS}[ ](?:of|de|du|des|del|d['\u2019])[ ]?"
    rf"(?:la[ ]|le[ ]|el[ ]|les[ ]|los[ ]|las[ ]|l['\u2019])?(?P<name>{_NAMES})"
    rf"(?:[ ](?:Town|City|Village|District|Province|Region))?)(?![\w-])"
    # a state in capitals, as a letterhead or a cable writes it: "REPUBLIC OF KESSARA"
    r"|(?<![\w-])(?P<state>(?:REPUBLIC|KINGDOM|REPÚBLICA|RÉPUBLIQUE|ROYAUME|REINO|SULTANATE"
    r"|EMIRATE|PRINCIPALITY)[ ](?:OF|DE|DU|DA|DEL|DO)[ ](?:THE[ ])?[A-ZÀ-Þ][A-ZÀ-Þ'-]+"
    r"(?:[ ][A-ZÀ-Þ][A-ZÀ-Þ'-]+)?)(?![\w-])"
)
# A name and the kind of place it is, in lower case, with a word or two between:
# "Galbeed cattle market", "Dunakeszi industrial park", "Belarusian border".
_KIND_AFTER = (
    r"(?:corridor|road|highway|motorway|expressway|bypass|ring[ ]road|market|bazaar|souk"
    r"|industrial[ ]park|industrial[ ]zone|industrial[ ]estate|free[ ]zone|export[ ]zone"
    r"|border|border[ ]crossing|crossing|frontier|settlement|township|suburb|slum|slums"
    r"|neighbourhood|neighborhood|quarter|square|bridge|junction|roundabout|crossroads"
    r"|dam|reservoir|forest|reserve|national[ ]park|oasis|plateau|peninsula|airstrip"
    r"|airfield|training[ ]area|training[ ]ground|firing[ ]range|camp|camps"
    r"|farm|ranch|plantation|compound|village|town|township|municipality|county"
    r"|commune|governorate|oblast|raion|rayon|tehsil|taluk|upazila|woreda|kebele"
    r"|prefecture|canton|parish|borough|constituency|enclave|exclave|corridor"
    r"|gorge|canyon|wadi|lagoon|estuary|bay|harbour|harbor|wharf|mines|mine"
    r"|goldfield|goldfields|oilfield|oilfields|gas[ ]field|basin|swamp"
    r"|marshes|wetlands|hills|heights|ridge|escarpment|lowlands|uplands"
    r"|hinterland|countryside|riverbank|waterfront|seafront|lakeshore|shore|coast"
    r"|coastline|island|islands|archipelago|atoll|headland|cape|strait|straits|banks|bank"
    r"|shoal|shoals|reef|reefs|sandbank|sandbanks|fishing[ ]grounds)"
)
_KIND_MODIFIERS = (
    r"(?:cattle|livestock|camel|goat|fish|vegetable|fruit|grain|charcoal|gold|flea"
    r"|central|main|old|new|northern|southern|eastern|western|north|south|east|west"
    r"|upper|lower|inner|outer|industrial|trade|refugee|IDP|transit|displacement"
    r"|military|army|police|border|coastal|ring|trunk|tarmac|dirt|mountain|river"
    r"|desert|forest|rural|urban|informal|squatter|fishing|mining|farming|tea|coffee"
    r"|cocoa|rubber|sugar|cotton|oil|gas|salt|copper|diamond|tin|coal|cobalt|frontier"
    r"|customs|night|weekly|wholesale|open-air|covered|disputed|occupied|contested"
    r"|demilitarised|demilitarized|buffer|restricted|closed|special|economic|export)"
)
_NAME_THEN_KIND = re.compile(
    rf"(?<![\w-])(?P<place>(?P<lead>{_NAMES})(?:[ ]{_KIND_MODIFIERS}){{0,2}}[ ]{_KIND_AFTER})"
    r"(?![\w-])"
)
# Roadside places named by the kilometre written into one word ("KM4", "K-13").
_KILOMETRE_MARK = re.compile(r"(?<![\w-])(?P<place>(?:KM|Km|PK)-?\d{1,3})(?![\w-])")
# A postcode after a town, after a comma or on an address line: "Nairobi 00100",
# "Dakar 12500" (not a year: "Kessa 2011").
_TOWN_AND_POSTCODE = re.compile(
    r"(?:(?<=,[ ])|(?<=^)|(?<=\n))"
    r"(?P<place>[A-ZÀ-Þ][a-zß-ÿ'\u2019-]+(?:[ ][A-ZÀ-Þ][a-zß-ÿ'\u2019-]+)?"
    r"[ ](?!(?:19|20)\d\d(?!\d))\d{4,6})(?![\w/.:-])"
)
# Capitalised words that start a sentence or a heading rather than name a place.
_NOT_NAMES = word_set(
    """
    The A An This That These Those His Her Their Our Its My Your In On At To For From By
    With And But Or If When While After Before During Since Each Every Any Some No Both
    All Many Several Other Another Such Which What Who Where There Here Near Along Across
    Outside Inside Beyond Behind Between Through Via Across Toward Towards Into Onto
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Room Gate Pier Page Article
    Chapter Section Table Figure Annex Paragraph Item Rule Schedule Part Line Box Floor
    Platform Bay Level Unit Flat Apartment Office Desk Lane Row Seat Bed Cell Grade Class
    Step Stage Round Phase Exhibit
    """
)


# Towns and villages of South and Central Asia (and Slavic lands) named by the word for
# a town, fort or settlement that ends them: -pur (Khedapur), -garh (Sitalgarh), -abad
# (Jalalabad), -nagar, -ganj, -gaon, -kot, -puram, -palayam, -halli, -patti, -kent,
# -grad, -ovka.
_TOWN_ENDING = re.compile(
    r"(?<![\w-])[A-Z][a-z]{2,}(?:pur|pura|puram|garh|abad|nagar|ganj|gaon|kot|palayam"
    r"|palli|halli|patti|shahr|kent|qala|grad|ovka|evka)(?![\w-])"
)


# Places named the Arabic way, the kind first: "Hay al-Nasr" (a quarter), "Bir Tawil"
# (a well), "Jabal Marra", "Wadi Halfa", "Kafr Qasim", "Deir Hafer"; in capitals in a
# cable's subject.
_ARABIC_PLACE = re.compile(
    r"(?<![\w-])(?P<place>(?:Hay|Hayy|Hai|Harat|Haret|Mahallat|Souq|Suq|Midan|Maydan|Darb"
    r"|Wadi|Jabal|Jebel|Djebel|Ras|Bir|Ain|Ayn|Deir|Dayr|Kafr|Khirbet|Khirbat|Qaryat"
    r"|Mukhayyam|Nahr)[ ](?:(?:al|el|an|ar|as|ad|ash|at|az)-)?[A-ZÀ-Þ][a-zà-ÿ'\u2019]+"
    r"(?:[ ](?:(?:al|el|an|ar|as|ad|ash|at|az)-)?[A-ZÀ-Þ][a-zà-ÿ'\u2019]+)?"
    r"|(?:HAY|WADI|JABAL|JEBEL|DJEBEL|BIR|DEIR|KAFR|RAS)[ ](?:AL-)?[A-Z]{3,}(?:[ ][A-Z]{3,})?)"
    r"(?![\w-])"
)
# A place and its part by a compass word joined with a hyphen or after a space, in the
# languages of the set: "Kessa-Nord", "Dolo-Haut", "Orlovo-Jug", "San Rafael Norte".
_COMPASS = (
    r"(?:Haut|Bas|Nord|Sud|Est|Ouest|Centre|Jug|Sever|Istok|Zapad|Norte|Sur|Este|Oeste"
    r"|Centro|Süd|Ost|Mare|Mic|Gornji|Donji|Veliki|Mali|Alto|Bajo|Baixo)"
)
_PLACE_AND_PART = re.compile(
    rf"(?<![\w-])(?P<place>[A-ZÀ-Þ][\w'\u2019]+(?:[ ][A-ZÀ-Þ][\w'\u2019]+)?"
    rf"(?:-{_COMPASS}|[ ](?:Norte|Sur|Nord|Sud|Jug|Sever)))(?![\w-])"
)
_COMPASS_GATE = re.compile(rf"-{_COMPASS}|[ ](?:Norte|Sur|Nord|Sud|Jug|Sever)(?![\w-])")
# Towns named by the kind of town first, in Spanish, Portuguese and French: "Ciudad
# Bolívar", "Vila Nova de Gaia", "Puerto Viejo", "Villa del Carmen", "Porto Alegre".
_TOWN_FIRST = re.compile(
    r"(?<![\w-])(?P<place>(?:Ciudad|Villa|Vila|Puerto|Porto|Cidade|Ville|Bourg|Pueblo"
    r"|Nueva|Nuevo|Nova|Novo|Santa|San|São|Santo|Sant|Sta\.|Sto\.|Sta|Sto|Sn\.|Sª)"
    r"(?:[ ][A-ZÀ-Þ][\w'\u2019]+){1,2}"
    r"(?:[ ](?:de|do|da|dos|das|del|de[ ]la|de[ ]los|de[ ]las)[ ][A-ZÀ-Þ][\w'\u2019]+"
    r"(?:[ ][A-ZÀ-Þ][\w'\u2019]+)?)?)(?![\w-])"
)

# A saint's town in Italian, the article elided against the name: "Sant'Elia",
# "Sant'Angelo dei Lombardi", with either apostrophe.
_ELIDED_SAINT = re.compile(
    r"(?<![\w-])(?P<place>Sant['\u2019][A-ZÀ-Þ][\w]+"
    r"(?:[ ](?:di|de|del|dei|degli|della|delle|in|a|al)[ ][A-ZÀ-Þ][\w'\u2019]+)?)(?![\w-])"
)
# East Asian places named with the word for their division after a hyphen, which the
# model leaves out: Korean "Sorang-do" (province), "Suwon-si", "Haenam-gun",
# "Gangnam-gu", "Yeoksam-dong", "Jangheung-myeon"; Japanese "Minato-ku", "Chiba-ken".
_DIVISION_AFTER = re.compile(
    r"(?<![\w-])(?P<place>[A-Z][a-z]{2,}(?:-[a-z]{2,})?-(?:do|si|gun|gu|dong|myeon|eup|ri"
    r"|ku|ken|shi|machi|cho|mura))(?![\w-])"
)
# The name before the division reads as romanised Korean or Japanese, syllable by
# syllable: "Sorang", "Yeonsu", "Kita", "Chungcheongbuk". English compounds do not
# ("Can-do", "Must-do", "Stun-gun"), and the few that do, or that are Korean and
# Japanese words rather than places (the martial arts), are listed.
_KOREAN_SYLLABLES = re.compile(
    r"(?:(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjh])?"
    r"(?:yae|yeo|wae|ae|eo|eu|oe|wi|ya|yo|yu|ye|wa|wo|we|ui|[aeiou])"
    r"(?:ng|[knlmpt](?![aeiouwy]))?)+"
)
_JAPANESE_SYLLABLES = re.compile(
    r"(?:(?:ky|gy|sh|ch|ts|ny|hy|my|ry|by|py|[kgsztdnhbpmyrwfj])?[aeiou]"
    r"(?:n(?![aeiouy])|m(?=[bp])|k(?=k)|s(?=s)|t(?=t|ch)|p(?=p))?)+"
)
_NOT_DIVISION_NAMES = word_set(
    """
    tae kwon hapki aiki bushi kum ken kyu iai ju ji kendo judo make bake mini machine
    top pop ding ton hon son sun bun gun one none gone done take nail wanna gotta
    """
)
# A town in capitals at the end of a cable's subject line, after the word that says where:
# "CREW SWAPS AT PORT VASCO", "TRANSSHIPMENTS THROUGH SAINT-AMBROISE", "QUARRIES OF
# HAUTE-VALLÉE, MONT-CERÈS". Only names shaped as towns: hyphenated, or after the word
# for a port, saint or town. Not a compound word whose first part is a prefix or a word
# of English ("PRE-TRIAL", "SELF-EMPLOYMENT", "CROSS-BORDER", "FOLLOW-UP"), nor one
# that ends as an English adjective does ("ARMY-LINKED").
_CAPS_TOWN = (
    r"(?:(?:PORT|SAINT|SAINTE|SAN|SANTA|SANTO|SÃO|FORT|MOUNT|LAKE|NEW|PUERTO|PORTO|VILLA"
    r"|CIUDAD|CAPE|CAP|MONT|BAIE|BANDAR|KOTA|BAN)[ ][A-ZÀ-Þ][A-ZÀ-Þ'\u2019]{2,}"
    r"|(?!(?:PRE|POST|SELF|NON|ANTI|CO|CROSS|PRO|EX|MID|RE|SUB|INTER|MULTI|SEMI|COUNTER"
    r"|OVER|UNDER|OUT|OFF|ON|UP|DE|DIS|MIS|UN|BI|TRI|PAN|POLY|MICRO|MACRO|MINI|MEGA"
    r"|SUPER|ULTRA|INTRA|EXTRA|TRANS|NEO|PSEUDO|QUASI|VICE|ALL|HALF|FULL|LONG|SHORT|HIGH"
    r"|LOW|WELL|LATE|EARLY|DOUBLE|SINGLE|FOLLOW|START|SET|SIT|WALK|LOCK|SHUT|BREAK|CASE"
    r"|RIGHT|LEFT|FAR|NEAR|WIDE|WORLD|NATION|STATE|CITY|TOWN)-)"
    r"[A-ZÀ-Þ]{2,}(?:-[A-ZÀ-Þ'\u2019]{2,})+"
    # nor an English compound adjective: "ARMY-LINKED", "STATE-OWNED", "CITY-WIDE"
    r"(?<!ED)(?<!ING)(?<!-LED)(?<!-RUN)(?<!-FREE)(?<!-WIDE)(?<!-TERM)(?<!-LEVEL)"
    r"(?<!-SCALE)(?<!-STYLE)(?<!-MADE)(?<!-UP)(?<!-OUT)(?<!-OFF)(?<!-IN)(?<!-ON))"
)
_SUBJECT_PLACE = re.compile(
    r"(?<![\w-])(?:AT|IN|THROUGH|FROM|NEAR|OF|OUTSIDE|ACROSS|INTO|TO)[ ]"
    rf"(?P<place>{_CAPS_TOWN})(?:,[ ](?P<second>{_CAPS_TOWN}))?(?=[ \t]*(?:\n|$))"
)
_SUBJECT = re.compile(r"(?m)^(?:SUBJECT|SUBJ|OBJET|ASUNTO|RE):[^\n]*(?:\n[^\n]+){0,3}")
# A title in capitals near the top of a report says the same: "FORCED LABOUR IN THE
# QUARRIES OF HAUTE-VALLÉE, MONT-CERÈS".
_CAPS_TITLE = re.compile(r"(?m)^[^\na-z]{12,}$")
_TITLE_REACH = 600


def places(text: str) -> Iterator[LayoutSpan]:
    """Places with their numbers, their kind, or "the outskirts of" in front."""
    flat = joined_lines(text)
    for pattern, reason in (
        (_NUMBERED, "a kind of place and its number"),
        (_OF_PLACE, "a kind of place and its name"),
        (_NAME_THEN_KIND, "a name and the kind of place it is"),
        (_KILOMETRE_MARK, "a kilometre mark"),
        (_TOWN_AND_POSTCODE, "a town and its postcode"),
    ):
        for match in pattern.finditer(flat):
            if pattern is _OF_PLACE and match.group("state"):
                start, end = match.span("state")
                line_end = text.find("\n", start, end)
                end = line_end if line_end > 0 else end  # a letterhead's line is the name
                yield LayoutSpan(start, end, ENTITY, SCORE, "a state in capitals")
                continue
            start, end = match.span("place")
            name = text[match.start("name") : match.end("name")] if pattern is _OF_PLACE else ""
            if text[start].isupper() and "\n" in name:
                # "República de Valdoria⏎Gabinete": a letterhead's next line is not the name's
                end = text.index("\n", match.start("name"))
            if "lead" in pattern.groupindex and match.group("lead"):
                start = _after_sentence_words(flat, start, match.end("lead"))
                if start == match.end("lead") and pattern is _NAME_THEN_KIND:
                    continue  # "The border": a kind of place and no name
            yield LayoutSpan(start, end, ENTITY, SCORE, reason)
    yield from _named_in_other_grammars(text, flat)
    for match in _ELIDED_SAINT.finditer(text):
        yield LayoutSpan(*match.span("place"), ENTITY, SCORE, "a saint's town, its article elided")
    for match in _DIVISION_AFTER.finditer(text):
        if _reads_east_asian(match.group("place").rsplit("-", 1)[0]):
            yield LayoutSpan(
                *match.span("place"), ENTITY, SCORE, "a place and its division after a hyphen"
            )
    titles = [*_SUBJECT.finditer(text), *_CAPS_TITLE.finditer(text, 0, _TITLE_REACH)]
    for subject in titles:
        for match in _SUBJECT_PLACE.finditer(text, subject.start(), subject.end()):
            for group in ("place", "second"):
                if match.group(group):
                    yield LayoutSpan(*match.span(group), ENTITY, SCORE, "a town in a subject line")
    for match in _TOWN_ENDING.finditer(text):
        yield LayoutSpan(*match.span(), ENTITY, SCORE, "a town by the ending of its name")


def _reads_as_romanised(part: str) -> bool:
    return bool(_KOREAN_SYLLABLES.fullmatch(part) or _JAPANESE_SYLLABLES.fullmatch(part))


def _reads_east_asian(name: str) -> bool:
    """Whether the name before a division's word is a Korean or Japanese place name
    ("Sorang", "Kita") rather than an English word ("Can-do", "Tae-kwon-do")."""
    parts = name.lower().split("-")
    return all(_reads_as_romanised(part) and part not in _NOT_DIVISION_NAMES for part in parts)


def _after_sentence_words(flat: str, start: int, end: int) -> int:
    """Where the name before a place starts once the words that begin a sentence are
    left out ("In Sector 4" is "Sector 4", "The Galbeed market" is "Galbeed market")."""
    while start < end:
        word = re.match(r"[^ ]+", flat[start:end])
        if word is None or word.group() not in _NOT_NAMES:
            return start
        start += word.end() + 1
    return end


def _named_in_other_grammars(text: str, flat: str) -> Iterator[LayoutSpan]:
    """Places named the Arabic way, by a compass part, or by the kind of town first;
    not again inside a place the other patterns read whole ("afueras de San Telmo")."""
    taken = [
        match.span("place")
        for pattern in (_OF_PLACE, _NAME_THEN_KIND)
        for match in pattern.finditer(flat)
        if match.group("place")
    ]
    compass = _COMPASS_GATE.search(flat) is not None
    for pattern, reason in (
        (_ARABIC_PLACE, "a place named the Arabic way"),
        (_PLACE_AND_PART, "a place and its part by a compass word"),
        (_TOWN_FIRST, "a town named by its kind first"),
    ):
        if pattern is _PLACE_AND_PART and not compass:
            continue  # it starts at any capitalised word: only where a compass word is
        # a town's name in the kind-first grammar does not run on to the next line
        for match in pattern.finditer(text if pattern is _TOWN_FIRST else flat):
            start, end = match.span("place")
            if not any(s <= start and end <= e for s, e in taken):
                yield LayoutSpan(start, end, ENTITY, SCORE, reason)
