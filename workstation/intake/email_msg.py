"""Email (.eml): headers, the readable body, a list of attachments, attached messages.

Attachments are listed, not extracted: each is a document of its own. Attached messages
(forwards) are expanded because their text is part of what the reviewer must see, down
to `MAX_DEPTH`; deeper ones are listed like attachments, with a warning. Each attached
message is also a document of its own (`mail_members`), so its attachments are too.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message

from workstation.confined.limits import ChildLimits
from workstation.intake import html_text, text
from workstation.intake.encoded_words import decode_header
from workstation.intake.mime_message import parse_message
from workstation.intake.outcome import Parsed

MAX_DEPTH = 5


@dataclass
class _Tally:
    """Counts across the whole message tree, for `details`."""

    parts: int = 0
    attachments: int = 0
    messages: int = 0
    too_deep: bool = False


@dataclass
class _Sections:
    """One message's leaves, sorted by how they are rendered."""

    plain: list[str]
    html: list[str]
    attachments: list[str]
    messages: list[str]


def parse(data: bytes, limits: ChildLimits) -> Parsed:
    """Render the message and everything attached to it as one text."""
    message = parse_message(data)
    tally = _Tally()
    rendered = _render(message, 0, tally)
    details = {"parts": tally.parts, "attachments": tally.attachments}
    if tally.messages:
        details["messages"] = tally.messages
    return Parsed(rendered, details, "eml_deep" if tally.too_deep else "")


def _render(message: Message, depth: int, tally: _Tally) -> str:
    sections = _Sections([], [], [], [])
    for leaf in _leaves(message):
        tally.parts += 1
        _sort_leaf(leaf, depth, tally, sections)
    body = sections.plain or [html_text.html_to_text(page) for page in sections.html]
    blocks = [
        "\n".join(header_lines(message)),
        "\n\n".join(block.strip("\n") for block in body if block.strip()),
        "\n".join(sections.attachments),
        *sections.messages,
    ]
    return "\n\n".join(block for block in blocks if block)


def _leaves(message: Message) -> list[Message]:
    """Non-multipart parts in order, walked without recursion."""
    found: list[Message] = []
    pending = [message]
    while pending:
        part = pending.pop()
        if part.get_content_maintype() == "multipart" and part.is_multipart():
            pending.extend(reversed(_children(part)))
        else:
            found.append(part)
    return found


def _children(part: Message) -> list[Message]:
    """Sub-parts of a multipart, or the message inside a message/rfc822 part."""
    payload = part.get_payload()
    return [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []


def _sort_leaf(leaf: Message, depth: int, tally: _Tally, sections: _Sections) -> None:
    content_type = leaf.get_content_type()
    inner = attached_message(leaf)
    if inner is not None and depth < MAX_DEPTH:
        tally.messages += 1
        sections.messages.append("[attached message]\n" + _render(inner, depth + 1, tally))
    elif inner is not None or _is_attachment(leaf):
        tally.attachments += 1
        tally.too_deep = tally.too_deep or inner is not None
        sections.attachments.append(_attachment_line(leaf))
    elif content_type == "text/plain":
        sections.plain.append(part_text(leaf))
    else:
        sections.html.append(part_text(leaf))


def attachment_parts(message: Message) -> list[Message]:
    """The message's own attachments and attached messages (forwards), in order."""
    return [leaf for leaf in _leaves(message) if _is_attachment(leaf)]


def attachment_name(leaf: Message) -> str | None:
    """An attachment's file name as its sender gave it, or None."""
    return _filename(leaf)


def attached_message(leaf: Message) -> Message | None:
    """The parsed message inside a message/rfc822 part, if the parser produced one."""
    if leaf.get_content_type() != "message/rfc822":
        return None
    payload = leaf.get_payload()
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        return payload[0]
    return None


def _is_attachment(leaf: Message) -> bool:
    """Inline text/plain and text/html are the body; everything else is attached."""
    if leaf.get_content_type() not in ("text/plain", "text/html"):
        return True
    return leaf.get_content_disposition() == "attachment" or _filename(leaf) is not None


def header_lines(message: Message) -> list[str]:
    """Every header in order as "Name: value", decoded, one line each, in linear time."""
    return [f"{name}: {decode_header(str(raw))}" for name, raw in message.raw_items()]


def part_text(part: Message) -> str:
    """A text part decoded by its declared charset, then UTF-8, then Windows-1252."""
    payload = part.get_payload(decode=True)
    raw = payload if isinstance(payload, bytes) else b""
    declared = text.web_codec(part.get_content_charset() or "us-ascii")
    for codec in (declared or "utf-8", "utf-8"):
        try:
            return text.normalise_newlines(raw.decode(codec))
        except (LookupError, UnicodeDecodeError):
            continue
    return text.normalise_newlines(raw.decode("cp1252", errors="replace"))


def _attachment_line(leaf: Message) -> str:
    name = " ".join((_filename(leaf) or "unnamed").split())
    return f"[attachment: {name}, {leaf.get_content_type()}, {_size(leaf)} bytes]"


def _filename(leaf: Message) -> str | None:
    """The attachment's file name; a malformed header must not sink the whole email."""
    try:
        return leaf.get_filename()
    except Exception:
        return "unnamed"


def nesting(message: Message) -> int:
    """How deep parts nest inside the message (multiparts and attached messages alike),
    counted without recursion: serialising a message recurses once per level."""
    deepest, pending = 0, [(message, 0)]
    while pending:
        part, depth = pending.pop()
        deepest = max(deepest, depth)
        pending.extend((child, depth + 1) for child in _children(part))
    return deepest


def _size(leaf: Message) -> int:
    """Decoded bytes in the part and everything inside it, counted without recursion.

    Counting by re-serialising a message would recurse once per nesting level, which is
    exactly what a deeply nested message is built to exhaust.
    """
    total, pending = 0, [leaf]
    while pending:
        part = pending.pop()
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            total += len(payload)
        else:
            pending.extend(_children(part))
    return total
