"""Plain text and Markdown: work out the encoding, refuse what is not text."""

from __future__ import annotations

import codecs
import re

from workstation.confined.limits import ChildLimits
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


def parse(data: bytes, limits: ChildLimits) -> Parsed:
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


# Text encodings a browser or mail client would honour (the WHATWG Encoding Standard's
# families). Python also has codecs such as rot13, hex, unicode_escape and EBCDIC cp037
# that would make the extracted text differ from what a reader sees, or turn escapes in
# the source into real control characters; a declared charset outside this set is ignored.
WEB_CODECS = frozenset(
    {
        "utf-8",
        "ascii",
        "cp1250",
        "cp1251",
        "cp1252",
        "cp1253",
        "cp1254",
        "cp1255",
        "cp1256",
        "cp1257",
        "cp1258",
        "cp866",
        "cp874",
        "koi8-r",
        "koi8-u",
        "mac-roman",
        "mac-cyrillic",
        "gbk",
        "gb2312",
        "gb18030",
        "big5",
        "big5hkscs",
        "shift_jis",
        "euc_jp",
        "iso2022_jp",
        "euc_kr",
        *(f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)),
    }
)


READ_AS = {"iso8859-1": "cp1252"}
"""Labels readers decode as another charset: ISO-8859-1 (latin-1) is read as its
superset Windows-1252, as browsers and mail clients do (the WHATWG standard)."""


def web_codec(label: str) -> str | None:
    """Python's name for a declared charset, if a reader's software would use it too."""
    try:
        name = codecs.lookup(label.strip()).name
    except (LookupError, ValueError):
        return None
    name = READ_AS.get(name, name)
    return name if name in WEB_CODECS else None


def line_count(text: str) -> int:
    """Lines as an editor counts them: a final newline does not start another."""
    return text.count("\n") + (1 if text and not text.endswith("\n") else 0)


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so offsets mean the same everywhere."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
