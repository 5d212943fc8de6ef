"""DOCX: every story's text, and zip archives refused before python-docx sees them."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from intake_samples import MARKER, make_docx, save_docx, zip_with_zeros

from workstation.intake import ChildLimits, extract

MIB = 1024 * 1024
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC_NS = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
HIDDEN_FROM_PYTHON_DOCX = [
    # A block-level content control.
    f"<w:sdt {W_NS}><w:sdtContent><w:p><w:r><w:t>In a control</w:t></w:r></w:p>"
    "</w:sdtContent></w:sdt>",
    # A tracked insertion and deletion, with a tab stop that is not a tab.
    f'<w:p {W_NS}><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'
    '<w:r><w:t xml:space="preserve">Kept </w:t></w:r><w:ins w:id="1" w:author="a">'
    "<w:r><w:t>inserted</w:t><w:tab/><w:t>after tab</w:t></w:r></w:ins>"
    '<w:del w:id="2" w:author="a"><w:r><w:delText>deleted</w:delText></w:r></w:del></w:p>',
    # A text box, with the legacy fallback copy that must not be read twice.
    f'<w:p {W_NS} {MC_NS}><w:r><mc:AlternateContent><mc:Choice Requires="wps">'
    "<w:txbxContent><w:p><w:r><w:t>Boxed</w:t></w:r></w:p></w:txbxContent></mc:Choice>"
    "<mc:Fallback><w:txbxContent><w:p><w:r><w:t>Boxed</w:t></w:r></w:p></w:txbxContent>"
    "</mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Anchor</w:t></w:r></w:p>",
]


def test_paragraphs_tables_headers_and_footers() -> None:
    data = make_docx(["Opening line", MARKER], table=[["Name", "Role"], ["Ann", "Clerk"]])
    result = extract(data, "memo.DOCX")
    assert (result.kind, result.reviewable, result.note) == ("docx", True, "")
    assert result.text == (
        f"Opening line\n{MARKER}\nName\tRole\nAnn\tClerk\n\n"
        "[header]\nHeader line\n\n[footer]\nFooter line"
    )
    assert result.details == {"paragraphs": 8, "tables": 1}


def test_text_python_docx_would_miss_is_extracted() -> None:
    document = docx.Document()
    anchor = document.add_paragraph("Commented")
    for xml in reversed(HIDDEN_FROM_PYTHON_DOCX):
        anchor._p.addnext(parse_xml(xml))
    document.add_comment(anchor.runs, text="Reviewer remark", author="Ed")
    _add_footnotes(document, ["A footnote"])
    result = extract(save_docx(document), "tracked.docx")
    assert result.text == (
        "Commented\nIn a control\nKept inserted\tafter tab\nAnchor\nBoxed"
        "\n\n[comments]\nReviewer remark\n\n[footnotes]\nA footnote"
    )


def _add_footnotes(document: object, notes: list[str]) -> None:
    """python-docx cannot write footnotes, so add the part by hand."""
    xml = f'<w:footnotes {W_NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r>'
    xml += "<w:separator/></w:r></w:p></w:footnote>"
    for number, note in enumerate(notes, start=1):
        xml += f'<w:footnote w:id="{number}"><w:p><w:r><w:t>{note}</w:t></w:r></w:p></w:footnote>'
    main = document.part  # type: ignore[attr-defined]
    part = Part(
        PackURI("/word/footnotes.xml"),
        CONTENT_TYPE.WML_FOOTNOTES,
        (xml + "</w:footnotes>").encode(),
        main.package,
    )
    main.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def test_zip_bomb_is_refused_before_parsing() -> None:
    result = extract(zip_with_zeros(300 * MIB), "bomb.docx")
    assert (result.kind, result.reviewable, result.text) == ("docx", False, None)
    assert result.note == "DOCX looks like a zip bomb (too much data when unpacked)"


def test_member_compressed_too_well_is_refused() -> None:
    result = extract(zip_with_zeros(16 * MIB), "ratio.docx")
    assert result.note == "DOCX looks like a zip bomb (a part is compressed too well)"


def test_too_many_members_is_refused() -> None:
    limits = ChildLimits(max_zip_members=50)
    result = extract(zip_with_zeros(10, members=51), "many.docx", limits)
    assert result.note == "DOCX has too many parts (looks like a zip bomb)"


def test_zip_that_is_not_a_word_document_is_unreadable() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", MARKER)
    result = extract(buffer.getvalue(), "fake.docx")
    assert (result.kind, result.reviewable, result.note) == (
        "docx",
        False,
        "DOCX could not be read",
    )


@pytest.mark.parametrize(
    ("data", "kind", "note"),
    [
        (MARKER.encode() * 10, "other", "not a Word document (a .docx file must be a zip archive)"),
        (b"PK\x03\x04" + b"\x00" * 200, "docx", "DOCX is not a valid zip file"),
    ],
    ids=["no-zip-header", "broken-zip"],
)
def test_non_zip_docx_is_refused(data: bytes, kind: str, note: str) -> None:
    result = extract(data, "letter.docx")
    assert (result.kind, result.reviewable, result.note) == (kind, False, note)
