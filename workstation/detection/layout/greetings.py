"""Names a letter opens with: ``Dear Gregory,``, ``Teodor, Sanja,``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.names import leading_name
from workstation.detection.layout.spans import LayoutSpan

_GREETING = re.compile(
    r"(?m)^[ \t]*(?:(?P<word>dear|hi|hello|hey|hola|bonjour|estimad[oa]|querid[oa]|"
    r"cher|chère|liebe|lieber|salam)[ \t]+)?(?P<names>[^\W\d_][^\n,]{0,40}(?:,[ ]"
    r"[^\W\d_][^\n,]{0,40})*),[ \t]*\n[ \t]*\n",
    re.IGNORECASE,
)


def greetings(text: str) -> Iterator[LayoutSpan]:
    """Names a letter opens with: ``Dear Gregory,``, ``Teodor, Sanja,``."""
    for match in _GREETING.finditer(text):
        offset = match.start("names")
        for part in re.finditer(r"[^,]+", match.group("names")):
            start, end = offset + part.start(), offset + part.end()
            while start < end and text[start] == " ":
                start += 1
            span = leading_name(text, start, end)
            if span is None or span != (start, end if text[end - 1] != "." else end - 1):
                break  # every part must be a name, or the line is not a greeting
            if not match.group("word") and span[1] - span[0] < 3:
                break
            yield LayoutSpan(span[0], span[1], "PERSON", 0.7, "name in a greeting")
