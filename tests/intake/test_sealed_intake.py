"""Sealed submissions through the intake service: damage is named, headers are bounded.

Files above the extraction limit are decrypted as a stream straight into the vault;
a tampered or cut-off one must end as a one-line refusal with nothing stored, like a
small one, not as an internal error.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pyrage
import pytest

from vault.session import Session
from workstation.intake import ChildLimits
from workstation.services import sealed_intake as sealed
from workstation.services.intake import IntakeOutcome, intake_paths

STREAMED = ChildLimits(max_input_bytes=1024)
"""Anything larger is streamed into the vault unextracted: the large-submission path."""


def take_in(session: Session, path: Path, limits: ChildLimits = STREAMED) -> IntakeOutcome:
    (outcome,) = intake_paths(session, [path], limits)
    return outcome


def sealed_file(session: Session, folder: Path, data: bytes) -> tuple[Path, bytes]:
    recipient = pyrage.x25519.Recipient.from_str(sealed.intake_recipient(session))
    sealed_bytes = bytes(pyrage.encrypt(data, [recipient]))
    path = folder / "submission.bin.age"
    path.write_bytes(sealed_bytes)
    return path, sealed_bytes


def test_a_large_sealed_submission_is_stored(session: Session, tmp_path: Path) -> None:
    path, _ = sealed_file(session, tmp_path, os.urandom(300_000))
    outcome = take_in(session, path)
    assert outcome.document is not None and outcome.refused == ""
    assert len(session.list_documents()) == 1


@pytest.mark.parametrize("damage", ["truncated", "cut at a chunk", "flipped", "extended"])
def test_a_damaged_large_sealed_submission_is_refused(
    session: Session, tmp_path: Path, damage: str
) -> None:
    path, data = sealed_file(session, tmp_path, os.urandom(300_000))
    middle = len(data) // 2
    damaged = {
        "truncated": data[:-1000],
        "cut at a chunk": data[: len(data) - 64 * 1024],
        "flipped": data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1 :],
        "extended": data + b"\0" * 100,
    }[damage]
    path.write_bytes(damaged)
    outcome = take_in(session, path)
    assert outcome.document is None
    assert "damaged" in outcome.refused and "nothing stored" in outcome.refused
    assert session.list_documents() == []


def with_header_of(data: bytes, size: int) -> bytes:
    """The same file with a grease stanza padding its header to about `size` bytes."""
    end = data.index(b"\n---")
    lines = (size - end) // 65
    padding = b"\n-> grease\n" + b"\n".join([b"A" * 64] * lines) + b"\nAAAA"
    return data[:end] + padding + data[end:]


@pytest.mark.parametrize("size", [sealed.MAX_HEADER_BYTES - 200, 4 * sealed.MAX_HEADER_BYTES])
def test_a_header_near_or_over_the_cap_is_answered_at_once(
    session: Session, tmp_path: Path, size: int
) -> None:
    """pyrage parses headers in quadratic time: the cap keeps it well under a second."""
    path, data = sealed_file(session, tmp_path, b"a short tip")
    path.write_bytes(with_header_of(data, size))
    started = time.monotonic()
    outcome = take_in(session, path, ChildLimits())
    assert time.monotonic() - started < 2.0
    assert outcome.document is None
    expected = "header" if size > sealed.MAX_HEADER_BYTES else "damaged"
    assert expected in outcome.refused and "nothing stored" in outcome.refused
