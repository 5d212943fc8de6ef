"""Which extractor a received file goes to, decided by its name and first bytes."""

from __future__ import annotations

from pathlib import PurePath

KINDS = (
    "txt",
    "md",
    "eml",
    "html",
    "docx",
    "pdf",
    "xlsx",
    "ods",
    "csv",
    "zip",
    "tar",
    "mbox",
    "other",
)

_BY_EXTENSION = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".eml": "eml",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".pdf": "pdf",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".ods": "ods",
    ".csv": "csv",
    ".tsv": "csv",
    ".odt": "odt",
    ".rtf": "rtf",
    ".pptx": "pptx",
    ".zip": "zip",
    ".tar": "tar",
    ".tgz": "tar",
    ".mbox": "mbox",
    ".mbx": "mbox",
}

LABELS = {
    "txt": "Text file",
    "md": "Markdown file",
    "eml": "Email",
    "html": "HTML page",
    "docx": "DOCX",
    "pdf": "PDF",
    "xlsx": "Excel workbook",
    "ods": "OpenDocument spreadsheet",
    "csv": "CSV file",
    "odt": "OpenDocument text",
    "rtf": "RTF document",
    "pptx": "PowerPoint deck",
    "zip": "ZIP archive",
    "tar": "tar archive",
    "mbox": "Mailbox",
    "other": "File",
}

ZIP_MAGIC = b"PK\x03\x04"
PDF_MAGIC = b"%PDF"
PDF_MAGIC_WINDOW = 1024
ZIP_KINDS = frozenset({"docx", "xlsx", "ods", "odt", "pptx", "zip"})
"""Kinds that are zip packages: without the zip signature they are no such file."""
ARCHIVE_KINDS = frozenset({"zip", "tar", "mbox"})
"""Kinds whose members are taken in as documents of their own (`archive_members`)."""
CONTAINER_KINDS = ARCHIVE_KINDS | {"eml"}
"""Kinds with members: archives, and emails (their attachments), which keep their text."""


def detect_kind(name: str, head: bytes) -> str:
    """The kind of a file, from its extension, checked against its magic bytes.

    The extension decides, because it is what the editor sees. A ".pdf" without a PDF
    header stays "pdf" (readers tolerate junk before the header, and the editor should
    learn that this "PDF" could not be read). A ".docx" that is not a zip archive at
    all is no Word document, so it is "other".
    """
    kind = _BY_EXTENSION.get(PurePath(name).suffix.lower(), "other")
    if name.lower().endswith((".tar.gz", ".tar.bz2", ".tar.xz")):
        kind = "tar"
    if kind in ZIP_KINDS and not head.startswith(ZIP_MAGIC):
        return "other"
    return kind


def has_pdf_header(head: bytes) -> bool:
    """True when "%PDF" appears where PDF readers look for it."""
    return PDF_MAGIC in head[:PDF_MAGIC_WINDOW]


def claims_docx(name: str) -> bool:
    """True when the name says DOCX, whatever the bytes say."""
    return PurePath(name).suffix.lower() == ".docx"
