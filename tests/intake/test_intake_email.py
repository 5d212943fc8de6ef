"""Email: headers in order, the readable body, attachments listed, forwards expanded and
taken in (with their own attachments) as linked documents."""

from __future__ import annotations

import time
from email.message import EmailMessage
from typing import Any

import pytest
from intake_samples import MARKER, make_eml, nested_eml

from workstation.intake import ChildLimits, extract
from workstation.intake.archives import unpack_archive
from workstation.intake.encoded_words import decode_header
from workstation.intake.inspection import inspect
from workstation.intake.mail_members import MAX_NESTING
from workstation.services.intake import MAX_ARCHIVE_DEPTH, intake_data


def test_headers_body_and_attachments() -> None:
    result = extract(make_eml(), "tip.eml")
    assert (result.kind, result.reviewable, result.note) == ("eml", True, "")
    assert result.text is not None
    headers, body, attachments = result.text.split("\n\n")
    assert headers.splitlines()[:4] == [
        "From: Alice Example <alice@example.org>",
        "To: desk@example.org",
        "Subject: Caf\u00e9 documents",
        "Message-ID: <1234@example.org>",
    ]
    assert body == f"Meet the source {MARKER} at noon."
    assert attachments == "[attachment: payroll.pdf, application/pdf, 19 bytes]"
    assert result.details == {"parts": 3, "attachments": 1}


def test_html_body_is_used_when_there_is_no_plain_part() -> None:
    message = EmailMessage()
    message["Subject"] = "=?utf-8?b?w6l0w6k=?="
    message.set_content("<p>Only <b>HTML</b></p><script>x()</script>", subtype="html")
    result = extract(bytes(message), "html.eml")
    assert result.text is not None
    assert result.text.startswith("Subject: \u00e9t\u00e9\n")
    assert result.text.endswith("\n\nOnly HTML")


def test_attached_messages_are_expanded() -> None:
    result = extract(nested_eml(3), "forward.eml")
    assert result.reviewable and result.note == ""
    assert result.text is not None
    assert result.text.count("[attached message]") == 3
    assert result.text.endswith(f"innermost {MARKER}")
    assert result.details == {"parts": 7, "attachments": 0, "messages": 3}


def test_messages_nested_too_deeply_are_listed_with_a_warning() -> None:
    result = extract(nested_eml(8), "deep.eml")
    assert result.reviewable
    assert result.note == "attached messages nested too deeply are listed, not extracted"
    assert result.text is not None and MARKER not in result.text
    assert "body 3" in result.text and "body 2" not in result.text
    assert result.text.endswith(" bytes]")
    assert result.details["messages"] == 5


def test_pathological_nesting_is_refused_cleanly() -> None:
    result = extract(nested_eml(1500), "bomb.eml")
    assert (result.reviewable, result.text) == (False, None)
    assert result.note == "Email is nested too deeply to read"


MIB = 1024 * 1024
HUGE_HEADERS = {
    # Each took from tens of seconds to hours with the standard library's header parser
    # (or our host-name search): the child's 60 s ran out.
    "encoded words": b"Subject: " + b" ".join([b"=?utf-8?q?caf=C3=A9?="] * (MIB // 20)),
    "addresses": b"To: " + b", ".join([b'"Desk" <desk@example.org>'] * (MIB // 26)),
    "parameters": b"Content-Type: text/plain; " + b"; ".join([b"a=b"] * (MIB // 5)),
    "one long word": b"X-Note: " + b"a" * MIB,
    "hyphenated word": b"X-Note: " + b"a-" * (MIB // 2),
}


@pytest.mark.parametrize("kind", sorted(HUGE_HEADERS))
def test_a_one_mebibyte_header_is_read_in_linear_time(kind: str) -> None:
    """Extraction and the fingerprint pass's look at the headers, each in its child."""
    message = b"From: a@example.org\r\n" + HUGE_HEADERS[kind] + b"\r\n\r\nthe body\r\n"
    started = time.monotonic()
    result = extract(message, "huge.eml")
    assert result.reviewable and result.text is not None, result.note
    assert result.text.endswith("the body")
    inspected = inspect(message, "huge.eml")
    assert inspected.kind == "eml" and inspected.note == ""
    assert time.monotonic() - started < 20  # both; a quadratic parse takes minutes


def test_encoded_words_are_decoded_as_a_reader_sees_them() -> None:
    assert decode_header("=?utf-8?q?caf=C3?= =?utf-8?q?=A9?= au lait") == "café au lait"
    assert decode_header("=?iso-8859-1?b?Y2Fm6Q==?=\r\n =?utf-8?B?w6k=?=") == "caféé"
    assert decode_header("Re: =?unknown-8?q?x?= and =?utf-8?q?ok?=") == (
        "Re: =?unknown-8?q?x?= and ok"
    )
    assert decode_header("=?utf-8?q?a?= b =?utf-8?q?c?=") == "a b c"
    assert decode_header("caf\udce9") == "café"  # a raw Windows-1252 byte, kept by the parser


def _forward_with_attachment() -> bytes:
    inner = EmailMessage()
    inner["From"] = "Piet Smit <piet@example.org>"
    inner["Subject"] = "plans"
    inner.set_content(f"Meet {MARKER} at the gate.")
    inner.add_attachment(b"Name,Phone\nLidija Marek,555\n", "text", "csv", filename="list.csv")
    outer = EmailMessage()
    outer["From"] = "Ana Ruiz <ana@example.org>"
    outer["Subject"] = "Fwd: plans"
    outer.set_content("See below.")
    outer.add_attachment(inner)
    outer.add_attachment(b"memo", "text", "plain", filename="memo.txt")
    return bytes(outer)


def test_a_forward_and_its_attachments_become_linked_documents(session: Any) -> None:
    outcome = intake_data(session, "fwd.eml", _forward_with_attachment())
    stored = [session.document(o.document.id) for o in outcome.with_members() if o.document]
    assert [d.name for d in stored] == [
        "fwd.eml",
        "fwd.eml/001-forwarded-message.eml",
        "fwd.eml/001-forwarded-message.eml/001-list.csv",
        "fwd.eml/002-memo.txt",
    ]
    outer, forward, listing, memo = stored
    assert (forward.meta["parent"], listing.meta["parent"], memo.meta["parent"]) == (
        outer.id,
        forward.id,
        outer.id,
    )
    assert session.read_text(forward.id).startswith("From: Piet Smit <piet@example.org>\n")
    assert MARKER in session.read_text(outer.id)  # the forward's text stays in its parent too
    assert "Lidija Marek" in session.read_text(listing.id)


def test_forwards_inside_forwards_are_taken_in_down_to_the_depth_limit(session: Any) -> None:
    outcome = intake_data(session, "chain.eml", nested_eml(8))
    stored = [o.document for o in outcome.with_members()]
    assert len(stored) == MAX_ARCHIVE_DEPTH + 1 and all(stored)
    deepest = session.document(stored[-1].id)  # type: ignore[union-attr]
    assert deepest.meta["depth"] == MAX_ARCHIVE_DEPTH
    assert session.read_text(deepest.id).startswith("Subject: level 4\n")


def test_a_forward_nested_past_the_limit_is_refused_as_a_member_in_one_line() -> None:
    unpacked = unpack_archive(nested_eml(MAX_NESTING), "eml", ChildLimits())
    assert [(m.name, m.refused) for m in unpacked.members] == [
        ("001-forwarded-message.eml", "it is a message nested too deeply to take out")
    ]
