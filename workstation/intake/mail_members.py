"""Inside the child: an email's attachments and a mailbox's messages, as members to take in.

Each becomes a document of its own, linked to its email or mailbox. A mailbox (mbox) is
split at its "From " lines; an email's attachments are decoded from their transfer
encoding. An attached message (a forward) is taken out whole, as an email of its own,
so its attachments come out in turn when it is taken in: intake's depth limit
(`MAX_ARCHIVE_DEPTH`) ends the recursion, and a forward nested past `MAX_NESTING` is
refused as a member. The archive limits apply: member count and total size.
"""

from __future__ import annotations

import re
from email.message import Message

from workstation.confined.limits import ChildLimits
from workstation.intake.archive_members import Member
from workstation.intake.email_msg import (
    attached_message,
    attachment_name,
    attachment_parts,
    nesting,
)
from workstation.intake.mime_message import parse_message
from workstation.intake.outcome import Refused

MAX_NAME_CHARS = 200
MAX_NESTING = 40
"""Parts nested deeper than this in a forwarded message refuse it as a member: taking it
out means serialising it, which recurses once per level."""
_FROM_LINE = re.compile(rb"^From [^\n]*\n", re.MULTILINE)
_QUOTED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)


def unpack(data: bytes, kind: str, limits: ChildLimits) -> list[Member]:
    """The attachments of an email (`kind` "eml") or the messages of a mailbox ("mbox")."""
    members = _attachments(data) if kind == "eml" else _messages(data)
    if len(members) > limits.max_zip_members:
        raise Refused("zip_too_many_members")
    return within_total(members, limits)


def _attachments(data: bytes) -> list[Member]:
    members = []
    for number, leaf in enumerate(attachment_parts(parse_message(data)), start=1):
        inner = attached_message(leaf)
        if inner is not None:
            members.append(_forwarded(number, leaf, inner))
            continue
        payload = leaf.get_payload(decode=True)
        name = safe_name(attachment_name(leaf)) or f"attachment-{number}"
        members.append(
            Member(f"{number:03d}-{name}", payload if isinstance(payload, bytes) else b"")
        )
    return members


def _forwarded(number: int, leaf: Message, inner: Message) -> Member:
    """An attached message as an email of its own (its attachments then come out in turn)."""
    name = safe_name(attachment_name(leaf)) or "forwarded-message"
    name = f"{number:03d}-{name}" + ("" if name.lower().endswith(".eml") else ".eml")
    if nesting(inner) > MAX_NESTING:
        return Member(name, code="member_too_deep")
    try:
        return Member(name, inner.as_bytes())
    except (ValueError, LookupError, RecursionError):
        return Member(name, code="unreadable")


def _messages(data: bytes) -> list[Member]:
    """Split at each "From " line that starts a message, undoing mboxrd's ">From " quoting."""
    lines = list(_FROM_LINE.finditer(data))
    starts = [line.end() for line in lines]
    ends = [*(line.start() for line in lines[1:]), len(data)]
    if not starts:
        raise Refused("mbox_invalid")
    return [
        Member(f"message-{number:05d}.eml", _QUOTED_FROM.sub(rb"\1", data[start:end]))
        for number, (start, end) in enumerate(zip(starts, ends, strict=True), start=1)
    ]


def safe_name(name: str | None) -> str:
    """A sender's file name as one path component: no folders, no control characters."""
    if not name:
        return ""
    cleaned = "".join(c if c.isprintable() and c not in "/\\" else "_" for c in name)
    return cleaned.strip(". ")[:MAX_NAME_CHARS]


def within_total(members: list[Member], limits: ChildLimits) -> list[Member]:
    """Members past the total uncompressed size are refused, each on its own."""
    kept, total = [], 0
    for member in members:
        total += len(member.data)
        if total > limits.max_zip_uncompressed:
            kept.append(Member(member.name, code="zip_too_big"))
        else:
            kept.append(member)
    return kept
