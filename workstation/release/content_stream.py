"""Marked content out of a PDF content stream, everything else copied byte for byte.

A page's content stream can carry text no extractor shows: the property list of a
marked-content operator (``/Span <</ActualText (...)>> BDC``, ``/Alt``, ``/E``, any key
a hostile writer invents) and the tag names themselves. A release that keeps the text
layer drops every marked-content operator but optional content (``/OC /name BDC``, which
says which layer a drawing belongs to), with its operands and its ``EMC``. The stream is
read by a small lexer of the content-stream syntax (strings with nesting and escapes,
hex strings, names, dictionaries, arrays, comments, inline images); what is not
removed is copied as it was, so text, drawings and pictures are unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_WHITE = b"\x00\t\n\x0c\r "
_DELIMITERS = b"()<>[]{}/%"
_NUMBER = re.compile(rb"[+-]?(?:\d+\.?\d*|\.\d+)")
_KEYWORDS = (b"true", b"false", b"null")
_OPTIONAL_CONTENT = re.compile(rb"/OC(?=[\x00\t\n\x0c\r /<\[])")
_MARKED = (b"BDC", b"BMC")
_POINTS = (b"DP", b"MP")


def without_marked_content(data: bytes) -> bytes:
    """The content stream with every marked-content operator but optional content
    removed (operands and matching ``EMC`` with it); `data` itself if none was there."""
    pieces: list[bytes] = []
    copied = 0
    kept: list[bool] = []
    for first, end, operator in operators(data):
        if operator in _MARKED:
            keep = operator == b"BDC" and bool(_OPTIONAL_CONTENT.match(data, first))
            kept.append(keep)
        elif operator == b"EMC":
            keep = kept.pop() if kept else False  # an unbalanced EMC goes too
        else:
            keep = operator not in _POINTS
        if not keep:
            pieces += [data[copied:first], b" "]
            copied = end
    if not pieces:
        return data
    return b"".join([*pieces, data[copied:]])


def operators(data: bytes) -> Iterator[tuple[int, int, bytes]]:
    """(start of its operands, end, operator) of every operator, in order. Words inside
    a dictionary or array are operands; an inline image's data is skipped whole."""
    index, length, depth = 0, len(data), 0
    first: int | None = None
    while index < length:
        char = data[index : index + 1]
        if char in _WHITE:
            index += 1
            continue
        if char == b"%":
            index = _line_end(data, index)
            continue
        start = index
        if char == b"(":
            index = _string_end(data, index)
        elif data.startswith(b"<<", index) or char == b"[":
            depth += 1
            index += 2 if char == b"<" else 1
        elif data.startswith(b">>", index) or char == b"]":
            depth = max(depth - 1, 0)
            index += 2 if char == b">" else 1
        elif char == b"<":
            close = data.find(b">", index)
            index = length if close < 0 else close + 1
        elif char == b"/":
            index = _word_end(data, index + 1)
        elif char in b"{})>":
            index += 1
        else:
            index = _word_end(data, index)
            word = data[start:index]
            if depth == 0 and not _NUMBER.fullmatch(word) and word not in _KEYWORDS:
                yield (start if first is None else first), index, word
                first = None
                if word == b"ID":
                    index = _inline_image_end(data, index)
                continue
        if first is None:
            first = start


def _line_end(data: bytes, index: int) -> int:
    while index < len(data) and data[index] not in b"\r\n":
        index += 1
    return index


def _word_end(data: bytes, index: int) -> int:
    while index < len(data) and data[index] not in _WHITE and data[index] not in _DELIMITERS:
        index += 1
    return index


def _string_end(data: bytes, index: int) -> int:
    """The end of the literal string opening at `index`: balanced, escapes skipped."""
    depth = 0
    while index < len(data):
        byte = data[index]
        if byte == 0x5C:  # backslash: the next byte is escaped
            index += 2
            continue
        if byte == 0x28:
            depth += 1
        elif byte == 0x29:
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return len(data)


_INLINE_END = re.compile(rb"[\x00\t\n\x0c\r ]EI(?=[\x00\t\n\x0c\r ]|$)")


def _inline_image_end(data: bytes, index: int) -> int:
    """After ``ID``: the end of the ``EI`` that closes the image's data."""
    found = _INLINE_END.search(data, index + 1)
    return len(data) if found is None else found.end()
