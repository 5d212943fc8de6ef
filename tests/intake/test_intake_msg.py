"""Outlook messages (.msg) at intake: read in the confined child, attachments and attached
messages taken in as documents of their own, hostile containers refused in one line.

The .msg files are fictional and built by the tests' own compound-file writer
(tests/msg_samples.py); olefile reads them as it reads Outlook's.
"""

from __future__ import annotations

from typing import Any

from msg_samples import filetime, msg_file

from workstation.intake import ChildLimits, extract
from workstation.intake.inspection import inspect
from workstation.services.intake import intake_data

FORWARD = {
    0x0037: "Fwd: harbour plans",
    0x0C1A: "Piet Smit",
    0x1000: "The list is attached.",
    "attachments": [{0x3707: "list.csv", 0x3701: b"Name,Phone\nLidija Marek,+1 202 555 0177\n"}],
}
MESSAGE = {
    0x0037: "Harbour strike",
    0x0C1A: "Ana Ruiz",
    0x5D01: "ana@example.org",
    0x0E04: "Odile Brandt",
    0x1000: "Radomir Vesk met the union at the gate.\r\nCall me.",
    0x007D: "Received: from mx1.example.org\r\nX-Mailer: Microsoft Outlook 16.0\r\n",
    "submitted": filetime(2024, 3, 1, 9, 30),
    "recipients": [{0x3001: "Odile Brandt", 0x39FE: "odile@example.org"}],
    "attachments": [
        {0x3707: "memo.txt", 0x3701: b"The courier Odile Brandt left at dawn.\n"},
        {0x3001: "Fwd: harbour plans", "message": FORWARD},
    ],
}


def test_a_message_reads_like_an_email_with_its_forward_and_internet_headers() -> None:
    result = extract(msg_file(MESSAGE), "strike.msg")
    assert (result.kind, result.reviewable, result.note) == ("msg", True, "")
    assert result.text == (
        "From: Ana Ruiz <ana@example.org>\nTo: Odile Brandt\nSubject: Harbour strike\n"
        "Date: Fri, 01 Mar 2024 09:30:00 +0000\n\n"
        "Radomir Vesk met the union at the gate.\nCall me.\n\n"
        "[attachment: memo.txt, 39 bytes]\n\n"
        "[attached message]\nFrom: Piet Smit\nSubject: Fwd: harbour plans\n\n"
        "The list is attached.\n\n[attachment: list.csv, 40 bytes]\n\n"
        "[internet headers]\nReceived: from mx1.example.org\nX-Mailer: Microsoft Outlook 16.0"
    )
    assert result.details == {"attachments": 2, "messages": 1}


def test_the_html_body_is_read_when_there_is_no_plain_one() -> None:
    result = extract(msg_file({0x1013: b"<p>Only <b>HTML</b></p><script>x()</script>"}), "h.msg")
    assert result.text == "Only HTML"


def test_each_attachment_and_attached_message_becomes_a_linked_document(session: Any) -> None:
    outcome = intake_data(session, "strike.msg", msg_file(MESSAGE))
    stored = [o.document for o in outcome.with_members()]
    assert all(document is not None for document in stored)
    message, memo, forward, listing = (session.document(d.id) for d in stored if d is not None)
    assert [d.name for d in (message, memo, forward, listing)] == [
        "strike.msg",
        "strike.msg/001-memo.txt",
        "strike.msg/002-Fwd: harbour plans.eml",
        "strike.msg/002-Fwd: harbour plans.eml/001-list.csv",
    ]
    assert (memo.meta["parent"], forward.meta["parent"], listing.meta["parent"]) == (
        message.id,
        message.id,
        forward.id,
    )
    assert [d.kind for d in (message, memo, forward, listing)] == ["msg", "txt", "eml", "csv"]
    assert "From: Piet Smit" in session.read_text(forward.id)
    assert "Lidija Marek" in session.read_text(listing.id)


def test_a_file_that_is_no_outlook_message_is_refused_in_one_line() -> None:
    for data in (b"From: a@example.org\r\n\r\nplain email", msg_file({})[:512] + b"\0" * 1024):
        result = extract(data, "fake.msg")
        assert (result.reviewable, result.text) == (False, None)
        assert result.note in (
            "Outlook message is not an Outlook message file (no compound file of properties)",
            "Outlook message could not be read",
        )
    no_properties = extract(msg_file({}).replace(b"_\0_\0p\0r\0o\0p", b"_\0_\0q\0r\0o\0p"), "x.msg")
    assert no_properties.note == (
        "Outlook message is not an Outlook message file (no compound file of properties)"
    )


def test_a_stream_declared_larger_than_the_file_is_refused_in_one_line() -> None:
    data = msg_file({0x1000: "short"}, declared_sizes={"__substg1.0_1000001F": 2**31})
    result = extract(data, "huge.msg")
    assert (result.reviewable, result.text) == (False, None)
    assert result.note == (
        "Outlook message declares a part larger than the file (damaged or hostile)"
    )
    container = msg_file({0x1000: "short"}, declared_sizes={"Root Entry": 2**31})
    assert extract(container, "root.msg").note == result.note  # the mini stream's size
    cut = msg_file({0x1000: "short"}, declared_sizes={"Root Entry": 0})
    assert extract(cut, "cut.msg").note == "Outlook message could not be read"


def test_attached_messages_nested_without_end_are_refused_in_one_line() -> None:
    message: dict[Any, Any] = {0x1000: "innermost"}
    for level in range(8):
        message = {0x1000: f"level {level}", "attachments": [{"message": message}]}
    result = extract(msg_file(message), "deep.msg")
    assert (result.reviewable, result.text) == (False, None)
    assert result.note == "Outlook message is nested too deeply to read"


def test_more_data_than_the_limit_when_read_is_refused_as_a_bomb() -> None:
    """Streams are charged as they are read: entries sharing sectors count every time."""
    message = {0x1000: "x" * 6000, 0x1013: b"y" * 6000}
    small = ChildLimits(max_zip_uncompressed=8000)
    result = extract(msg_file(message), "bomb.msg", small)
    assert result.note == (
        "Outlook message holds more data than allowed when read (looks like a bomb)"
    )
    assert extract(msg_file(message), "fine.msg").reviewable


def test_the_fingerprint_pass_reads_the_internet_headers_a_message_kept() -> None:
    inspection = inspect(msg_file(MESSAGE), "strike.msg")
    assert inspection.kind == "msg" and inspection.note == ""
    codes = {finding.code for finding in inspection.findings}
    assert {"email-received", "email-client"} <= codes
    assert inspect(msg_file({0x1000: "no headers"}), "sent.msg").findings == []
