"""Names just before a ``(PROTECT)`` or ``(STRICTLY PROTECT)`` marking in a cable."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.names import name_run
from workstation.detection.layout.spans import LayoutSpan, span_if_any

_PROTECT = re.compile(r"\((?:STRICTLY[ ]+)?PROTECT\)")


def protected_names(text: str) -> Iterator[LayoutSpan]:
    """The name just before a ``(PROTECT)`` or ``(STRICTLY PROTECT)`` marking."""
    for match in _PROTECT.finditer(text):
        line_start = match.start() - 80
        end = match.start()
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        span = name_run(text, max(0, line_start), end)
        yield from span_if_any(span, "PERSON", 0.9, "name before a PROTECT marking")
