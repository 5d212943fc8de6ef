"""Hidden content an editor accepted (DOCX comments, hidden and unreadable runs): where it
is in the extracted text, so release removes it, and what the gate must not find.

Extraction reads every story, so comments arrive under a "[comments]" heading and hidden
runs inside their paragraphs. The inspector sends each paragraph carrying hidden content
with the hidden part marked; here that paragraph is found in the text and the marked part
cut out. A part that cannot be placed is still searched for in the output by the gate,
which refuses naming the finding, so the editor can redact it by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workstation.fingerprints.finding import HIDDEN_END, HIDDEN_START, hidden_parts

COMMENTS_CODE = "docx-comments"
COMMENTS_HEADING = "[comments]"


@dataclass(frozen=True)
class AcceptedHidden:
    """One accepted hidden-content finding: its id, code and marked paragraphs."""

    id: str
    code: str
    pieces: tuple[str, ...]


def removal_spans(text: str, accepted: list[AcceptedHidden]) -> list[tuple[str, int, int]]:
    """(finding id, start, end) of every stretch of `text` that release removes."""
    spans: list[tuple[str, int, int]] = []
    for finding in accepted:
        if finding.code == COMMENTS_CODE:
            block = _comments_block(text)
            if block is not None:
                spans.append((finding.id, *block))
                continue
        for piece in finding.pieces:
            spans += [(finding.id, start, end) for start, end in _piece_spans(text, piece)]
    return sorted(spans, key=lambda span: (span[1], span[2]))


def without(text: str, spans: list[tuple[str, int, int]]) -> str:
    """`text` with the spans cut out (what a reader of the release may still see)."""
    kept, cursor = [], 0
    for _, start, end in sorted(spans, key=lambda span: span[1]):
        if start >= cursor:
            kept.append(text[cursor:start])
            cursor = end
        else:
            cursor = max(cursor, end)
    kept.append(text[cursor:])
    return "".join(kept)


def searched_parts(accepted: list[AcceptedHidden]) -> list[tuple[str, str]]:
    """(finding id, hidden part) for the gate: each accepted part, stripped, non-empty."""
    found = []
    for finding in accepted:
        for piece in finding.pieces:
            for part in hidden_parts(piece):
                for line in part.splitlines():
                    if line.strip():
                        found.append((finding.id, line.strip()))
    return list(dict.fromkeys(found))


def _comments_block(text: str) -> tuple[int, int] | None:
    """The "[comments]" story block, with the blank line before it."""
    match = re.search(r"(?:^|\n\n)" + re.escape(COMMENTS_HEADING) + r"\n", text)
    if match is None:
        return None
    end = text.find("\n\n", match.end())
    return match.start(), len(text) if end < 0 else end


def _piece_spans(text: str, piece: str) -> list[tuple[int, int]]:
    """Where the marked parts of one paragraph are in `text`."""
    plain = piece.replace(HIDDEN_START, "").replace(HIDDEN_END, "")
    offsets, cursor = [], 0
    for index, segment in enumerate(re.split(f"[{HIDDEN_START}{HIDDEN_END}]", piece)):
        if index % 2 == 1 and segment:
            offsets.append((cursor, cursor + len(segment)))
        cursor += len(segment)
    spans = []
    start = text.find(plain) if plain.strip() else -1
    while start >= 0:
        spans += [(start + a, start + b) for a, b in offsets]
        start = text.find(plain, start + max(len(plain), 1))
    if spans:
        return spans
    for part in hidden_parts(piece):  # the paragraph reads differently: the part alone
        if part.strip() and text.count(part) == 1:
            position = text.find(part)
            spans.append((position, position + len(part)))
    return spans
