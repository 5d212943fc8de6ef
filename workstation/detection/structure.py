"""Recognizers that read a document's layout rather than its vocabulary.

The statistical model misses many names it has never seen ("Teodor Marić",
"Gulnara Seitova"), but documents say where names, accounts and machines are:
in ``From:`` and ``To:`` fields, after a title ("Sister Agnes Tanoto"), before a
``(PROTECT)`` marking, in a signature, inverted in a list ("AL-HARBI, Omar"), and in
the columns of a table headed ``Name``, ``Login`` or ``Workstation``. Each function
here finds one kind of cue and returns :class:`Cue` spans; the engine wraps them as
presidio recognizers, so they are loaded only for policies that want their entities
and explain themselves like any other recognizer.

Plain Python: no presidio, no spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True)
class Cue:
    """One span a layout cue points to."""

    start: int
    end: int
    entity: str
    score: float
    cue: str  # what pointed to it, for the explanation


# A word of a name: letters (any script), inner apostrophes and hyphens, a hyphen
# at a line break ("Beli-\nć"), or an initial ("K.").
_WORD = r"[^\W\d_](?:\w|['\u2019](?=\w)(?!s\b)|-[ \t]*\n?[ \t]*(?=\w))*\.?"
_WORD_RE = re.compile(_WORD)
PARTICLES = _words(
    "al el bin ibn bint binti abu da das de del della der di do dos du la le van von y ter"
)
# Words that are capitalised but do not make a name (titles are handled separately).
NOT_NAME = _words(
    """
    a an and as at but by for from if in into of on or the to with via per re fw fwd
    i we you he she they it this that these those there here his her our your their my
    mr mrs ms dr no yes not all any each every some see please note end comment summary
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december today tomorrow
    office section committee ministry department directorate bureau unit team desk division
    service services agency council board commission authority police army embassy consulate
    mission group association forum fund foundation company corporation bank university
    school hospital hotel court prosecutor prosecutor's security accounts affairs staff
    helpdesk support administration registry station headquarters hq ltd llc inc sa jsc
    republic government state states kingdom federation union party movement network
    secretariat cabinet presidency parliament assembly congress senate command brigade
    battalion regiment navy air force intelligence customs immigration tax treasury
    jefatura comando policía policia ministère ministerio direction dirección
    classified reference ref subject tags sipdis noforn confidential secret unclassified
    restricted memorandum order report minutes notes annex attachment attachments file
    files copy distribution page cable cables email mail phone tel fax mobile address
    contact contacts name names role date time signed approved cleared drafted
    regards sincerely thanks cheers best yours saludos atentamente cordialement salam
    executive manager coordinator analyst assistant adviser advisor spokesman spokeswoman
    spokesperson editor correspondent reporter engineer clerk training
    """
)
TITLES = _words(
    """
    mr mrs ms miss mx dr prof sister brother father fr rev reverend pastor imam sheikh
    sheikha haji hajja pak bapak ibu bu mama mme madame monsieur mlle herr frau señor
    señora sr sra srta don doña dona lt lieut lieutenant maj major col colonel gen general
    capt captain cpt sgt sergeant cpl corporal cbo cabo insp inspector cmdr commander adm
    admiral judge justice minister ambassador amb president senator sen governor gov mayor
    deputy director director-general chairman chairwoman chair secretary consul officer
    agent detective det constable chief comandante coronel teniente sargento subteniente
    mayor cdr ret jefe jefa me maître mm mmes abogada abogado lic licenciado licenciada dra ing
    """
)
_TITLE_ALT = "|".join(
    sorted(
        [re.escape(t[0].upper() + t[1:]) for t in TITLES] + ["don", "doña", "dona", "MM"],
        key=len,
        reverse=True,
    )
)


def _is_name_word(word: str, *, allow_lower: bool = False) -> bool:
    bare = word.rstrip(".")
    if not bare:
        return False
    if len(bare) == 1:
        return word.endswith(".") and bare.isupper()
    folded = bare.casefold()
    if folded in NOT_NAME or folded in TITLES:
        return False
    if folded in PARTICLES:
        return True
    prefix, _, rest = bare.partition("-")
    if rest and prefix.casefold() in PARTICLES:
        return rest[0].isupper() or allow_lower  # "al-Tamimi"
    return bare[0].isupper() or allow_lower


def _name_run(
    text: str, start: int, end: int, *, allow_lower: bool = False, max_words: int = 5
) -> tuple[int, int] | None:
    """The last run of name words in text[start:end], trimmed of particles at its edges."""
    words = [m for m in _WORD_RE.finditer(text, start, end)]
    run: list[re.Match[str]] = []
    for match in reversed(words):
        between = text[match.end() : run[-1].start()] if run else text[match.end() : end]
        if run and not _joins(between):
            break
        if not run and not _TAIL.fullmatch(text, match.end(), end):
            break  # something other than a name follows the last word
        if not _is_name_word(match.group(), allow_lower=allow_lower):
            break
        run.append(match)
    run.reverse()
    while run and run[0].group().casefold() in PARTICLES:
        run.pop(0)
    while run and run[-1].group().casefold() in PARTICLES:
        run.pop()
    if not run or len(run) > max_words:
        return None
    first, last = run[0], run[-1]
    stop = last.end()
    if last.group().endswith(".") and not _initial(last.group()):
        stop -= 1  # a sentence's full stop, not an initial
    return first.start(), stop


_TAIL = re.compile(r"(?:['\u2019]s?)?[\s\"'\u2019”,.:;]*")


def _joins(between: str) -> bool:
    """Whether the text between two words keeps them in one name."""
    return bool(re.fullmatch(r"[ \t]*\n?[ \t]*", between)) and between.count("\n") <= 1


def _initial(word: str) -> bool:
    return bool(re.fullmatch(r"(?:[^\W\d_]\.)+(?:-?[^\W\d_]\.)*", word))


def _cue(span: tuple[int, int] | None, entity: str, score: float, cue: str) -> Iterator[Cue]:
    if span is not None and span[1] > span[0]:
        yield Cue(span[0], span[1], entity, score, cue)


# --- Names ---------------------------------------------------------------------------

_FIELD = re.compile(
    r"(?im)^[ \t]*(?P<field>from|to|cc|bcc|reply-to|sender|attn|attention|compiled|"
    r"reviewed|prepared(?:[ ]by)?|approved(?:[ ]by)?|signed(?:[ ]by)?|drafted(?:[ ]by)?|"
    r"cleared(?:[ ]by)?|distribution|author|reported[ ]by|reporting[ ]officer|supervisor|"
    r"witness|interviewer|interviewed|recipient|complainant|applicant|informant|contact|"
    r"copy[ ]to|de|para|à|name|full[ ]name|surname|family[ ]name|last[ ]name|"
    r"given[ ]names?|first[ ]names?|nom|prénoms?|nom[ ]et[ ]prénoms?|apellidos?|nombres?|"
    r"nombre[ ]completo|apellidos[ ]y[ ]nombres|present|pr[ée]sents?|absents?|excus[ée]s|"
    r"apologies|asistentes|ausentes)[ \t]*:[ \t]*"
    r"(?P<value>[^\n]*(?:\n[ \t]+[^\n]*<[^\n]*)?)"
)
_ROUTING_PREFIX = re.compile(r"^(?:[A-Z]{2,8}(?:/[A-Z]{2,8})?:[ \t]*)+")
_EMAIL = re.compile(r"<[^<>\s]*@[^<>\s]*>|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PAREN = re.compile(r"\([^()\n]*\)")


def header_names(text: str) -> Iterator[Cue]:
    """Names in address and sign-off fields: ``From:``, ``Cc:``, ``Compiled:``, ``Cleared:``."""
    for field in _FIELD.finditer(text):
        value_start = field.start("value")
        value = field.group("value")
        for item_start, item_end in _items(value):
            start, end = value_start + item_start, value_start + item_end
            item = text[start:end]
            prefix = _ROUTING_PREFIX.match(item)
            if prefix:
                start += prefix.end()
            email = _EMAIL.search(text, start, end)
            display_end = email.start() if email else end
            label = field.group("field")
            inverted = _inverted_value(text, start, display_end, label)
            if inverted:
                yield Cue(*inverted, "PERSON", 0.9, f"name in a '{label}:' field")
                continue
            # "Name, role": the name is the part before the first comma.
            comma = text.find(",", start, display_end)
            name_end = comma if comma != -1 else display_end
            segment = _blank_parentheses(text[start:name_end])
            local = _name_run(segment, 0, len(segment), allow_lower=email is not None)
            span = (start + local[0], start + local[1]) if local else None
            if span and _org_like(text[span[0] : span[1]]):
                continue
            if span and _short_capitals(text[span[0] : span[1]]):
                continue
            if span:
                yield from _cue(span, "PERSON", 0.9, f"name in a '{field.group('field')}:' field")


_FORM_NAME_FIELDS = _words("name nom nombre nombres")


def _inverted_value(text: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    """A form's ``Name: Dauletov, Yerlan``: surname, comma, given names, nothing else."""
    if label.casefold() not in _FORM_NAME_FIELDS:
        return None
    segment = _blank_parentheses(text[start:end])
    stripped = segment.strip()
    if not _INVERTED_VALUE.fullmatch(stripped):
        return None
    if not all(_is_name_word(word) for word in stripped.replace(",", " ").split()):
        return None
    first = start + segment.index(stripped)
    return first, first + len(stripped)


def _items(value: str) -> Iterator[tuple[int, int]]:
    """Items of a field value: separated by ';', by ', ' before an address, or by wide gaps."""
    start = 0
    for match in re.finditer(r";|>,|\s{3,}(?=\S+:)", value):
        end = match.start() + (1 if match.group().startswith(">") else 0)
        yield start, end
        start = match.end()
    yield start, len(value)


def _blank_parentheses(text: str) -> str:
    """The text with parenthesised asides blanked, offsets kept."""
    return _PAREN.sub(lambda m: " " * len(m.group()), text)


def _short_capitals(name: str) -> bool:
    """A lone acronym ("PV", "DCM") is not a name."""
    return len(name.split()) == 1 and name.isupper() and len(name) <= 4


def _org_like(name: str) -> bool:
    return any(word.casefold().rstrip(".") in NOT_NAME for word in name.split())


_ANGLE_ADDRESS = re.compile(r"<[^<>\s@]+@[^<>\s]+>")


def named_addresses(text: str) -> Iterator[Cue]:
    """The display name before an address in angle brackets: ``karim saleh <k.s@...>``."""
    for match in _ANGLE_ADDRESS.finditer(text):
        end = match.start()
        while end > 0 and text[end - 1] in ' \t\n"':
            end -= 1
        start = max(text.rfind("\n", 0, end) + 1, end - 60)
        span = _name_run(text, start, end, allow_lower=True)
        if span and span[1] - span[0] >= 3 and not _org_like(text[span[0] : span[1]]):
            words = text[span[0] : span[1]].split()
            if len(words) >= 2:
                yield Cue(span[0], span[1], "PERSON", 0.9, "display name of an email address")


_PROTECT = re.compile(r"\((?:STRICTLY[ ]+)?PROTECT\)")


def protected_names(text: str) -> Iterator[Cue]:
    """The name just before a ``(PROTECT)`` or ``(STRICTLY PROTECT)`` marking."""
    for match in _PROTECT.finditer(text):
        line_start = match.start() - 80
        end = match.start()
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        span = _name_run(text, max(0, line_start), end)
        yield from _cue(span, "PERSON", 0.9, "name before a PROTECT marking")


_TITLED = re.compile(
    rf"(?<![\w.])(?P<title>(?:{_TITLE_ALT})\.?(?:[ ]\(ret\.\))?"
    r"(?:[ ]of(?:[ ]the)?(?:[ ][A-Z][\w-]+){1,3}?)?)[ ]"
    rf"(?P<name>{_WORD}(?:[ \t]*\n?[ \t]*{_WORD}){{0,4}})"
)


def titled_names(text: str) -> Iterator[Cue]:
    """Names after a title or rank: ``Sister Agnes Tanoto``, ``Lt. Gaspard Ilunga``."""
    position = 0
    while match := _TITLED.search(text, position):
        position = match.start("name")  # the name may hold the next title ("... and Mr X")
        title = match.group("title").split()[0].rstrip(".").casefold()
        if title not in TITLES:
            continue
        start = match.start("name")
        for word in _WORD_RE.finditer(text, start, match.end("name")):
            if word.group()[0].islower() or word.group().rstrip(".").casefold() not in NOT_NAME:
                break
            start = word.end()  # "Minister of Foreign Affairs Ana Ruiz": skip "Affairs"
        span = _leading_name(text, start, match.end("name"))
        if span and text[span[0]].isupper() and text[span[1] : span[1] + 1] != ":":
            position = span[1]
            yield from _cue(span, "PERSON", 0.86, f"name after the title '{title}'")


def _leading_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first run of name words in text[start:end]."""
    run: list[re.Match[str]] = []
    for match in _WORD_RE.finditer(text, start, end):
        if run and not _joins(text[run[-1].end() : match.start()]):
            break
        if run and run[-1].group().endswith(".") and not _initial(run[-1].group()):
            break  # the previous word ended a sentence
        if not _is_name_word(match.group()):
            break
        run.append(match)
        if text.startswith(("'s", "\u2019s"), match.end()):
            break
    while run and run[-1].group().casefold() in PARTICLES:
        run.pop()
    if not run:
        return None
    stop = run[-1].end()
    if run[-1].group().endswith(".") and not _initial(run[-1].group()):
        stop -= 1
    return run[0].start(), stop


_LETTERS = r"[^\W\d_](?:[^\W\d_]|['\u2019-](?=[^\W\d_]))+"
_INVERTED_PREFIX = r"(?m)^[ \t]*(?:>[ \t]?)*(?P<marker>(?:\d{1,3}[.)]?|[-*•])[ \t]+)?"
_INVERTED_TAIL = (
    rf"(?P<comma>,[ ]|[ ])(?P<given>{_LETTERS}(?:[ ]{_LETTERS}){{0,2}}?))"
    r"(?=,|[ \t]{2,}|[ \t]*$|[ ]\()"
)
_INVERTED = re.compile(
    rf"{_INVERTED_PREFIX}(?P<name>(?P<surname>{_LETTERS}(?:[ ]{_LETTERS})?){_INVERTED_TAIL}"
)
# the same with a one-word surname, for "OUATTARA Mariam, présidente"
_INVERTED_SHORT = re.compile(rf"{_INVERTED_PREFIX}(?P<name>(?P<surname>{_LETTERS}){_INVERTED_TAIL}")
_INVERTED_VALUE = re.compile(rf"{_LETTERS}(?:[ ]{_LETTERS})?,[ ]{_LETTERS}(?:[ ]{_LETTERS}){{0,2}}")


def inverted_names(text: str) -> Iterator[Cue]:
    """Surname-first names in lists and tables: ``AL-HARBI, Omar``, ``ZAJÍC Petr``, and in a
    bulleted or numbered list (also quoted in a reply) ``- Kaboré, Rasmata``."""
    for match in _INVERTED.finditer(text):
        cue = _inverted_cue(match)
        if cue is None and (short := _INVERTED_SHORT.match(text, match.start())):
            cue = _inverted_cue(short)
        if cue is not None:
            yield cue


def _inverted_cue(match: re.Match[str]) -> Cue | None:
    surname, given = match.group("surname"), match.group("given")
    capitals = surname.replace("-", "").replace("'", "").isupper() and len(surname) >= 2
    listed = match.group("marker") and match.group("comma") == ", " and " " not in surname
    if not (capitals or (listed and surname[0].isupper())):
        return None
    if not all(w[0].isupper() and not w.isupper() for w in given.split()):
        return None
    words = [*surname.split(), *given.split()]
    if any(w.casefold() in NOT_NAME or w.casefold() in TITLES for w in words):
        return None
    score = 0.86 if capitals else 0.6  # "Paris, France" has the shape of a listed name too
    return Cue(match.start("name"), match.end("name"), "PERSON", score, "surname-first name")


_CLOSING = re.compile(
    r"(?im)^[ \t]*(?:(?:best|kind|warm|many)?[ ]?regards|sincerely|yours(?:[ ]sincerely|"
    r"[ ]faithfully)?|thanks|thank[ ]you|cheers|best|saludos|atentamente|cordialement|"
    r"bien[ ]à[ ]vous|salam|mit[ ]freundlichen[ ]grüßen|--)[ \t]*,?[ \t]*\n"
    r"(?:[ \t]*\n)?(?P<line>[^\n]+)"
)
_SIGN_OFF_LINE = re.compile(
    r"(?m)^(?P<line>[A-ZÀ-Ý][^\W\d_'\u2019-]+(?:-[^\W\d_'\u2019-]+)?)[ \t]*$"
)
# What may follow a cable's signature: officer lines, then the end of the text.
_FOOT = re.compile(r"(?i)(?:\s*(?:drafted|cleared|approved)\b[^\n]*)*\s*\Z")
_INDENTED_NAME = re.compile(r"(?m)^[ \t]{12,}(?P<line>[^\W\d_][^\n]{2,40}?)[ \t]*$")
_FURNITURE = _words(
    """
    noforn sipdis sensitive secret confidential unclassified unclas restricted classified
    memorandum order summary comment note minutes annex attachment attachments end
    distribution signed approved nnnn bt draft final urgent immediate priority routine
    """
)


def signatures(text: str) -> Iterator[Cue]:
    """Names that sign a text: after a closing, and a cable's surname line at its foot."""
    for match in _CLOSING.finditer(text):
        line_start = match.start("line")
        cut = re.search(r"\s[|/,\u2013-]\s|,|\s{2,}", match.group("line"))
        line_end = line_start + (cut.start() if cut else len(match.group("line")))
        span = _name_run(text, line_start, line_end, allow_lower=False, max_words=4)
        if span and not _org_like(text[span[0] : span[1]]):
            yield Cue(span[0], span[1], "PERSON", 0.86, "name under a closing")
    for match in _INDENTED_NAME.finditer(text):
        span = _name_run(text, match.start("line"), match.end("line"), max_words=4)
        whole = span == (match.start("line"), match.end("line"))
        if whole and " " in match["line"] and not _org_like(match["line"]):
            yield Cue(match.start("line"), match.end("line"), "PERSON", 0.7, "signature line")
    for match in _SIGN_OFF_LINE.finditer(text):
        word = match.group("line")
        if not word.replace("-", "").isupper() or len(word) < 3:
            continue
        if word.casefold() in _FURNITURE or word.casefold() in NOT_NAME:
            continue
        if text[max(0, match.start() - 2) : match.start()] != "\n\n":
            continue
        if _FOOT.match(text, match.end()):
            yield Cue(match.start(), match.end(), "PERSON", 0.7, "signature line")


_GREETING = re.compile(
    r"(?m)^[ \t]*(?:(?P<word>dear|hi|hello|hey|hola|bonjour|estimad[oa]|querid[oa]|"
    r"cher|chère|liebe|lieber|salam)[ \t]+)?(?P<names>[^\W\d_][^\n,]{0,40}(?:,[ ]"
    r"[^\W\d_][^\n,]{0,40})*),[ \t]*\n[ \t]*\n",
    re.IGNORECASE,
)


def greetings(text: str) -> Iterator[Cue]:
    """Names a letter opens with: ``Dear Gregory,``, ``Teodor, Sanja,``."""
    for match in _GREETING.finditer(text):
        offset = match.start("names")
        for part in re.finditer(r"[^,]+", match.group("names")):
            start, end = offset + part.start(), offset + part.end()
            while start < end and text[start] == " ":
                start += 1
            span = _leading_name(text, start, end)
            if span is None or span != (start, end if text[end - 1] != "." else end - 1):
                break  # every part must be a name, or the line is not a greeting
            if not match.group("word") and span[1] - span[0] < 3:
                break
            yield Cue(span[0], span[1], "PERSON", 0.7, "name in a greeting")


_ALIAS = re.compile(
    r"(?i:\b(?:known(?:[ ]only)?[ ]as|called|nicknamed|nickname|alias|a\.?k\.?a\.?|"
    r"names?|initials|signed[ ]as|goes[ ]by|as|pseud(?:onyme|ónimo)|apodo|dite?|"
    r"surnommée?|conocid[oa][ ]como|llamad[oa]))[ \t]*\n?[ \t]*"
    r"(?P<list>[\"“][^\"”\n]{1,30}[\"”](?:(?:,|[ \t]*\n?[ \t]*(?:and|or))[ \t]*\n?[ \t]*"
    r"[\"“][^\"”\n]{1,30}[\"”])*)"
)
_QUOTED = re.compile(r"[\"“](?P<inner>[^\"”\n]{1,30})[\"”]")


def quoted_aliases(text: str) -> Iterator[Cue]:
    """Nicknames and initials in quotes: ``known only as "Gaspard"``, ``initials "M.T."``."""
    for match in _ALIAS.finditer(text):
        for quoted in _QUOTED.finditer(text, match.start("list"), match.end("list")):
            start, end = quoted.start("inner"), quoted.end("inner")
            inner = quoted.group("inner").rstrip(", ")
            if not _initial(inner.replace("-", "")):
                inner = inner.rstrip(".")
            end = start + len(inner)
            if _initial(inner.replace("-", "")) or _name_words(inner):
                yield Cue(start, end, "PERSON", 0.7, "a name or initials in quotes")
                after = re.match(r"[ ]+", text[quoted.end() :])
                if after:  # '"el Flaco" Ledesma': the surname after the nickname
                    tail = quoted.end() + after.end()
                    span = _leading_name(text, tail, min(len(text), tail + 40))
                    if span and not _org_like(text[span[0] : span[1]]):
                        yield Cue(*span, "PERSON", 0.7, "a name after a nickname")


_NICKNAME_INSIDE = re.compile(
    r"[ ][\"“](?P<nick>[^\W\d_][\w'\u2019-]{1,20}(?:[ ][^\W\d_][\w'\u2019-]{1,20})?)[\"”][ ]"
)


def nicknames_inside_names(text: str) -> Iterator[Cue]:
    """A name with a nickname in quotes inside it: ``Consuelo "Chelo" Marín``, whole."""
    for match in _NICKNAME_INSIDE.finditer(text):
        before = _name_run(text, max(0, match.start() - 40), match.start(), max_words=3)
        after = _leading_name(text, match.end(), min(len(text), match.end() + 40))
        if before is None or after is None or not _name_words(match.group("nick")):
            continue
        if not _org_like(text[before[0] : after[1]]):
            yield Cue(before[0], after[1], "PERSON", 0.86, "a name with a nickname inside")


def _name_words(value: str) -> bool:
    words = value.split()
    return (
        0 < len(words) <= 4
        and all(_is_name_word(w) for w in words)
        and any(w[0].isupper() and w.casefold() not in PARTICLES for w in words)
        and not _org_like(value)
    )


_LIST_ROW = re.compile(
    r"[ \t]+(?:(?:[-*•]|\(?[A-Za-z]?\d{1,3}[.)]?|[a-z][.)])[ \t]+)?"
    r"(?P<cell>[\"“]?[^\W\d_][^\n]*?)(?=[ \t]{2,}|,|[ \t]\(|[ \t]-[ \t]|$)"
)
_PHONE_LIKE = re.compile(r"\(?\+?\d[\d ()-]{6,}\d|@")


def people_lists(text: str) -> Iterator[Cue]:
    """First cells of indented lists and tables that are mostly names of people.

    A block of two or more indented lines ("   Lenka Dušková      Lindmarské listy",
    "  - Marko Dalen, editor") whose leading cells are, in the main, two to four
    capitalised name words, is a list of people; every leading cell of it that is a
    name (in any case, "ivo němec") is proposed.
    """
    lines = _lines(text)
    index = 0
    while index < len(lines):
        block = []
        while index < len(lines) and re.match(r"[ \t]+\S", lines[index][1]):
            block.append(lines[index])
            index += 1
        index += 1
        if len(block) < 2:
            continue
        cells = []
        for start, line in block:
            match = _LIST_ROW.match(line)
            if match:
                cell = match.group("cell").strip('"“”')
                offset = match.start("cell") + (1 if match.group("cell")[0] in '"“' else 0)
                in_column = line[match.end("cell") : match.end("cell") + 2] == "  "
                phone = in_column and bool(_PHONE_LIKE.search(line))
                cells.append((start + offset, cell, in_column, phone))
        capitalised = [c for c in cells if _list_name(c[1])]
        lower = [c for c in cells if c[2] and _lower_name(c[1])]
        evident = capitalised + [c for c in lower if c[3]]
        if len(evident) < 2 or len(evident) * 2 < len(cells):
            continue
        chosen = capitalised + (lower if len(capitalised) >= 2 else [c for c in lower if c[3]])
        for start, cell, *_ in sorted(chosen):
            yield Cue(start, start + len(cell), "PERSON", 0.5, "in a list of people")


def _list_name(cell: str) -> bool:
    words = cell.split()
    return 2 <= len(words) <= 4 and _name_words(cell)


def _lower_name(cell: str) -> bool:
    """A name written in lower case, as in a list of contacts ("camila ortega")."""
    words = cell.split()
    return 2 <= len(words) <= 3 and all(w.isalpha() and w.islower() for w in words)


# --- Tables ---------------------------------------------------------------------------

COLUMNS: dict[str, tuple[str, ...]] = {
    "PERSON": (
        "name",
        "names",
        "employee",
        "inspector",
        "observer",
        "observers",
        "applicant",
        "head of household",
        "staff member",
        "officer",
        "witness",
        "suspect",
        "victim",
        "informant",
        "person",
        "full name",
        "driver",
        "member name",
        "nombre",
        "nombres",
        "apellido",
        "apellidos",
        "nombre completo",
        "beneficiario",
        "titular",
        "nom",
        "prénom",
        "prenom",
        "prénoms",
        "nom complet",
        "bénéficiaire",
        "contact name",
    ),
    "USERNAME": (
        "login",
        "logon",
        "account",
        "user",
        "username",
        "user id",
        "user name",
        "handle",
        "usuario",
        "utilisateur",
    ),
    "DEVICE_ID": (
        "workstation",
        "terminal",
        "device",
        "host",
        "hostname",
        "asset",
        "asset tag",
        "serial",
        "serial no",
        "imei",
        "printer",
        "machine",
        "computer",
        "pc",
    ),
    "PHONE_NUMBER": (
        "phone",
        "telephone",
        "tel",
        "mobile",
        "cell",
        "phone number",
        "teléfono",
        "telefono",
        "celular",
        "téléphone",
        "portable",
    ),
    "STREET_ADDRESS": (
        "address",
        "home address",
        "street address",
        "dirección",
        "direccion",
        "domicilio",
        "adresse",
    ),
    "PASSPORT_NUMBER": (
        "passport",
        "passport no",
        "passport number",
        "national id",
        "id no",
        "id number",
        "cédula",
        "cedula",
        "identity card",
        "id card",
        "document no",
        "dni",
        "cni",
        "nin",
        "rut",
        "pasaporte",
        "passeport",
        "numero piece",
        "numéro pièce",
        "n° pièce",
    ),
    "DATE_TIME": (
        "date",
        "time",
        "date of birth",
        "born",
        "dob",
        "day",
        "fecha",
        "hora",
        "heure",
        "date de naissance",
        "fecha de nacimiento",
    ),
    "LOCATION": (
        "area",
        "place",
        "location",
        "city",
        "town",
        "village",
        "district",
        "region",
        "country",
        "now in",
        "based in",
        "origin",
        "place of birth",
        "comunidad",
        "localidad",
        "ciudad",
        "barrio",
        "municipio",
        "ville",
        "commune",
        "quartier",
        "village natal",
    ),
    "ORGANIZATION": (
        "organisation",
        "organization",
        "employer",
        "company",
        "outlet",
        "agency",
        "affiliation",
        "media",
        "newspaper",
    ),
}
_COLUMN_ENTITY = {label: entity for entity, labels in COLUMNS.items() for label in labels}
_SCORES = {
    "PERSON": 0.86,
    "USERNAME": 0.9,
    "DEVICE_ID": 0.9,
    "PASSPORT_NUMBER": 0.9,
    "DATE_TIME": 0.6,
    "STREET_ADDRESS": 0.6,
    "LOCATION": 0.5,
    "ORGANIZATION": 0.5,
}
_CELL = re.compile(r"\S+(?:[ ]\S+)*")


@dataclass(frozen=True)
class _Column:
    start: int
    entity: str | None
    label: str


def table_cells(text: str) -> Iterator[Cue]:
    """Cells of aligned plain-text tables whose column heading names what they hold."""
    lines = _lines(text)
    index = 0
    while index < len(lines):
        line = lines[index][1]
        after_blank = index == 0 or not lines[index - 1][1].strip()
        columns = _header(line) if after_blank else None
        if columns is None:
            index += 1
            continue
        index += 1
        while index < len(lines) and lines[index][1].strip():
            row_start, row = lines[index]
            yield from _row(row_start, row, columns)
            index += 1


def _lines(text: str) -> list[tuple[int, str]]:
    out, position = [], 0
    for line in text.split("\n"):
        out.append((position, line))
        position += len(line) + 1
    return out


def _header(line: str) -> list[_Column] | None:
    if "  " not in line.strip() and "\t" not in line:
        return None
    cells = [(m.start(), m.group()) for m in _CELL.finditer(line.replace("\t", "    "))]
    if len(cells) < 2 or any(len(cell.split()) > 4 or _numeric(cell) for _, cell in cells):
        return None
    columns = []
    for position, cell in cells:
        label = cell.casefold().rstrip(".:")
        entity = _COLUMN_ENTITY.get(label)
        if entity is None and not cell[0].isupper() and label not in {"no", "#"}:
            return None
        columns.append(_Column(position, entity, cell))
    if not any(column.entity for column in columns):
        return None
    return columns


def _numeric(cell: str) -> bool:
    return sum(c.isdigit() for c in cell) * 2 > len(cell.replace(" ", ""))


def _row(row_start: int, row: str, columns: list[_Column]) -> Iterator[Cue]:
    for match in _CELL.finditer(row):
        column = min(columns, key=lambda c: abs(c.start - match.start()))
        entity = column.entity
        if entity is None:
            continue
        cell_start = row_start + match.start()
        cell = match.group()
        for part in re.finditer(r"[^/;]+", cell):
            value = part.group()
            value_start = cell_start + part.start() + len(value) - len(value.lstrip())
            value = value.strip()
            paren = value.find(" (")
            if paren > 0:
                value = value[:paren]
            if entity == "STREET_ADDRESS" and ", " in value:
                street, _, place = value.rpartition(", ")
                if not any(c.isdigit() for c in place):
                    value = street  # "Ulica Rudara 7, Drevna": the town is a place
            if entity == "PERSON" and value.startswith('"') and value.endswith('"'):
                value_start, value = value_start + 1, value[1:-1]
            if not _plausible(entity, value):
                continue
            yield Cue(
                value_start,
                value_start + len(value),
                entity,
                _SCORES.get(entity, 0.7),
                f"in the '{column.label}' column of a table",
            )


def _plausible(entity: str, value: str) -> bool:
    if not value:
        return False
    if entity == "PERSON":
        words = value.split()
        return (
            len(words) <= 5
            and not value.endswith(":")  # the next label of a form, not a name
            and not any(c.isdigit() for c in value)
            and not _org_like(value)
            and all(_is_name_word(w, allow_lower=True) for w in words)
        )
    if entity == "PASSPORT_NUMBER" and _ID_IN_GROUPS.fullmatch(value):
        return True  # "1 04 1978 01133"
    if entity in {"USERNAME", "DEVICE_ID", "PASSPORT_NUMBER"}:
        return " " not in value.strip() and len(value) >= 3
    return True


_ID_IN_GROUPS = re.compile(r"[A-Z]{0,2}\d{1,6}(?:[ ]\d{1,6}){1,5}")

# --- Exports: CSV files and chat logs ----------------------------------------------------

# A header line of a comma- or semicolon-separated export: short labels, no spaces
# after the separators (prose puts one there), at least three columns.
_CSV_HEADER = re.compile(
    r'(?m)^(?P<line>"?[^\W\d][\w .°º#/()-]{0,30}"?(?P<sep>[,;])'
    r'(?:"?[^\W\d][\w .°º#/()-]{0,30}"?(?P=sep)){1,40}"?[^\W\d][\w .°º#/()-]{0,30}"?)[ \t]*$'
)


def csv_cells(text: str) -> Iterator[Cue]:
    """Cells of a CSV export under a heading that names them: ``apellidos,nombres,cedula``."""
    for header in _CSV_HEADER.finditer(text):
        separator = header.group("sep")
        labels = [text[a:b] for a, b in _csv_split(text, header.start(), header.end(), separator)]
        entities = [_column_entity(label) for label in labels]
        if not any(entities):
            continue
        position = header.end() + 1
        while position < len(text):
            end = text.find("\n", position)
            end = len(text) if end == -1 else end
            if not text[position:end].strip():
                break
            cells = _csv_split(text, position, end, separator)
            if len(cells) == len(labels):
                for (start, stop), entity, label in zip(cells, entities, labels, strict=True):
                    value = text[start:stop].strip()
                    if entity and _plausible(entity, value):
                        first = start + text[start:stop].index(value)
                        cue = f"in the '{label}' column of an export"
                        yield Cue(first, first + len(value), entity, _SCORES.get(entity, 0.7), cue)
            position = end + 1


def _csv_split(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's value on one line, without its quotes."""
    cells = []
    position = start
    while position <= end:
        if text.startswith('"', position):
            close = position + 1
            while (close := text.find('"', close, end)) != -1 and text.startswith('""', close):
                close += 2
            if close == -1:
                return []
            cells.append((position + 1, close))
            position = close + 1
        else:
            stop = text.find(separator, position, end)
            stop = end if stop == -1 else stop
            cells.append((position, stop))
            position = stop
        if position < end and text[position] != separator:
            return []  # text after a closing quote: not this separator's CSV
        position += 1
    return cells


def _column_entity(label: str) -> str | None:
    """The entity a column heading names: the whole heading, else its first word."""
    words = label.strip().strip('"').casefold().replace("_", " ").split()
    if not words:
        return None
    return _COLUMN_ENTITY.get(" ".join(words)) or _COLUMN_ENTITY.get(words[0])


# A chat export's line: "12/03/11, 21:14 - Name: text" (Android),
# "[12/03/11 21:14:05] Name: text" (iPhone).
_CHAT_LINE = re.compile(
    r"(?m)^\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?[ ]\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ ]?[AaPp]\.?[Mm]\.?)?\]?[ ](?:-[ ])?(?P<sender>[^:\n]{1,50}?):[ ]"
)


def chat_senders(text: str) -> Iterator[Cue]:
    """The sender's name at the start of each line of a chat export."""
    for match in _CHAT_LINE.finditer(text):
        sender = match.group("sender")
        name = re.match(r"[^\W\d_][\w .'\u2019-]*", sender)  # an emoji may follow the name
        if name is None:
            continue  # a phone number: the phone patterns find it
        value = name.group().rstrip(" .")
        words = value.split()
        if len(words) <= 4 and all(_is_name_word(w, allow_lower=True) for w in words):
            start = match.start("sender")
            yield Cue(start, start + len(value), "PERSON", 0.86, "sender of a chat message")


# --- Letterheads ------------------------------------------------------------------------

_LETTERHEAD_NOT = _words(
    """
    note notes report briefing memo memorandum plan minutes order summary draft
    confidential secret restricted unclassified classified internal urgent copy
    """
)


def letterheads(text: str) -> Iterator[Cue]:
    """The body a memo comes from, in capitals on its first line: ``MINISTRY OF THE
    INTERIOR - INTERNAL AUDIT UNIT``; a state named after it is a place."""
    match = re.match(r"\s*(?P<line>[^\n]+)", text)
    if not match or not match.group("line").strip().isupper():
        return
    line_start = match.start("line")
    head = re.split(r"[ ]+[-\u2013|][ ]+|[ ]{3,}", match.group("line").strip())[0]
    if ":" in head or any(word.casefold() in _LETTERHEAD_NOT for word in re.findall(r"\w+", head)):
        return
    state = re.search(r"[ ]OF[ ]THE[ ](?:REPUBLIC|KINGDOM|STATE|FEDERATION)[ ]OF[ ]", head)
    body = head[: state.start()] if state else head
    if len(re.findall(r"\w+", body)) < 2:
        return
    yield Cue(line_start, line_start + len(body), "ORGANIZATION", 0.6, "letterhead")
    if state:
        place_start = line_start + state.end()
        yield Cue(place_start, line_start + len(head), "LOCATION", 0.6, "letterhead")


# --- Usernames in prose -----------------------------------------------------------------

_USER_LIST = re.compile(
    r"(?i:\b(?:accounts?|logins?|usernames?|user[ ]names|handles?|users?))\b"
    r"(?:[ ](?:names?|on[ ]the[ ][\w -]{1,24}?|of[ ]the[ ][\w -]{1,24}?))?"
    r"[ \t]*[:(]?[ \t]*\n?[ \t]*"
    r"(?P<list>[a-z][a-z0-9_.-]{2,30}(?:,[ \t]*\n?[ \t]*[a-z][a-z0-9_.-]{2,30}){1,}"
    r"(?:,?[ \t]+and[ \t]+[a-z][a-z0-9_.-]{2,30})?)"
    r"(?=[ \t]*(?:[.;:)\n]|$))"
)
_COMMON = _words(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers him his how i if in into is
    it its just me more most my no nor not now of off on once only or other our out over
    own same she should so some such than that the their them then there these they this
    those through to too under until up very was we were what when where which while who
    whom why will with would you your yet still also new old first last names numbers
    passwords email emails files folders shares data logs records access rights
    """
)


def username_lists(text: str) -> Iterator[Cue]:
    """Account names listed after 'accounts': ``accounts rsimunek, omarek and pkrejci``."""
    for match in _USER_LIST.finditer(text):
        items = list(re.finditer(r"[a-z][a-z0-9_.-]{2,30}", match.group("list")))
        names = [m for m in items if m.group() != "and"]
        if any(m.group().rstrip(".") in _COMMON for m in names):
            continue
        offset = match.start("list")
        for item in names:
            value = item.group().rstrip(".")
            start = offset + item.start()
            yield Cue(start, start + len(value), "USERNAME", 0.6, "in a list of accounts")


# --- Registry -------------------------------------------------------------------------


@dataclass(frozen=True)
class StructureRecognizer:
    name: str
    entities: frozenset[str]
    find: Callable[[str], Iterator[Cue]]


RECOGNIZERS: tuple[StructureRecognizer, ...] = (
    StructureRecognizer("header-names", frozenset({"PERSON"}), header_names),
    StructureRecognizer("email-display-names", frozenset({"PERSON"}), named_addresses),
    StructureRecognizer("protect-marked-names", frozenset({"PERSON"}), protected_names),
    StructureRecognizer("titled-names", frozenset({"PERSON"}), titled_names),
    StructureRecognizer("surname-first-names", frozenset({"PERSON"}), inverted_names),
    StructureRecognizer("signatures", frozenset({"PERSON"}), signatures),
    StructureRecognizer("greetings", frozenset({"PERSON"}), greetings),
    StructureRecognizer("quoted-aliases", frozenset({"PERSON"}), quoted_aliases),
    StructureRecognizer("nicknames-inside-names", frozenset({"PERSON"}), nicknames_inside_names),
    StructureRecognizer("people-lists", frozenset({"PERSON"}), people_lists),
    StructureRecognizer("table-columns", frozenset(COLUMNS), table_cells),
    StructureRecognizer("export-columns", frozenset(COLUMNS), csv_cells),
    StructureRecognizer("chat-senders", frozenset({"PERSON"}), chat_senders),
    StructureRecognizer("letterheads", frozenset({"ORGANIZATION", "LOCATION"}), letterheads),
    StructureRecognizer("account-lists", frozenset({"USERNAME"}), username_lists),
)
