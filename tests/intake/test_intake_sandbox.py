"""The child process: confined, quiet, and distrusted by the parent."""

from __future__ import annotations

import errno
import json
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.confined.environment import child_environment
from workstation.intake import ChildLimits, extract, protocol
from workstation.intake.outcome import PageReading, Parsed, Refused
from workstation.intake.sandbox import _verdict

MIB = 1024 * 1024
WRITE_AFTER_CONFINE = """
import os, sys, tempfile
from workstation.confined.lockdown import confine
from workstation.confined.limits import ChildLimits
confine(ChildLimits())
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT)
try:
    os.write(fd, b"document text")
    print("wrote")
except OSError as exc:
    print(exc.errno)
try:
    tempfile.TemporaryFile()
    print("temporary file")
except OSError:
    print("no temporary file")
"""


def test_confined_process_cannot_write_files(tmp_path: Path) -> None:
    target = tmp_path / "leak.txt"
    finished = subprocess.run(
        [sys.executable, "-c", WRITE_AFTER_CONFINE, str(target)],
        env=child_environment(),
        capture_output=True,
        text=True,
        check=True,
    )
    assert finished.stdout.split() == [str(errno.EFBIG), "no", "temporary", "file"]
    assert target.read_bytes() == b""


def test_child_environment_carries_no_secrets_and_no_temp_dir(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WORKSTATION_PASSPHRASE", "correct horse")
    environment = child_environment()
    assert "WORKSTATION_PASSPHRASE" not in environment
    assert environment["PYTHONDONTWRITEBYTECODE"] == "1"
    for name in ("TMPDIR", "TEMP", "TMP"):
        assert not Path(environment[name]).exists()


def test_running_out_of_memory_is_reported() -> None:
    limits = ChildLimits(memory_bytes=64 * MIB)
    result = extract(b"words " * (4 * MIB), "big.txt", limits)
    assert (result.reviewable, result.text) == (False, None)
    assert result.note == "Text file could not be read (needed more memory than allowed)"


@pytest.mark.parametrize(
    ("returncode", "stdout", "code"),
    [
        (-signal.SIGXCPU, b"", "timeout"),
        (-signal.SIGSEGV, b"", "crashed"),
        (-signal.SIGKILL, b"", "crashed"),
        (70, b"", "crashed"),
        (0, b"Traceback (most recent call last):", "crashed"),
        (0, b'{"ok": false, "code": "pdf_encrypted"}', "pdf_encrypted"),
    ],
)
def test_how_the_child_ended_decides_the_outcome(returncode: int, stdout: bytes, code: str) -> None:
    outcome = _verdict(returncode, stdout)
    assert isinstance(outcome, Refused) and outcome.code == code


@pytest.mark.parametrize(
    "reply",
    [
        {"ok": False, "code": "the source is Jane Doe"},
        {"ok": True, "text": "x", "details": {"Jane Doe": 1}, "warning": ""},
        {"ok": True, "text": "x", "details": {"pages": "Jane"}, "warning": ""},
        {"ok": True, "text": "x", "details": {"pages": True}, "warning": ""},
        {"ok": True, "text": "x", "details": {"pages": -1}, "warning": ""},
        {"ok": True, "text": "x", "details": {}, "warning": "Jane Doe"},
        {"ok": True, "text": 42, "details": {}, "warning": ""},
        {"ok": "yes"},
        ["ok"],
    ],
)
def test_forged_replies_are_rejected(reply: object) -> None:
    """A subverted parser must not be able to smuggle text into notes or details."""
    with pytest.raises(protocol.BadReply):
        protocol.decode(json.dumps(reply).encode())


READING = {"page": 1, "size": [420.0, 80.0], "words": [[0, 4, 91.5, 10.0, 5.0, 40.0, 20.0]]}


@pytest.mark.parametrize(
    "reading",
    [
        READING | {"page": 0},  # pages count from 1
        READING | {"page": True},
        READING | {"size": [420.0]},
        READING | {"size": [0.0, 80.0]},
        READING | {"words": [[4, 4, 90.0, 1, 1, 2, 2]]},  # an empty word
        READING | {"words": [[0, 4, 101.0, 1, 1, 2, 2]]},  # confidence past 100
        READING | {"words": [[0, 4, float("nan"), 1, 1, 2, 2]]},
        READING | {"words": [[0, 4, 90.0, 3, 1, 2, 2]]},  # a box inside out
        READING | {"words": [[0, 4, 90.0, 1, 1, 2, 2, "Vesk"]]},  # a word's text
        READING | {"words": [[0, 4, 90.0, 1, 1, 2, True]]},
        READING | {"name": "Jane Doe"},
    ],
)
def test_forged_readings_are_rejected(reading: dict[str, object]) -> None:
    """Only numbers travel with a page's OCR words, every one within its bounds."""
    message = {"ok": True, "text": "Vesk", "details": {}, "warning": "", "readings": [reading]}
    with pytest.raises(protocol.BadReply):
        protocol.decode(json.dumps(message).encode())
    message["readings"] = [READING]
    decoded = protocol.decode(json.dumps(message).encode())  # the same reply, well formed
    assert isinstance(decoded, Parsed) and decoded.readings


def test_a_page_read_twice_in_one_reply_is_rejected() -> None:
    message = {"ok": True, "text": "Vesk", "details": {}, "warning": "", "readings": [READING] * 2}
    with pytest.raises(protocol.BadReply):
        protocol.decode(json.dumps(message).encode())


def test_readings_round_trip_and_none_means_not_sent() -> None:
    sent = Parsed(
        "Vesk",
        {"pages": 1},
        "",
        (),
        (PageReading(1, (420.0, 80.0), ((0, 4, 91.5, 10.0, 5.0, 40.0, 20.0),)),),
    )
    assert protocol.decode(protocol.encode(sent)) == sent
    assert protocol.decode(protocol.encode(replace(sent, readings=None))).readings is None


@given(st.text(), st.dictionaries(st.sampled_from(["pages", "parts"]), st.integers(0, 10**9)))
def test_replies_round_trip(text: str, details: dict[str, int]) -> None:
    sent = Parsed(text, details, "cp1252")
    received = protocol.decode(protocol.encode(sent))
    assert received == Parsed(text.encode("utf-8", "replace").decode(), details, "cp1252")
