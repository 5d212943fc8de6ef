"""Every sentence an editor can read about an extraction, keyed by a short code.

The child process only ever sends a code; the parent turns it into one of these fixed
sentences. So even a parser subverted by a hostile document cannot put the document's
words into a note, a log line or the audit trail.
"""

from __future__ import annotations

import math
from dataclasses import asdict

from workstation.confined.limits import MIB, ChildLimits
from workstation.intake.kinds import LABELS

REFUSALS = {
    "other": "no text extraction for this type",
    "not_docx": "not a Word document (a .docx file must be a zip archive)",
    "not_text": "text is not UTF-8 or a known encoding",
    "pdf_no_header": "{label} could not be read (not a PDF file)",
    "pdf_encrypted": "PDF is password-protected",
    "pdf_too_many_pages": "PDF has more than {max_pdf_pages} pages",
    "pdf_no_text": "PDF shows no text: no text layer, and OCR read no words on its pages",
    "picture_no_text": "picture shows no text: OCR read no words in it",
    "picture_too_large": "picture has more pixels than allowed (a decompression bomb?)",
    "picture_too_many_frames": "picture has more frames than allowed",
    "picture_format": "picture is not in a format read as pixels (PNG, JPEG, TIFF, GIF, WebP)",
    "picture_unreadable": "picture could not be decoded",
    "page_too_large": "{label} has a page too large to render at the reading resolution",
    "page_unrenderable": "{label} has a page that could not be rendered",
    "ocr_language": "{label} could not be read by OCR (an OCR language is not installed)",
    "zip_invalid": "{label} is not a valid zip file",
    "zip_too_many_members": "{label} has too many parts (looks like a zip bomb)",
    "zip_too_big": "{label} looks like a zip bomb (too much data when unpacked)",
    "zip_ratio": "{label} looks like a zip bomb (a part is compressed too well)",
    "archive": "{label}: its members are taken in as documents of their own",
    "tar_invalid": "{label} is not a valid tar archive",
    "msg_invalid": "{label} is not an Outlook message file (no compound file of properties)",
    "msg_stream_too_big": "{label} declares a part larger than the file (damaged or hostile)",
    "msg_too_big": "{label} holds more data than allowed when read (looks like a bomb)",
    "mbox_invalid": '{label} holds no messages (no "From " line)',
    "sheet_too_many_cells": "{label} has too many cells to lay out (looks like a cell bomb)",
    "sheet_shared_strings": "{label} has a shared-strings table too large to read",
    "part_too_big": "{label} has a part too large to read",
    "xml_entities": "{label} declares XML entities or a DTD (an entity bomb or external link)",
    "text_too_large": "extracted text is too large",
    "too_deep": "{label} is nested too deeply to read",
    "unreadable": "{label} could not be read",
    "crashed": "{label} could not be read (parser crashed)",
    "timeout": "{label} could not be read (took longer than {timeout_seconds:g} s)",
    "memory": "{label} could not be read (needed more memory than allowed)",
}

MEMBER_REFUSALS = {
    "member_bad_name": "its name is empty, too long or holds a NUL byte",
    "member_absolute": "its name is an absolute path",
    "member_traversal": "its name climbs out of the archive (path traversal)",
    "member_link": "it is a link, not a file",
    "member_device": "it is a device or other special file, not a file",
    "member_encrypted": "it is encrypted",
    "member_too_deep": "it is a message nested too deeply to take out",
    "zip_ratio": "it is compressed too well (looks like a zip bomb)",
    "zip_too_big": "the archive unpacks to too much data from here on (looks like a bomb)",
    "tar_truncated": "the rest of the archive is damaged or truncated",
    "unreadable": "it could not be read (damaged or an unknown compression)",
}
"""Why one member of an archive was refused; the other members are still taken in."""

WARNINGS = {
    "": "",
    "cp1252": "decoded as Windows-1252",
    "pdf_repaired": "PDF was damaged and repaired; some text may be missing",
    "pdf_pages_failed": "some PDF pages could not be read; their text is missing",
    "eml_deep": "attached messages nested too deeply are listed, not extracted",
    "msg_rtf_only": "the message body is stored only as compressed RTF, which is not read",
}

DETAIL_KEYS = frozenset(
    {
        "attachments",
        "comments",
        "lines",
        "messages",
        "pages",
        "pages_read",
        "paragraphs",
        "pictures",
        "parts",
        "rows",
        "sheets",
        "tables",
    }
)


def refusal_note(code: str, kind: str, limits: ChildLimits) -> str:
    """The sentence for a refusal; unknown codes read as a crash."""
    template = REFUSALS.get(code, REFUSALS["crashed"])
    return template.format(label=LABELS[kind], **asdict(limits))


def warning_note(code: str) -> str:
    """The sentence for a warning attached to extracted text."""
    return WARNINGS[code]


def too_large_note(size: int) -> str:
    """Refusal for inputs over the size limit, in whole megabytes rounded up."""
    return f"too large to extract text ({math.ceil(size / MIB)} MB)"
