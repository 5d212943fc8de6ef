"""A long document gets the time its pages need in the release child: the count comes
from intake's checked reply (a PDF's pages) or from the text's length, never from
parsing the file in the parent, and it has a ceiling."""

from __future__ import annotations

import pymupdf

from vault.session import Session
from workstation.release.sandbox import (
    MAX_RELEASE_SECONDS,
    RELEASE_LIMITS,
    SECONDS_PER_PAGE,
    release_limits,
)
from workstation.services.intake import intake_data
from workstation.services.release import CHARACTERS_PER_PAGE, page_count


def test_the_child_time_grows_with_the_pages_up_to_a_ceiling() -> None:
    assert release_limits(0) == RELEASE_LIMITS
    assert release_limits(200).timeout_seconds == RELEASE_LIMITS.timeout_seconds + 200 * (
        SECONDS_PER_PAGE
    )
    assert release_limits(200).memory_bytes == RELEASE_LIMITS.memory_bytes
    assert release_limits(10**6).timeout_seconds == MAX_RELEASE_SECONDS
    assert release_limits(-5) == RELEASE_LIMITS


def test_pages_come_from_intakes_count_or_the_texts_length() -> None:
    text = "x" * (3 * CHARACTERS_PER_PAGE)
    assert page_count({"details": {"pages": 120}}, text) == 120
    assert page_count({"details": {"pages": True}}, text) == 4  # not a count
    assert page_count({"details": {"pages": "120"}}, text) == 4
    assert page_count({}, "") == 1


def test_a_pdf_taken_in_carries_its_page_count_to_release(session: Session) -> None:
    with pymupdf.open() as document:
        for number in range(3):
            document.new_page().insert_text((72, 72), f"Page {number} of the report.")
        data = bytes(document.tobytes())
    outcome = intake_data(session, "report.pdf", data)
    assert outcome.document is not None
    stored = session.document(outcome.document.id)
    assert page_count(stored.meta, session.read_text(stored.id) or "") == 3
