"""Names announced by the words before them: ``Our source is Javed Iqbal``, ``his real
name, Khalid al-Rashidi``, ``alias "Abu Sami"``, ``s'appelle Komla Agbodjan``.

The model knows names from the cultures it was trained on; a name it has never seen is
still a name when the sentence says so. After the strongest cues (a real name, an
alias, "named", "s'appelle") a name may be in lower case ("nguyen lan"); after the
others it must be capitalised or in capitals.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.names import (
    WORD_RE,
    initial,
    is_name_word,
    joins,
    name_run,
    org_like,
    run_bounds,
)
from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.layout.words import NOT_NAME, PARTICLES, TITLES
from workstation.detection.layout.words import word_set as _set
from workstation.detection.phrases import given_names, occupations

SCORE = 0.8
_OPEN = r"[,:]?[ \t]*\n?[ \t]*[\"“'\u2018«]?[ ]?"
_CUES = re.compile(
    r"(?i:"
    # English
    r"\b(?:our|my|the|a|his|her|their|main|key|second|first)[ ](?:\w+[ ])?"
    r"(?:source|informant|contact|fixer|interpreter|witness|whistle-?blower|applicant"
    r"|complainant|petitioner|plaintiff|victim|deceased|detainee|suspect|accused|defendant"
    r"|intermediary|middleman|go-between|handler|courier|guide|driver|translator)"
    r"(?:[ ](?:at|in|of|from|inside|within|for|on)[ ](?:the[ ]|a[ ]|this[ ]|that[ ])?"
    r"[\w-]+(?:[ ][\w-]+)?)?(?:[ ](?:is|was)|,)"
    r"|\b(?:source|informant|contact)[ ]?:"
    r"|\b(?:his|her|their|my|our|whose)[ ](?:\w+[ ])?(?:brother|sister|cousin|son|daughter"
    r"|wife|husband|mother|father|uncle|aunt|nephew|niece|friend|colleague|neighbou?r"
    r"|fianc[ée]e?|partner|brother-in-law|sister-in-law|son-in-law|daughter-in-law"
    r"|grandson|granddaughter|stepson|stepdaughter|boss|deputy|assistant|driver|bodyguard)"
    r"(?:,)?"
    r"|\b(?P<strong>(?:real|full|true|birth|maiden|given)[ ]name(?:[ ](?:is|was))?[ ]?[:,]?"
    r"|(?:his|her|their)[ ]name[ ](?:is|was)|alias|a\.k\.a\.|aka"
    r"|known[ ](?:only[ ]|simply[ ]|locally[ ]|to[ ]\w+[ ])?as"
    r"|kn[eo]w[ ](?:(?:him|her|them)[ ])?(?:only[ ]|simply[ ])?as|nicknamed|my[ ]name[ ]is"
    r"|named|called|identified[ ]as|going[ ]by|code-?named|n[ée]e\b|geb\.|geborene\b"
    r"|[ée]pouse\b|veuve\b|viuda[ ]de\b"
    r"|(?:they|people|everyone|locals|we|you|workers|colleagues|friends)[ ]call(?:s|ed)?"
    r"(?:[ ](?:him|her|them))?"
    # French
    r"|s['\u2019]appel(?:le|ait)|(?:dé|pré|sur)?nommée?|dite?|de[ ]son[ ]vrai[ ]nom"
    r"|vrai[ ]nom[ ]?:?|je[ ]m['\u2019]appelle|mon[ ]nom[ ]est"
    # Spanish
    r"|se[ ]llama(?:ba)?|llamad[oa]|apodad[oa]|conocid[oa][ ]como|de[ ]nombre"
    r"|verdadero[ ]nombre(?:[ ]es)?[ ]?:?|me[ ]llamo|mi[ ]nombre[ ]es"
    # Portuguese
    r"|chamo-me|(?:o[ ])?meu[ ]nome[ ](?:é|e)|conhecid[oa][ ]como)"
    # weaker: the name a person gives or is given, capitalised ("calls himself Kofi",
    # "call her 'A.'", "soy Ana", "sou Ana")
    r"|\b(?:call(?:s|ed|ing)?[ ](?:him|her)(?:self)?|introduc(?:es|ed)[ ](?:him|her)self[ ]as"
    r"|(?:goes|went)[ ]by|soy|sou|chamad[oa])\b"
    r"|\b(?:notre|ma|mon|sa|son|leur|nuestra|nuestro|mi|su)[ ](?:\w+[ ])?"
    r"(?:source|informateur|informatrice|contact|fuente|informante|contacto)"
    r"(?:[ ](?:est|s['\u2019]appelle|es|era|se[ ]llama)|,))" + _OPEN
)
# Where a sentence says who someone is to someone else, or what part they play, in
# English, French and Spanish: "the widow of", "son frère", "su hermana", "detainee",
# "le témoin", "la víctima"; and the verbs that report what a person said.
_KIN = (
    r"brother|sister|cousin|son|daughter|wife|husband|widow|widower|mother|father|uncle"
    r"|aunt|nephew|niece|friend|colleague|neighbou?r|fianc[ée]e?|partner|grandson"
    r"|granddaughter|grandmother|grandfather|stepson|stepdaughter|stepfather|stepmother"
    r"|(?:brother|sister|son|daughter|father|mother)-in-law|employer|landlord|landlady"
    r"|cellmate|co-accused|co-defendant|lawyer|counsel|client|relative|boyfriend|girlfriend"
)
_ROLES = (
    r"detainee|prisoner|inmate|witness|applicant|complainant|petitioner|plaintiff|victim"
    r"|suspect|accused|defendant|informant|deceased|patient|protester|demonstrator"
    r"|activist|blogger|refugee|migrant|claimant|appellant|respondent|survivor|hostage"
)
_FRENCH_KIN = (
    r"fr[èe]re|s[œo]e?ur|fils|fille|femme|mari|[ée]pouse|[ée]poux|m[èe]re|p[èe]re|oncle"
    r"|tante|cousine?|neveu|ni[èe]ce|amie?|voisine?|coll[èe]gue|avocate?|compagne|compagnon"
    r"|belle-s[œo]e?ur|beau-fr[èe]re|belle-m[èe]re|beau-p[èe]re|gendre|belle-fille"
)
_FRENCH_ROLES = (
    r"t[ée]moin|victime|d[ée]tenue?|pr[ée]venue?|accus[ée]e?|plaignante?|requ[ée]rante?"
    r"|suspecte?|d[ée]funte?|disparue?|bless[ée]e?|otage"
)
_SPANISH_KIN = (
    r"herman[oa]|hij[oa]|espos[oa]|marido|mujer|madre|padre|t[íi][oa]|prim[oa]|sobrin[oa]"
    r"|abuel[oa]|amig[oa]|vecin[oa]|novi[oa]|cuñad[oa]|suegr[oa]|yerno|nuera|abogad[oa]"
    r"|compañer[oa]|pareja"
)
_SPANISH_ROLES = (
    r"testigo|v[íi]ctima|detenid[oa]|imputad[oa]|acusad[oa]|denunciante|sospechos[oa]"
    r"|fallecid[oa]|desaparecid[oa]|herid[oa]|rehén|occis[oa]"
)
_SAYING = (
    r"said|says|told|added|explained|recalled|testified|stated|declared|confirmed|denied"
    r"|insisted|wrote|claimed|alleged|complained|admitted|recounted|replied|warned"
)
_RELATIONS = re.compile(
    r"(?i:"
    rf"\b(?:the|a|an|his|her|their|my|our|whose)[ ](?:\w+[ ])?(?:{_KIN})(?:[ ]of)?"
    rf"|\b(?:(?:the|a|an|fellow|another|our|his|her|their)[ ])?(?:{_ROLES})"
    rf"|\b(?:son|sa|leur|notre|mon|ma|ses|le|la|du|de[ ]la)[ ](?:{_FRENCH_KIN})"
    rf"|\b(?:le|la|l['\u2019]|du|de[ ]la|au|à[ ]la)[ ]?(?:{_FRENCH_ROLES})"
    rf"|\b(?:su|sus|mi|nuestr[oa]|el|la|del|al)[ ](?:{_SPANISH_KIN})"
    rf"|\b(?:el|la|del|al)[ ](?:{_SPANISH_ROLES})"
    rf"|\b(?:{_SAYING}|according[ ]to|quoted|quoting|interviewed|accompanied[ ]by"
    r"|represented[ ]by|signed[ ]by|assisted[ ]by|spoke[ ](?:to|with)|met[ ]with"
    r"|selon|d['\u2019]apr[èe]s|a[ ](?:d[ée]clar[ée]|dit|affirm[ée]|expliqu[ée]|racont[ée]"
    r"|t[ée]moign[ée]|indiqu[ée]|pr[ée]cis[ée]|ajout[ée]|confi[ée])"
    r"|le[ ](?:nomm[ée]|d[ée]nomm[ée]|sieur|pr[ée]nomm[ée])|la[ ](?:nomm[ée]e|d[ée]nomm[ée]e|dame)"
    r"|seg[úu]n|dijo|declar[óo]|afirm[óo]|explic[óo]|cont[óo]|relat[óo]|testific[óo]"
    r"|indic[óo]|señal[óo]|añadi[óo]|denunci[óo]|el[ ]llamado|la[ ]llamada)"
    r")(?:,)?[ ]"
)
# The English words of a relation or a role, which do not start a name ("Detainee").
_ROLE_WORDS = _set(" ".join(w for w in f"{_KIN}|{_ROLES}".split("|") if w.isalpha()))
# What follows a name that is the subject of a verb of saying, or is given an age
# or a role in apposition: "Ruiz, 34, said", "Bekele told", "Nkosi, a teacher,",
# "Traoré (52)", "Koné, 52 ans,", "Huanca, de 34 años,", "Rakoto Jaona (19 ans, élève)",
# and the civil particulars of Spanish and French pleadings ("RUIZ PAZ, mayor de edad",
# "Awa Koné, née le 3 mars 1990").
_AFTER_A_NAME = re.compile(
    rf"(?:[ ](?:{_SAYING}|has[ ]said|had[ ]said|a[ ]d[ée]clar[ée]|a[ ]dit|a[ ]affirm[ée]"
    r"|a[ ]expliqu[ée]|a[ ]racont[ée]|dijo|declar[óo]|afirm[óo]|explic[óo]|cont[óo])\b"
    r"|,[ ](?:aged[ ])?\d{1,2}(?:[ ](?:ans|años))?,"
    r"|,[ ]de[ ]\d{1,2}[ ]años"
    r"|,[ ](?:mayor|menor)[ ]de[ ]edad\b|,[ ]n[ée]e?[ ]le[ ]\d|,[ ]âgée?[ ]de[ ]\d"
    r"|[ ]\(\d{1,2}(?:[ ](?:ans|años|years(?:[ ]old)?))?[,)]"
    r"|[ ]\(\d{1,2}\)"
    r"|,[ ]a[ ]\d{1,2}-year-old\b)"
)
# Words that start ordinary phrases after a cue ("called for", "named in", "dit que").
_NOT_FIRST = _set(
    """
    a an the this that these those his her their its our my your one someone somebody
    him them it us me you he she they we who what which whose where when how for on in
    at to by of off up out upon after into from with as and or but not no any some
    was is are were has had have said says told who whose which that then when while
    only just also still even never ever later first last once again soon too very so
    le la les un une des du de que qui ce cette il elle ils elles lui leur on en par pour
    el los las una unos unas del que quien lo le se es por para con en
    let let's lets anywhere anyhow anything anyone anybody everywhere everything everyone
    nothing nowhere something somewhere here there please yet now today tonight
    yesterday tomorrow ok okay yes withheld unknown redacted
    """
)


_ARTICLES = _set("el la le los las les")
# Words that start a sentence or a clause before a name ("Later Ruiz said").
_PLAIN_FIRST = _NOT_FIRST | given_names.SENTENCE_WORDS | TITLES | _ROLE_WORDS
# Words that make a run of capitals something other than a name ("Human Rights Watch").
_NOT_A_NAME = (
    NOT_NAME
    | given_names.HEADS
    | given_names.MONTHS
    | _set(
        """
    officials residents witnesses police protesters villagers sources reuters afp ap
    watch international amnesty rights human news times press agency systems solutions
    logistics trading consulting partners associates global industries technologies
    energy mining petroleum resources media communications networks
    """
    )
)


def cued_names(text: str) -> Iterator[LayoutSpan]:
    """Names right after a cue word or phrase, or after a profession ("the nurse
    Rukhsana Begum"), and where a relation, a role or a verb of saying points to them;
    each span once, with the first (strongest) reason that found it."""
    seen: set[tuple[int, int]] = set()
    for span in _cued(text):
        if (span.start, span.end) not in seen:
            seen.add((span.start, span.end))
            yield span


def _cued(text: str) -> Iterator[LayoutSpan]:
    for post in occupations.occupations(text):
        if text[post.end : post.end + 1] == " " and text[post.end + 1 : post.end + 2].isupper():
            named = _name_after(text, post.end + 1, False)
            if named is not None:
                yield LayoutSpan(named[0], named[1], "PERSON", SCORE, "name after a profession")
    for match in _CUES.finditer(text):
        strong = match.group("strong") is not None or match.group().lower().rstrip(
            " \t\n\"“'\u2018«"
        ).endswith(("s'appelle", "s\u2019appelle", "se llama", " is", " est", " es"))
        span = _name_after(text, match.end(), strong)
        if span is not None:
            yield LayoutSpan(span[0], span[1], "PERSON", SCORE, "name after a cue word")
    yield from _related_names(text)
    yield from _after_short_given_names(text)


# Given names written short at the head of a name: "Md." and "Mohd."/"Muhd."/"Mhd."
# (Muhammad, in Bangladesh and Malaysia), "Sk." (Sheikh), "Ma." (María, in Spanish and
# Filipino names), "Fco." (Francisco). The name words after them make the name.
_SHORT_GIVEN = re.compile(r"(?<![\w.'\u2019-])(?:(?:Md|Mohd|Muhd|Mhd|Sk)\.?|Ma\.|Fco\.)[ ]")


def _after_short_given_names(text: str) -> Iterator[LayoutSpan]:
    for match in _SHORT_GIVEN.finditer(text):
        span = _name_after(text, match.end(), False)
        if span is not None:
            reason = "name after a given name written short"
            yield LayoutSpan(match.start(), span[1], "PERSON", FULL_SCORE, reason)


WEAK_SCORE = 0.5  # one word after a weaker cue: for review under source-protection only
FULL_SCORE = 0.7  # two words or more after one


def _related_names(text: str) -> Iterator[LayoutSpan]:
    """Names after words for a relation or a role and after verbs of saying ("the widow
    of", "detainee", "son frère", "según"), before verbs of saying, an age or a role in
    apposition ("Ruiz told", "Koné, 52 ans,"), and after a profession and a comma
    ("the driver, Tesfaye Bekele")."""
    for match in _RELATIONS.finditer(text):
        if match.group().isupper():
            continue  # a subject line or heading in capitals
        if (span := _name_after(text, match.end(), False)) is not None:
            yield _weighed(text, span, "name after a word for a relation, a role or a saying")
    for match in _AFTER_A_NAME.finditer(text):
        aged = match.group()[:1] in ",("
        if (span := _name_before(text, match.start(), alone=aged)) is not None:
            yield _weighed(text, span, "name before a verb of saying, an age or a role")
    for post in occupations.occupations(text):
        if text.startswith(", ", post.end) and text[post.end + 2 : post.end + 3].isupper():
            span = _name_after(text, post.end + 2, False)
            if span is not None and text.startswith(",", span[1]) and _full(text, span):
                yield _weighed(text, span, "name after a profession")
        if (before := _APPOSITION.search(text, max(0, post.start - 40), post.start)) is not None:
            span = _name_before(text, before.start())
            if span is not None and _full(text, span):
                yield _weighed(text, span, "name before a profession")
        elif (span := _listed_before(text, post.start)) is not None:
            yield _weighed(text, span, "name before its profession in a list")


# A list's entry: a bullet, a dash or a number at the start of its line.
_ENTRY = re.compile(r"[ \t]*(?:[-*\u2022\u2013]|\d{1,3}[.)])[ \t]+")


def _listed_before(text: str, post: int) -> tuple[int, int] | None:
    """A whole name before its profession in brackets ("Mi-ja Seo (nurse)") or, in a
    list's entry, before a comma ("- Tavita Lemalu, fisheries officer")."""
    gap = text[max(0, post - 2) : post]
    if gap not in {" (", ", "}:
        return None
    span = _name_before(text, post - 2)
    if span is None or not _full(text, span) or len(text[span[0] : span[1]].split()) < 2:
        return None
    if gap == ", " and not _ENTRY.fullmatch(text, text.rfind("\n", 0, span[0]) + 1, span[0]):
        return None
    return span


# ", a " before a profession in apposition: "Nkosi, a teacher", "Koné, un commerçant".
_APPOSITION = re.compile(
    r",[ ](?:a|an|the|un|une|le|la|el|una)[ ](?:(?:former|retired|ancien|ancienne)[ ])?"
    r"(?:[\w-]+[ ])?\Z"
)


def _full(text: str, span: tuple[int, int]) -> bool:
    """Two name words or more, or one shaped like a name: what a comma alone may join."""
    words = text[span[0] : span[1]].split()
    if any(w.rstrip(".,").casefold() in _NOT_A_NAME for w in words):
        return False
    return (len(words) > 1 and not any(w.isupper() for w in words)) or _name_shaped(words[0])


def _weighed(text: str, span: tuple[int, int], reason: str) -> LayoutSpan:
    score = FULL_SCORE if len(text[span[0] : span[1]].split()) > 1 else WEAK_SCORE
    return LayoutSpan(span[0], span[1], "PERSON", score, reason)


def _name_before(text: str, end: int, alone: bool = False) -> tuple[int, int] | None:
    """The name ending at ``end``: up to four capitalised name words, without the
    words that start a sentence ("Yesterday Ruiz said" is "Ruiz"); one word alone only
    ``alone`` (before an age), inside a sentence, or when it is a known given name or
    shaped like a surname."""
    found = name_run(text, max(0, end - 120), end, max_words=6)
    if found is None or found[1] != end:
        return None
    run = list(WORD_RE.finditer(text, found[0], found[1]))
    for index in range(len(run) - 2, -1, -1):
        word = run[index].group()
        if word.endswith(".") and not initial(word):
            run = run[index + 1 :]  # "... near Corvenna.\nMaric said": a sentence ended
            break
    while run and (
        (run[0].group().rstrip(".").casefold() in _PLAIN_FIRST and not _initial(run[0].group()))
        or not run[0].group()[0].isupper()
    ):
        run.pop(0)
    named = [m for m in run if m.group().casefold() not in PARTICLES]  # "DE JESÚS": one
    if (
        len(named) > 4
        and not run[0].group().isupper()
        and all(m.group().isupper() for m in run[1:])
    ):
        run, named = run[1:], named[1:]  # "Comparecen ANA DEL CARMEN PAZ ROJAS": a verb first
    if not run or len(named) > 4 or org_like(text[run[0].start() : end]):
        return None
    words = [m.group() for m in run]
    # an initial is a letter, not a word: "A." of "J.P.A." is not the article "a"
    if any(w.rstrip(".").casefold() in _NOT_A_NAME and not _initial(w) for w in words):
        return None
    if len(run) == 1 and not alone and not _name_shaped(words[0]):
        return None
    if _PLACE_BEFORE.search(text, max(0, run[0].start() - 12), run[0].start()):
        return None  # "a tailor from Pettai, aged 52": a place
    return run[0].start(), end


def _initial(word: str) -> bool:
    """A capital letter with its full stop: "A.", "K."."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


_PLACE_BEFORE = re.compile(r"(?i:\b(?:from|in|at|near|of|to|à|en|de|desde|a)[ ])\Z")


def _name_shaped(word: str) -> bool:
    return given_names.known_given_name(word) or given_names.surname_shaped(word)


def _name_after(text: str, start: int, lower_allowed: bool) -> tuple[int, int] | None:
    run: list[re.Match[str]] = []
    end = min(len(text), start + 120)
    for match in WORD_RE.finditer(text, start, end):
        word = match.group()
        if run and not joins(text[run[-1].end() : match.start()]):
            break
        if not run and match.start() != start:
            return None  # something other than a name follows the cue
        if run and run[-1].group().endswith(".") and not initial(run[-1].group()):
            break
        folded = word.rstrip(".").casefold()
        quoted = text[start - 1 : start] in "\"“'\u2018«" and start > 0
        if not run and quoted and folded in _ARTICLES:
            run.append(match)  # alias "el Cóndor": the article is part of a nickname
            continue
        if not run and (folded in _NOT_FIRST or (folded in TITLES and not word[0].isupper())):
            return None
        if not run and not lower_allowed and folded in _ROLE_WORDS:
            return None  # 'calls him "Witness C"': a designation, not a name
        if folded in TITLES and not run:
            continue  # "named Colonel ..." is for the title finder
        if not _name_word(word, lower_allowed and (not run or run[0].group()[0].islower())):
            break
        run.append(match)
        if len(run) == 4 or text.startswith(("'s", "\u2019s"), match.end()):
            break
    return run_bounds(run)


def _name_word(word: str, lower_allowed: bool) -> bool:
    folded = word.rstrip(".").casefold()
    if folded in NOT_NAME or folded in _NOT_FIRST:
        return False
    if word[0].isupper() or folded in PARTICLES:
        return is_name_word(word)
    return lower_allowed and len(word) > 1 and is_name_word(word, allow_lower=True)
