"""A scanned page's OCR confidences are kept by intake, sealed with the document, so
scanning does not read the page again; a document taken in without them (an older
vault) is read again at scan, as before, and gets the very same items."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from leak_samples import NAME, name_as_picture

from vault.session import Session
from workstation.intake import ChildLimits, extract
from workstation.intake.outcome import PageReading
from workstation.release.review_child import page_words_in_child
from workstation.services import page_readings
from workstation.services.intake import intake_data, store_extracted


def kept_items(session: Session, document_id: str) -> list[tuple[str, dict[str, object]]]:
    return [(item.id, json.loads(item.data)) for item in session.items(document_id, "page-reading")]


def test_intake_keeps_what_the_release_child_would_read_again(
    session: Session, vault_path: Path
) -> None:
    data = name_as_picture()
    stored = intake_data(session, "scan.pdf", data).document
    assert stored is not None
    text = session.read_text(stored.id) or ""

    kept = kept_items(session, stored.id)
    again = page_readings._items(text, page_words_in_child(data))
    assert kept and kept == [(item.id, json.loads(item.data)) for item in again]
    readings = page_readings.stored(session, stored.id)
    assert [text[w.start : w.end] for w in readings.words if text[w.start : w.end] in NAME]
    assert session.document(stored.id).meta[page_readings.KEPT_AT_INTAKE] is True

    assert page_readings.keep(session, stored.id) == 0  # no second OCR pass at scan
    actions = [entry.action for entry in session.audit_entries()]
    assert page_readings.ACTION not in actions  # kept in the intake's own change
    raw = vault_path.read_bytes() + Path(f"{vault_path}-wal").read_bytes()
    assert b'"words"' not in raw and b"confidence" not in raw and NAME.encode() not in raw


def test_a_document_taken_in_without_them_is_read_again_at_scan(session: Session) -> None:
    """As a document of a vault from before intake kept them: only its text is stored."""
    data = name_as_picture()
    extraction = replace(extract(data, "scan.pdf"), readings=None)
    outcome = store_extracted(session, "scan.pdf", data, extraction, ChildLimits(), "scan.pdf")
    assert outcome.document is not None
    document_id = outcome.document.id
    assert kept_items(session, document_id) == []
    assert page_readings.KEPT_AT_INTAKE not in session.document(document_id).meta

    assert page_readings.keep(session, document_id) == 1
    assert page_readings.stored(session, document_id).pages == [0]
    assert page_readings.keep(session, document_id) == 0  # once
    actions = [entry.action for entry in session.audit_entries()]
    assert actions.count(page_readings.ACTION) == 1


def test_a_page_whose_numbers_do_not_fit_the_stored_text_is_left_out() -> None:
    text = "The harbour\fRadomir Vesk"
    box = (1.0, 1.0, 2.0, 2.0)
    readings = [
        PageReading(1, (100.0, 50.0), ((4, 11, 90.0, *box),)),  # "harbour"
        PageReading(2, (100.0, 50.0), ((0, 8, 90.0, *box),)),  # "Radomir " holds a space
        PageReading(3, (100.0, 50.0), ((0, 4, 90.0, *box),)),  # a page the text lacks
    ]
    (kept,) = page_readings.intake_items(text, readings)
    assert kept.id == "page-00000" and b"harbour" not in kept.data
    assert json.loads(kept.data)["words"] == [[4, 11, 90.0, *box]]
    assert page_readings.intake_items(text, readings[:1] * 2) == []  # sent twice: neither
    past_the_end = PageReading(2, (100.0, 50.0), ((8, 13, 90.0, *box),))
    mid_word = PageReading(2, (100.0, 50.0), ((9, 12, 90.0, *box),))  # "esk" of "Vesk"
    assert page_readings.intake_items(text, [past_the_end]) == []
    assert page_readings.intake_items(text, [mid_word]) == []
    whole = PageReading(2, (100.0, 50.0), ((8, 12, 90.0, *box),))
    assert [item.id for item in page_readings.intake_items(text, [whole])] == ["page-00001"]
