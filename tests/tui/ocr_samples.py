"""A scanned page where OCR is sure of most words and unsure of one, taken in through
the services like any file (the confined child reads it), with proposals on two words.

The picture is made here, deterministically: a clean line, then "Radomir Vesk" drawn
faint with speckle noise, so the locked Tesseract reads "Vesk" with low confidence.
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFont

from vault.session import Session
from workstation.services import page_readings
from workstation.services.intake import intake_data
from workstation.services.scanning import KIND, StoredProposal

POLICY = {"id": "default", "version": "1", "sha256": "0" * 64}


def scanned_page() -> bytes:
    """A 300 dpi PNG of three lines of a memo (no metadata)."""
    page = Image.new("L", (1750, 333), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(58)
    draw.text((80, 60), "The harbour master signed the manifest", fill=0, font=font)
    smudged = Image.new("L", (420, 120), 255)
    ImageDraw.Draw(smudged).text((0, 10), "Radomir Vesk", fill=100, font=font)
    pixels = smudged.load()
    assert pixels is not None
    speckle = random.Random(2)
    for _ in range(5000):
        at = (speckle.randrange(420), speckle.randrange(120))
        pixels[at] = speckle.choice((0, 255))
    page.paste(smudged, (80, 180))
    draw.text((620, 190), "left at dawn", fill=0, font=font)
    out = io.BytesIO()
    page.save(out, "PNG")
    return out.getvalue()


def proposal(text: str, word: str, entity: str) -> StoredProposal:
    start = text.index(word)
    reason = {"recognizer": "SpacyRecognizer", "context_words": [], "rule": f"{entity}>=0.5"}
    return StoredProposal(
        f"p{start:010d}",
        "pending",
        start,
        start + len(word),
        entity,
        0.8,
        f"{entity}:{word.lower()}",
        reason,
        "policy",
        POLICY,
    )


def scanned_document(session: Session) -> tuple[str, str]:
    """The scan taken in (intake keeps its OCR confidences), proposals on "Vesk" and "harbour":
    the document's id and its text."""
    outcome = intake_data(session, "scan.png", scanned_page())
    assert outcome.document is not None
    document_id = outcome.document.id
    text = session.read_text(document_id) or ""
    assert page_readings.stored(session, document_id).pages == [0]  # kept at intake
    items = [
        proposal(text, "Vesk", "PERSON").to_item(),
        proposal(text, "harbour", "LOCATION").to_item(),
    ]
    session.replace_items(document_id, KIND, items, "document.scan", {"proposals": 2})
    return document_id, text
