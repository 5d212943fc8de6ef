"""Monograms: the capital initials that stand for a person named in full elsewhere.

Minutes, newsroom emails and chat threads name a person once ("Present: Priya Nair,
Jean-Robert Dupuis") and then write only the letters of the name: "PN reported", "JR
drives", "Proposed FNC, seconded MR". The letters reach the person as surely as the
name, for anyone who has the attendance list, so each is proposed in the name's group.

A monogram is the first letter of each word of a name found in the document (both
letters of a hyphenated word: "Nassar-Cloutier" gives "NC"), or the letters of a
hyphenated given name alone ("Jean-Robert" gives "JR"). It is proposed where it stands
as a word of its own in capitals, never inside a line written in capitals (a heading),
never for the letters that are also common words, abbreviations or acronyms ("OK", "AM",
"TO", "NGO", "ICC"), never as the label of a header block ("TO:" above "FM:"), and never
beside another word in capitals that is no monogram ("the NGO HQ", "DR CONGO").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace

from workstation.detection.findings import Finding
from workstation.detection.layout.words import word_set

ENTITY = "PERSON"
# Two to four capitals standing alone: not inside a word, a code ("JR-4"), a number
# ("PN12") or a dotted abbreviation ("J.R.").
_LETTERS = re.compile(r"(?<![\w.\-/@'\u2019])[A-Z]{2,4}(?![\w\-/@]|\.\w)")
# Pairs and triples of capitals that English, French and Spanish documents use as
# words or abbreviations of their own, whoever is named in them.
_COMMON = word_set(
    """
    ok am pm id tv uk us un eu hr it pr ma ba pa pc cv ad bc vs mp dj gp md ms nb ps
    re cc fw fyi asap tba tbc na nd sa ag co ltd inc usa ceo cfo cto coo vip faq pdf
    ong ue rh pj sms gps dna hiv rip ii iii iv vi vii viii ix xi xii xiv xv xx
    an as at be by do go he if in is me my no of on or so to up we
    fm fr bcc fwd attn subj info ref dtg poc eta eod tbd aob nfi
    ngo ngos ai icc icj hrw msf rsf cpj ap afp bbc cnn dr drc pd fb et
    ecb imf wb who wfp ilo iom osce oas au nato unhcr icrc undp unodc echr
    fbi cia nsa doj dhs ice dea mod moj moi mfa hq gmt utc cet est pst
    qa ip it vpn sim usb cd dvd doc xls ppt sos tb er icu ptsd uae prc dprk
    """
)
# Labels of a memo's or a cable's header block ("TO:", "FM:", "CC:"), one to a line.
_HEADER_LABEL = re.compile(r"[ \t]*[A-Z]{2,6}[ \t]*:")
_NOTE = "the initials of '{name}'"


def monograms(
    findings: list[Finding], text: str, taken: Callable[[int, int], bool]
) -> list[tuple[Finding, Finding]]:
    """Mentions of people by their initials, each a copy of the finding it stands for
    (nearest before it, else the first after it) paired with that finding; none where
    ``taken(start, end)``."""
    letters = _monograms_of(findings, text)
    if not letters:
        return []
    found = []
    for match in _LETTERS.finditer(text):
        sources = letters.get(match.group())
        if not sources or _in_capitals(text, match.start()):
            continue
        if _a_label(text, match.start(), match.end()) or not _stands_apart(
            text, match.start(), match.end(), letters
        ):
            continue
        if taken(match.start(), match.end()):
            continue
        before = [f for f in sources if f.start < match.start()]
        source = before[-1] if before else sources[0]
        name = " ".join(text[source.start : source.end].split())
        notes = (*source.notes, _NOTE.format(name=name))
        found.append((replace(source, start=match.start(), end=match.end(), notes=notes), source))
    return found


def _monograms_of(findings: list[Finding], text: str) -> dict[str, list[Finding]]:
    """Each monogram the document's people give, with the findings that give it, in
    text order. A monogram two different names give is nobody's."""
    letters: dict[str, list[Finding]] = {}
    names: dict[str, set[str]] = {}
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.entity != ENTITY:
            continue
        written = " ".join(text[finding.start : finding.end].split())
        for monogram in _letters_of(written):
            letters.setdefault(monogram, []).append(finding)
            names.setdefault(monogram, set()).add(written.casefold())
    return {
        monogram: sources
        for monogram, sources in letters.items()
        if len(names[monogram]) == 1 and monogram.casefold() not in _COMMON
    }


def _letters_of(name: str) -> set[str]:
    """The monograms of a written name: two to four words, each capitalised, not all
    in capitals; lower-case particles ("dela", "van") give no letter."""
    words = [w for w in name.split() if not w.islower()]
    if not 2 <= len(words) <= 4 or name.isupper() or "." in name:
        return set()
    if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return set()
    parts = [[p for p in w.split("-") if p] for w in words]
    whole = "".join(_initial(p) for word in parts for p in word)
    found = {whole, "".join(_initial(word[0]) for word in parts)}
    if len(parts[0]) >= 2:
        found.add("".join(_initial(p) for p in parts[0]))  # "Jean-Robert": "JR"
    return {m for m in found if 2 <= len(m) <= 4 and m.isalpha() and m.isupper()}


def _initial(word: str) -> str:
    """The word's first letter, without its accent ("Élodie": "E")."""
    return unicodedata.normalize("NFKD", word[:1])[:1].upper()


def _in_capitals(text: str, position: int) -> bool:
    """Whether the line around ``position`` is written in capitals (a heading)."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    letters = [c for c in text[start : len(text) if end == -1 else end] if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _a_label(text: str, start: int, end: int) -> bool:
    """Whether the letters label a line of a header block: at the line's start before a
    colon, with a line above or below that opens with a label in capitals too and is no
    other monogram of the document's people ("TO: the board" under "FM: Legal")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or not text[end:].lstrip(" \t").startswith(":"):
        return False
    above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start else -1
    below = text.find("\n", end)
    for other in (above, below + 1 if below != -1 else -1):
        if other < 0 or other == line_start:
            continue
        label = _HEADER_LABEL.match(text, other)
        if label and label.group().strip(" \t:").casefold() in _COMMON:
            return True
    return False


def _stands_apart(text: str, start: int, end: int, letters: dict[str, list[Finding]]) -> bool:
    """Whether the letters stand as a word of their own, not beside another word in
    capitals that is no monogram ("the NGO HQ", "DR CONGO"): such a run is an acronym's
    name or a heading's words."""
    before = re.search(r"(?:^|[^\w])([A-Z]{2,})[ ]$", text[max(0, start - 20) : start])
    after = re.match(r"[ ]([A-Z]{2,})(?!\w)", text[end : end + 20])
    return not any(m and m.group(1) not in letters for m in (before, after))
