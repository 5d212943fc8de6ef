"""The fictional Interior Ministry memo, built as a .docx in memory.

Its metadata is the point: the author field holds the login of the official who leaked it,
the company field names the ministry, and the distribution list says which numbered copy
went to whom. The fingerprint pass must find all three.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.opc.coreprops import CoreProperties

__all__ = ["MEMO_AUTHOR", "MEMO_COMPANY", "MEMO_LAST_MODIFIED_BY", "build_memo"]

MEMO_AUTHOR = "tmaric"
MEMO_LAST_MODIFIED_BY = "Kessel, Bruno"
MEMO_COMPANY = "Ministry of the Interior, Republic of Valdoria"
_CREATED = datetime(2009, 10, 30, 8, 12)
_MODIFIED = datetime(2009, 11, 2, 17, 48)
_ZIP_TIME = (2009, 11, 2, 17, 48, 0)

_HEADER = (
    ("To:", "Minister Radomir Vesk"),
    ("From:", "Bruno Kessel, Chief of Staff"),
    ("Date:", "2 November 2009"),
    ("Ref.:", "MI-DBA-2009-0447"),
    ("Subject:", "Northern Reserve: liaison contacts and November advances"),
)

_BODY = (
    "1. As requested, below are the people who handle the Northern Reserve arrangements. "
    "All contact with Commander Brod should go through this office; he has been calling "
    "the Accounts section directly, which must stop before the audit.",
    "2. The November advance of 300,000 dinars will be paid in cash on 9 November through "
    "the Amsel Maritime harbour-services contract, as in previous months. Mr Amsel has "
    "asked for the October payment to his firm to be settled first.",
    "3. Deputy Minister Lanik's audit team begins on 15 December. I propose that the "
    "advances be presented as part of the 2008 border programme. Only three officials in "
    "the Directorate see these orders: Ms Fenrow, Mr Maric and myself.",
    "4. Please return this copy to my office after reading. No further copies are to be made.",
)

_CONTACTS = (
    ("Name", "Role", "District", "Contact"),
    ("Ilija Brod", "Commander, Northern Reserve", "Drevna", "(021) 555-0111"),
    ("Maj. Goran Ostrow", "Intelligence, 3rd Mountain Brigade", "Drevna", "(021) 555-0154"),
    ("Viktor Amsel", "Director, Amsel Maritime", "Port Ilvas", "v.amsel@amsel.example.com"),
    ("Lidija Fenrow", "Head of Accounts, Border Affairs", "Corvenna", "(021) 555-0140"),
    ("Teodor Maric", "Senior Accountant, Border Affairs", "Corvenna", "ext. 2291"),
)

_DISTRIBUTION = (
    "Distribution (numbered copies): 1 Minister R. Vesk; 2 Chief of Staff B. Kessel; "
    "3 Accounts, T. Maric; 4 Accounts, L. Fenrow; 5 File."
)


def build_memo() -> bytes:
    """The memo's bytes: the same on every run, so tests and demos can compare them."""
    from docx import Document  # noqa: PLC0415 - python-docx is only needed for the demo

    document = Document()
    _write_content(document)
    _set_core_properties(document.core_properties)
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalised_zip(buffer.getvalue(), {"docProps/app.xml": _app_properties()})


def _write_content(document: DocxDocument) -> None:
    document.add_paragraph("RESTRICTED - COPY 3 OF 5")
    document.add_heading("Ministry of the Interior - Directorate of Border Affairs", level=1)
    document.add_heading("MEMORANDUM", level=2)
    for label, value in _HEADER:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label} ").bold = True
        paragraph.add_run(value)
    for text in _BODY[:3]:
        document.add_paragraph(text)
    table = document.add_table(rows=0, cols=len(_CONTACTS[0]))
    table.style = "Table Grid"
    for row in _CONTACTS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.add_paragraph(_BODY[3])
    document.add_paragraph("B. Kessel")
    document.add_paragraph(_DISTRIBUTION)


def _set_core_properties(properties: CoreProperties) -> None:
    properties.author = MEMO_AUTHOR
    properties.last_modified_by = MEMO_LAST_MODIFIED_BY
    properties.title = "Northern Reserve - liaison contacts"
    properties.subject = "MI-DBA-2009-0447"
    properties.category = "RESTRICTED"
    properties.comments = "Draft 3 - copy for Accounts"
    properties.keywords = "Northern Reserve; advances; Amsel"
    properties.created = _CREATED
    properties.modified = _MODIFIED
    properties.last_printed = _MODIFIED
    properties.revision = 7


def _app_properties() -> bytes:
    """docProps/app.xml, which python-docx does not expose: it holds the company name."""
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        '2006/docPropsVTypes">'
        "<Template>MI-Memo.dotm</Template><TotalTime>84</TotalTime><Pages>1</Pages>"
        "<Words>312</Words><Characters>1843</Characters>"
        "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
        "<Lines>15</Lines><Paragraphs>4</Paragraphs><ScaleCrop>false</ScaleCrop>"
        "<Manager>Bruno Kessel</Manager>"
        f"<Company>{MEMO_COMPANY}</Company>"
        "<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>2151</CharactersWithSpaces>"
        "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
        "<AppVersion>12.0000</AppVersion></Properties>"
    ).encode()


def _normalised_zip(data: bytes, replacements: dict[str, bytes]) -> bytes:
    """Rewrite the package with fixed timestamps: python-docx stamps entries with 'now'."""
    output = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            target.writestr(info, replacements.get(entry.filename, source.read(entry)))
    return output.getvalue()
