"""DOCX: the text of every story in the file (body, headers, footers, notes, comments).

python-docx opens the package and finds its parts; the text is then read from the XML
with our own walker, because python-docx's paragraph and table model skips content a
reader still sees: content controls, tracked insertions, text boxes. For a redaction
tool, text that extraction misses is text that cannot be redacted. Pictures are read
by OCR (`docx_pictures`).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.parser import parse_xml
from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints

from workstation.confined.limits import ChildLimits
from workstation.intake.docx_pictures import read_pictures
from workstation.intake.outcome import Parsed
from workstation.intake.zipguard import check_zip

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_NS = {"w": _W, "mc": _MC}
_PARAGRAPH, _TABLE = f"{{{_W}}}p", f"{{{_W}}}tbl"
_FALLBACK = f"{{{_MC}}}Fallback"
"""Alternate rendering of content also present in mc:Choice; reading both doubles it."""

_OWN_PIECES = etree.XPath(
    "(.//w:t | .//w:tab[not(parent::w:tabs)] | .//w:br | .//w:cr | .//w:noBreakHyphen)"
    "[count(ancestor::w:p) = $depth][not(ancestor::mc:Fallback)]",
    namespaces=_NS,
)
"""Text-bearing run content of a paragraph, not of paragraphs nested in it (text boxes).
Tab stops (w:tabs/w:tab) are formatting, not tab characters."""
_INNER_PARAGRAPHS = etree.XPath(
    ".//w:p[count(ancestor::w:p) = $depth][not(ancestor::mc:Fallback)]", namespaces=_NS
)
_PARAGRAPH_DEPTH = etree.XPath("count(ancestor-or-self::w:p)", namespaces=_NS)
_ROWS = etree.XPath("./w:tr | ./w:sdt/w:sdtContent/w:tr | ./w:customXml/w:tr", namespaces=_NS)
_CELLS = etree.XPath("./w:tc | ./w:sdt/w:sdtContent/w:tc | ./w:customXml/w:tc", namespaces=_NS)
_PIECE_TEXT = {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}

_STORY_LABELS = {
    RELATIONSHIP_TYPE.HEADER: "[header]",
    RELATIONSHIP_TYPE.FOOTER: "[footer]",
    RELATIONSHIP_TYPE.FOOTNOTES: "[footnotes]",
    RELATIONSHIP_TYPE.ENDNOTES: "[endnotes]",
    RELATIONSHIP_TYPE.COMMENTS: "[comments]",
}


@dataclass
class _Tally:
    paragraphs: int = 0
    tables: int = 0


def parse(data: bytes, limits: ChildLimits) -> Parsed:
    """Check the zip, then render the body followed by each other story."""
    check_zip(data, limits)
    document = docx.Document(io.BytesIO(data))
    tally = _Tally()
    blocks = ["\n".join(_block_lines(document.element.body, tally))]
    for label, root in _other_stories(document.part):
        lines = [line for line in _block_lines(root, tally) if line.strip()]
        if lines:
            blocks.append("\n".join([label, *lines]))
    pictures, regions = read_pictures(document.part.package, limits.ocr_languages)
    details = {"paragraphs": tally.paragraphs, "tables": tally.tables}
    if pictures or regions:
        details["pictures"] = len(pictures) + len(regions)
    return Parsed("\n\n".join(blocks + pictures), details, regions=tuple(regions))


def _other_stories(part: Any) -> Iterator[tuple[str, Any]]:
    """Headers, footers, notes and comments, in the order the document lists them."""
    for relationship in part.rels.values():
        label = _STORY_LABELS.get(relationship.reltype)
        if label is not None and not relationship.is_external:
            yield label, _xml_root(relationship.target_part)


def _xml_root(part: Any) -> Any:
    """Parts python-docx does not model arrive as bytes; parse them its (safe) way."""
    element = getattr(part, "element", None)
    return element if element is not None else parse_xml(part.blob)


def _block_lines(container: Any, tally: _Tally) -> Iterator[str]:
    """One line per paragraph and per table row, descending into any wrapper element."""
    for child in container:
        if child.tag == _PARAGRAPH:
            tally.paragraphs += 1
            yield paragraph_text(child)
        elif child.tag == _TABLE:
            tally.tables += 1
            yield from _table_lines(child, tally)
        elif isinstance(child.tag, str) and child.tag != _FALLBACK:
            yield from _block_lines(child, tally)


def paragraph_text(paragraph: Any) -> str:
    """All visible text of a paragraph; deleted text and field codes are left out.

    Paragraphs nested inside it (text boxes, shapes) follow on lines of their own.
    """
    depth = int(_PARAGRAPH_DEPTH(paragraph))
    own = "".join(_piece_text(element) for element in _OWN_PIECES(paragraph, depth=depth))
    nested = (paragraph_text(inner) for inner in _INNER_PARAGRAPHS(paragraph, depth=depth))
    return "\n".join([own, *nested])


def _piece_text(element: Any) -> str:
    local = etree.QName(element).localname
    return str(element.text or "") if local == "t" else _PIECE_TEXT[local]


def _table_lines(table: Any, tally: _Tally) -> Iterator[str]:
    """Each row on one line, cells separated by tabs."""
    for row in _ROWS(table):
        line = "\t".join(_cell_text(cell, tally) for cell in _CELLS(row))
        yield line if line.strip() else ""


def _cell_text(cell: Any, tally: _Tally) -> str:
    """A cell's paragraphs (and nested tables) on one line, so rows stay rows."""
    return " ".join(" ".join(_block_lines(cell, tally)).split())
