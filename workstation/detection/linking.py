"""Linking: every occurrence of a detected name is proposed, and all are one group.

A name the model found once ("Amira Haddad") is searched for everywhere in the
document, so one decision can apply to all of them and no mention is left behind
because the model missed it:

- people (and deny-list terms): the full name anywhere, and after the full name has
  appeared, the surname alone ("Haddad") and the given name alone ("Amira");
- every other entity: the same string anywhere ("Manglar Vivo", "NOC-WS-19");
- account names made from a person's name the way organisations make them
  ("Teodor Marić" -> ``tmaric``, ``teodormaric``, ``t.maric``), proposed as USERNAME.

Matching is forgiving as deny lists are (:mod:`workstation.text.folding`): any case,
with or without diacritics, across line breaks and hyphenation ("Beli-⏎ć" = "Belić",
"KADLECOVÁ" = "Kadlecová"). A mention must still look like one: it starts with a capital
letter unless the name was written in lower case, and an account name is all lower case.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from workstation.detection import (
    acronyms,
    monograms,
    name_edges,
    native_scripts,
    punctuation_joins,
)
from workstation.detection.alternation import literal_alternation
from workstation.detection.findings import Finding, Proposal
from workstation.detection.layout.words import NOT_NAME, TITLES, word_set
from workstation.detection.phrases import given_names
from workstation.text.folding import fold, fold_term
from workstation.text.variants import name_variants

LINKED_ENTITIES = frozenset({"PERSON"})
UNLINKED_ENTITIES = frozenset({"DATE_TIME", "EMAIL_HEADER"})
USERNAME_ENTITY = "USERNAME"
LONE_SCORE = given_names.LONE_SCORE
_MIN_PART = 3
_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "bint", "binti", "ben", "abu", "umm", "ould", "de", "del", "dela"}
    | {"da", "das", "di", "do", "dos", "du", "la", "le", "van", "von", "der", "den", "ter", "y"}
)
_MIN_MIDDLE = 4  # "Thi", "Van" in Vietnamese names are not names alone
_MIN_CASELESS = 2  # "王秀": a Chinese name of two characters is a whole name


@dataclass(frozen=True)
class _Form:
    key: str  # the group this form belongs to
    source: Finding
    kind: str  # "full", "surname", "given", "same", "username"
    after: int  # a mention counts only from here on


def _name_key(text: str) -> str:
    return fold_term(text)


def _is_name(finding: Finding) -> bool:
    return finding.entity in LINKED_ENTITIES or finding.from_deny_list


def link(findings: list[Finding], text: str, usernames: bool = False) -> list[Proposal]:
    """Add unflagged occurrences of found names, then assign group ids in text order.

    With ``usernames``, account names derived from people's names are added too.
    Names are first stretched over the rest of them (:mod:`name_edges`) and joined by
    their spelling in another script (:mod:`native_scripts`), bodies by the short name
    defined beside them (:mod:`acronyms`), people by the capitals of their names
    ("PN" for "Priya Nair", :mod:`monograms`); lone names
    (:func:`lone_names`) are proposed but not searched for elsewhere. Last, boxes that
    stop at punctuation inside one name or chain are made one (:mod:`punctuation_joins`).
    """
    findings = name_edges.widened(findings, text)
    spelled = native_scripts.in_own_script(findings, text)
    spelled += acronyms.defined_short_names(findings, text)
    findings = [*findings, *(spelling for spelling, _ in spelled)]
    forms = _forms(findings, text, usernames)
    same = _same_group(forms, spelled, text)
    added = _occurrences(forms, findings, text)
    occupied = _Spans((f.start, f.end) for f in [*findings, *added])
    for initials, source in monograms.monograms(findings, text, occupied.overlaps):
        added[initials] = f"{source.entity}:{_name_key(text[source.start : source.end])}"
    everything = sorted([*findings, *added], key=lambda f: (f.start, f.end))
    linked = {**same, **{(f.start, f.end): key for f, key in added.items()}}
    return punctuation_joins.joined(_grouped(everything, text, forms, linked), text)


def lone_names(findings: list[Finding], text: str) -> list[Finding]:
    """Lone given names and surnames (:func:`given_names.lone_names`) on words no other
    finding touches, for review: a word the model called a place ("Geneva") or a
    group stays what the model called it. A weak cue, for policies whose threshold for
    names is at most :data:`LONE_SCORE`."""
    taken = _Spans((f.start, f.end) for f in findings)
    return [
        Finding(
            span.start,
            span.end,
            span.entity,
            span.score,
            given_names.LONE_RECOGNIZER,
            pattern=span.reason,
            decision="review",
        )
        for span in given_names.lone_names(text)
        if not taken.overlaps(span.start, span.end)
    ]


def _forms(findings: list[Finding], text: str, usernames: bool) -> dict[str, list[_Form]]:
    forms: dict[str, list[_Form]] = {}

    def add(form: str, entry: _Form) -> None:
        if len(form.replace(" ", "")) < (_MIN_CASELESS if _caseless(form) else _MIN_PART):
            return
        entries = forms.setdefault(form, [])
        if not any(e.key == entry.key and e.kind == entry.kind for e in entries):
            entries.append(entry)  # the first mention of each name stands for all

    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        if finding.entity in UNLINKED_ENTITIES or finding.recognizer == given_names.LONE_RECOGNIZER:
            continue
        written = text[finding.start : finding.end]
        key = _name_key(written)
        if not key:
            continue
        group = f"{finding.entity}:{key}"
        if not _is_name(finding):
            add(key, _Form(group, finding, "same", 0))
            if finding.entity == "LOCATION" and " " not in key:
                for demonym in _demonyms(key):
                    add(demonym, _Form(f"NRP:{demonym}", finding, "demonym", 0))
            continue
        add(key, _Form(group, finding, "full", 0))
        words = [w for w in re.split(r"[ ,]+", key) if w]
        if len(words) < 2:
            continue
        surname = next((w for w in reversed(words) if w not in _PARTICLES), words[-1])
        given = words[0].rstrip(".")
        if "." not in surname:
            add(surname, _Form(group, finding, "surname", finding.start))
        if _surname_first(words, written):
            add(words[0], _Form(group, finding, "surname", finding.start))
        for middle in _middle_names(words):
            add(middle, _Form(group, finding, "surname", finding.start))
        if "." not in words[0] and given not in _PARTICLES and given not in _NOT_GIVEN:
            add(given, _Form(group, finding, "given", finding.start))
        if "." not in surname and given:
            for variant in name_variants(" ".join([given, *words[1:-1], surname])):
                if variant not in {key, surname}:  # "f. khan", "f khan", "farah khan"
                    add(variant, _Form(group, finding, "initial", 0))
            add(f"{given[0]}.{surname}", _Form(group, finding, "initial", 0))
        if usernames and finding.entity == "PERSON" and "." not in surname:
            for account in _accounts(given, surname):
                add(account, _Form(group, finding, "username", 0))
    return forms


def _same_group(
    forms: dict[str, list[_Form]], spelled: list[tuple[Finding, Finding]], text: str
) -> dict[tuple[int, int], str]:
    """Put a name written in its own script in the group of its romanised form, and a
    body's short name in the group of its full name, with every mention of them: one
    person or body, one decision. Returns the spellings' groups."""
    groups: dict[tuple[int, int], str] = {}
    for spelling, romanised in spelled:
        key = f"{romanised.entity}:{_name_key(text[romanised.start : romanised.end])}"
        groups[(spelling.start, spelling.end)] = key
        for form, entries in forms.items():
            forms[form] = [
                replace(entry, key=key) if entry.source is spelling else entry for entry in entries
            ]
    return groups


# Family names of Korea, China and Vietnam, which are written first: "Kim Tae-yeon"
# is then "Kim", "PARK Sung-ho" is "Park", "Nguyen Van An" is "Nguyen".
_EAST_ASIAN_SURNAMES = word_set(
    """
    kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im
    han shin kwon hwang ahn song yoo yu hong jeon chun ko moon yang son bae baek paek heo
    nam sim noh roh kwak cha joo woo min ryu jin eom chae won bang gong hyun ham byun yeo
    seo suh seok maeng tak ban pyo myung
    wang zhang liu chen huang zhao zhou xu sun zhu hu guo lin gao luo zheng liang xie
    tang deng feng cao peng zeng xiao tian dong pan yuan cai jiang du cheng wei su ding
    ren shen yao cui zhong tan fan shi liao jia xia fu fang bai zou meng xiong qin qiu hou
    yin xue yan duan lei long shao wan hao kong tao mao
    nguyen tran pham hoang huynh phan vu vo dang bui ngo duong trinh dinh truong
    """
)


def _surname_first(words: list[str], written: str) -> bool:
    """Whether a name is written family name first, the East Asian way: a family name of
    Korea, China or Vietnam first, and in capitals or before a hyphenated given name."""
    if len(words) < 2 or words[0] not in _EAST_ASIAN_SURNAMES:
        return False
    first = written.split(maxsplit=1)[0]
    return (first.isupper() and len(first) > 1) or "-" in words[1]


# Words that may open a span taken for a name ("The Horn Observer") but are never a
# given name to look for elsewhere: articles and the like.
_NOT_GIVEN = word_set("the a an this that le la les el los las der die das il lo")


def _middle_names(words: list[str]) -> list[str]:
    """The words between the first and the last of a name of three or more, which are
    often the surname used alone: "Wilmer Huaman Ccori" is "Huaman" (Spanish and Latin
    American names carry two surnames), "Álvaro Iñiguez Mendoza" is "Iñiguez"."""
    named = [w for w in words if w not in _PARTICLES]
    if len(named) < 3:
        return []
    return [w for w in named[1:-1] if "." not in w and len(w) >= _MIN_MIDDLE]


def _demonyms(place: str) -> set[str]:
    """What the people of a place are called: Valdoria -> Valdorian, Almaresh -> Almareshi."""
    if len(place) < 5:
        return set()
    stem = place[:-1] if place[-1] in "aeiouy" else place
    found = {f"{place}n", f"{place}ns", f"{stem}ian", f"{stem}ians", f"{place}i", f"{place}is"}
    found |= {f"{stem}ese", f"{place}ese", f"{stem}an", f"{stem}ans"}
    return {d for d in found if d != place}


def _accounts(given: str, surname: str) -> set[str]:
    """Account names organisations make from a name: tmaric, teodormaric, t.maric."""
    given, surname = given.replace("-", ""), surname.replace("-", "").replace("'", "")
    initial = given[:1]
    found = {f"{initial}{surname}", f"{initial}.{surname}", f"{surname}{initial}"}
    if len(given) > 1:
        found |= {f"{given}{surname}", f"{given}.{surname}", f"{given}_{surname}"}
    return {account for account in found if len(account) >= 5}


def _occurrences(
    forms: dict[str, list[_Form]], findings: list[Finding], text: str
) -> dict[Finding, str]:
    """New mentions, each with the group of the name it mentions."""
    if not forms:
        return {}
    folded = fold(text)
    # A form the text never holds can match nowhere, so leaving it out changes no match;
    # about half are such (initials, account names), and building and compiling the
    # pattern costs more than the search.
    present = [form for form in forms if form in folded.text]
    if not present:
        return {}
    alternation = literal_alternation(present)
    pattern = re.compile(rf"(?<![\w.@\\/])({alternation})(?![\w@\\/]|\.\w)")
    occupied = _Spans((f.start, f.end) for f in findings)
    found: dict[Finding, str] = {}
    for match in pattern.finditer(folded.text):
        start, end = folded.span(match.start(1), match.end(1))
        if occupied.overlaps(start, end):
            continue
        written = text[start:end]
        candidates = [
            f for f in forms[match.group(1)] if f.after <= start or _early(f, written, text)
        ]
        form = _nearest(candidates, start)
        if form is None or not _looks_right(form, written, text):
            continue
        if form.kind in {"surname", "given"} or " " not in written:
            end = name_edges.initials_after(text, end)  # "Khodzhaeva M. R.", "Maria K."
        if form.kind != "username" and _is_name(form.source):
            wider = name_edges.initials_or_part_before(text, start)  # "P. R.", "Pene-"
            if wider < start and not occupied.overlaps(wider, start):
                start = wider
        occupied.add(start, end)
        found[_mention(form, start, end, text)] = form.key
    return found


class _Spans:
    """Spans that do not overlap one another, kept sorted for quick overlap tests."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._spans, (start, end))
        return any(s < end and start < e for s, e in self._spans[max(0, index - 1) : index + 1])

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))


def _nearest(candidates: list[_Form], position: int) -> _Form | None:
    """The form whose source is closest before the mention (else the first after it)."""
    before = [f for f in candidates if f.source.start <= position]
    if before:
        return max(before, key=lambda f: f.source.start)
    return candidates[0] if candidates else None


def _early(form: _Form, written: str, text: str) -> bool:
    """Whether a surname or given name may be a mention before the full name appears
    ("Dear Bekele, ..." above "Tesfaye Bekele"): written capitalised, not in capitals,
    of a name not written in capitals, and not a word of a heading or a body's name."""
    source = text[form.source.start : form.source.end]
    return (
        form.kind in {"surname", "given"}
        and form.source.entity in LINKED_ENTITIES
        and written[:1].isupper()
        and not written.isupper()
        and not source.isupper()
        and fold_term(written) not in NOT_NAME | TITLES | given_names.HEADS
    )


def _looks_right(form: _Form, written: str, text: str) -> bool:
    source = text[form.source.start : form.source.end]
    if form.kind == "username":
        return written.islower() and not any(c.isspace() for c in written)
    if form.kind == "demonym":
        return written[:1].isupper()
    acronym = form.kind == "same" and not _is_name(form.source) and source.isupper()
    if acronym and not written.isupper():
        return False  # an acronym ("BSS") is not the same word in lower case
    # "paz" is a word; "Paz" may be the name
    if written[:1].isupper() or source[:1].islower() or _caseless(written):
        return True
    return (
        form.kind in _NAME_FORMS
        and not source.isupper()  # "THE NIGHT SHIFT" in capitals is not a name's spelling
        and _uncommon(written)
        and text.count(written) <= _MAX_LOWER_MENTIONS  # a word used often is a word
    )


_MAX_LOWER_MENTIONS = 2


def _caseless(written: str) -> bool:
    """Whether a name is written in a script without capitals (Hangul, Han, Arabic,
    Ethiopic): there, how it is written says nothing of whether it is a name."""
    letters = [c for c in written if c.isalpha()]
    return bool(letters) and not any(c.isupper() or c.islower() for c in letters)


_NAME_FORMS = frozenset({"full", "surname", "given"})


def _uncommon(written: str) -> bool:
    """Whether a name written in lower case ("demande à moussa", "for you and gonzalo")
    is still the name: a known given name, or a name of two words or more, that is not
    also a common word of English, French or Spanish ("rosa", "paz", "pierre")."""
    folded = fold_term(written)
    if " " in folded.strip():
        return True
    return (
        len(folded) >= 4
        and given_names.known_given_name(written.capitalize())
        and folded not in _COMMON_NAME_WORDS
    )


# Given names that are also common words in English, French or Spanish.
_COMMON_NAME_WORDS = word_set(
    """
    rosa paz luz pilar cruz mar sol dolores soledad consuelo amparo esperanza gloria
    victoria mercedes angeles rocio nieves blanca alba aurora clara rosario reyes santos
    domingo jesus angel pierre rose claire blanche marine olive prudence constance
    patience france aime desire noel pascal aurore fidel leal franco bravo delgado
    moreno blanco rubio cierto mayo abril junio julio marzo agosto lunes martes
    """
)


def _mention(form: _Form, start: int, end: int, text: str) -> Finding:
    source = form.source
    name = " ".join(text[source.start : source.end].split())
    if form.kind == "username":
        return replace(
            source,
            start=start,
            end=end,
            entity=USERNAME_ENTITY,
            recognizer="linking",
            pattern="account name made from a name",
            notes=(f"an account name made from '{name}'",),
        )
    if form.kind == "demonym":
        return replace(
            source,
            start=start,
            end=end,
            entity="NRP",
            recognizer="linking",
            pattern="people of a place found",
            notes=(f"the people of '{name}'",),
        )
    return replace(
        source, start=start, end=end, notes=(*source.notes, f"another mention of '{name}'")
    )


def _grouped(
    findings: list[Finding],
    text: str,
    forms: dict[str, list[_Form]],
    linked: dict[tuple[int, int], str],
) -> list[Proposal]:
    aliases: dict[str, str] = {}
    for entries in forms.values():
        for form in entries:
            if form.kind in {"surname", "given"}:
                entity = form.source.entity
                folded = _name_key(text[form.source.start : form.source.end])
                part = folded.split()[-1] if form.kind == "surname" else folded.split()[0]
                aliases.setdefault(f"{entity}:{part.rstrip('.')}", form.key)
    groups: dict[str, str] = {}
    proposals = []
    for finding in findings:
        folded = _name_key(text[finding.start : finding.end])
        key = (
            linked.get((finding.start, finding.end))
            or aliases.get(f"{finding.entity}:{folded}")
            or _form_of_a_name(forms.get(folded, []), finding)
            or f"{finding.entity}:{folded}"
        )
        if key not in groups:  # every new key opens a new group
            groups[key] = f"g{len(groups) + 1}"
        proposals.append(
            Proposal(
                finding.start,
                finding.end,
                finding.entity,
                finding.score,
                finding.decision or "review",
                groups[key],
                _reason(finding),
            )
        )
    return proposals


_ANY_LABEL = frozenset({"full", "surname", "initial"})
"""Forms that stand for a person whatever the model called them: after "Tariq Mahmood
Qureshi", a "Qureshi" labelled ORGANIZATION or a "Farah Khan" found on its own is the
same person, so one decision reaches it. The given name alone is not among them: a
"Jordan" labelled LOCATION is more often the country than a person's first name."""


def _form_of_a_name(entries: list[_Form], finding: Finding) -> str | None:
    """The group of the name this finding's text is a form of (nearest before it)."""
    candidates = [
        form
        for form in entries
        if form.kind in _ANY_LABEL
        and _is_name(form.source)
        and form.after <= finding.start
        and form.source is not finding
    ]
    form = _nearest(candidates, finding.start)
    return form.key if form is not None else None


def _reason(finding: Finding) -> dict[str, object]:
    reason: dict[str, object] = {"recognizer": finding.recognizer}
    if finding.pattern:
        reason["pattern"] = finding.pattern
    if finding.context_words:
        reason["context_words"] = list(finding.context_words)
    if finding.rule:
        reason["rule"] = finding.rule
    if finding.notes:
        reason["notes"] = list(finding.notes)
    return reason
