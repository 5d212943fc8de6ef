"""Which extractor a received file goes to, decided by its name and first bytes."""

from __future__ import annotations

from pathlib import PurePath

KINDS = (
    "txt",
    "md",
    "eml",
    "msg",
    "html",
    "docx",
    "pdf",
    "xlsx",
    "ods",
    "csv",
    "odt",
    "rtf",
    "pptx",
    "image",
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
    ".msg": "msg",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".pdf": "pdf",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".ods": "ods",
    ".csv": "csv",
    ".tsv": "csv",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
    ".webp": "image",
    ".gif": "image",
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
    "msg": "Outlook message",
    "html": "HTML page",
    "docx": "DOCX",
    "pdf": "PDF",
    "xlsx": "Excel workbook",
    "ods": "OpenDocument spreadsheet",
    "csv": "CSV file",
    "image": "Picture",
    "odt": "OpenDocument text",
    "rtf": "RTF document",
    "pptx": "PowerPoint deck",
    "zip": "ZIP archive",
    "tar": "tar archive",
    "mbox": "Mailbox",
    "other": "File",
}

ZIP_MAGIC = b"PK\x03\x04"
IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*", b"GIF8")
PDF_MAGIC = b"%PDF"
PDF_MAGIC_WINDOW = 1024
ZIP_KINDS = frozenset({"docx", "xlsx", "ods", "odt", "pptx", "zip"})
"""Kinds that are zip packages: without the zip signature they are no such file."""
ARCHIVE_KINDS = frozenset({"zip", "tar", "mbox"})
"""Kinds whose members are taken in as documents of their own (`archive_members`)."""
CONTAINER_KINDS = ARCHIVE_KINDS | {"eml", "msg"}
"""Kinds with members: archives, and emails and Outlook messages (their attachments),
which keep their text."""


def detect_kind(name: str, head: bytes) -> str:
    """The kind of a file, from its extension, checked against its magic bytes.

    The extension decides, because it is what the editor sees. A ".pdf" without a PDF
    header stays "pdf" (readers tolerate junk before the header, and the editor should
    learn that this "PDF" could not be read). A ".docx" that is not a zip archive at
    all is no Word document, so it is "other"; so is a picture name on other bytes.
    """
    kind = _BY_EXTENSION.get(PurePath(name).suffix.lower(), "other")
    if name.lower().endswith((".tar.gz", ".tar.bz2", ".tar.xz")):
        kind = "tar"
    if kind in ZIP_KINDS and not head.startswith(ZIP_MAGIC):
        return "other"
    if kind == "image" and not is_picture(head):
        return "other"
    return kind


def is_picture(head: bytes) -> bool:
    """True when the first bytes are those of a picture format read as pixels."""
    return head.startswith(IMAGE_MAGIC) or (head.startswith(b"RIFF") and head[8:12] == b"WEBP")


def has_pdf_header(head: bytes) -> bool:
    """True when "%PDF" appears where PDF readers look for it."""
    return PDF_MAGIC in head[:PDF_MAGIC_WINDOW]


def claims_docx(name: str) -> bool:
    """True when the name says DOCX, whatever the bytes say."""
    return PurePath(name).suffix.lower() == ".docx"
