"""A release that keeps the text layer keeps no names outside the text: fonts renamed,
marked content and the structure tree gone, text and optional content unchanged."""

from __future__ import annotations

import pymupdf
import pytest

from workstation.release.content_stream import operators, without_marked_content
from workstation.release.kept_layer import neutralise
from workstation.release.readback import read_pdf


def test_marked_content_goes_and_everything_else_stays_byte_for_byte() -> None:
    stream = (
        b"/Span <</ActualText (Radomir \\(V\\) Vesk) /E <5665736b>>> BDC\n"
        b"BT /F1 12 Tf (a \\) b) Tj [(x) -20 (y)] TJ ET EMC\n"
        b"/OC /oc1 BDC 0 0 m 1 1 l S EMC /Vesk BMC EMC /Tag <</Alt (n)>> DP /Tag MP\n"
        b"% a comment BDC\nBI /W 1 /H 1 /BPC 8 /CS /G ID \x00BDC\x00 EI Q"
    )

    cleaned = without_marked_content(stream)

    for gone in (b"ActualText", b"Vesk", b"5665736b", b"/Alt", b"DP", b"MP", b"/Span"):
        assert gone not in cleaned
    for kept in (b"(a \\) b) Tj", b"[(x) -20 (y)] TJ", b"/OC /oc1 BDC 0 0 m 1 1 l S EMC"):
        assert kept in cleaned
    assert b"ID \x00BDC\x00 EI Q" in cleaned
    assert [op for _, _, op in operators(cleaned)].count(b"EMC") == 1


def test_a_stream_without_marked_content_is_returned_as_it_was() -> None:
    stream = b"q BT /F1 9 Tf (BDC in a string) Tj ET Q"
    assert without_marked_content(stream) is stream


@pytest.mark.parametrize("unbalanced", [b"EMC q Q", b"/P BMC q Q"])
def test_unbalanced_marks_do_not_break_the_rest(unbalanced: bytes) -> None:
    assert without_marked_content(unbalanced).split() == [b"q", b"Q"]


def _memo(font_name: str, embed: bool) -> bytes:
    document = pymupdf.open()
    page = document.new_page()
    if embed:
        page.insert_font(fontname="F0", fontbuffer=pymupdf.Font("cour").buffer)
        page.insert_text((72, 72), "Harbour budget", fontname="F0", fontsize=12)
    else:
        page.insert_text((72, 72), "Harbour budget", fontname="helv", fontsize=12)
    for xref, *_ in page.get_fonts():
        document.xref_set_key(xref, "BaseFont", f"/{font_name}")
    data: bytes = document.tobytes()
    document.close()
    return data


@pytest.mark.parametrize("embed", [False, True])
def test_fonts_get_neutral_names_and_the_text_stays(embed: bool) -> None:
    with pymupdf.open(stream=_memo("ABCDEF+RadomirVesk-Bold", embed), filetype="pdf") as doc:
        neutralise(doc)
        data = doc.tobytes(garbage=4)
    with pymupdf.open(stream=data, filetype="pdf") as document:
        assert "Harbour budget" in document[0].get_text()
    raw = "\n".join(text for _, text in read_pdf(data).raw)
    assert "Vesk" not in raw and "ABCDEF" not in raw and "Font1" in raw


def test_a_standard_font_keeps_its_name() -> None:
    with pymupdf.open(stream=_memo("Helvetica", False), filetype="pdf") as doc:
        neutralise(doc)
        data = doc.tobytes(garbage=4)
    assert "Helvetica" in "\n".join(text for _, text in read_pdf(data).raw)


def test_the_structure_tree_goes() -> None:
    document = pymupdf.open()
    document.new_page()
    tree = document.get_new_xref()
    document.update_object(tree, "<</Type /StructTreeRoot /K <</S /Figure /Alt (Vesk)>>>>")
    document.xref_set_key(document.pdf_catalog(), "StructTreeRoot", f"{tree} 0 R")
    document.xref_set_key(document[0].xref, "StructParents", "0")

    neutralise(document)
    data = document.tobytes(garbage=4)
    document.close()

    read = read_pdf(data)
    assert not any("Vesk" in text for _, text in read.texts + read.raw)
    assert "Figure" not in "\n".join(text for _, text in read.raw)
