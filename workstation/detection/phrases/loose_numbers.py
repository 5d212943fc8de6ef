"""Numbers that count people or give an age without a noun after them (issue 16).

Reports and judgments name what they count once and then let the number stand alone:
"the prison held 1,412 on 9 June; 23 were HIV-positive and 12 with severe
malnutrition", "Six were chained", "the six", "twice", "four times", "a team of eight
reporters", "most of them". Ages stand alone after a name or a verb: "He is
fifty-three", "Emil Kovač, 38, senior clerk". :mod:`amounts` reads a number with its
noun; this module reads the number from the words around it, so each rule asks for a
sign that a count or an age is meant (a plural verb after it, a counting verb before
it, a person before "is"), and leaves labels, years and amounts alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.phrases.attributes import STATUS
from workstation.detection.phrases.occupations import HEADS
from workstation.detection.phrases.tokens import words

SCORE = 0.55

_UNITS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    "|fifteen|sixteen|seventeen|eighteen|nineteen"
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SPELLED_EN = rf"(?:(?:{_TENS})(?:[- ](?:{_UNITS}))?|{_UNITS})"
_FR_ES = (
    "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze"
    "|seize|vingt|trente|quarante|cinquante|soixante|dos|tres|cuatro|cinco|seis|siete|ocho"
    "|nueve|diez|once|doce|trece|catorce|quince|veinte|treinta|cuarenta|cincuenta|sesenta"
)
_SPELLED_FR_ES = rf"(?:{_FR_ES})"
# A count: figures with thousands separators, or a number in words.
_COUNT = (
    r"(?:\d{1,3}(?:,\d{3})+|\d{1,5}"
    rf"|(?i:{_SPELLED_EN}(?:[ ]hundred(?:[ ]and[ ]{_SPELLED_EN})?)?|{_SPELLED_FR_ES}))"
)
# An age: one or two figures, or a number in words below a hundred.
_AGE_NUMBER = rf"(?:\d{{1,2}}|(?i:{_SPELLED_EN}))"
_ROUGHLY = (
    r"(?:(?i:some|about|around|nearly|almost|over|only|just|at[ ]least|more[ ]than"
    r"|fewer[ ]than|less[ ]than|unos|unas|environ|près[ ]de)[ \n])?"
)

# What follows a number that counts people already named: "23 were", "12 with".
_COUNT_THEN_VERB = re.compile(
    rf"(?<![\w.,$€£¥₹#/:-]){_ROUGHLY}(?P<n>{_COUNT})(?=[ \n](?:were|are|have|had|who|whom"
    r"|remain|remained|died|survived|fled|escaped|returned|received|went|came|still|also"
    r"|with|in[ ]all|in[ ]total|altogether|of[ ]whom|said|told|testified|suffered|needed"
    r"|stayed|left|lived|worked|slept|shared|reported|complained|refused|agreed|managed"
    r"|étaient|sont|ont|avaient|furent|dont|fueron|son|eran|tenían|han|habían|murieron"
    r"|quedaron|siguen)\b)"
)
# What the people counted were, after "were": "38 were women", "19 were foreign
# nationals", "23 were minors", "12 eran mujeres", "9 étaient des mineurs".
_WERE_WHAT = re.compile(
    r"[ \n](?:were|are|eran|son|étaient|sont|eram|são)[ \n](?:des[ \n])?"
    r"(?:(?:[a-zà-ÿ][a-zà-ÿ-]+)[ \n])?"
    r"(?:[a-zà-ÿ][a-zà-ÿ-]{2,}(?<!ous)(?<!ss)s|children|women|men|people|police|staff"
    r"|personnel|mujeres|hombres|niños|niñas|femmes|hommes|enfants|mulheres|homens|crianças)"
    r"(?![\w-])"
)
# A counting verb before a number that stands alone: "held 1,412 on 9 June".
_VERB_THEN_COUNT = re.compile(
    r"\b(?:held|housed|numbered|counted|totalled|totaled|employed|registered|recorded|killed"
    r"|injured|wounded|arrested|detained|interviewed|identified|listed|freed|released"
    r"|(?:rose|fell|dropped|grew|climbed)[ ]to)[ \n]"
    rf"(?P<q>{_ROUGHLY}(?P<n>{_COUNT}))(?=[.,;:)]|[ \n](?:on|in|at|by|of|and|but|when|while"
    r"|out|during|between|before|after|last|that|this|since)\b)"
)
# "the six", "all twelve", "los cinco" before a stop or a word that is no noun.
_THE_COUNT = re.compile(
    r"\b(?:[Tt]he|[Aa]ll|[Tt]hese|[Tt]hose|[Ll]os|[Ll]as|[Ll]es|[Cc]es)[ \n]"
    rf"(?P<n>{_COUNT})(?=[.,;:)]|[ \n](?:in|of|on|at|to|from|for|who|were|are|had|have|and|or"
    r"|was|is|by|with|que|qui|en|de|à)\b)"
)
_FREQUENCY = re.compile(
    rf"(?i:{_ROUGHLY}\b(?:twice|thrice|{_SPELLED_EN}[ \n]times|\d{{1,3}}[ \n]times"
    r"|(?:deux|trois|quatre|cinq|\d{1,3})[ ]fois|(?:dos|tres|cuatro|cinco|\d{1,3})[ ]veces)\b)"
)
# "a team of eight reporters", "a family of five", "a crowd of some 300".
_GROUP_OF = re.compile(
    r"\b(?i:an?)[ ](?i:team|family|group|crowd|crew|party|delegation|gang|unit|squad|band"
    r"|convoy|household|jury|panel|batch|total|handful|column|contingent|detachment|platoon"
    r"|cohort|class|caravan|fleet|committee|commission|board|bench|tribunal|council)[ ]of[ ]"
    rf"{_ROUGHLY}(?P<n>{_COUNT})(?:[ \n](?-i:[a-z][a-z-]{{1,20}}))?(?:[ \n](?-i:[a-z]{{2,20}}s))?\b"
)
_GROUP_TAIL = re.compile(r"[ \n](?P<word>[a-z][a-z-]+)$")
# "most of them", "ninguna de las familias", "la plupart d'entre eux".
_SHARE_OF_THEM = re.compile(
    r"\b(?i:most|all|both|none|many|several|la[ ]mayoría|ninguno|ninguna|todos|todas"
    r"|la[ ]plupart|aucun|aucune|tous|toutes|la[ ]moitié)[ \n](?i:of[ \n](?:them|whom|those)"
    r"|of[ \n](?:his|her|their|its|our|the)[ \n](?-i:[a-z]{3,}s)"
    r"|de[ \n](?:ellos|ellas|(?:los|las)[ \n][a-zà-ÿ]{3,}s)|d['\u2019]entre[ \n](?:eux|elles))\b"
)
# "several had fled", "all three died", "varios fueron liberados": a count in words
# standing for people just named, known by the verb after it. ("both" is left alone:
# the labelling rules do not count a pair already named.)
_WORD_COUNT_THEN_VERB = re.compile(
    r"\b(?i:several|varios|varias|plusieurs|(?:all|tous[ ]les|toutes[ ]les"
    r"|todos[ ]los|todas[ ]las)[ ](?:two|three|four|five|six|seven|eight|nine|ten|deux|trois"
    r"|quatre|cinq|dos|tres|cuatro|cinco))(?=[ \n](?:were|are|had|have|who|died|survived"
    r"|fled|escaped|remain|remained|said|told|testified|received|suffered|worked|lived"
    r"|went|gave|spoke|knew|[a-z]{3,}ed"
    r"|fueron|murieron|han|habían|siguen|ont|sont|étaient|furent|avaient)\b)"
)
# "a single fire extinguisher", "un seul gardien".
_SINGLE = re.compile(
    r"\b(?:(?i:not[ ])?[Aa][ ]single|[Oo]ne[ ]single|[Aa][ ]lone|[Uu]n[ ]seul|[Uu]ne[ ]seule"
    r"|[Uu]n[ ]solo|[Uu]na[ ]sola)[ ](?!(?:mother|father|parent|man|woman|person|mum|mom"
    r"|dad|room|bed|mère|père|madre|padre|word|day|moment|time|vez|fois)\b)"
    r"(?:[a-zà-ÿ-]{3,}[ ])?[a-zà-ÿ-]{3,}\b"
)
# "three Vaskoran nationals", "two Nepali workers": a capitalised word before the noun.
_COUNT_OF_NAMED = re.compile(
    rf"(?<![\w.,$€£¥₹#/:-])(?P<n>{_COUNT})[ \n](?!(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)\b)[A-Z][a-zà-ÿ]+(?:-[A-Za-z]+)?[ \n][a-z]{3,}s\b"
)
# "17 dead and 40 wounded": an adjective standing for the people it describes.
_COUNT_OF_ADJECTIVE = re.compile(
    rf"(?P<n>{_COUNT})[ ](?:dead|wounded|injured|missing|displaced|homeless|killed|detained"
    r"|arrested|disappeared|muertos|heridos|desaparecidos|detenidos|morts|blessés|disparus)\b"
    r"(?![ \n](?:[a-z]{3,}s|people|men|women|children)\b)"
)
# "We were five in the car", "ils étaient douze", "eran doce".
_WE_WERE = re.compile(
    r"\b(?:[Ww]e|[Tt]hey|[Tt]here)[ ](?:were|are)[ ](?:only[ ]|just[ ]|about[ ]|some[ ])?"
    rf"(?P<n>{_COUNT})(?![\w%]|\.\d|[ \n](?:[a-z]{{3,}}s|people|men|women|children|per)\b)"
    r"|\b(?:[Nn]ous[ ]étions|[Ii]ls[ ]étaient|[Ee]lles[ ]étaient|[Éé]ramos|[Ee]ran|[Ee]rais)[ ]"
    rf"(?P<m>{_COUNT})\b"
)
# A plural heading and its figure: "Victims: 12", "Number of detainees: 1,412".
_FIELD_COUNT = re.compile(
    r"(?m)(?:\b(?:[Nn]o\.|[Nn]umber|[Nn]ombre|[Nn]úmero|[Tt]otal|[Nn]b\.?)[ ]"
    r"(?:of|de|d['\u2019])[ ][\w ]{3,30}|\b[A-Z][a-z]{2,20}s)[ ]?:[ \t]*"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6})\b(?![.:/-]\d)"
)
# Votes in minutes: "(8 for, 1 against)", "11 votes in favour, 2 against", "6 pour, 3
# contre": each figure is a count of members.
_FOR_AGAINST = re.compile(
    r"(?<![\w.,/-])(?P<n>\d{1,3}[ ](?:votes?[ ])?(?:for|in[ ]favou?r|pour|a[ ]favor|en[ ]faveur))"
    r"(?:,|;|[ ]and|[ ]to|[ ]et|[ ]y)[ ](?P<m>\d{1,3}(?:[ ]votes?)?[ ](?:against|contre"
    r"|en[ ]contra))\b"
    r"(?:(?:,|;|[ ]and|[ ]et|[ ]y)[ ](?P<a>\d{1,3}[ ](?:abstentions?|abstenciones|abstención"
    r"|abstenções|abstenção))\b)?"
)
# "of whom 57", "dont 12", "de los cuales 4": a part of people just counted.
_OF_WHOM = re.compile(
    rf"\b(?:of[ ]whom|dont|de[ ]los[ ]cuales|de[ ]las[ ]cuales|among[ ]whom|parmi[ ]lesquels)"
    rf"[ ](?P<n>{_COUNT})(?![\w%]|[.,]\d)"
)
# "11 of 30 nights", "trois des sept membres", "cuatro de los nueve trabajadores".
_PART_OF_COUNT = re.compile(
    rf"(?<![\w.,$€£¥₹#/:-])(?P<n>{_COUNT})[ ](?:of|out[ ]of|des|de[ ]los|de[ ]las|sur)[ ]"
    rf"(?:the[ ]|ses[ ]|leurs[ ]|sus[ ])?{_COUNT}[ ](?:[a-zà-ÿ-]{{3,}}[ ])?[a-zà-ÿ]{{3,}}s\b"
)
# "one child", "un enfant": the one count of kin the number rules leave alone.
_ONE_KIN = re.compile(
    r"\b(?i:one|un|une|uno|una)[ \n][ \t]*(?:child|son|daughter|baby|enfant|fils|fille|bébé"
    r"|hijo|hija|bebé)\b"
)
_VOTES = re.compile(
    rf"(?i:\b(?:by[ ])?(?:\d{{1,3}}|{_SPELLED_EN})[ ]votes?[ ](?:to|against)[ ]"
    rf"(?:\d{{1,3}}|{_SPELLED_EN})\b)"
    r"|\b\d{1,3}[ ]for,[ ]\d{1,3}[ ]abstentions?\b"
)

# "He is fifty-three", "Zielonka was 56.", "who is six,": a person before the verb.
# Read verb first (a literal space starts it, which the engine finds fast), then the
# person before it.
_IS_AGE = re.compile(
    r"[ ](?:is|was|turned|turns|is[ ]now|was[ ]only|was[ ]just|had[ ]just[ ]turned)[ \n]"
    rf"(?P<n>{_AGE_NUMBER})(?=[.,;)]|$|[ \n](?:and|when|at|but|now|or|on|today|this|that"
    r"|before|after|then)\b)"
)
_AGE_SUBJECT = re.compile(
    r"(?:\b(?:[Hh]e|[Ss]he|[Ww]ho|I|[Tt]hey|(?i:son|daughter|child|brother|sister|wife|husband"
    r"|mother|father|boy|girl|baby|youngest|eldest|oldest|victim|nephew|niece|grandson"
    r"|granddaughter|informant|source|witness|complainant|applicant|appellant|detainee"
    r"|prisoner|widow|widower|refugee|worker))|(?!(?:It|This|That|There|Here|What|Which"
    r"|Where|When|The|Total|Turnout|Attendance|Population)\b)\b[A-Z][a-zà-ÿ]+),?$"
)
# An age after a name, before any word or at a full stop: "Emil Kovač, 38, senior
# clerk", "a haulage hand, 58,⏎eight months", "Mr Pike, sixty-one, said".
_AGE_AFTER_NAME = re.compile(
    rf"(?:(?<=[^\W\d_]{{2}})|(?<=[^\W\d_]\))),[ ](?:now[ ]|aged[ ])?(?P<n>{_AGE_NUMBER})"
    r"(?:,(?=[ \n][a-zà-ÿ])|(?=[.;](?:[ \n]|$))"
    # "(Ana Ruiz, 34)", "Ana Ruiz, 34 and Pedro Gil, 41"
    r"|(?=\))|(?=[ ](?:and|y|e|et|und)[ ][A-Z][a-zà-ÿ]))"
)
# "Renn, 59 and Vukelić, 47 deny it": two names, each with its age, joined by "and".
_AGE_PAIR = re.compile(
    r"(?<=[^\W\d_]{2}),[ ](?P<n>\d{1,2})[ ](?:and|y|e|et|und)[ ](?:[A-Z][^\W\d_'-]+[ ])?"
    r"[A-Z][^\W\d_'-]+,[ ](?P<m>\d{1,2})(?![\w%]|[.,]\d)"
)
# "aged respectively 19, 23 and 31", "âgés respectivement de 19 et 23 ans".
_AGED_RESPECTIVELY = re.compile(
    r"(?P<n>\b(?i:aged|âgée?s?|de[ ]edad|edades)[ ,]+(?i:respectively|respectivement"
    r"|respectivamente)[ ,]+(?:(?i:de)[ ])?\d{1,2}(?:(?:,[ ]|[ ](?:and|et|y)[ ])\d{1,2})+"
    r"(?:[ ](?:years(?:[ ]old)?|ans|años))?)"
)
# "married at 16", "left school at 14", "died at 85" (not "at 3 p.m.").
_AT_AN_AGE = re.compile(
    r"\b(?:married|left[ ]school|joined|retired|died|recruited|arrested|widowed|orphaned"
    r"|enlisted|conscripted|pregnant|emigrated|began[ ]work(?:ing)?|started[ ]work(?:ing)?"
    r"|se[ ]casó|murió|falleció|s['\u2019]est[ ]mariée?|est[ ]mort|est[ ]morte)[ ](?:[a-z]+[ ])?"
    rf"(?:at|a[ ]los|à)[ ](?P<n>{_AGE_NUMBER})(?![ ]?(?:[:.h]\d|a\.?m\b|p\.?m\b|o['\u2019]clock"
    r"|hours?\b|heures?\b|horas?\b|%|per\b|km\b))(?=[ ,.;)\n]|$)"
)
# The heading of an "age" column of a CSV export: "nombre;edad;comunidad".
_AGE_LABELS = frozenset({"age", "âge", "edad", "años", "age (years)", "age (yrs)", "idade"})
_YEAR = re.compile(r"(?:19|20)\d\d")
_LABELS = frozenset(
    """
    no nos n° nº number article art paragraph para section chapter annex item room cell
    block gate platform flat apartment dormitory line case file vol volume level floor
    grade class category page pages p pp point step phase round count exhibit schedule
    part clause law act decree figure table appendix box bus route highway ward bed seat
    row lot plot sheet parcel sector zone unit tel ext ref rule paragraphs articles
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def _is_label_or_year(text: str, start: int, end: int) -> bool:
    number = text[start:end]
    if _YEAR.fullmatch(number):
        return True
    before = text[max(0, start - 16) : start].rstrip(" .:#\n").rsplit(maxsplit=1)
    word = before[-1] if before else ""
    return word.lower() in _LABELS or (len(word) >= 2 and word.isupper() and word.isalpha())


# Words a count or an estimate starts with; the patterns that start with a number are
# tried only where such a word starts, not at every character.
_STARTS = frozenset(
    (
        _UNITS + "|" + _TENS + "|" + _FR_ES + "|twice|thrice"
        "|some|about|around|nearly|almost|over|only|just|at|more|fewer|less|unos|unas|environ|près"
    ).split("|")
)


def _candidates(text: str) -> list[int]:
    return [
        word.start
        for word in words(text)
        if word.text[0].isdigit() or word.lower.split("-")[0] in _STARTS
    ]


def _matches(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    for start in starts:
        if match := pattern.match(text, start):
            yield match


def _counts(text: str) -> Iterator[LayoutSpan]:
    starts = _candidates(text)
    for pattern in (_COUNT_THEN_VERB, _VERB_THEN_COUNT, _THE_COUNT, _COUNT_OF_NAMED):
        found = (
            _matches(pattern, text, starts)
            if pattern in (_COUNT_THEN_VERB, _COUNT_OF_NAMED)
            else pattern.finditer(text)
        )
        for match in found:
            start = match.start("q") if pattern is _VERB_THEN_COUNT else match.start()
            if _is_label_or_year(text, match.start("n"), match.end("n")):
                continue
            yield LayoutSpan(start, match.end(), "QUANTITY", SCORE, "a number standing for people")
            if pattern is _COUNT_THEN_VERB and (what := _WERE_WHAT.match(text, match.end())):
                # "231 were remand prisoners": the count with what they were
                yield LayoutSpan(
                    start, what.end(), "QUANTITY", SCORE, "a number and what they were"
                )
    for match in _matches(_COUNT_OF_ADJECTIVE, text, starts):
        if not _is_label_or_year(text, match.start("n"), match.end("n")):
            yield LayoutSpan(match.start(), match.end(), "QUANTITY", SCORE, "a number of people")
    for match in _WE_WERE.finditer(text):
        group = "n" if match.group("n") else "m"
        yield LayoutSpan(match.start(group), match.end(group), "QUANTITY", SCORE, "how many")
    for match in _FIELD_COUNT.finditer(text):
        if not _YEAR.fullmatch(match.group("n")):
            yield LayoutSpan(match.start("n"), match.end("n"), "QUANTITY", SCORE, "a count field")
    for match in _matches(_FREQUENCY, text, starts):
        yield LayoutSpan(match.start(), match.end(), "QUANTITY", SCORE, "how often")
    for pattern in (_SHARE_OF_THEM, _SINGLE, _VOTES, _WORD_COUNT_THEN_VERB):
        for match in pattern.finditer(text):
            yield LayoutSpan(match.start(), match.end(), "QUANTITY", SCORE, "a count in words")
    for match in _GROUP_OF.finditer(text):
        yield LayoutSpan(match.start(), _group_end(match), "QUANTITY", SCORE, "a group of N")
    for match in _matches(_FOR_AGAINST, text, starts):
        for group in ("n", "m", "a"):
            if match.group(group):  # the number, and the number with its side: "8 for"
                start = match.start(group)
                number_end = start + len(match.group(group).split(" ", 1)[0])
                yield LayoutSpan(start, number_end, "QUANTITY", SCORE, "votes")
                yield LayoutSpan(start, match.end(group), "QUANTITY", SCORE, "votes")
    for match in _OF_WHOM.finditer(text):
        if not _is_label_or_year(text, match.start("n"), match.end("n")):
            yield LayoutSpan(match.start("n"), match.end("n"), "QUANTITY", SCORE, "of whom N")
    for match in _matches(_PART_OF_COUNT, text, starts):
        if not _is_label_or_year(text, match.start("n"), match.end("n")):
            yield LayoutSpan(match.start(), match.end(), "QUANTITY", SCORE, "a part of a count")
    for match in _ONE_KIN.finditer(text):
        yield LayoutSpan(match.start(), match.end(), "QUANTITY", SCORE, "one child")


_IRREGULAR = frozenset({"people", "children", "police", "staff", "personnel", "cattle", "sheep"})
_NOT_NOUN = frozenset({"and", "or", "but", "were", "was", "who", "which", "that", "with", "from"})


def _group_end(match: re.Match[str]) -> int:
    """ "a team of eight reporters" ends at the noun; "a family of five and" at five."""
    piece = match.group()
    count_end = match.end("n") - match.start()
    while len(piece) > count_end and (tail := _GROUP_TAIL.search(piece)):
        word = tail.group("word")
        if word not in _NOT_NOUN and (word.endswith(("s", "men")) or word in _IRREGULAR):
            break
        piece = piece[: tail.start()]
    return match.start() + len(piece)


def _ages_in_columns(text: str) -> Iterator[LayoutSpan]:
    """Cells of an "age" column under a CSV header, one figure each."""
    lines = text.split("\n")
    offset = 0
    column: tuple[str, int, int] | None = None  # separator, index, cells per row
    for line in lines:
        if column and line.count(column[0]) + 1 == column[2]:
            cells = line.split(column[0])
            start = offset + sum(len(c) + 1 for c in cells[: column[1]])
            value = cells[column[1]].strip().strip('"')
            if re.fullmatch(r"\d{1,3}", value) and int(value) < 120:
                first = text.index(value, start)
                yield LayoutSpan(first, first + len(value), "AGE", SCORE, "in an age column")
        else:
            column = _age_column(line)
        offset += len(line) + 1


def _age_column(line: str) -> tuple[str, int, int] | None:
    for separator in (";", ",", "\t"):
        labels = [c.strip().strip('"').casefold() for c in line.split(separator)]
        if len(labels) >= 3 and any(label in _AGE_LABELS for label in labels):
            index = next(i for i, label in enumerate(labels) if label in _AGE_LABELS)
            return separator, index, len(labels)
    return None


# The ages of children listed after them: "three children (12, 8, 3)", "two sons (5 and
# 10)", "trois enfants (2, 5 et 8 ans)".
_CHILDREN_AGES = re.compile(
    r"(?i:children|sons|daughters|kids|grandchildren|girls|boys|twins|grandsons|granddaughters"
    r"|enfants|fils|filles|garçons|hijos|hijas|niños|niñas|filhos|filhas|meninos|meninas)"
    r"[ ]\((?P<ages>\d{1,2}(?:(?:,[ ]|[ ](?:and|et|y)[ ])\d{1,2})+)(?:[ ](?:years|ans|años))?\)"
)


def _children_ages(text: str) -> Iterator[LayoutSpan]:
    for match in _CHILDREN_AGES.finditer(text):
        for age in re.finditer(r"\d{1,2}", match.group("ages")):
            start = match.start("ages") + age.start()
            yield LayoutSpan(start, start + len(age.group()), "AGE", SCORE, "ages of children")


# An entry of a list of people that opens with the age: "   38, widow, arrived 2010",
# "- 27, mechanic, two children"; the word after the comma says a person is described.
_ENTRY_AGE = re.compile(
    r"(?m)^[ \t]*(?:[-*\u2022][ ])?(?P<n>\d{1,2}),[ ](?P<w>[a-zà-ÿ][a-zà-ÿ-]{2,})"
)
_PERSON_WORDS = frozenset({"male", "female", "man", "woman", "boy", "girl", "homme", "femme"})


def _entry_ages(text: str) -> Iterator[LayoutSpan]:
    for match in _ENTRY_AGE.finditer(text):
        word = match.group("w")
        if word in STATUS or word in HEADS or word in _PERSON_WORDS:
            yield LayoutSpan(
                match.start("n"), match.end("n"), "AGE", SCORE, "an age opening an entry"
            )


def _ages(text: str) -> Iterator[LayoutSpan]:
    yield from _ages_in_columns(text)
    yield from _children_ages(text)
    yield from _entry_ages(text)
    for match in _AGE_PAIR.finditer(text):
        if _after_a_place(text, match.start()):
            continue
        for group in ("n", "m"):
            yield LayoutSpan(match.start(group), match.end(group), "AGE", SCORE, "ages of a pair")
    for pattern in (_IS_AGE, _AGE_AFTER_NAME, _AT_AN_AGE, _AGED_RESPECTIVELY):
        for match in pattern.finditer(text):
            if pattern is _IS_AGE and not _AGE_SUBJECT.search(
                text, max(0, match.start() - 24), match.start()
            ):
                continue
            if _is_label_or_year(text, match.start("n"), match.end("n")):
                continue
            if pattern is _AGE_AFTER_NAME and _after_a_place(text, match.start()):
                continue
            yield LayoutSpan(match.start("n"), match.end("n"), "AGE", SCORE, "an age on its own")


# "In Kisumu, 12 and Eldoret, 40 were arrested": a count after a place, not an age.
_PLACE_BEFORE = re.compile(
    r"(?:^|[ \n])(?i:in|at|near|across|throughout|en|à|dans|hacia)[ ]"
    r"(?:[A-Z][^\W\d_'-]*[ ]?){1,3}$"
)


def _after_a_place(text: str, comma: int) -> bool:
    return bool(_PLACE_BEFORE.search(text, max(0, comma - 48), comma))


def loose_numbers(text: str) -> Iterator[LayoutSpan]:
    """Counts and ages written as a number on its own, each with its sign in the text."""
    yield from _counts(text)
    yield from _ages(text)
