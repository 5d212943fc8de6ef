"""Account names listed in prose: ``the accounts rsimunek, omarek and pkrejci``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.layout.words import word_set

_USER_LIST = re.compile(
    r"(?i:\b(?:accounts?|logins?|usernames?|user[ ]names|handles?|users?))\b"
    r"(?:[ ](?:names?|on[ ]the[ ][\w -]{1,24}?|of[ ]the[ ][\w -]{1,24}?))?"
    r"[ \t]*[:(]?[ \t]*\n?[ \t]*"
    r"(?P<list>[a-z][a-z0-9_.-]{2,30}(?:,[ \t]*\n?[ \t]*[a-z][a-z0-9_.-]{2,30}){1,}"
    r"(?:,?[ \t]+and[ \t]+[a-z][a-z0-9_.-]{2,30})?)"
    r"(?=[ \t]*(?:[.;:)\n]|$))"
)
_COMMON = word_set(
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


def username_lists(text: str) -> Iterator[LayoutSpan]:
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
            yield LayoutSpan(start, start + len(value), "USERNAME", 0.6, "in a list of accounts")
