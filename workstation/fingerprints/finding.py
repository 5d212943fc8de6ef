"""What the fingerprint pass reports: one finding per thing that could mark a copy.

A finding never holds the document's words. It names a kind, a short code, where it is
(code-point offsets into the extracted text, or a place in the original file such as
"docProps/core.xml"), how many there are, and a sentence saying why it matters. The only
content it may carry is `value`: a metadata field's value, capped, for the editor who asks
to see it; it is sealed in the vault like every other piece of content.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal, get_args

TextKind = Literal[
    "invisible",
    "unusual_space",
    "homoglyph",
    "combining_mark",
    "whitespace",
    "punctuation",
    "copy_marking",
]
"""Kinds found in extracted text, with positions."""
OriginalKind = Literal[
    "metadata",
    "hidden_content",
    "image_metadata",
    "email_header",
    "tracking_dots",
    "page_mismatch",
    "picture",
]
"""Kinds found in the original file's structure or pixels, outside its text."""
FindingKind = TextKind | OriginalKind

TEXT_KINDS: tuple[str, ...] = get_args(TextKind)
ORIGINAL_KINDS: tuple[str, ...] = get_args(OriginalKind)
PAGE_KINDS = ("page_mismatch", "picture")
"""Kinds found by reading pages as pixels at intake: each has a page and a box, and an
editor decides it (accept: black the box out in the release; reject: keep it)."""
KINDS = TEXT_KINDS + ORIGINAL_KINDS

HIDDEN_START, HIDDEN_END = "\ue000", "\ue001"
"""Private-use characters around the hidden part of a paragraph in `hidden`."""
MAX_HIDDEN_PIECES = 100
MAX_HIDDEN_CHARS = 2000

MAX_VALUE_CHARS = 200
"""Longest metadata value kept for display; the rest is cut (the field is stripped anyway)."""


@dataclass(frozen=True)
class FingerprintFinding:
    """One fingerprint: its kind and code, where it is, how many, and why it matters."""

    kind: str
    """One of KINDS."""
    code: str
    """What exactly: "ZWSP", "mixed-script", "docx-author", "pdf-attachment", ..."""
    explanation: str
    """One fixed sentence for the editor; never quotes the document."""
    start: int = -1
    """Offset of the first character in the extracted text; -1 for original-file findings."""
    end: int = -1
    count: int = 1
    """How many occurrences this finding stands for (a run of ZWSPs, a list of fields)."""
    shown: str = ""
    """What the editor is shown: markers and code points such as "<ZWSP>x3" or
    "U+0430 CYRILLIC SMALL LETTER A -> a", never the surrounding words."""
    replacement: str | None = None
    """What normalisation puts in its place ("" removes it); None when it cannot."""
    where: str = ""
    """For original-file findings: the part, page or field ("docProps/core.xml", "page 2")."""
    value: str = ""
    """A metadata value, capped at MAX_VALUE_CHARS; empty for text findings."""
    hidden: tuple[str, ...] = ()
    """For hidden content (comments, hidden or invisible runs): each paragraph carrying
    it, the hidden part between HIDDEN_START and HIDDEN_END. Release removes that part
    and the gate searches the output for it; sealed like `value`, never shown."""
    page: int = 0
    """For page kinds: the page (1-based) the box is on; 0 when not on a page."""
    box: tuple[float, ...] = ()
    """For page kinds: (x0, y0, x1, y1) in PDF points of the page as shown (top-left
    origin, the page's /Rotate applied), or () when the finding has no place on a page."""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FingerprintFinding:
        return cls(
            kind=str(data["kind"]),
            code=str(data["code"]),
            explanation=str(data["explanation"]),
            start=int(data.get("start", -1)),
            end=int(data.get("end", -1)),
            count=int(data.get("count", 1)),
            shown=str(data.get("shown", "")),
            replacement=None if data.get("replacement") is None else str(data["replacement"]),
            where=str(data.get("where", "")),
            value=str(data.get("value", "")),
            hidden=tuple(str(piece) for piece in data.get("hidden", ())),
            page=int(data.get("page", 0)),
            box=tuple(float(value) for value in data.get("box", ())),
        )


def hidden_parts(piece: str) -> list[str]:
    """The hidden parts of one `hidden` paragraph, markers removed."""
    parts = piece.split(HIDDEN_START)[1:]
    return [part.split(HIDDEN_END, 1)[0] for part in parts]


def capped(value: str) -> str:
    """A metadata value short enough to show and store."""
    return value if len(value) <= MAX_VALUE_CHARS else value[: MAX_VALUE_CHARS - 1] + "…"
