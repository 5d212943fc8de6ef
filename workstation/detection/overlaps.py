"""Resolving overlapping findings by fixed, documented rules (nothing is silently lost).

1. A deny-list hit always wins over anything it overlaps, and then an identifier found
   by its shape (a phone number, an e-mail or IP address, a reference or passport
   number...) over anything the model or a vocabulary proposed: the more specific
   entity names the characters ("555 0134" is a phone number, never DATE_TIME). What a
   longer finding held beyond the winner is kept as a finding of its own: "Fares
   Haddad" with the deny-listed "Haddad" becomes "Fares" (as found) and "Haddad" (deny
   list).
2. A longer span absorbs a shorter one it contains ("Amira Haddad" absorbs "Haddad");
   the absorbed recognizer is named in the winner's notes.
3. Between spans of equal length, the higher score wins, then the entity that sorts
   first, then the recognizer that sorts first (so results depend neither on
   recognizer order nor on the order presidio returns them in, which follows string
   hashing and differs between processes).
   Except that over exactly the characters the model labelled, what our finders read
   from the words wins: a person found by what names people (a known given name, a
   cue word, a title, a layout) over a model's organisation, place or group, and an
   organisation found by its head word or legal form ("Kessa Mining SARL") over a
   model's person. The model's label for a name it does not know ("Wilmer Huaman
   Ccori" as ORGANIZATION) is its weakest guess, and a name labelled so is neither
   linked to its other mentions nor proposed by a policy that asks only for names.
4. Spans that only partly overlap ("AL-HARBI" and "HARBI, Omar") are merged into one
   span covering both, with the entity, score and reasons of the one that ranks
   higher by rules 1-3: every character either recognizer flagged stays flagged. A
   merged person is trimmed of its titles at once, so a rank it leaves ("Constable")
   stays free for the post found there.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from workstation.detection.findings import Finding
from workstation.detection.layout.words import TITLES

# Entities found by their shape rather than by a model or a word list.
SPECIFIC = frozenset(
    {
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "IP_ADDRESS",
        "MAC_ADDRESS",
        "URL",
        "PASSPORT_NUMBER",
        "REFERENCE_NUMBER",
        "CREDIT_CARD",
        "IBAN_CODE",
        "US_SSN",
        "UK_NHS",
        "CRYPTO",
        "USERNAME",
        "FILE_PATH",
        "DEVICE_ID",
        "CONTROL_NUMBER",
        "CABLE_REFERENCE",
        "EMAIL_HEADER",
        "STREET_ADDRESS",
    }
)


def tier(finding: Finding) -> int:
    """2 for a deny-list hit, 1 for an identifier found by its shape, 0 for the rest."""
    return 2 if finding.from_deny_list else int(finding.entity in SPECIFIC)


def rank(finding: Finding) -> tuple[int, int, float, str, str, str, int]:
    return (
        tier(finding),
        finding.end - finding.start,
        finding.score,
        _reverse(finding.entity),
        _reverse(finding.recognizer),
        _reverse(finding.pattern),
        -finding.start,
    )


@functools.lru_cache(maxsize=4096)  # entity, recognizer and pattern names
def _reverse(entity: str) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in entity)


def resolve(findings: list[Finding], text: str | None = None) -> list[Finding]:
    """Non-overlapping findings in text order.

    With the ``text``, spans are first trimmed of white space at their edges, and the
    parts of a finding outside a deny-list hit are kept when they hold a letter or
    digit; without it they are absorbed by the hit.
    """
    if text is not None:  # the model's spans can end in a line break: "Nodar Chkheidze\n"
        findings = [_trimmed(f, text) for f in findings]
    kept = _Kept()
    for candidate in sorted(findings, key=rank, reverse=True):
        pieces = [candidate]
        while pieces:
            current = pieces.pop()
            found = kept.first_clash(current.start, current.end)
            if found is None:
                kept.append(current)
                continue
            place, clash = found
            if _reads_the_words(current, clash):
                kept.remove(place)
                kept.append(current.with_note(f"absorbed {clash.entity} from {clash.recognizer}"))
            elif clash.start <= current.start and current.end <= clash.end:
                _absorb(kept, place, clash, current)
            elif tier(clash) > tier(current):
                _absorb(kept, place, clash, current)
                pieces.extend(_outside(current, clash, text))
            else:
                kept.remove(place)
                leader, other = (
                    (clash, current) if rank(clash) >= rank(current) else (current, clash)
                )
                merged = replace(
                    leader,
                    start=min(clash.start, current.start),
                    end=max(clash.end, current.end),
                ).with_note(f"merged with {other.entity} from {other.recognizer}")
                # Trimmed at once: a rank a person's merge cut off ("Constable") stays
                # free for the post found there, not absorbed and then dropped.
                pieces.append(_trimmed(merged, text) if text is not None else merged)
    result = kept.in_order()
    if text is not None:
        result = [_trimmed(f, text) for f in result]
    return sorted(result, key=lambda f: (f.start, f.end))


class _Kept:
    """The findings kept so far, in the order they were kept, with their starts sorted.

    The first kept finding (in that order) overlapping a span is found by bisecting the
    starts instead of testing every kept finding: a long document holds thousands.
    """

    def __init__(self) -> None:
        self._by_place: dict[int, Finding] = {}  # insertion order is the kept order
        self._starts: list[tuple[int, int]] = []  # (start, place), sorted
        self._longest = 0
        self._next = 0

    def first_clash(self, start: int, end: int) -> tuple[int, Finding] | None:
        """(place, finding) of the earliest kept finding overlapping start..end."""
        low = bisect.bisect_left(self._starts, (start - self._longest, -1))
        high = bisect.bisect_left(self._starts, (end, -1))
        best: tuple[int, Finding] | None = None
        for _, place in self._starts[low:high]:
            kept = self._by_place[place]
            if kept.end > start and (best is None or place < best[0]):
                best = (place, kept)
        return best

    def append(self, finding: Finding) -> None:
        place = self._next
        self._next += 1
        self._by_place[place] = finding
        bisect.insort(self._starts, (finding.start, place))
        self._longest = max(self._longest, finding.end - finding.start)

    def remove(self, place: int) -> None:
        finding = self._by_place.pop(place)
        del self._starts[bisect.bisect_left(self._starts, (finding.start, place))]

    def replace(self, place: int, finding: Finding) -> None:
        """The same span, kept in the same place, with new notes."""
        self._by_place[place] = finding

    def in_order(self) -> list[Finding]:
        return list(self._by_place.values())


_MODEL = "spaCy NER"  # how the engine names its models' findings
# What our finders' entity overrules of the model's over the same characters.
_OVERRULES = {
    "PERSON": frozenset({"ORGANIZATION", "LOCATION", "NRP"}),
    "ORGANIZATION": frozenset({"PERSON"}),
}


def _reads_the_words(finding: Finding, model: Finding) -> bool:
    """Whether ``finding``, from our finders, overrules the model's label of exactly
    the same span (rule 3's exception)."""
    return (
        model.entity in _OVERRULES.get(finding.entity, frozenset())
        and (finding.start, finding.end) == (model.start, model.end)
        and model.recognizer.startswith(_MODEL)
        and not finding.recognizer.startswith(_MODEL)
        and not finding.from_deny_list
        and not model.from_deny_list
    )


def _trimmed(finding: Finding, text: str) -> Finding:
    """The finding without white space at its edges (a merge can bring some in), and a
    person's without the titles before the name ("Madame Adjoa Kpelly")."""
    start, end = finding.start, finding.end
    while start < end and text[start].isspace():
        start += 1
    if finding.entity == "PERSON":
        start = _after_titles(text, start, end)
        end = _before_field_label(text, start, end)
        end = _before_possessive(text, start, end)
    while end > start and text[end - 1].isspace():
        end -= 1
    if (start, end) == (finding.start, finding.end) or start == end:
        return finding
    return replace(finding, start=start, end=end)


_LEADING_WORD = re.compile(r"([^\W\d_]+)\.?[ \t]+")


def _after_titles(text: str, start: int, end: int) -> int:
    """Where the name starts after any titles; a span that is only titles stays whole."""
    position = start
    while match := _LEADING_WORD.match(text, position, end):
        if match.group(1).casefold() not in TITLES:
            return position
        position = match.end()
    return start if position >= end else position


def _before_possessive(text: str, start: int, end: int) -> int:
    """Where a name ends before a possessive the model took in ("Okafor's lawyer"):
    the labelling rules keep "'s" outside, and a reader learns nothing from it."""
    for mark in ("'s", "\u2019s", "'S", "\u2019S"):
        if text.endswith(mark, start, end) and end - len(mark) > start:
            return end - len(mark)
    return end


def _before_field_label(text: str, start: int, end: int) -> int:
    """Where a name ends when the model ran it on into the next line's field label
    ("Piet Smit\nSubject:"): the label is no part of the name, and a surname-alone
    variant of it would be the label."""
    cut = text.rfind("\n", start, end)
    if cut == -1 or not text.startswith(":", end):
        return end
    label = text[cut + 1 : end].strip()
    return cut if label and not any(c.isspace() for c in label) else end


def _absorb(kept: _Kept, place: int, winner: Finding, loser: Finding) -> None:
    note = f"absorbed {loser.entity} from {loser.recognizer}"
    if note not in winner.notes:
        kept.replace(place, winner.with_note(note))


# What is left of a model's span around a number when the rest is only the number's
# label ("n.º 0012345": the model took both for a name).
_LABEL = re.compile(r"(?i)(?:n[o°º.]*s?|nr|nos|num|ref|réf|az|gz|tel|fax|ph)\.?")


def _outside(finding: Finding, hit: Finding, text: str | None) -> list[Finding]:
    """The parts of ``finding`` before and after a deny-list ``hit``, trimmed."""
    if text is None:
        return []
    parts = []
    for low, high in ((finding.start, hit.start), (hit.end, finding.end)):
        start, end = low, high
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if end - start >= 2 and not _LABEL.fullmatch(text, start, end):
            note = "the rest of a span that overlapped a deny-list hit"
            parts.append(replace(finding, start=start, end=end).with_note(note))
    return parts
