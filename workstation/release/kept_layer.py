"""What a PDF released with its text layer kept carries besides its text, made neutral.

`--keep-text-layer` keeps the original's pages, so it would keep names no extractor
shows but any reader of the file's objects finds: a font's ``/BaseFont`` and
``/FontName`` (a writer may call a font anything, "RadomirVesk-Bold"; an embedded
subset's six-letter tag also ties the copy to the file it came from), marked-content
property lists in content streams (``/ActualText``, ``/Alt``, ``/E``), and the
structure tree with its alternative texts, titles and role names. Fonts get neutral
names (``Font1``...; the 14 standard fonts a viewer must supply keep theirs, which name
nothing), marked content goes (:mod:`workstation.release.content_stream`) and the
structure tree with it. The gate then reads every name and stream of the output for
what is still there (:mod:`workstation.release.readback`).
"""

from __future__ import annotations

import re
from typing import Any

from workstation.release.content_stream import without_marked_content

STANDARD_FONTS = frozenset({
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic",
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
    "Symbol", "ZapfDingbats",
})  # fmt: skip
"""The fonts every viewer has (PDF 32000-1, 9.6.2.2): a name that says nothing."""

_FONT_FILES = ("FontFile", "FontFile2", "FontFile3")
_STRUCTURE_KEYS = ("StructParents", "StructParent", "PieceInfo")
_REFERENCE = re.compile(r"/([^\s/<>\[\]()]+)\s*(\d+)\s+0\s+R")
_TARGET = re.compile(r"(\d+)\s+0\s+R")


def neutralise(document: Any) -> None:
    """Rename fonts, drop marked content and the structure tree, in place."""
    _drop_structure(document)
    for page in document:
        _without_marked_content_on(document, page)
        _only_optional_content_properties(document, page.xref)
    fonts = 0
    for xref in range(1, document.xref_length()):
        kind = _name(document, xref, "Type")
        if kind == "Font":
            fonts += 1
            _rename_font(document, xref, f"Font{fonts}")
        elif kind == "FontDescriptor":
            _neutral_descriptor(document, xref)
        elif document.xref_is_stream(xref) and _is_content(document, xref):
            data = document.xref_stream(xref)
            cleaned = without_marked_content(data)
            if cleaned is not data:
                document.update_stream(xref, cleaned)
            _only_optional_content_properties(document, xref)
        for key in _STRUCTURE_KEYS:
            if document.xref_get_key(xref, key)[0] != "null":
                document.xref_set_key(xref, key, "null")


def _drop_structure(document: Any) -> None:
    """No structure tree: its elements' /Alt, /ActualText, /E, /T and the role map's
    names would all survive otherwise, and without the marked content it is void."""
    catalog = document.pdf_catalog()
    for key in ("StructTreeRoot", "MarkInfo", "PieceInfo"):
        if document.xref_get_key(catalog, key)[0] != "null":
            document.xref_set_key(catalog, key, "null")


def _without_marked_content_on(document: Any, page: Any) -> None:
    """The page's content, in one stream, without marked content (a property list may
    open in one of a page's streams and close in the next)."""
    contents = page.get_contents()
    if not contents:
        return
    data = page.read_contents()
    cleaned = without_marked_content(data)
    if cleaned is data:
        return
    document.update_stream(contents[0], cleaned)
    for xref in contents[1:]:
        document.update_stream(xref, b"")


def _only_optional_content_properties(document: Any, xref: int) -> None:
    """The object's /Resources /Properties keep only optional-content groups: the
    property lists marked content named are gone with it."""
    kind, value = document.xref_get_key(xref, "Resources/Properties")
    if kind == "null":
        return
    if kind == "xref":
        kind, value = "dict", document.xref_object(int(value.split()[0]), compressed=True)
    if kind != "dict":
        document.xref_set_key(xref, "Resources/Properties", "<<>>")
        return
    kept = [
        f"/{name} {target} 0 R"
        for name, target in _REFERENCE.findall(value)
        if _name(document, int(target), "Type") in ("OCG", "OCMD")
    ]
    document.xref_set_key(xref, "Resources/Properties", "<<" + " ".join(kept) + ">>")


def _rename_font(document: Any, xref: int, neutral: str) -> None:
    """A neutral /BaseFont unless the font is a standard one a viewer supplies; no /Name
    (an obsolete key that could hold anything)."""
    base = _name(document, xref, "BaseFont")
    if base is not None and not (base in STANDARD_FONTS and not _embedded(document, xref)):
        document.xref_set_key(xref, "BaseFont", f"/{neutral}")
    if document.xref_get_key(xref, "Name")[0] != "null":
        document.xref_set_key(xref, "Name", "null")


def _neutral_descriptor(document: Any, xref: int) -> None:
    """A descriptor names its font again (/FontName, /FontFamily, /Style): neutral."""
    font_name = _name(document, xref, "FontName")
    supplied = font_name in STANDARD_FONTS and not _has_font_file(document, xref)
    if font_name is not None and not supplied:
        document.xref_set_key(xref, "FontName", f"/Font{xref}")
    for key in ("FontFamily", "Style"):
        if document.xref_get_key(xref, key)[0] != "null":
            document.xref_set_key(xref, key, "null")


def _embedded(document: Any, font: int) -> bool:
    """Whether the font (or its first descendant) has a font program in the file."""
    kind, value = document.xref_get_key(font, "FontDescriptor")
    if kind == "xref":
        return _has_font_file(document, int(value.split()[0]))
    kind, value = document.xref_get_key(font, "DescendantFonts")
    if kind == "xref":
        value = document.xref_object(int(value.split()[0]), compressed=True)
    found = _TARGET.findall(value) if kind in ("array", "xref") else []
    return any(_embedded(document, int(target)) for target in found)


def _has_font_file(document: Any, descriptor: int) -> bool:
    return any(document.xref_get_key(descriptor, key)[0] != "null" for key in _FONT_FILES)


def _is_content(document: Any, xref: int) -> bool:
    """A form XObject or tiling pattern: a content stream of its own."""
    return _name(document, xref, "Subtype") == "Form" or (
        document.xref_get_key(xref, "PatternType")[1] == "1"
    )


def _name(document: Any, xref: int, key: str) -> str | None:
    """The value of a name-valued key, without its slash, or None."""
    kind, value = document.xref_get_key(xref, key)
    return str(value)[1:] if kind == "name" else None
