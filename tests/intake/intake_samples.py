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
