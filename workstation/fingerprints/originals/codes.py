"""Every original-file finding the parser child may report, with its kind and sentence.

The child names a code; the parent takes the kind and the explanation from this table
and refuses any code that is not in it, so a parser subverted by a hostile file can
report nothing but known facts (its `where` and `value` strings are capped and shown
only as data).
"""

from __future__ import annotations

CODES: dict[str, tuple[str, str]] = {
    # DOCX
    "docx-core-property": (
        "metadata",
        "a document property (author, last editor, title, "
        "dates, revision) can name who wrote or last saved the file",
    ),
    "docx-app-property": (
        "metadata",
        "the company, manager, template or editing time saved "
        "with the file can point to its origin",
    ),
    "docx-custom-property": (
        "metadata",
        "custom document properties often carry tracking or classification ids",
    ),
    "docx-template": ("metadata", "the attached template's path can contain a user name"),
    "docx-people": ("metadata", "the list of people who commented or edited names them"),
    "docx-rsid": (
        "metadata",
        "revision-session ids differ between copies saved on different machines",
    ),
    "docx-comments": (
        "hidden_content",
        "comments are not printed but travel with the file and carry their authors' names",
    ),
    "docx-tracked-changes": (
        "hidden_content",
        "tracked insertions and deletions keep earlier wording and the names of who changed it",
    ),
    "docx-hidden-text": (
        "hidden_content",
        "text formatted as hidden is in the file though nobody sees it printed",
    ),
    "docx-unreadable-text": (
        "hidden_content",
        "white or tiny text is in the file though nobody reads it on the page",
    ),
    "docx-custom-xml": (
        "hidden_content",
        "custom XML parts can hold data from the system that produced the document",
    ),
    "docx-embedded-file": (
        "hidden_content",
        "an embedded object or file travels inside the document",
    ),
    # Spreadsheets (XLSX, XLSM, ODS)
    "sheet-property": (
        "metadata",
        "a workbook property (author, last editor, company, application) can name who "
        "made or last saved the file",
    ),
    "sheet-custom-property": (
        "metadata",
        "custom workbook properties often carry tracking or classification ids",
    ),
    "sheet-hidden": (
        "hidden_content",
        "hidden sheets are not shown but travel with the file, with all their cells",
    ),
    "sheet-hidden-rows": (
        "hidden_content",
        "hidden rows are not shown but their cells are in the file",
    ),
    "sheet-hidden-columns": (
        "hidden_content",
        "hidden columns are not shown but their cells are in the file",
    ),
    "sheet-comments": (
        "hidden_content",
        "cell comments are not printed but travel with the file and name their authors",
    ),
    "sheet-formulas": (
        "hidden_content",
        "formulas can hold words and references to other sheets that the shown values do not",
    ),
    "sheet-external-links": (
        "hidden_content",
        "links to other workbooks keep their paths, which often hold user or server names",
    ),
    "sheet-macros": ("hidden_content", "a macro project travels with the workbook"),
    "sheet-embedded-file": (
        "hidden_content",
        "an embedded object or file travels inside the workbook",
    ),
    # Presentations and documents (PPTX, ODT, RTF), and parts every office package shares
    "office-property": (
        "metadata",
        "a document property (author, last editor, company, manager, application, "
        "who printed it) can name who made or last saved the file",
    ),
    "office-custom-property": (
        "metadata",
        "custom document properties often carry tracking or classification ids",
    ),
    "office-comment-authors": (
        "metadata",
        "the names of the people who commented travel with the file",
    ),
    "office-rsid": (
        "metadata",
        "revision-session ids differ between copies saved on different machines",
    ),
    "office-thumbnail": (
        "metadata",
        "a saved thumbnail shows the first page as it was, before any redaction",
    ),
    "office-printer": (
        "metadata",
        "saved printer settings can name the printer and the network it was on",
    ),
    "office-embedded-file": (
        "hidden_content",
        "an embedded object or file travels inside the document",
    ),
    # PDF
    "pdf-info": (
        "metadata",
        "the PDF's information dictionary can name the author and the "
        "software and dates that made it",
    ),
    "pdf-xmp": ("metadata", "XMP metadata can name the author, tools and document ids"),
    "pdf-annotations": (
        "hidden_content",
        "annotations (notes, highlights) carry their authors' names and can hide text",
    ),
    "pdf-attachment": ("hidden_content", "a file attached to the PDF travels with it"),
    "pdf-javascript": ("hidden_content", "JavaScript in a PDF can report who opened it"),
    "pdf-white-text": (
        "hidden_content",
        "white text on a white page is invisible but still in the file",
    ),
    "pdf-invisible-text": (
        "hidden_content",
        "invisible text (render mode 3, as OCR layers use) is in the file but not on the page",
    ),
    "pdf-tiny-text": ("hidden_content", "text too small to read is still in the file"),
    "pdf-text-outside-page": (
        "hidden_content",
        "text placed outside the page is in the file but never shown",
    ),
    "pdf-layers": ("hidden_content", "optional content layers can hide text or images"),
    "pdf-revisions": (
        "hidden_content",
        "incremental updates keep earlier versions of the PDF inside it",
    ),
    "pdf-document-id": (
        "metadata",
        "the PDF's document id can tie this copy to the file it was made from",
    ),
    # Images, alone or embedded
    "exif-gps": ("image_metadata", "GPS coordinates say where the picture was taken"),
    "exif-camera": (
        "image_metadata",
        "the camera make and model narrow down whose device took the picture",
    ),
    "exif-serial": ("image_metadata", "a camera, lens or owner serial identifies one device"),
    "exif-datetime": ("image_metadata", "the time the picture was taken"),
    "exif-software": (
        "image_metadata",
        "software, artist, owner or comment fields can name a person or a device",
    ),
    "exif-thumbnail": (
        "image_metadata",
        "an embedded thumbnail can still show the picture before it was cropped or redacted",
    ),
    "exif-makernote": (
        "image_metadata",
        "the maker note is a vendor block that often holds serial numbers",
    ),
    "image-xmp": ("image_metadata", "XMP metadata in an image can name its author and tools"),
    "image-text": ("image_metadata", "text chunks in an image can name its author or source"),
    "tracking-dots": (
        "tracking_dots",
        "a faint yellow dot grid, as colour laser printers add, "
        "can encode the printer's serial number and the time of printing",
    ),
    # Pages and pictures read as pixels at intake (`workstation.pixels.page_regions`)
    "page-text-differs": (
        "page_mismatch",
        "the text layer says other words here than the page shows (a remapped font or "
        "/ActualText): what the page shows was read by OCR and added to the text for review",
    ),
    "page-text-not-in-layer": (
        "page_mismatch",
        "the page shows words here that its text layer does not hold (text drawn as "
        "outlines or in a picture): they were read by OCR and added to the text for review",
    ),
    "page-layer-not-shown": (
        "page_mismatch",
        "the text layer holds words here that the page does not show (white text, text "
        "under a picture, or text OCR could not read)",
    ),
    "picture-no-text": (
        "picture",
        "a picture without legible text (a photo, signature, stamp or badge) cannot be "
        "reviewed as text: keep it, or black it out in the release",
    ),
    "docx-picture-no-text": (
        "picture",
        "a picture without legible text (a photo, signature, stamp or badge) cannot be "
        "reviewed as text; releases made from the document's text never carry it",
    ),
    # Email
    "email-received": (
        "email_header",
        "Received lines trace the message through named servers and addresses",
    ),
    "email-internal-host": (
        "email_header",
        "an internal host name or private address reveals the sender's network",
    ),
    "email-message-id": (
        "email_header",
        "message ids name the sending server and can be matched in its logs",
    ),
    "email-client": (
        "email_header",
        "the mail client and its version narrow down the sender's machine",
    ),
    "email-originating-ip": ("email_header", "the originating address is the sender's machine"),
    "email-thread": (
        "email_header",
        "thread and reference headers tie the message to others in the sender's mailbox",
    ),
    "email-exchange": ("email_header", "Exchange headers carry internal routing details"),
}

MAX_FINDINGS = 500
MAX_WHERE_CHARS = 120
MAX_REPLY_BYTES = 1024 * 1024
"""The most the parent reads of an inspection reply; more is treated as a crash."""


def kind_of(code: str) -> str:
    return CODES[code][0]


def explanation_of(code: str) -> str:
    return CODES[code][1]
