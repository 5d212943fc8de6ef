"""The body a memo comes from, in capitals on its first line, and the state after it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.layout.words import word_set

_LETTERHEAD_NOT = word_set(
    """
    note notes report briefing memo memorandum plan minutes order summary draft
    confidential secret restricted unclassified classified internal urgent copy
    """
)


def letterheads(text: str) -> Iterator[LayoutSpan]:
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
    yield LayoutSpan(line_start, line_start + len(body), "ORGANIZATION", 0.6, "letterhead")
    if state:
        place_start = line_start + state.end()
        yield LayoutSpan(place_start, line_start + len(head), "LOCATION", 0.6, "letterhead")


# A newspaper's name on its first line, by the word papers are named with: "SAHEL
# COURIER | Investigation", "The Horn Observer", "Meridian Herald - Business".
_PAPER_WORDS = word_set(
    """
    courier herald tribune observer times post ledger gazette daily journal chronicle
    monitor standard mail telegraph guardian express dispatch record star sun mirror
    independent reporter nation sentinel bulletin press news weekly examiner inquirer
    """
)
_MASTHEAD = re.compile(
    r"\s*(?P<name>(?:The[ ]|THE[ ])?(?:[A-ZÀ-Þ][\w'\u2019&.-]*[ ]){0,3}[A-ZÀ-Þ][\w'\u2019&.-]*)"
    r"[ \t]*(?:$|\n|[ ]+[|\u2013\u2014/-][ ]+|[ ]{3,})"
)
# A news dateline: the place in capitals that opens a report, before a dash:
# "SANTA INÉS -- The court ruled", "KISUMU, 4 May (Reuters) - Police said".
_DATELINE = re.compile(
    r"(?m)^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'\u2019.-]+(?:[ ][A-ZÀ-Þ][A-ZÀ-Þ'\u2019.-]+){0,3})"
    r"(?:,[ ][\w ,.]{1,30}?)?(?:[ ]\([\w .]{2,20}\))?[ ](?:--|\u2014|\u2013|-)[ ](?=[A-Z\"\u201c])"
)
_NOT_PLACES = word_set(
    """
    summary update note urgent breaking exclusive comment analysis opinion editorial
    warning subject re fw fwd fyi nb ps pp end background action request q a
    record file personnel employee restricted confidential secret classified
    unclassified internal news report memo minutes draft final annex appendix agenda
    """
)
# A dateline opens a sentence: a capitalised word, then words in lower case, four or more.
_SENTENCE_AFTER = re.compile(
    r"[\"\u201c]?[A-Z][\w'\u2019-]*(?=(?:[ ][\w'\u2019,.-]+){3})(?:[ ][\w'\u2019,-]+){0,2}?[ ][a-z]"
)


def mastheads(text: str) -> Iterator[LayoutSpan]:
    """A newspaper's name on the first line of a document."""
    match = _MASTHEAD.match(text)
    if match and match.group("name").split()[-1].casefold() in _PAPER_WORDS:
        words = match.group("name").split()
        if len(words) >= 2:
            yield LayoutSpan(*match.span("name"), "ORGANIZATION", 0.6, "a newspaper's masthead")


def datelines(text: str) -> Iterator[LayoutSpan]:
    """The place that opens a news report: ``SANTA INÉS -- The court ruled``."""
    for match in _DATELINE.finditer(text):
        place = match.group("place")
        if any(word.casefold() in _NOT_PLACES for word in place.split()):
            continue
        if not _SENTENCE_AFTER.match(text, match.end()):
            continue  # "SENTINELLE SARL - Rapport": a heading, not a report's first line
        if len(place.replace(" ", "")) >= 3:
            yield LayoutSpan(*match.span("place"), "LOCATION", 0.6, "a news dateline")
