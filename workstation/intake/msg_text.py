"""Outlook message (.msg): headers, the readable body, attachments listed, attached messages.

Rendered the way an email (.eml) is: the header lines a reader sees (From, To, Cc,
Subject, Date), the plain body (else the HTML body as text), one line per attachment,
then each attached message in full (forwards are part of what the reviewer must see).
The Internet headers a received message keeps follow in a block of their own: relays,
addresses and client names in them are as identifying as the body. Attachments are
listed, not extracted: each becomes a document of its own (`msg_members`).
"""

from __future__ import annotations

from dataclasses import dataclass

from workstation.confined.limits import ChildLimits
from workstation.intake import html_text, text
from workstation.intake.msg_file import DELIVERY_TIME, SUBMIT_TIME, MsgMessage, read_msg
from workstation.intake.outcome import Parsed

SUBJECT, SENDER_NAME, SENDER_ADDRESS, SENDER_SMTP = 0x0037, 0x0C1A, 0x0C1F, 0x5D01
DISPLAY_TO, DISPLAY_CC, DISPLAY_BCC = 0x0E04, 0x0E03, 0x0E02
BODY, HTML_BODY, RTF_BODY, INTERNET_HEADERS = 0x1000, 0x1013, 0x1009, 0x007D


@dataclass
class _Tally:
    attachments: int = 0
    messages: int = 0
    rtf_only: bool = False


def parse(data: bytes, limits: ChildLimits) -> Parsed:
    """Render the message and every message attached to it as one text."""
    tally = _Tally()
    rendered = render(read_msg(data, limits), tally)
    details = {"attachments": tally.attachments}
    if tally.messages:
        details["messages"] = tally.messages
    return Parsed(rendered, details, "msg_rtf_only" if tally.rtf_only else "")


def render(message: MsgMessage, tally: _Tally | None = None) -> str:
    """Header lines, body, attachment lines, attached messages, Internet headers."""
    tally = tally or _Tally()
    body = body_text(message)
    tally.rtf_only = tally.rtf_only or (not body and RTF_BODY in message.properties)
    listed, inner = [], []
    for attachment in message.attachments:
        if attachment.message is not None:
            tally.messages += 1
            inner.append("[attached message]\n" + render(attachment.message, tally))
        else:
            tally.attachments += 1
            name = " ".join((attachment.name or "unnamed").split())
            listed.append(f"[attachment: {name}, {len(attachment.data)} bytes]")
    internet = message.text(INTERNET_HEADERS).strip()
    blocks = [
        "\n".join(header_lines(message)),
        body.strip("\n"),
        "\n".join(listed),
        *inner,
        f"[internet headers]\n{text.normalise_newlines(internet)}" if internet else "",
    ]
    return "\n\n".join(block for block in blocks if block)


def header_lines(message: MsgMessage) -> list[str]:
    """The headers a mail client shows, each on one line, those the message has."""
    sender = message.text(SENDER_NAME)
    address = message.text(SENDER_SMTP) or message.text(SENDER_ADDRESS)
    if address and address != sender:
        sender = f"{sender} <{address}>" if sender else address
    moment = message.times.get(SUBMIT_TIME) or message.times.get(DELIVERY_TIME)
    lines = [
        ("From", sender),
        ("To", message.text(DISPLAY_TO)),
        ("Cc", message.text(DISPLAY_CC)),
        ("Bcc", message.text(DISPLAY_BCC)),
        ("Subject", message.text(SUBJECT)),
        ("Date", moment.strftime("%a, %d %b %Y %H:%M:%S +0000") if moment else ""),
    ]
    return [f"{name}: {' '.join(value.split())}" for name, value in lines if value.strip()]


def body_text(message: MsgMessage) -> str:
    """The plain body, else the HTML body as text (stored as a string or as bytes)."""
    plain = message.text(BODY)
    if plain.strip():
        return text.normalise_newlines(plain)
    page = message.properties.get(HTML_BODY)
    if isinstance(page, bytes):
        page = html_text.decode(page)[0]
    return html_text.html_to_text(page) if page else ""
