"""RTF: the visible text, by striprtf (pure Python, a stack instead of recursion).

RTF is 7-bit text with escapes, so the bytes are read as Latin-1 and striprtf decodes
`\\'xx` escapes as Windows-1252 and `\\u` escapes as Unicode. Destinations such as
fonts, colours and pictures are skipped, and so, by striprtf, are annotations.
"""

from __future__ import annotations

from typing import Any, cast

from striprtf import striprtf

from workstation.confined.limits import ChildLimits
from workstation.intake import text
from workstation.intake.outcome import Parsed, Refused

RTF_MAGIC = b"{\\rtf"


def parse(data: bytes, limits: ChildLimits) -> Parsed:
    """The document's text, or "unreadable" when it is not RTF at all."""
    if not data.lstrip()[: len(RTF_MAGIC)] == RTF_MAGIC:
        raise Refused("unreadable")
    rtf_to_text = cast(Any, striprtf).rtf_to_text  # the library is untyped
    extracted = text.normalise_newlines(
        str(rtf_to_text(data.decode("latin-1"), encoding="cp1252", errors="replace"))
    )
    lines = extracted.split("\n")
    return Parsed(extracted, {"lines": len(lines)})
