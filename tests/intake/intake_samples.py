"""Builders for real documents, made in memory by the libraries that write them."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage

import docx
import pymupdf

MARKER = "ZEBRAFINCH-7731"
"""Planted in documents to prove their text never leaks into notes or files."""


def make_pdf(pages: list[str], **save_options: object) -> bytes:
    """A PDF with one line of text per page."""
    document = pymupdf.open()
    for text in pages:
        page = document.new_page()
        page.insert_text((72, 72), text)
    return bytes(document.tobytes(**save_options))


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    """A DOCX with paragraphs, an optional table, and a header and footer."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    section = document.sections[0]
    section.header.paragraphs[0].text = "Header line"
    section.footer.paragraphs[0].text = "Footer line"
    return save_docx(document)


def save_docx(document: object) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def make_eml(body: str = f"Meet the source {MARKER} at noon.\n") -> bytes:
    """An email with a plain body, an HTML alternative and a PDF attachment."""
    message = EmailMessage()
    message["From"] = "Alice Example <alice@example.org>"
    message["To"] = "desk@example.org"
    message["Subject"] = "Caf\u00e9 documents"
    message["Message-ID"] = "<1234@example.org>"
    message.set_content(body)
    message.add_alternative(f"<p>{body}</p>", subtype="html")
    message.add_attachment(
        b"%PDF-1.7 not really", maintype="application", subtype="pdf", filename="payroll.pdf"
    )
    return bytes(message)


def nested_eml(depth: int) -> bytes:
    """Messages attached inside messages, `depth` levels deep, built as raw bytes.

    The stdlib generator recurses per level, so a deep chain is written by hand.
    """
    message = f"Subject: level 0\r\nContent-Type: text/plain\r\n\r\ninnermost {MARKER}\r\n"
    for level in range(1, depth + 1):
        boundary = f"b{level}"
        message = (
            f"Subject: level {level}\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
            f"--{boundary}\r\nContent-Type: text/plain\r\n\r\nbody {level}\r\n"
            f"--{boundary}\r\nContent-Type: message/rfc822\r\n\r\n"
            f"{message}\r\n--{boundary}--\r\n"
        )
    return message.encode("ascii")


def zip_with_zeros(member_bytes: int, members: int = 1) -> bytes:
    """A zip whose members are runs of zeros, deflated while streaming (no big buffer)."""
    buffer = io.BytesIO()
    chunk = bytes(min(member_bytes, 1024 * 1024))
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for index in range(members):
            with archive.open(f"word/part{index}.xml", "w", force_zip64=True) as member:
                for _ in range(member_bytes // len(chunk)):
                    member.write(chunk)
    return buffer.getvalue()


ODS_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)


def make_xlsx(rows: list[list[object]], title: str = "People") -> object:
    """An openpyxl workbook (not yet saved) with one sheet holding `rows`."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    return workbook


def save_xlsx(workbook: object) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def ods_cell(value: str = "", repeat: int = 1, extra: str = "") -> str:
    inner = f"<text:p>{value}</text:p>" if value else ""
    return (
        f'<table:table-cell table:number-columns-repeated="{repeat}">{extra}{inner}'
        "</table:table-cell>"
    )


def make_ods(tables: dict[str, str], prolog: str = "", meta: str = "") -> bytes:
    """An ODS package whose tables hold the given row XML (table:table-row elements)."""
    body = "".join(
        f'<table:table table:name="{name}">{rows}</table:table>' for name, rows in tables.items()
    )
    content = (
        f"{prolog}<office:document-content {ODS_NAMESPACES}><office:body><office:spreadsheet>"
        f"{body}</office:spreadsheet></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        if meta:
            archive.writestr(
                "meta.xml",
                f"<office:document-meta {ODS_NAMESPACES}><office:meta>{meta}</office:meta>"
                "</office:document-meta>",
            )
    return buffer.getvalue()


def replace_part(package: bytes, name: str, data: bytes) -> bytes:
    """The same zip package with one part's bytes replaced (or added)."""
    source = zipfile.ZipFile(io.BytesIO(package))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            if info.filename != name:
                archive.writestr(info.filename, source.read(info))
        archive.writestr(name, data)
    return buffer.getvalue()
