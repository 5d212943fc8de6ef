"""Archives at intake: members become documents linked to their archive, judged one by one.

Everything runs through the real confined child; the reply protocol is also checked
against forged replies, since the parent must not trust what the child sends.
"""

from __future__ import annotations

import io
import tarfile
import zipfile
from email.message import EmailMessage
from typing import Any

import pytest

from workstation.intake import ChildLimits, protocol
from workstation.intake.archive_members import Member, name_refusal
from workstation.intake.archives import unpack_archive
from workstation.intake.notes import refusal_note
from workstation.intake.outcome import Refused
from workstation.services.intake import intake_data

UP = "." * 2
"""A parent-folder name component, built so no path literal climbs out of the checkout."""
MEMO = b"The courier Odile Brandt left at dawn.\n"


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_members_are_linked_to_their_archive_and_nested_archives_unpacked(
    session: Any,
) -> None:
    inner = _zip({"deep/memo.txt": MEMO})
    outcome = intake_data(session, "leak.zip", _zip({"memo.txt": MEMO, "inner.zip": inner}))
    stored = [o.document for o in outcome.with_members()]
    assert all(document is not None for document in stored)
    parent, memo, nested, deep = (session.document(d.id) for d in stored if d is not None)
    assert [d.name for d in (parent, memo, nested, deep)] == [
        "leak.zip",
        "leak.zip/memo.txt",
        "leak.zip/inner.zip",
        "leak.zip/inner.zip/deep/memo.txt",
    ]
    assert "parent" not in parent.meta
    assert (memo.meta["parent"], nested.meta["parent"], deep.meta["parent"]) == (
        parent.id,
        parent.id,
        nested.id,
    )
    assert (parent.reviewable, memo.reviewable, deep.reviewable) == (False, True, True)
    assert session.read_text(deep.id) == MEMO.decode()


def test_too_many_members_or_a_broken_archive_stores_it_unpacked_with_a_note() -> None:
    few = ChildLimits(max_zip_members=2)
    crowded = unpack_archive(_zip({f"{n}.txt": b"x" for n in range(3)}), "zip", few)
    assert (crowded.members, crowded.note) == ([], unpack_archive_note("zip_too_many_members"))
    broken = unpack_archive(b"PK\x03\x04 not really", "zip", ChildLimits())
    assert broken.note == "ZIP archive is not a valid zip file"
    assert unpack_archive(b"junk" * 200, "tar", ChildLimits()).note == (
        "tar archive is not a valid tar archive"
    )


def unpack_archive_note(code: str) -> str:
    return refusal_note(code, "zip", ChildLimits())


def test_a_tar_member_past_the_total_size_is_refused_and_ends_the_listing() -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        for name in ("a.txt", "b.txt", "c.txt"):
            info = tarfile.TarInfo(name)
            info.size = 600
            archive.addfile(info, io.BytesIO(b"y" * 600))
    small = ChildLimits(max_zip_uncompressed=1000)
    members = unpack_archive(buffer.getvalue(), "tar", small).members
    assert [(m.name, len(m.data), bool(m.refused)) for m in members] == [
        ("a.txt", 600, False),
        ("b.txt", 0, True),
    ]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("memo.txt", ""),
        (f"a/{UP}/b.txt", "member_traversal"),
        (f"{UP}\\{UP}\\win.ini", "member_traversal"),
        ("/etc/passwd", "member_absolute"),
        ("C:\\boot.ini", "member_absolute"),
        ("", "member_bad_name"),
    ],
)
def test_member_names_judged(name: str, code: str) -> None:
    assert name_refusal(name) == code


@pytest.mark.parametrize(
    "reply",
    [
        b'{"ok": true, "members": [{"name": "a", "code": "", "size": 5}]}\nabc',
        b'{"ok": true, "members": [{"name": "a", "code": "bogus", "size": 0}]}\n',
        b'{"ok": true, "members": [{"name": "a", "code": "member_link", "size": 1}]}\nx',
        b'{"ok": true, "members": [{"name": 3, "code": "", "size": 0}]}\n',
        b"not json",
    ],
)
def test_a_forged_unpacking_reply_is_rejected(reply: bytes) -> None:
    with pytest.raises(protocol.BadReply):
        protocol.decode_members(reply)


def test_an_unpacking_reply_round_trips() -> None:
    raw = b"".join(protocol.encode_members([Member("a", b"one"), Member("b", code="member_link")]))
    assert protocol.decode_members(raw) == [("a", b"one", ""), ("b", b"", "member_link")]
    refused = protocol.decode_members(b"".join(protocol.encode_members(Refused("zip_invalid"))))
    assert isinstance(refused, Refused)
    assert refused.code == "zip_invalid"


def _email(subject: str, attachments: dict[str, bytes]) -> bytes:
    message = EmailMessage()
    message["From"] = "ana@example.org"
    message["Subject"] = subject
    message.set_content(f"Body of {subject}.\n")
    for name, data in attachments.items():
        message.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return message.as_bytes()


def test_an_emails_attachments_become_documents_linked_to_it(session: Any) -> None:
    mail = _email("Plans", {f"{UP}/{UP}/memo.txt": MEMO, "inner.zip": _zip({"a.txt": MEMO})})
    outcome = intake_data(session, "plans.eml", mail)
    stored = [o.document for o in outcome.with_members()]
    assert all(document is not None for document in stored)
    email, memo, archive, inner = (session.document(d.id) for d in stored if d is not None)
    assert [d.name for d in (email, memo, archive, inner)] == [
        "plans.eml",
        "plans.eml/001-_.._memo.txt",
        "plans.eml/002-inner.zip",
        "plans.eml/002-inner.zip/a.txt",
    ]
    assert email.reviewable
    assert "Body of Plans." in (session.read_text(email.id) or "")
    assert (memo.meta["parent"], inner.meta["parent"]) == (email.id, archive.id)
    assert session.read_text(memo.id) == MEMO.decode()


def test_a_mailbox_becomes_its_messages_and_their_attachments(session: Any) -> None:
    quoted = _email("Second", {}).replace(b"Body of", b"From the desk:\nBody of")
    quoted = quoted.replace(b"From the desk", b">From the desk")
    mbox = (
        b"From ana@example.org Mon Jan  1 00:00:00 2024\n"
        + _email("First", {"memo.txt": MEMO})
        + b"\nFrom bob@example.org Tue Jan  2 00:00:00 2024\n"
        + quoted
    )
    outcome = intake_data(session, "leak.mbox", mbox)
    names = [o.shown_name for o in outcome.with_members()]
    assert names == [
        "leak.mbox",
        "leak.mbox/message-00001.eml",
        "leak.mbox/message-00001.eml/001-memo.txt",
        "leak.mbox/message-00002.eml",
    ]
    second = outcome.members[1].document
    assert second is not None
    assert "From the desk:" in (session.read_text(second.id) or "")
    assert ">From" not in (session.read_text(second.id) or "")
    assert outcome.document is not None
    assert not outcome.document.reviewable
    assert unpack_archive(b"no messages here", "mbox", ChildLimits()).note == (
        'Mailbox holds no messages (no "From " line)'
    )
