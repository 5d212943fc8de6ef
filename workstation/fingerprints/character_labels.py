"""Invisible and unusual characters written so an editor can see them: <ZWSP>, <NBSP>.

Printing a zero-width space shows nothing, and printing a bidi override rearranges the
screen; the listing shows each as a short marker instead. Names follow Unicode's own
abbreviations where it has one.
"""

from __future__ import annotations

import unicodedata

NAMES = {
    0x00A0: "NBSP",
    0x00AD: "SHY",
    0x034F: "CGJ",
    0x061C: "ALM",
    0x115F: "HCF",
    0x1160: "HJF",
    0x1680: "OGHAM-SP",
    0x180B: "FVS1",
    0x180C: "FVS2",
    0x180D: "FVS3",
    0x180E: "MVS",
    0x180F: "FVS4",
    0x2000: "ENQSP",
    0x2001: "EMQSP",
    0x2002: "ENSP",
    0x2003: "EMSP",
    0x2004: "3/EMSP",
    0x2005: "4/EMSP",
    0x2006: "6/EMSP",
    0x2007: "FIGSP",
    0x2008: "PUNCSP",
    0x2009: "THINSP",
    0x200A: "HAIRSP",
    0x200B: "ZWSP",
    0x200C: "ZWNJ",
    0x200D: "ZWJ",
    0x200E: "LRM",
    0x200F: "RLM",
    0x2028: "LSEP",
    0x2029: "PSEP",
    0x202A: "LRE",
    0x202B: "RLE",
    0x202C: "PDF",
    0x202D: "LRO",
    0x202E: "RLO",
    0x202F: "NNBSP",
    0x205F: "MMSP",
    0x2060: "WJ",
    0x2061: "FUNCTION-APPLICATION",
    0x2062: "INVISIBLE-TIMES",
    0x2063: "INVISIBLE-SEPARATOR",
    0x2064: "INVISIBLE-PLUS",
    0x2066: "LRI",
    0x2067: "RLI",
    0x2068: "FSI",
    0x2069: "PDI",
    0x3000: "IDSP",
    0x3164: "HANGUL-FILLER",
    0xFEFF: "BOM",
    0xFFA0: "HWHF",
}


def marker(char: str) -> str:
    """<NAME> for a known character, <VS16> or <TAG-41> for families, else <U+XXXX>."""
    code = ord(char)
    if code in NAMES:
        return f"<{NAMES[code]}>"
    if 0xFE00 <= code <= 0xFE0F:
        return f"<VS{code - 0xFE00 + 1}>"
    if 0xE0100 <= code <= 0xE01EF:
        return f"<VS{code - 0xE0100 + 17}>"
    if 0xE0000 <= code <= 0xE007F:
        return f"<TAG-{code - 0xE0000:02X}>"
    return f"<U+{code:04X}>"


def markers(chars: str, limit: int = 48) -> str:
    """A run of characters as markers, the pattern kept (it may encode a recipient)."""
    shown = "".join(marker(char) for char in chars[:limit])
    return shown + (f"...(+{len(chars) - limit})" if len(chars) > limit else "")


def describe(char: str) -> str:
    """U+0430 CYRILLIC SMALL LETTER A: the code point and its Unicode name."""
    return f"U+{ord(char):04X} {unicodedata.name(char, 'UNNAMED')}"
