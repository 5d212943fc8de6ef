"""Identifiers that mark a copy: copy numbers, control numbers, distribution lists, and the
user names and file paths that printers and word processors put in headers and footers.

Unlike invisible marks these are plainly visible, and they point straight at a recipient;
they cannot be normalised away, so each is proposed for an editor (or, under a strict
policy, for redaction). Headers and footers are the story labels intake writes for DOCX
("[header]", "[footer]") and the first and last lines of each PDF page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.fingerprints.finding import FingerprintFinding

COPY_NUMBER = re.compile(
    r"(?i)\bcopy\s+(?:no\.?\s*|number\s*|#\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\b"
)
CONTROL_NUMBER = re.compile(
    r"(?i)\b(?:document|doc|control|tracking|distribution|dissemination|serial|reference|ref"
    r"|file|record)\.?\s*(?:no\.?|number|id|#|code)\s*[:#]?\s*"
    r"(?=[A-Z0-9/._-]*\d)[A-Z0-9][A-Z0-9/._-]{2,40}"
)
DISTRIBUTION = re.compile(
    r"(?im)^[ \t]*(?:distribution(?:[ ]list)?|distr|dist|recipients|copies[ ]to|bcc|cc"
    r"|internal[ ]distribution)[ \t]*:[^\n]*(?:\n[ \t]+\S[^\n]*)*"
)
RECIPIENT = re.compile(
    r"(?i)\b(?:printed|downloaded|exported|generated|prepared|issued|licensed)\s+(?:by|for|to)"
    r"\s*:?\s*[\w.@\\-]{2,64}"
)
PATH = re.compile(
    r"(?:\b[A-Za-z]:\\[^\s\n]+|\\\\[\w.$-]+\\[^\s\n]+|(?<![\w/])/(?:home|Users|mnt|media|var"
    r"|tmp|srv|opt|data|Volumes)/[^\s\n]+)"
)
USERNAME = re.compile(
    r"(?i)(?:\b[A-Z][A-Z0-9_-]{1,15}\\[A-Za-z][\w.$-]{1,30}|\b(?:user(?:name)?|login|uid)"
    r"\s*[:=]\s*[\w.-]{2,32}|\b[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+)"
)
MARGIN_LABELS = ("[header]", "[footer]")
MARGIN_LINES = 2
"""How many lines at the top and bottom of a PDF page count as its header and footer."""

WHY = {
    "copy-number": "a copy number says which recipient's copy this is",
    "control-number": "a document control number can be traced to one copy or recipient",
    "distribution-list": "a distribution list names who received copies; the list itself "
    "can differ per copy",
    "recipient-marking": "a printed-by or prepared-for line names the copy's holder",
    "path-in-margin": "a file path in a header or footer can name the user or machine that "
    "printed this copy",
    "username-in-margin": "a user name or address in a header or footer can name who printed "
    "this copy",
}


def find(text: str) -> list[FingerprintFinding]:
    """Every copy-marking identifier, with its position; none can be normalised away."""
    spans: dict[tuple[int, int], str] = {}
    for code, pattern in (
        ("copy-number", COPY_NUMBER),
        ("control-number", CONTROL_NUMBER),
        ("distribution-list", DISTRIBUTION),
        ("recipient-marking", RECIPIENT),
    ):
        for match in pattern.finditer(text):
            spans.setdefault((match.start(), match.end()), code)
    for start, end in margins(text):
        for code, pattern in (("path-in-margin", PATH), ("username-in-margin", USERNAME)):
            for match in pattern.finditer(text, start, end):
                spans.setdefault((match.start(), match.end()), code)
    return [
        FingerprintFinding(
            "copy_marking", code, WHY[code], start, end, 1, f"{end - start} characters", None
        )
        for (start, end), code in sorted(spans.items())
        if not _inside_another(start, end, spans)
    ]


def margins(text: str) -> Iterator[tuple[int, int]]:
    """Header and footer regions: DOCX margin stories, and each page's first and last lines."""
    for label in MARGIN_LABELS:
        for match in re.finditer(re.escape(label) + r"\n(?:[^\n]+\n?)*", text):
            yield match.start(), match.end()
    if "\f" not in text:
        return
    offset = 0
    for page in text.split("\f"):
        lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", page)]
        for line in lines[:MARGIN_LINES] + lines[-MARGIN_LINES:]:
            yield offset + line.start(), offset + line.end()
        offset += len(page) + 1


def _inside_another(start: int, end: int, spans: dict[tuple[int, int], str]) -> bool:
    return any((s, e) != (start, end) and s <= start and end <= e for s, e in spans)
