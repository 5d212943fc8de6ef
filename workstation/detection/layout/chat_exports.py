"""The sender's name at the start of each line of a chat export (Android, iPhone)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.names import is_name_word
from workstation.detection.layout.spans import LayoutSpan

# A chat export's line: "12/03/11, 21:14 - Name: text" (Android),
# "[12/03/11 21:14:05] Name: text" (iPhone).
_CHAT_LINE = re.compile(
    r"(?m)^\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?[ ]\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ ]?[AaPp]\.?[Mm]\.?)?\]?[ ](?:-[ ])?(?P<sender>[^:\n]{1,50}?):[ ]"
)


def chat_senders(text: str) -> Iterator[LayoutSpan]:
    """The sender's name at the start of each line of a chat export."""
    for match in _CHAT_LINE.finditer(text):
        sender = match.group("sender")
        name = re.match(r"[^\W\d_][\w .'\u2019-]*", sender)  # an emoji may follow the name
        if name is None:
            continue  # a phone number: the phone patterns find it
        value = name.group().rstrip(" .")
        words = value.split()
        if len(words) <= 4 and all(is_name_word(w, allow_lower=True) for w in words):
            start = match.start("sender")
            yield LayoutSpan(start, start + len(value), "PERSON", 0.86, "sender of a chat message")
