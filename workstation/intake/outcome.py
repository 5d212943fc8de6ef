"""What a format parser hands back inside the child: text, or a reason code.

Parsers never describe a failure in words: they raise `Refused` with a code from
`notes`, so nothing derived from the document can travel back in an error message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Parsed:
    """Text extracted by a parser, with counts and an optional warning code."""

    text: str
    details: dict[str, int] = field(default_factory=dict)
    warning: str = ""


@dataclass(frozen=True)
class Inspected:
    """What an inspection of an original file found (fingerprint findings)."""

    findings: list[Any]


class Refused(Exception):
    """The document cannot be turned into text, for the reason named by `code`."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def is_out_of_memory(exc: BaseException) -> bool:
    """True for Python's MemoryError and MuPDF's own out-of-memory error."""
    return isinstance(exc, MemoryError) or type(exc).__name__ == "FzErrorMemory"
