"""HTML pages (and HTML email bodies): visible text with one line per block."""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from workstation.confined.limits import ChildLimits
from workstation.intake import text
from workstation.intake.outcome import Parsed

_SKIPPED = frozenset({"script", "style", "template"})
_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "body", "caption", "dd", "details"),
        *("dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "legend", "li", "main"),
        *("nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead"),
        *("title", "tr", "ul"),
    }
)
_CELLS = frozenset({"td", "th"})
_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)
_UNICODE_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_WINDOWS_1252_ALIASES = frozenset({"ascii", "latin-1", "iso8859-1", "cp1252"})
"""Labels that browsers read as Windows-1252 (WHATWG Encoding Standard)."""


def parse(data: bytes, limits: ChildLimits) -> Parsed:
    """Decode the page, then keep the text a reader would see."""
    page, warning = decode(data)
    result = html_to_text(page)
    return Parsed(result, {"lines": text.line_count(result)}, warning)


def decode(data: bytes) -> tuple[str, str]:
    """Honour a `<meta charset>` when it decodes cleanly, else decode like a text file."""
    declared = _declared_codec(data)
    if declared is not None:
        try:
            return data.decode(declared), ""
        except UnicodeDecodeError:
            pass
    return text.decode(data)


def _declared_codec(data: bytes) -> str | None:
    """The codec named in the page's head, if it is one we know (never UTF-16/32)."""
    match = _META_CHARSET.search(data[:4096])
    if match is None or data.startswith(_UNICODE_BOMS):
        return None
    name = text.web_codec(match.group(1).decode("ascii", errors="replace"))
    if name is None:
        return None
    return "cp1252" if name in _WINDOWS_1252_ALIASES else name


def html_to_text(page: str) -> str:
    """Text of an HTML document: scripts and styles dropped, entities unescaped."""
    collector = _TextCollector()
    collector.feed(text.normalise_newlines(page))
    collector.close()
    return re.sub(r"\n{3,}", "\n\n", "".join(collector.chunks)).strip("\n")


class _TextCollector(HTMLParser):
    """Collects character data as a browser would lay it out, roughly.

    Outside <pre>, runs of whitespace become one space and are trimmed at line ends;
    each block element starts a new line; table cells are separated by tabs.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._skipping = 0
        self._preformatted = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        if tag == "pre":
            self._preformatted += 1
        self.handle_startendtag(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._end_line(force=True)
        elif tag in _BLOCKS:
            self._end_line()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        if tag == "pre":
            self._preformatted = max(0, self._preformatted - 1)
        if tag in _BLOCKS:
            self._end_line()
        elif tag in _CELLS:
            self._trim_end(" ")
            self.chunks.append("\t")

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        if not self._preformatted:
            data = _WHITESPACE.sub(" ", data)
            if self._at_line_start():
                data = data.lstrip(" ")
        if data:
            self.chunks.append(data)

    def _end_line(self, *, force: bool = False) -> None:
        """Start a new line, unless one was just started (blocks do not stack up)."""
        self._trim_end()
        if force or (self.chunks and not self.chunks[-1].endswith("\n")):
            self.chunks.append("\n")

    def _trim_end(self, blanks: str = " \t") -> None:
        """Drop trailing `blanks` from the current line."""
        while self.chunks and not self.chunks[-1].endswith("\n"):
            trimmed = self.chunks[-1].rstrip(blanks)
            if trimmed:
                self.chunks[-1] = trimmed
                return
            self.chunks.pop()

    def _at_line_start(self) -> bool:
        return not self.chunks or self.chunks[-1].endswith(("\n", "\t"))
