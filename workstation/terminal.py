"""Make untrusted text safe to print on a terminal.

Leaked documents and their file names are written by people we do not trust. Printed as
they are, an escape sequence can rewrite the screen or the window title, a carriage return
can hide the start of a line, a bidi override can make ``invoice_exe.pdf`` read as
something else, and zero-width or tag characters can carry a hidden message (or a canary
fingerprint) past a reviewer. Every such character is replaced by its Python-style
backslash escape (``\\x1b``, ``\\u202e``, ``\\U000e0041``), so the reviewer sees that
something was there and exactly what it was.

Replaced: every character of the Unicode categories Cc (C0 controls, DEL, C1 controls),
Cf (format characters: bidi controls, zero-width characters, soft hyphen, tags, ...),
Zl and Zp (U+2028, U+2029), and Cs (lone surrogates, as left by ``os.fsdecode`` for
undecodable file names; printing them would otherwise raise ``UnicodeEncodeError``).

Left alone on purpose: backslashes (so Windows paths stay readable; a literal ``\\x1b``
in a document therefore looks like an escaped ESC, which is harmless), private-use and
unassigned code points, and variation selectors (category Mn; they are needed by emoji
and are the fingerprint pass's business, not the terminal's).
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata

__all__ = ["UNSAFE_CATEGORIES", "neutralise", "neutralise_line"]

UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
"""Unicode general categories whose characters never reach the terminal as they are."""

_LAYOUT = frozenset("\n\t")
_SHORT_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}

# Planes 2, 3 (ideographs), 15 and 16 (private use) hold no character of UNSAFE_CATEGORIES
# in any Unicode version so far; skipping them keeps the one-off table build near 40 ms.
_SCANNED_RANGES = (range(0x0000, 0x20000), range(0xE0000, 0xF0000))


def neutralise(text: str, *, keep_newlines: bool = True) -> str:
    """Return ``text`` with every control, format and separator character escaped.

    With ``keep_newlines`` (the default, for document bodies) ``\\n`` and ``\\t`` stay as
    they are; ``\\r`` is always escaped, because a lone carriage return hides text.
    """
    return _unsafe_pattern(keep_newlines).sub(_escape_match, text)


def neutralise_line(text: str) -> str:
    """Return ``text`` made safe for a one-line field such as a file name or a title.

    Newlines and tabs are escaped too, so one value can never pose as several lines of
    output (a forged "OK" line under a file name, say).
    """
    return neutralise(text, keep_newlines=False)


def _escape_match(match: re.Match[str]) -> str:
    return _escape(match.group())


def _escape(char: str) -> str:
    """The backslash form Python's ``repr`` would use for ``char``."""
    short = _SHORT_ESCAPES.get(char)
    if short is not None:
        return short
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


@functools.cache
def _unsafe_pattern(keep_newlines: bool) -> re.Pattern[str]:
    """One compiled character class per mode, built on first use, not at import."""
    allowed = _LAYOUT if keep_newlines else frozenset()
    chars = [c for c in _unsafe_characters() if c not in allowed]
    return re.compile(_character_class(chars))


@functools.cache
def _unsafe_characters() -> tuple[str, ...]:
    """Every character in ``UNSAFE_CATEGORIES``, per this Python's Unicode database."""
    return tuple(
        chr(code)
        for scanned in _SCANNED_RANGES
        for code in scanned
        if code <= sys.maxunicode and unicodedata.category(chr(code)) in UNSAFE_CATEGORIES
    )


def _character_class(chars: list[str]) -> str:
    """A regex class of ``chars`` written as ranges (a few dozen instead of 2,000 items)."""
    codes = sorted(ord(c) for c in chars)
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    parts = (f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in ranges)
    return "[" + "".join(parts) + "]"
