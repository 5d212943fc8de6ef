"""Plain text and Markdown: work out the encoding, refuse what is not text."""

from __future__ import annotations

import codecs
import re

from workstation.intake.limits import ExtractionLimits
from workstation.intake.outcome import Parsed, Refused

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
"""C0 controls other than tab, line feed, form feed and carriage return."""


def parse(data: bytes, limits: ExtractionLimits) -> Parsed:
    """Decode a text file and normalise its line endings."""
    text, warning = decode(data)
    text = normalise_newlines(text)
    return Parsed(text, {"lines": line_count(text)}, warning)


def decode(data: bytes) -> tuple[str, str]:
    """Text and a warning code: BOM, else UTF-8, else Windows-1252 if it looks like text.

    A NUL is refused even in valid UTF-8: it means UTF-16 without a BOM or a binary
    file, and either would hand the reviewer text that detectors cannot read.
    """
    try:
        text = _decode_unicode(data)
    except UnicodeDecodeError:
        return _decode_cp1252(data), "cp1252"
    if "\x00" in text:
        raise Refused("not_text")
    return text, ""


def _decode_unicode(data: bytes) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec)
    return data.decode("utf-8")


def _decode_cp1252(data: bytes) -> str:
    """The usual encoding of legacy Windows text; binary data fails the control check."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise Refused("not_text")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise Refused("not_text") from None
    if _BINARY_CONTROLS.search(text):
        raise Refused("not_text")
    return text


def line_count(text: str) -> int:
    """Lines as an editor counts them: a final newline does not start another."""
    return text.count("\n") + (1 if text and not text.endswith("\n") else 0)


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so offsets mean the same everywhere."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
