"""Named events and operations: ``Operation Sandstorm``, ``the 14 March protests``,
``grève des enseignants de mars 2010``.

An event a person took part in, or was caught up in, dates and places them. Operations
are named after the word "Operation"; other events are a kind of event (protests,
strike, massacre) with what names it before or after: capitalised words or a date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.phrases.tokens import word_set

ENTITY = "EVENT"
SCORE = 0.55

_NAMED_WORD = r"(?:[A-Z][\w'\u2019-]*|\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
    r"|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
    r"|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro"
    r"|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre"
    r"|ottobre|dicembre)"
)
_KINDS_EN = (
    r"(?:clearance[ ]operations?|security[ ]operations?|military[ ]operations?"
    r"|police[ ]operations?|sweep[ ]operations?|work[ ]stoppages?|stoppages?|storms?"
    r"|heatwave|wildfires?|blizzard|gales?|dialogue|mass[ ]disorders?|disturbances"
    r"|protests?|riots?|hunger[ ]strikes?|strikes?|uprising|revolt|rebellion|revolution"
    r"|massacre|killings|bombings?|attacks?|raids?|elections?|referendum|coup[ ]attempt"
    r"|coup[ ]d['\u2019]état|coup|crackdown"
    r"|demonstrations?|march|marches|siege|offensive|war|conflict|crisis|clashes|unrest"
    r"|blockade|occupation|sit-in|hunger[ ]strike|trial|trials|summit|conference|talks"
    r"|ceasefire|floods?|earthquake|famine|genocide|purge|disappearances|evictions|shootings?"
    r"|round-ups?|sweeps?|mutiny|walkout|boycott|vigil|sit-ins?|stampede|fire|explosion"
    r"|ambush|kidnappings?|abductions?|executions?|pogrom|invasion|primaries|primary"
    r"|disaster|tragedy|catastrophe|collapse|crash|shipwreck|sinking|derailment|landslide"
    r"|mudslide|cyclone|hurricane|typhoon|tsunami|drought|outbreak|epidemic|blast|fires"
    r"|by-elections?|runoff|run-off|recount|inauguration|funeral|commemoration|procession"
    r"|parade|rally|rallies|sit-down|lockout|lock-out|occupation|scandal|affair|hearings?|inquest"
    r"|events"
    r"|mutinies|jailbreak|prison[ ]break|escape|standoff|stand-off|hostage[ ]crisis"
    r"|pride[ ]march|memorial|exercise|exercises|manoeuvres|maneuvers|violence|turmoil"
    r"|insurgency|insurrection|polls|ballot|shelling|airstrikes?|air[ ]strikes?|drone[ ]strikes?"
    r"|stabbings?|lynchings?|assassination|murders|killing|arrests|detentions|deportations"
    r"|expulsions|evacuation|lockdown|curfew|shutdown|blackout|festival|ceremony|pilgrimage"
    r"|congress|convention|forum|games|airshow|air[ ]show|trade[ ]fair|fair|expo"
    r"|court-martial|show[ ]trial|peace[ ]talks|negotiations|accords?|sit-down[ ]strike"
    r"|vote|incident|accident|stampedes?|dispersal|break-up|eviction|demolitions?"
    r"|clearances?|massacres|firefight|gunfight|shoot-out|shootout|mass[ ]arrests|purges)"
)
# Capitalised heads that name an event after capitalised words ("the Arab Spring",
# "the Kessanou Book Fair", "Independence Day"), with what is held on the day.
_CAPITAL_KINDS = (
    r"(?:Games|Olympics|Cup|Fair|Festival|Spring|Day|Revolution|Uprising|War|Crisis|Summit"
    r"|Conference|Forum|Expo|Carnival|Marathon|Rally|Jubilee|Intifada|Massacre|Genocide"
    r"|Affair|Scandal|Protests?|Riots|Strike|Elections?|Referendum|Coup|Talks|Trial"
    r"|Accords?|Congress|Championships?|Tournament|Pilgrimage|Hajj|Week|Weekend|Memorial"
    r"|Parade|March|Procession|Commemoration|Remembrance|Vigil|Disaster|Tragedy|Games"
    r"|Gala|Jamboree|Symposium|Assembly|Convention|Pride|Walk|Run|Race|Feast|Eid|Diwali"
    r"|Holi|Ramadan|Easter|Christmas|Carnaval|Fiesta|Fête|Feria|Semana[ ]Santa"
    r"|Campaign|Offensive|Insurrection|Insurgency|Rebellion|Revolt|Rising|Mutiny|Putsch"
    r"|Siege|Blockade|Crackdown|Purge|Pogrom|Exodus|Famine|Floods?|Earthquake|Cyclone"
    r"|Hurricane|Typhoon|Tsunami|Bombings?|Attacks?|Raid|Shootings?|Killings|Ceasefire"
    r"|Hearings|Debate|Dialogue|Negotiations|Roundtable|Olympiad|Biennale|Biennial"
    r"|Exhibition|Concert|Ceremony|Inauguration|Plebiscite|By-[Ee]lection|Runoff|Primaries"
    r"|Caucus|Walkout|Boycott|Sit-[Ii]n|Occupation|Crash|Collapse|Fire|Explosion|Blast"
    r"|Spill|Outbreak|Epidemic|Pandemic|Floods|Landslide|Stampede|Shipwreck|Derailment"
    r"|Airshow|Air[ ]Show|Motor[ ]Show|Show|Trade[ ]Fair|Exposition|Grand[ ]Prix|Open"
    r"|Session|Plenary|Retreat|Seminar|Colloquium|Hackathon|Awards|Violence|Polls"
    r"|Clearance|Dialogue|Storm|Stoppage|Disturbances|Riot)"
)
_ON_THE_DAY = r"(?:[ ](?:celebrations|parade|march|rally|ceremony|commemorations|festivities))?"
# "the Battle of Kessanou", "the Siege of Dar Qasim".
_OF_KINDS = (
    r"(?:Battle|Siege|Massacre|Sack|Fall|Liberation|Bombing|Uprising|Revolt|Capture"
    r"|Invasion|Occupation|Blockade|Storming|Burning|Battle|Events|Days|Treaty|Peace"
    r"|Summit|Trial|Siege|Conference|Accords?|Declaration)"
)
_KINDS_ROMANCE = (
    r"(?:grève|grèves|manifestation|manifestations|marche|émeutes?|massacre|attentat"
    r"|coup[ ]d['\u2019]État|élections?|révolution|guerre|soulèvement|rafle|rafles|procès"
    r"|huelga|huelgas|protestas?|marcha|masacre|matanza|elecciones|golpe(?:[ ]de[ ]Estado)?"
    r"|revolución|guerra|levantamiento|atentado|paro|référendum|referéndum|éboulement"
    r"|accident|accidente|incendie|incendio|explosion|explosión|naufrage|naufragio"
    r"|effondrement|derrumbe|attaque|ataque|inondations?|inundaciones|émeutes?)"
)
# The article before a French or Spanish event ("l'éboulement du 2 mai", "la grève du 8
# novembre"), and the break of a line quoted in a reply ("l'éboulement\n> du 2 mai").
_ROMANCE_ARTICLE = r"(?:(?:l['\u2019]|la[ ]|le[ ]|el[ ]|les[ ]|los[ ]|las[ ])?)"
_GAP = r"(?:[ ]|[ ]?\n(?:>[ ]?)*)"
_EVENT = re.compile(
    rf"\b(?:Operation|Opération|Operación|Operativo|Exercise|Exercice|Ejercicio|Op\.)[ \n]"
    rf"(?:[A-Z][\w'\u2019-]*)"
    rf"(?:[ ][A-Z][\w'\u2019-]*){{0,2}}"
    rf"|\b(?:the[ ])?{_OF_KINDS}[ ]of[ ](?:the[ ])?[A-Z][\w'\u2019-]*"
    rf"(?:[ ][A-Z][\w'\u2019-]*){{0,2}}"
    rf"|\b(?:the[ ])?(?:(?:19|20)\d\d[ ])?(?:[A-Z][\w'\u2019-]*[ ]){{1,3}}{_CAPITAL_KINDS}\b"
    rf"{_ON_THE_DAY}"
    rf"(?:[ ]of[ ](?:19|20)\d\d)?"
    rf"|\b(?:the[ ])?(?:{_MONTH}[ ])?(?:19|20)\d\d[ ](?:[A-Za-z][\w'\u2019-]*[ \n]){{0,2}}"
    rf"{_KINDS_EN}\b"
    rf"|\b(?:the[ ])?(?:(?:19|20)\d\d[ ])?(?:[A-Z][\w'\u2019-]*[ ]){{1,2}}"
    rf"(?:[a-z][\w'\u2019-]*[ ]){{0,2}}{_KINDS_EN}\b"
    rf"(?:[ ](?:of|on)[ ]\d{{1,2}}[ ]{_MONTH}(?:[ \n](?:19|20)\d\d)?|[ ]of[ ](?:19|20)\d\d)?"
    rf"|\b(?:[a-z][\w'\u2019-]*[ ])?{_KINDS_EN}[ ](?:of|in)[ ](?:(?:\d{{1,2}}[ ])?{_MONTH}"
    rf"(?:[ ](?:19|20)\d\d)?|(?:19|20)\d\d|\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)\d\d)\b"
    rf"|\b(?:the[ ])?(?:{_NAMED_WORD}[ ]){{1,3}}{_KINDS_EN}\b"
    rf"|\b(?:the[ ])?{_NAMED_WORD}[ ]{_MONTH}(?:[ ](?:19|20)\d\d)?[ ]"
    rf"(?:[a-z][\w'\u2019-]*[ ]){{0,2}}{_KINDS_EN}\b"
    rf"|\b(?:the[ ])?{_MONTH}[ ](?:\d{{1,2}}[ \n]|(?:19|20)\d\d[ \n])"
    rf"(?:[a-z][\w'\u2019-]*[ ]){{0,2}}{_KINDS_EN}\b"
    rf"|(?<![\w'\u2019]){_ROMANCE_ARTICLE}{_KINDS_ROMANCE}{_GAP}(?:du|del)[ ]\d{{1,2}}(?:er)?"
    rf"[ ](?:de[ ])?{_MONTH}"
    rf"(?:[ ](?:de[ ])?(?:19|20)\d\d)?"
    rf"|\b{_KINDS_ROMANCE}[ ](?:des?|du|de[ ]la|del|d['\u2019])[ ]?[\w'\u2019-]+"
    rf"(?:[ ](?:de|du|des|del)[ ]"
    rf"(?:\d{{1,2}}[ ])?{_MONTH}(?:[ \n](?:19|20)\d\d)?)?"
    rf"|\b(?:opération|operación|operativo|opérations|operaciones|operation)"
    rf"(?:[ \n](?!(?:du|del|of|on|in)[ ])[\w'\u2019-]+){{1,4}}?[ \n](?:du|del|of|on|de)[ \n]"
    rf"\d{{1,2}}(?:er)?[ \n](?:de[ ])?{_MONTH}(?:[ \n](?:de[ ])?(?:19|20)\d\d)?"
    # an operation named in quotes: 'opération « Ville Propre »', 'operativo "Aurora"'
    rf"|\b(?i:opération|operación|operativo|operation|exercise|exercice)[ \n]+"
    r"[«\"“][ \u00a0\n]*[^»\"”\n]{1,40}(?:\n[^»\"”\n]{1,40})?[ \u00a0\n]*[»\"”]",
)
# An event named in capitals, as a cable's subject line writes it: "CORNICHE SIT-IN",
# "MARCH REFERENDUM"; the small words before it are not the event's.
_CAPS_EVENT = re.compile(
    rf"(?<![\w-])(?:[A-Z][A-Z'\u2019-]+[ ]){{1,3}}{_CAPITAL_KINDS.upper()}(?![\w-])"
)
# The same named by its day: "FEBRUARY 22 RIOT", "MAY⏎3 STRIKE".
_CAPS_DATED_EVENT = re.compile(
    rf"(?<![\w-]){_MONTH.upper()}[ \n]\d{{1,2}}[ \n]{_CAPITAL_KINDS.upper()}(?![\w-])"
)
_CAPS_STOP = word_set(
    """
    before after during ahead of in on at for the and or to from since until over with
    by about against list participants this that its their his her our a an
    """
)
# What was done to a named event, place or group, with its describing words: "the violent
# dispersal of the Telembe march", "the bombing of the Kessa market", "the siege of the
# Al-Huda mosque". The whole is one event: the name inside is the event's, not a place.
_ACTIONS = (
    r"(?:dispersal|break-up|breakup|crackdown|suppression|repression|crushing|storming"
    r"|bombing|bombardment|shelling|burning|torching|firebombing|looting|ransacking|attack"
    r"|assault|raid|siege|massacre|killings?|shootings?|eviction|evictions|demolition"
    r"|clearance|blockade|invasion|sacking|destruction|occupation|ambush|sinking|collapse"
    r"|capture|fall|liberation|encirclement|closure|banning|policing|dispersion)"
)
# Nouns that end a named place of an event: "at Kessa stadium", "the Orelo market".
_PLACE_NOUNS = (
    r"(?:stadium|market|square|mosque|church|cathedral|temple|camp|prison|jail|bridge|border"
    r"|colliery|pit|dam|airport|airbase|base|field|park|street|road|highway"
    r"|crossing|university|campus|factory|mine|port|station|plaza|roundabout|junction"
    r"|checkpoint|village|compound|settlement|estate|slum|township|hospital|school|hotel"
    r"|parliament|courthouse|embassy|consulate|barracks|refinery|plant|mill|quarry|rally"
    r"|march|protests?|sit-in|vigil|demonstrations?|strike|camp|neighbourhood|district)"
)
_CAP = r"(?:[A-Z][\w'\u2019-]*)"
_ACTION_ON = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)[ ](?:[a-z][\w-]*[ ]){{0,2}}{_ACTIONS}[ ](?:of|on|against|at|in)[ ]"
    rf"(?:the[ ])?(?:(?:19|20)\d\d[ ])?{_CAP}(?:[ ](?:{_CAP}|of|de|al|el)){{0,3}}"
    rf"(?:[ ](?:[a-z][\w-]*[ ])?{_PLACE_NOUNS})?\b"
)
# The same done to a place or an event named only by its kind, when where or when
# follows: "the storming of the parliament in Dorra", "the breakup of the dockers' strike
# in Mersin".
_ACTION_ON_PLACE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)[ \n](?:[a-z][\w-]*[ \n]){{0,2}}{_ACTIONS}[ \n](?:of|on|against|at|in)"
    rf"[ \n]the[ \n](?:[a-z][\w'\u2019-]*[ \n])?(?:{_PLACE_NOUNS}|{_KINDS_EN})\b"
)
# A kind of event with its describing words and where it happened: "the deadly stampede
# at Kessa stadium", "a violent raid on the Orelo camp".
_KIND_AT = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)[ ](?:[a-z][\w-]*[ ]){{0,2}}{_KINDS_EN}[ ](?:at|in|on|near|outside)[ ]"
    rf"(?:the[ ])?{_CAP}(?:[ ]{_CAP}){{0,3}}(?:[ ]{_PLACE_NOUNS})?\b"
)
# Describing words before a named event: "the violent dispersal of" the X march.
_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)[ \n](?:[a-z][\w-]*[ \n]){{0,2}}{_ACTIONS}[ \n](?:of|on|against)[ \n]$"
)
# "the October parliamentary vote": a month, describing words, a kind of event.
_MONTH_KIND = re.compile(
    rf"\bthe[ ](?:(?:19|20)\d\d[ ])?{_MONTH}[ ](?:(?:19|20)\d\d[ ])?"
    rf"(?:[a-z][\w'\u2019-]*[ ]){{0,2}}{_KINDS_EN}\b"
)
# An incident named by its date in French, Spanish, Portuguese and Italian:
# "l'éboulement du 2 mai", "accidente grave del 3 de agosto de 2011".
_ROMANCE_INCIDENTS = (
    r"(?:accidente|accident|incidente|incident|éboulement|effondrement|derrumbe|incendie"
    r"|incendio|incêndio|explosion|explosión|explosão|esplosione|naufrage|naufragio"
    r"|ataque|attaque|attacco|agression|agresión|enlèvement|secuestro|sequestro|rapimento"
    r"|asesinato|assassinat|assassinio|meurtre|homicidio|fusillade|tiroteo|balacera|rafle"
    r"|redada|allanamiento|perquisition|arrestation|détention|detención|interpellation"
    r"|manifestation|manifestación|manifestação|manifestazione|marcha|marche|grève|greve"
    r"|sciopero|huelga|paro|émeutes?|motín|disturbios|massacre|masacre|matanza|strage"
    r"|inondation|inundación|inondazione|glissement[ ]de[ ]terrain|desalojo|expulsion"
    r"|évacuation|coup[ ]d['\u2019]État|golpe|scrutin|referéndum|référendum|tragédie|tragedia"
    r"|catastrophe|catástrofe|atentado|attentat|attentato|bombardeo|bombardement"
    r"|enfrentamientos?|affrontements?|heurts|répression|represión|repressão|choques"
    r"|protesta|protesto|rassemblement|concentración|sit-in|coup)"
)
_ROMANCE_DATED = re.compile(
    rf"(?i:\b(?:l['\u2019])?){_ROMANCE_INCIDENTS}(?:[ ][a-zà-ÿ]+){{0,2}}?[ ]"
    rf"(?:du|del|de[ ]la|do|da|della|dello|dell['\u2019]|de)[ ]\d{{1,2}}(?:er|º|°)?[ ](?:de[ ])?"
    rf"{_MONTH}(?:[ ](?:de[ ])?(?:19|20)\d\d)?\b"
)
# A kind of event and the place it struck, in French, Spanish and Portuguese: "les
# inondations de Ravine Blanche", "la grève de Port-Mirel", "la masacre de El Mozote".
_ROMANCE_AT_PLACE = re.compile(
    rf"(?<![\w'\u2019-]){_KINDS_ROMANCE}[ ](?:de[ ]|d['\u2019]|à[ ]|en[ ]|em[ ]|do[ ]|da[ ])"
    r"(?:(?:El|La|Los|Las|Le|Les|O|A)[ ])?[A-ZÀ-Þ][\w'\u2019-]+(?:[ ][A-ZÀ-Þ][\w'\u2019-]+){0,2}"
)
# The trial of a group known by a name ("the trial of the Harbour Six"); not "the trial
# of" a person, whose name is found as a name.
_TRIAL_OF = re.compile(
    r"\b(?:trial|retrial|court-martial|inquest)[ ]of[ ]the[ ][A-Z][\w'\u2019-]*"
    r"(?:[ ][A-Z][\w'\u2019-]*){0,2}"
)
# Capitalised words that start a sentence or a title rather than name an event.
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "In",
        "On",
        "At",
        "During",
        "After",
        "Before",
        "Since",
        "Following",
        "Its",
        "His",
        "Her",
        "Their",
        "Our",
        "Further",
        "Both",
        "Such",
        "Any",
        "All",
        "No",
        "Recent",
        "Several",
        "Many",
        "Some",
        "Other",
        "Another",
    ]
)
# A body named after an event ("Campaign Office", "Fire Service") is no event.
_NAME_GOES_ON = re.compile(
    r"[ ](?:Office|Offices|Service|Services|Committee|Commission|Secretariat|Unit|Team|Board"
    r"|Council|Department|Fund|Foundation|Organi[sz]ation|Agency|Brigade|Centre|Center"
    r"|Authority|Ministry|Institute|Association|Headquarters|Coordinator|Director|Staff"
    r"|Group|Trust|Network|Company|Bureau|Desk|Station|Department|Programme|Program)\b"
)
_ROMANCE_GENERIC = re.compile(
    r"(?i)^(?:la[ ]|le[ ]|les[ ]|el[ ]|los[ ])?\w+[ ](?:de|du|des|del)[ ]"
    r"(?:la|le|les|el|los|l['\u2019])$"
)


# What may follow a named event and belongs to its name: where and when it happened
# ("the March 12 protests in Baardheere", "the bread riots of January 2011").
_DAY = r"\d{1,2}(?:st|nd|rd|th|er)?"
_TAIL = re.compile(
    rf"[ \n](?:in|at|of|on|near|outside|de|du|en)[ \n](?:the[ ](?=[A-Z]))?"
    rf"(?:(?:{_DAY}[ ])?{_MONTH}(?:[ ]{_DAY})?(?:,?[ ](?:19|20)\d\d)?(?![\w-])"
    rf"|(?:19|20)\d\d(?![\w-])"
    rf"|(?!{_MONTH}\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This"
    rf"|That|His|Her|Their)\b)[A-Z][\w'\u2019]*(?:-[\w'\u2019]+)*"
    rf"(?:[ ][A-Z][\w'\u2019]*(?:-[\w'\u2019]+)*){{0,2}}(?![\w-]))"
)
# Words that make a sentence of what is between a name and a kind of event ("Loro said
# the protests"), where a name of an event has only describing words.
_SENTENCE_WORDS = word_set(
    """
    the a an of in on at to for and or but with by from as is was were are be been has had
    have said says told who which that this these those his her its our my your their
    during after before against over under into near outside since until while when where
    not no also then than so if led held took joined called saw did does do will would
    could should may might must can
    """
)


def events(text: str) -> Iterator[LayoutSpan]:
    """Named events and operations in ``text``, each span once."""
    seen: set[tuple[int, int]] = set()
    for span in _events(text):
        if (span.start, span.end) not in seen:
            seen.add((span.start, span.end))
            yield span


def _events(text: str) -> Iterator[LayoutSpan]:
    for match in _EVENT.finditer(text):
        start, end = match.span()
        piece = match.group()
        words = piece.split()
        if words and words[0] in ("the", "The"):
            words = words[1:]
        if len(words) < 2 or words[0] in _NOT_NAMES:
            continue  # "The protests", "During protests"
        if words[0][:1].islower() and not re.search(rf"\d|{_MONTH}|[«\"“]", piece):
            continue  # "The first raid": a sentence, not a name
        if words[0].isdigit() and words[1] in _NOT_NAMES:
            continue  # "4 The raid": a paragraph number and a sentence
        if _ROMANCE_GENERIC.match(piece):
            continue
        if words[-1][:1].isupper() and _NAME_GOES_ON.match(text, end):
            continue  # "Campaign Office", "Fire Service": part of a longer name
        generic = piece[:1].islower() and " " in piece and not re.search(r"\d|[A-Z]", piece[1:])
        if generic and not re.search(_MONTH, piece):
            continue  # "grève des enseignants": a kind of event and a group, no date or name
        kind = re.search(rf"\b{_KINDS_EN}\b", piece)
        before_kind = piece[: kind.start()].split()[1:] if kind else []
        if any(w in _SENTENCE_WORDS for w in before_kind):
            continue  # "Loro said the protests": a sentence, not a name
        end = _with_tail(text, end)
        before = _BEFORE.search(text, max(0, start - 80), start)
        if before is not None and not _is_sentence(before.group()):
            start = before.start()  # "the violent dispersal of" the Telembe march
        yield LayoutSpan(start, end, ENTITY, SCORE, "named event")
    for match in _TRIAL_OF.finditer(text):
        yield LayoutSpan(*match.span(), ENTITY, SCORE, "the trial of a named group")
    for pattern, reason in (
        (_ACTION_ON, "what was done to a named place or event"),
        (_KIND_AT, "an event with where it happened"),
        (_MONTH_KIND, "an event named by its month"),
        (_ROMANCE_DATED, "an incident named by its date"),
        (_ROMANCE_AT_PLACE, "an event and the place it struck"),
    ):
        for match in pattern.finditer(text):
            if _is_sentence(match.group()):
                continue
            start, end = match.span()
            if pattern is not _ROMANCE_DATED:
                end = _with_tail(text, end)
            yield LayoutSpan(start, end, ENTITY, SCORE, reason)
    for match in _CAPS_EVENT.finditer(text):
        start = match.start()
        for word in re.finditer(r"\S+", match.group()):
            if word.group().casefold() in _CAPS_STOP:
                start = match.start() + word.end() + 1  # the event starts after it
        if len(text[start : match.end()].split()) >= 2:
            yield LayoutSpan(start, match.end(), ENTITY, SCORE, "named event in capitals")
    for match in _CAPS_DATED_EVENT.finditer(text):
        yield LayoutSpan(*match.span(), ENTITY, SCORE, "named event in capitals")
    for match in _ACTION_ON_PLACE.finditer(text):
        end = _with_tail(text, match.end())
        if end > match.end() and not _is_sentence(match.group()):  # "the closure of the school"
            yield LayoutSpan(match.start(), end, ENTITY, SCORE, "what was done to a place")


def _with_tail(text: str, end: int) -> int:
    """``end`` moved past where and when the event happened ("in Dolo", "of March 2012")."""
    for _ in range(2):
        tail = _TAIL.match(text, end)
        if tail is None:
            break
        end = tail.end()
    return end


def _is_sentence(piece: str) -> bool:
    """Whether the describing words of ``piece`` make a sentence ("the police said the")."""
    words = piece.split()[1:]
    for word in words:
        if word[:1].isupper() or re.fullmatch(_ACTIONS, word) or re.fullmatch(_KINDS_EN, word):
            return False
        if word in _SENTENCE_WORDS:
            return True
    return False
