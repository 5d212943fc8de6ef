"""A name written twice: in Latin letters and in its own script, one beside the other.

Reports, judgments and newspapers that name people from Korea, China, Japan, Ethiopia,
Russia or the Arab world often give the name in its own script in brackets after the
romanised form ("Park Sung-ho (박성호)", "Wang Xiu (王秀)") or the other way round
("박성호 (Park Sung-ho)", or the signature in its own script above the romanised one in
brackets). The model reads only Latin script, so the second spelling stays
readable, and with it every later mention in that script (a chat sender, a signature).
When a person's name found in Latin letters stands directly beside a bracketed run of
letters of another script, that run is the same person's name.

A bracket holding Latin letters, digits or more than four words is something else (an
age, a role, a gloss) and is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import cache

from workstation.detection.findings import Finding

ENTITY = "PERSON"
PATTERN = "the same name in its own script"
_MAX_WORDS = 4
# Letters of scripts other than Latin (and the vowel signs of Indic scripts), with the
# separators a name in them uses: a space, the middle dot of Japanese and Chinese
# transliterations ("・", "·").
_LETTER = r"(?:[^\W\d_A-Za-z\u00aa-\u024f\u1e00-\u1eff]|[\u0900-\u0dff])"
_RUN = rf"{_LETTER}+(?:[ \u00b7\u30fb]{_LETTER}+){{0,{_MAX_WORDS - 1}}}"
_AFTER = re.compile(rf"[ \t]*[(\uff08][ \t]*(?P<name>{_RUN})[ \t]*[)\uff09]")
# Before the name: on the same line, or on the line above it, as a letter is signed
# ("帕提古丽·托合提⏎(Patigul Tohti)").
_BEFORE = re.compile(rf"(?P<name>{_RUN})(?:[ \t]*\n)?[ \t]*[(\uff08][ \t]*\Z")
_CLOSE = re.compile(r"[ \t]*[)\uff09]")
_LOOK = 60


def in_own_script(findings: list[Finding], text: str) -> list[tuple[Finding, Finding]]:
    """Names in another script beside a person's name found in Latin letters, not yet
    covered by a finding: each as a new person finding from the same source, with the
    finding it spells."""
    taken = [(f.start, f.end) for f in findings]
    added: list[tuple[Finding, Finding]] = []
    for finding in findings:
        if finding.entity != ENTITY or finding.decision == "ignore":
            continue
        if not _latin(text[finding.start : finding.end]):
            continue
        for start, end in _beside(finding, text):
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            spelling = replace(
                finding,
                start=start,
                end=end,
                pattern=PATTERN,
                notes=(*finding.notes, f"{PATTERN}, beside a name found in Latin letters"),
            )
            added.append((spelling, finding))
    return added


def _beside(finding: Finding, text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    after = _AFTER.match(text, finding.end)
    if after and _other_script(after.group("name")):
        found.append(after.span("name"))
    window = max(0, finding.start - _LOOK)
    before = _BEFORE.search(text, window, finding.start)
    if (
        before
        and _other_script(before.group("name"))
        and _CLOSE.match(text, finding.end)
        and (before.start() == 0 or not text[before.start() - 1].isalnum())
    ):
        found.append(before.span("name"))
    return found


def _latin(written: str) -> bool:
    return any(_script(c) == "LATIN" for c in written if c.isalpha())


def _other_script(written: str) -> bool:
    """Whether every letter is of a script other than Latin (Hangul, Han, Cyrillic...)."""
    letters = [c for c in written if c.isalpha()]
    return bool(letters) and all(_script(c) not in {"LATIN", ""} for c in letters)


@cache
def _script(char: str) -> str:
    """The first word of the character's Unicode name: LATIN, HANGUL, CJK, CYRILLIC..."""
    return unicodedata.name(char, "").split(" ", 1)[0]
