"""Every object of a released PDF against the fixed list of what `rebuild` writes.

A rebuilt release holds a catalog, a flat page tree, pages, one content stream per page,
one image per page with its ICC colour profile, and the standard Helvetica for the
invisible text layer — nothing else. This check reads the file with pypdf (another
parser than MuPDF, which wrote it) and fails closed: any object, key, value, operator or
byte that is not on that list is an objection, named by what it is (page labels,
structure tree, associated files, ...) and where, never by its content. It also accounts
for every byte of the file: one header, objects exactly where the cross-reference table
says, one table, one trailer, one `startxref` — no second revision, no object hidden
between the others, nothing after the end.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import (
    ArrayObject,
    ContentStream,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NumberObject,
    StreamObject,
)


@dataclass(frozen=True)
class Objection:
    """Something in the file that a rebuilt release does not contain."""

    kind: str
    where: str

    def __str__(self) -> str:
        return f"{self.kind} in {self.where}"


KNOWN_KEYS = {
    "AA": "automatic actions",
    "AcroForm": "form fields",
    "ActualText": "replacement text",
    "AF": "associated files",
    "Alt": "alternate description",
    "Alternates": "alternate images",
    "Annots": "annotations",
    "B": "article beads",
    "Collection": "portfolio",
    "Dests": "named destinations",
    "EmbeddedFiles": "embedded files",
    "Encrypt": "encryption",
    "Group": "transparency group",
    "ID": "file identifier",
    "Info": "information dictionary",
    "JavaScript": "JavaScript",
    "Lang": "language tag",
    "LastModified": "modification date",
    "MarkInfo": "tagged-PDF marks",
    "Mask": "image mask",
    "Metadata": "XMP metadata",
    "Names": "name tree",
    "OC": "optional content membership",
    "OCProperties": "optional content",
    "OpenAction": "open action",
    "Outlines": "outline",
    "PageLabels": "page labels",
    "Perms": "permissions",
    "PieceInfo": "application data",
    "Prev": "earlier revision",
    "SMask": "soft mask",
    "StructParent": "structure tree link",
    "StructParents": "structure tree link",
    "StructTreeRoot": "structure tree",
    "Threads": "article threads",
    "Thumb": "thumbnail",
    "URI": "URI base",
    "ViewerPreferences": "viewer preferences",
    "XRefStm": "cross-reference stream",
}
"""Names for keys a rebuilt file never has, so a refusal says what was found."""

CONTENT_OPERATORS = frozenset(
    b"q Q cm w J j M d ri i m l c v y h re S s f F f* B B* b b* n W W* "
    b"g G rg RG k K cs CS sc SC scn SCN BT ET Tc Tw Tz TL Tf Tr Ts Td TD Tm T* Tj TJ ' \" "
    b"Do".split()
)
"""Drawing, text and image placement. Not marked content (BDC/BMC/EMC, which carry
/ActualText and /Alt), inline images, shadings, extended graphics states or type 3
glyph operators."""
_MARKED = frozenset(b"BDC BMC EMC MP DP BX EX".split())

_HEADER = re.compile(rb"%PDF-1\.[0-7]\r?\n(?:%[^\r\n]*\r?\n|\s)*")
_OBJECT_HEAD = re.compile(rb"(\d+) (\d+) obj\s*")
_STREAM_HEAD = re.compile(rb"stream\r?\n")
_STREAM_TAIL = re.compile(rb"\s*endstream\s*endobj\s*")
_OBJECT_TAIL = re.compile(rb"endobj\s*")
_LENGTH = re.compile(rb"/Length (\d+)(?![\d.R ])")
_TRAILER = re.compile(rb"xref\s.*?trailer\s*<<.*?>>\s*startxref\s+(\d+)\s+%%EOF\s*\Z", re.S)


def objections(data: bytes) -> list[Objection]:
    """Every way `data` differs from a rebuilt release; empty when it is one."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=True)
        return _Walk(reader, data).run()
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError):
        return [Objection("a file pypdf cannot read strictly", "the file")]


SHAREABLE = frozenset({"image", "colour space", "colour profile", "font", "content"})
"""Kinds MuPDF writes once for every page that has an identical copy (garbage=4)."""


class _Walk:
    """One pass over the file's objects from the trailer down, kind by kind."""

    def __init__(self, reader: PdfReader, data: bytes) -> None:
        self.reader = reader
        self.data = data
        self.found: list[Objection] = []
        self.kinds: dict[int, str] = {}
        self.pages = 0

    def run(self) -> list[Objection]:
        self.layout()
        trailer = self.reader.trailer
        self.keys(trailer, "trailer", required={"Size", "Root"})
        self.catalog(trailer.raw_get("/Root"))
        for number in sorted(self.numbers() - set(self.kinds)):
            self.found.append(Objection("unreferenced object", f"object {number}"))
        return self.found

    # The file as bytes -------------------------------------------------------------

    def numbers(self) -> set[int]:
        return {number for table in self.reader.xref.values() for number in table}

    def layout(self) -> None:
        """Header, then the objects at the offsets the table gives, back to back, then
        the table and trailer; `startxref` pointing at that table."""
        in_use = {generation for generation, table in self.reader.xref.items() if table}
        if getattr(self.reader, "xref_objStm", None) or in_use != {0}:
            self.found.append(Objection("object streams or old generations", "the file"))
            return
        header = _HEADER.match(self.data)
        position = header.end() if header else -1
        for offset, number in sorted((o, n) for n, o in self.reader.xref[0].items()):
            if offset != position:
                self.found.append(Objection("bytes between objects", f"object {number}"))
                return
            position = self.object_end(offset, number)
            if position < 0:
                self.found.append(Objection("an object that does not end", f"object {number}"))
                return
        tail = _TRAILER.match(self.data, position)
        if not tail or int(tail.group(1)) != position or self.data.count(b"startxref") != 1:
            self.found.append(Objection("a second revision or data after the end", "the file"))

    def object_end(self, offset: int, number: int) -> int:
        """Where the object at `offset` ends (after `endobj` and white space), or -1."""
        head = _OBJECT_HEAD.match(self.data, offset)
        if not head or int(head.group(1)) != number or head.group(2) != b"0":
            return -1
        value = self.reader.get_object(number)
        if isinstance(value, StreamObject):
            # pypdf drops /Length from the dictionary it returns: read it from the bytes.
            start = self.data.find(b"stream", head.end())
            length = _LENGTH.search(self.data, head.end(), start) if start >= 0 else None
            opening = _STREAM_HEAD.match(self.data, start) if length else None
            if not length or not opening:
                return -1
            closing = _STREAM_TAIL.match(self.data, opening.end() + int(length.group(1)))
            return closing.end() if closing else -1
        end = self.data.find(b"endobj", head.end())
        if end < 0 or b"stream" in self.data[head.end() : end]:
            return -1
        tail = _OBJECT_TAIL.match(self.data, end)
        return tail.end() if tail else -1

    # Objects -------------------------------------------------------------------------

    def visit(self, reference: Any, where: str, kind: str) -> Any:
        """The object `reference` points to, the first time it is met; None when it is
        no reference, or was met before (an objection unless it is a shareable kind
        met again in the same role)."""
        if not isinstance(reference, IndirectObject):
            self.object_wrong(f"{kind} written in place of a reference", where)
            return None
        earlier = self.kinds.get(reference.idnum)
        if earlier is not None:
            if earlier != kind or kind not in SHAREABLE:
                self.found.append(Objection("an object used twice", f"object {reference.idnum}"))
            return None
        self.kinds[reference.idnum] = kind
        return reference.get_object()

    def catalog(self, reference: Any) -> None:
        catalog = self.visit(reference, "catalog", "catalog")
        types = {"Type": "/Catalog"}
        names = catalog.get("/Names") if isinstance(catalog, DictionaryObject) else None
        for key in names if isinstance(names, DictionaryObject) else ():
            label = KNOWN_KEYS.get(str(key)[1:], "a name tree")
            self.found.append(Objection(f"{label} (/Names {key})", "catalog"))
        if self.keys(catalog, "catalog", required={"Type", "Pages"}, types=types):
            self.page_tree(catalog.raw_get("/Pages"), root=True)

    def page_tree(self, reference: Any, *, root: bool) -> None:
        where = "page tree"
        tree = self.visit(reference, where, "page tree")
        required = {"Type", "Kids", "Count"} | (set() if root else {"Parent"})
        if not self.keys(tree, where, required=required, types={"Type": "/Pages"}):
            return
        kids = tree.raw_get("/Kids")
        if not isinstance(kids, ArrayObject):
            self.object_wrong("page tree", where)
            return
        for kid in kids:
            node = kid.get_object() if isinstance(kid, IndirectObject) else None
            if isinstance(node, DictionaryObject) and node.get("/Type") == "/Pages":
                self.page_tree(kid, root=False)
            else:
                self.pages += 1
                self.page(kid, f"page {self.pages}")

    def page(self, reference: Any, where: str) -> None:
        page = self.visit(reference, where, "page")
        required = {"Type", "Parent", "MediaBox", "Resources", "Contents"}
        types = {"Type": "/Page"}
        if not self.keys(page, where, required=required, optional={"Rotate"}, types=types):
            return
        if page.get("/Rotate", 0) != 0 or not _numbers(page.raw_get("/MediaBox"), 4):
            self.object_wrong("page geometry", where)
        names = self.resources(page.raw_get("/Resources"), where)
        contents = page.raw_get("/Contents")
        for stream in contents if isinstance(contents, ArrayObject) else [contents]:
            self.content(stream, where, names)

    def resources(self, value: Any, where: str) -> set[str]:
        """Check a page's resources; the resource names its content may use."""
        if isinstance(value, IndirectObject):
            value = self.visit(value, where, "resources")
        if not self.keys(value, where, optional={"XObject", "Font", "ProcSet"}):
            return set()
        names: set[str] = set()
        for name, reference in self.entries(value.get("/XObject"), where):
            names.add(name)
            self.image(reference, where)
        for name, reference in self.entries(value.get("/Font"), where):
            names.add(name)
            self.font(reference, where)
        return names

    def entries(self, value: Any, where: str) -> list[tuple[str, Any]]:
        """A resource subdictionary's (name, reference) pairs."""
        if value is None:
            return []
        if not isinstance(value, DictionaryObject):
            self.object_wrong("resource dictionary", where)
            return []
        return [(str(key), value.raw_get(key)) for key in value]

    def image(self, reference: Any, where: str) -> None:
        image = self.visit(reference, where, "image")
        if image is None:
            return
        if not isinstance(image, StreamObject):
            self.object_wrong("image", where)
            return
        types = {"Type": "/XObject", "Subtype": "/Image", "Filter": "/FlateDecode"}
        required = {"Type", "Subtype", "Width", "Height", "BitsPerComponent", "ColorSpace"}
        optional = {"Filter", "DecodeParms", "Length"}
        if not self.keys(image, where, required=required, optional=optional, types=types):
            return
        if image.get("/BitsPerComponent") not in (1, 8):
            self.object_wrong("image depth", where)
        self.colour_space(image.raw_get("/ColorSpace"), where)

    def colour_space(self, value: Any, where: str) -> None:
        if value in ("/DeviceGray", "/DeviceRGB"):
            return
        space = self.visit(value, where, "colour space")
        if space is None:
            return
        if not (isinstance(space, ArrayObject) and len(space) == 2 and space[0] == "/ICCBased"):
            self.object_wrong("colour space", where)
            return
        profile = self.visit(list.__getitem__(space, 1), where, "colour profile")
        if profile is None:
            return
        optional = {"Filter", "Length"}
        types = {"Filter": "/FlateDecode"}
        if not self.keys(
            profile, where, required={"N", "Alternate"}, optional=optional, types=types
        ):
            return
        pair = (profile.get("/N"), profile.get("/Alternate"))
        if pair not in ((1, "/DeviceGray"), (3, "/DeviceRGB")):
            self.object_wrong("colour profile", where)

    def font(self, reference: Any, where: str) -> None:
        font = self.visit(reference, where, "font")
        if font is not None:
            self.keys(font, where, required=set(HELVETICA), types=HELVETICA)

    def content(self, reference: Any, where: str, names: set[str]) -> None:
        stream = self.visit(reference, where, "content")
        if stream is None:
            return
        if not isinstance(stream, StreamObject):
            self.object_wrong("content stream", where)
            return
        types = {"Filter": "/FlateDecode"}
        if not self.keys(stream, where, optional={"Filter", "Length"}, types=types):
            return
        for operands, operator in ContentStream(stream, self.reader).operations:
            if operator in _MARKED:
                self.found.append(Objection("marked content (/ActualText, /Alt, tags)", where))
                return
            if operator not in CONTENT_OPERATORS:
                self.found.append(Objection("a content operator rebuilt pages do not use", where))
                return
            if operator in (b"Do", b"Tf") and (not operands or operands[0] not in names):
                self.found.append(Objection("a resource the page does not list", where))
                return

    # Dictionaries --------------------------------------------------------------------

    def keys(
        self,
        value: Any,
        where: str,
        *,
        required: Iterable[str] = (),
        optional: Iterable[str] = (),
        types: dict[str, str] | None = None,
    ) -> bool:
        """Whether `value` is a dictionary with every required key, no other than the
        optional ones, and the fixed values `types` gives; each extra key is named."""
        if value is None:
            return False
        if not isinstance(value, DictionaryObject):
            self.object_wrong("object (not a dictionary)", where)
            return False
        needed, allowed = set(required), set(required) | set(optional)
        present = {str(key)[1:] for key in value}
        for key in sorted(present - allowed):
            label = KNOWN_KEYS.get(key, "an unexpected entry")
            self.found.append(Objection(f"{label} (/{key})", where))
        for key, wanted in (types or {}).items():
            if key in present and value.get("/" + key) != wanted:
                self.object_wrong(f"/{key}", where)
        missing = needed - present
        if missing:
            self.object_wrong("missing /" + min(missing), where)
        return not missing

    def object_wrong(self, what: str, where: str) -> None:
        self.found.append(Objection(f"unexpected {what}", where))


HELVETICA = {
    "Type": "/Font",
    "Subtype": "/Type1",
    "BaseFont": "/Helvetica",
    "Encoding": "/WinAnsiEncoding",
}
"""The invisible layer's font, referenced by name and never embedded."""


def _numbers(value: Any, count: int) -> bool:
    return (
        isinstance(value, ArrayObject)
        and len(value) == count
        and all(isinstance(item, NumberObject | FloatObject) for item in value)
    )
