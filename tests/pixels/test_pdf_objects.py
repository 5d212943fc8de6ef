"""The object check: a rebuilt release passes; anything a rebuild never writes is
named and refused, however small."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from PIL import Image

from workstation.pixels.pdf_objects import Objection, objections
from workstation.pixels.rebuild import SourcePage, rebuild


@pytest.fixture(scope="module")
def release() -> bytes:
    """Two rebuilt pages, one grey and one in colour, no text layer."""
    grey = SourcePage(Image.new("L", (200, 100), 230), 144, 72)
    colour = SourcePage(Image.new("RGB", (200, 100), (200, 40, 40)), 144, 72)
    return rebuild([grey, colour])


def edited(data: bytes, change: Callable[[Any], None]) -> bytes:
    """The release after `change(document)`, rewritten whole without an /ID."""
    document = pymupdf.open(stream=data, filetype="pdf")
    change(document)
    return bytes(document.tobytes(no_new_id=True))


def new_object(document: Any, text: str) -> int:
    xref = document.get_new_xref()
    document.update_object(xref, text)
    return int(xref)


def page_labels(document: Any) -> None:
    document.xref_set_key(document.pdf_catalog(), "PageLabels", "<</Nums[0<</S/r>>]>>")


def structure_tree(document: Any) -> None:
    element = new_object(
        document, "<</Type/StructElem/S/Figure/Alt(Radomir Vesk)/ActualText(Radomir Vesk)>>"
    )
    root = new_object(document, f"<</Type/StructTreeRoot/K {element} 0 R>>")
    document.xref_set_key(document.pdf_catalog(), "StructTreeRoot", f"{root} 0 R")


def piece_info(document: Any) -> None:
    value = "<</Illustrator<</Private(Radomir Vesk)/LastModified(D:20240101)>>>>"
    document.xref_set_key(document[0].xref, "PieceInfo", value)


def named_destinations(document: Any) -> None:
    page = document[0].xref
    names = f"<</Dests<</Names[(Radomir Vesk)[{page} 0 R/XYZ 0 0 0]]>>>>"
    document.xref_set_key(document.pdf_catalog(), "Names", names)


def associated_file(document: Any) -> None:
    stream = new_object(document, "<</Type/EmbeddedFile>>")
    document.update_stream(stream, b"Radomir Vesk")
    spec = new_object(document, f"<</Type/Filespec/F(notes.txt)/EF<</F {stream} 0 R>>>>")
    document.xref_set_key(document.pdf_catalog(), "AF", f"[{spec} 0 R]")


def actual_text_in_content(document: Any) -> None:
    page = document[0]
    xref = page.get_contents()[0]
    marked = b"/Span<</ActualText(Radomir Vesk)>>BDC " + document.xref_stream(xref) + b" EMC"
    document.update_stream(xref, marked)


def annotation(document: Any) -> None:
    document[0].add_text_annot((10, 10), "Radomir Vesk")


def open_action(document: Any) -> None:
    action = "<</S/JavaScript/JS(app.alert(1))>>"
    document.xref_set_key(document.pdf_catalog(), "OpenAction", action)


def metadata(document: Any) -> None:
    document.set_metadata({"author": "Radomir Vesk"})


@pytest.mark.parametrize(
    ("change", "kind", "where"),
    [
        (page_labels, "page labels (/PageLabels)", "catalog"),
        (structure_tree, "structure tree (/StructTreeRoot)", "catalog"),
        (piece_info, "application data (/PieceInfo)", "page 1"),
        (named_destinations, "named destinations (/Names /Dests)", "catalog"),
        (associated_file, "associated files (/AF)", "catalog"),
        (actual_text_in_content, "marked content (/ActualText, /Alt, tags)", "page 1"),
        (annotation, "annotations (/Annots)", "page 1"),
        (open_action, "open action (/OpenAction)", "catalog"),
        (metadata, "information dictionary (/Info)", "trailer"),
    ],
    ids=lambda value: getattr(value, "__name__", None),
)
def test_anything_a_rebuild_does_not_write_is_named(
    release: bytes, change: Callable[[Any], None], kind: str, where: str
) -> None:
    found = objections(edited(release, change))
    assert (kind, where) in {(objection.kind, objection.where) for objection in found}


def test_a_rebuilt_release_passes(release: bytes) -> None:
    assert objections(release) == []


def test_the_same_file_rewritten_by_mupdf_passes(release: bytes) -> None:
    """The check is about objects, not one writer's bytes: a plain rewrite passes."""
    assert objections(edited(release, lambda document: None)) == []


def test_objections_never_quote_the_file(release: bytes) -> None:
    for change in (structure_tree, piece_info, named_destinations, associated_file):
        found = objections(edited(release, change))
        assert found
        assert all("Radomir" not in str(objection) for objection in found)


def test_a_second_revision_is_refused(release: bytes, tmp_path: Path) -> None:
    path = tmp_path / "release.pdf"
    path.write_bytes(release)
    document = pymupdf.open(path)
    document.xref_set_key(document[0].xref, "Rotate", "0")
    document.saveIncr()
    document.close()
    found = {(objection.kind, objection.where) for objection in objections(path.read_bytes())}
    assert ("earlier revision (/Prev)", "trailer") in found


def test_bytes_between_objects_are_refused(release: bytes) -> None:
    gap = release.index(b"endobj\n\n") + len(b"endobj")
    hidden = release[:gap] + b"%\n" + release[gap + 2 :]
    assert len(hidden) == len(release)
    assert objections(hidden) == [Objection("bytes between objects", "object 2")]


def test_an_unreferenced_object_is_refused(release: bytes) -> None:
    def orphan(document: Any) -> None:
        new_object(document, "<</Secret(Radomir Vesk)>>")

    document = pymupdf.open(stream=release, filetype="pdf")
    orphan(document)
    data = bytes(document.tobytes(no_new_id=True, garbage=0))
    assert [objection.kind for objection in objections(data)] == ["unreferenced object"]


def test_garbage_is_refused() -> None:
    assert [str(objection) for objection in objections(b"%PDF-1.7\nnot a pdf")] == [
        "a file pypdf cannot read strictly in the file"
    ]
