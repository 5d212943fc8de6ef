"""Reading a produced file back the way a reader would, with a library that did not write it.

PDFs are written by PyMuPDF and read here by pypdf: every page's text, every string in
the file's object graph (information dictionary, outline, annotations, form fields
would all be strings), every PDF name and the printable runs of every decompressed
stream (a font's /BaseFont, a marked-content property in a page's content), and the
structures that must be gone (metadata, XMP,
annotations, form fields, attachments, JavaScript, earlier revisions). Text outputs are
read as UTF-8, Markdown with its escapes undone, CSV also cell by cell.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    StreamObject,
    TextStringObject,
)

from workstation.release.tables import csv_cells

STRING_IN_FILE = "a string in the file"
RAW_IN_FILE = "the file's names and decompressed streams"
_PRINTABLE = re.compile(rb"[\x20-\x7e\xa0-\xff]{3,}")
_UTF16_PRINTABLE = re.compile(rb"(?:\x00[\x20-\x7e]){3,}")
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]<>#|~])")
_STRUCTURES = (
    ("/Metadata", "XMP metadata"),
    ("/AcroForm", "form fields"),
    ("/OpenAction", "an open action"),
    ("/AA", "automatic actions"),
    ("/Outlines", "an outline"),
)


class Unreadable(Exception):
    """The produced file could not be read back."""


@dataclass
class ReadBack:
    """What a reader can find in the file: texts by where they are, and leftovers."""

    texts: list[tuple[str, str]] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)
    raw: list[tuple[str, str]] = field(default_factory=list)
    """Where no text is, but a hostile reader looks: PDF names and decompressed streams
    (pictures' pixels apart). Numbers and operators fill them, so the gate searches
    them for deny-listed names only."""


def read_text_file(data: bytes, markdown: bool) -> ReadBack:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise Unreadable("not UTF-8") from None
    if markdown:
        text = _MARKDOWN_ESCAPE.sub(r"\1", text)
    found = ReadBack([("text", text)])
    if text.startswith("\ufeff"):
        found.leftovers.append("a byte order mark")
    return found


def read_csv_file(data: bytes) -> ReadBack:
    """The text as written, and its cells as a spreadsheet program shows them (quotes
    undone), so a term split by CSV quoting is still found."""
    found = read_text_file(data, markdown=False)
    try:
        found.texts.append(("cells", csv_cells(found.texts[0][1])))
    except csv.Error:
        raise Unreadable("not CSV") from None
    return found


def read_pdf(data: bytes) -> ReadBack:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        found = ReadBack()
        for number, page in enumerate(reader.pages, start=1):
            found.texts.append((f"page {number}", page.extract_text() or ""))
            if page.get("/Annots"):
                found.leftovers.append(f"annotations on page {number}")
            if page.get("/AA"):
                found.leftovers.append(f"automatic actions on page {number}")
        _document_leftovers(reader, data, found)
        raw: list[str] = []
        _strings(reader.trailer, found.texts, raw, set())
        found.raw.append((RAW_IN_FILE, "\n".join(raw)))
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError):
        raise Unreadable("pypdf could not read it") from None
    return found


def _document_leftovers(reader: PdfReader, data: bytes, found: ReadBack) -> None:
    info = reader.metadata
    if info:
        found.leftovers.extend(f"document information {key}" for key in sorted(info))
    root = reader.trailer["/Root"].get_object()
    if not isinstance(root, DictionaryObject):
        raise Unreadable("no document catalog")
    catalog_info = root.get("/Info")
    if isinstance(catalog_info, IndirectObject):
        catalog_info = catalog_info.get_object()
    if isinstance(catalog_info, DictionaryObject) and catalog_info:
        found.leftovers.append("document information in the catalog")
    for key, what in _STRUCTURES:
        if key in root:
            found.leftovers.append(what)
    names = root.get("/Names")
    names = names.get_object() if names is not None else None
    if isinstance(names, DictionaryObject) and "/JavaScript" in names:
        found.leftovers.append("JavaScript")
    if reader.attachments:
        found.leftovers.append("attachments")
    if "/ID" in reader.trailer:
        found.leftovers.append("a file identifier (/ID), which can tie it to the original")
    if data.count(b"startxref") > 1:
        found.leftovers.append("earlier revisions")


def _strings(node: Any, texts: list[tuple[str, str]], raw: list[str], seen: set[int]) -> None:
    """Every text or byte string reachable from the trailer (outline titles, metadata...)
    into `texts`; every name and decompressed stream into `raw`."""
    if isinstance(node, IndirectObject):
        if node.idnum in seen:
            return
        seen.add(node.idnum)
        node = node.get_object()
    if isinstance(node, TextStringObject):
        texts.append((STRING_IN_FILE, str(node)))
    elif isinstance(node, ByteStringObject):
        texts.append((STRING_IN_FILE, bytes(node).decode("latin-1")))
    elif isinstance(node, NameObject):
        raw.append(str(node)[1:])  # '#20' and the like already decoded
    elif isinstance(node, DictionaryObject):
        if isinstance(node, StreamObject) and node.get("/Subtype") != "/Image":
            raw.extend(printable_runs(node.get_data()))
        for key, value in node.items():
            raw.append(str(key)[1:])
            if key != "/ID":
                _strings(value, texts, raw, seen)
    elif isinstance(node, ArrayObject):
        for value in node:
            _strings(value, texts, raw, seen)


def printable_runs(data: bytes) -> list[str]:
    """What `strings` shows of binary data: runs of printable Latin-1 characters, and of
    UTF-16 ASCII as a TrueType font's name table holds its names."""
    found = [run.decode("latin-1") for run in _PRINTABLE.findall(data)]
    found += [run.decode("utf-16-be") for run in _UTF16_PRINTABLE.findall(data)]
    return found
