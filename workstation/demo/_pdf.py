"""The fictional harbour police incident report, built as a two-page PDF in memory.

Page one is running text; page two lays names out in a grid of separately placed cells,
the way table-heavy PDFs arrive, so extraction and true redaction must cope with both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pymupdf import Page

__all__ = ["REPORT_METADATA", "build_incident_report"]

REPORT_METADATA = {
    "author": "Sgt. Ivo Radek",
    "title": "Incident report HP-2009-1182 - Pier 3 main gate",
    "subject": "Dockworkers' strike: detentions of 4 December 2009",
    "keywords": "strike; Amsel Maritime; detention; Kostrel",
    "creator": "Microsoft Office Word 2007",
    "producer": "Microsoft Office Word 2007",
    "creationDate": "D:20091204113000+01'00'",
    "modDate": "D:20091205090500+01'00'",
}

_PAGE_ONE = (
    "PORT ILVAS HARBOUR AUTHORITY - HARBOUR POLICE",
    "INCIDENT REPORT HP-2009-1182                         RESTRICTED",
    "",
    "Date and time:      4 December 2009, 06:40",
    "Location:           Main gate, Pier 3, Harbour Road, Port Ilvas",
    "Reporting officer:  Sgt. Ivo Radek, badge 0457, tel. (044) 555-0102",
    "",
    "At 06:40 approximately sixty striking dockworkers blocked the main gate",
    "of Pier 3, preventing Amsel Maritime trucks from leaving the terminal.",
    "On the order of Chief Aron Delacroix the gate was cleared at 07:15.",
    "",
    "Eleven persons were detained and taken to the Pier 3 station (Annex A).",
    "Luka Ferenc and Pavel Szabo were identified by Amsel Maritime security",
    "supervisor Oskar Brenner as the organisers of the blockade.",
    "",
    "Nadia Kostrel, secretary of the Free Dockworkers' Union, was seen at the",
    "gate handing out leaflets. She was not detained. Her vehicle, a grey",
    "Skoda, registration PI-4471-K, was noted. Chief Delacroix has ordered",
    "that her movements be reported to him personally.",
    "",
    "Mr Viktor Amsel telephoned the station at 08:05 and asked to be informed",
    "of any statements made by the detained men about the company's accounts.",
)

_ANNEX_TITLE = "ANNEX A - PERSONS DETAINED, 4 DECEMBER 2009"
_ANNEX_COLUMNS = (72.0, 200.0, 270.0, 450.0)
_ANNEX_ROWS = (
    ("Name", "Born", "Address", "Released"),
    ("Luka Ferenc", "1971", "Harbour Road 48, Port Ilvas", "5 Dec, 18:00"),
    ("Pavel Szabo", "1966", "Ulica Soli 3, Port Ilvas", "5 Dec, 18:00"),
    ("Emil Varga", "1984", "Pier Lane 12, Port Ilvas", "4 Dec, 22:30"),
    ("Ivan Petrak", "1979", "Ulica Mlina 21, Port Ilvas", "4 Dec, 22:30"),
    ("Dora Hallas", "1990", "Harbour Road 9, Port Ilvas", "4 Dec, 20:10"),
)
_ANNEX_FOOTER = (
    "Six further persons were released without their names being recorded.",
    "Approved: Aron Delacroix, Chief of Harbour Police, 5 December 2009.",
)

_MARGIN = 72.0
_LINE = 14.0
_ROW = 22.0


def build_incident_report() -> bytes:
    """The report's bytes: fixed dates and no random file id, so every run is identical."""
    import pymupdf  # noqa: PLC0415 - MuPDF is only needed for the demo

    # MuPDF's bindings leave the Document constructor unannotated.
    with pymupdf.open() as document:  # type: ignore[no-untyped-call]
        _write_lines(document.new_page(), _PAGE_ONE)
        _write_annex(document.new_page())
        document.set_metadata(REPORT_METADATA)
        document.xref_set_key(document.pdf_catalog(), "Info", "null")  # MuPDF's own stamp
        data: bytes = document.tobytes(garbage=4, deflate=True, clean=True, no_new_id=True)
    return data


def _write_lines(page: Page, lines: tuple[str, ...], top: float = _MARGIN) -> float:
    """Write ``lines`` one below the other; return the baseline after the last one."""
    y = top
    for line in lines:
        page.insert_text((_MARGIN, y), line, fontname="helv", fontsize=10)
        y += _LINE
    return y


def _write_annex(page: Page) -> None:
    page.insert_text((_MARGIN, _MARGIN), _ANNEX_TITLE, fontname="hebo", fontsize=11)
    y = _MARGIN + 2 * _ROW
    for index, row in enumerate(_ANNEX_ROWS):
        font = "hebo" if index == 0 else "helv"
        for x, cell in zip(_ANNEX_COLUMNS, row, strict=True):
            page.insert_text((x, y), cell, fontname=font, fontsize=10)
        page.draw_line((_MARGIN, y + 6), (540.0, y + 6), width=0.5)
        y += _ROW
    _write_lines(page, _ANNEX_FOOTER, top=y + _ROW)
