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
RECIPIENT_CUE = re.compile(
    r"(?i)\b(?:(?:printed|downloaded|exported|generated|prepared|issued|licensed|produced)"
    r"\s+(?:by|for|to)"
    r"|copy\s+(?:(?:no\.?|number|#)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s+)?(?:for|to)"
    r"|(?:personal\s+)?eyes\s+only(?:\s+(?:of|for))?)"
    r"[ \t]*[:\u2013\u2014-]?[ \t]*"
)
"""The words that say whose copy this is: "Prepared for", "Copy no. 3 for", "Eyes only"."""
_HOLDER_WORD = re.compile(r"[^\W\d_](?:[\w'\u2019-]*\w)?\.?")
_ACCOUNT = re.compile(r"[\w.@\\-]{2,64}")
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "del", "da", "di", "van", "von", "der"})
_NOT_HOLDER = frozenset(
    {"a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "our"}
    | {"your", "my", "all", "each", "every", "any", "use", "internal", "external", "public"}
)
_GAP = re.compile(r"[ \t]+")
HOLDER_WORDS = 5
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
    ):
        for match in pattern.finditer(text):
            spans.setdefault((match.start(), match.end()), code)
    for start, _, end in recipient_markings(text):
        spans.setdefault((start, end), "recipient-marking")
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


def recipient_markings(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, holder start, end) of each marking that names a copy's holder: the whole
    name after the cue ("Prepared for Amira Haddad"), or the account ("Printed by j.doe")."""
    for cue in RECIPIENT_CUE.finditer(text):
        end = holder_end(text, cue.end())
        if end is not None:
            yield cue.start(), cue.end(), end


def holder_end(text: str, start: int) -> int | None:
    """Where the holder named at ``start`` ends: a run of up to five capitalised words,
    initials and particles on one line, else one account-like word; None if neither."""
    words: list[re.Match[str]] = []
    position = start
    while len(words) < HOLDER_WORDS:
        word = _HOLDER_WORD.match(text, position)
        if word is None or not _holder_word(word.group()):
            break
        words.append(word)
        gap = _GAP.match(text, word.end())
        if gap is None or (word.group().endswith(".") and len(word.group()) > 2):
            break  # the end of the line, or a full stop after a word
        position = gap.end()
    while words and words[-1].group().casefold() in _PARTICLES:
        words.pop()
    if words:
        last = words[-1]
        return last.end() - (last.group().endswith(".") and len(last.group()) > 2)
    account = _ACCOUNT.match(text, start)
    if account is None or account.group().casefold() in _NOT_HOLDER:
        return None  # "prepared for the minister" names no copy's holder
    return account.end()


def _holder_word(word: str) -> bool:
    return word[0].isupper() or word.casefold() in _PARTICLES


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
