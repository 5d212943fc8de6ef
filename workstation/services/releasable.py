"""Why a document cannot be approved or released, and what would make it releasable.

An editor who is refused needs the next step, not only the reason: a scan on which OCR
read no words, a password-protected PDF or an unread file type can each be made
releasable by taking in a better copy. Every sentence is fixed (the intake note it
answers is one of `workstation.intake.notes`' fixed sentences too), so no document text
reaches a message.
"""

from __future__ import annotations

from vault import DocumentInfo
from workstation.intake.notes import REFUSALS

SCAN = (
    "take in a sharper scan of it (300 dpi or more, upright, evenly lit) or a copy with a "
    "text layer; that document is read, reviewed and released like any other"
)
HINTS = {
    REFUSALS["pdf_no_text"]: SCAN,
    REFUSALS["picture_no_text"]: SCAN,
    REFUSALS["pdf_encrypted"]: "take in a copy saved without the password",
    REFUSALS["other"]: (
        "take in a copy saved as PDF, DOCX, ODT, text, a spreadsheet or a picture (PNG, JPEG, TIFF)"
    ),
}
READABLE_COPY = "take in a readable copy (re-saved or re-exported from its program)"


def refusal(document: DocumentInfo, action: str) -> str:
    """ "document D cannot be released: <why>; <what to do>" (action: released, approved)."""
    prefix = f"document {document.id} cannot be {action}"
    if document.state != "received":
        return f"{prefix}: it is {document.state}"
    note = str(document.meta.get("note", ""))
    if document.reviewable:  # reviewable, but its text is gone from the vault
        return f"{prefix}: its text is not in the vault; take the file in again"
    why = f"it could not be read for review ({note})" if note else "it was not read for review"
    return f"{prefix}: {why}; {HINTS.get(note, READABLE_COPY)}"
