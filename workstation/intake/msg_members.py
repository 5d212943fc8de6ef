"""Inside the child: an Outlook message's attachments, as members to take in.

Each attachment becomes a document of its own, linked to its message, as an email's do.
A file attachment travels as its bytes. An attached message travels as an email (.eml)
built from its properties: its headers, its body and its own attachments (attached
messages in it as message/rfc822 parts), so intake reads it, and takes out its
attachments in turn, exactly as it does for a forwarded email. The archive limits apply.
"""

from __future__ import annotations

from email import errors
from email.message import EmailMessage

from workstation.confined.limits import ChildLimits
from workstation.intake.archive_members import Member
from workstation.intake.mail_members import safe_name, within_total
from workstation.intake.msg_file import MsgMessage, read_msg
from workstation.intake.msg_text import body_text, header_lines
from workstation.intake.outcome import Refused


def unpack(data: bytes, kind: str, limits: ChildLimits) -> list[Member]:
    """The attachments of the Outlook message in `data` (`kind` is "msg")."""
    message = read_msg(data, limits)
    if len(message.attachments) > limits.max_zip_members:
        raise Refused("zip_too_many_members")
    members = []
    for number, attachment in enumerate(message.attachments, start=1):
        if attachment.message is not None:
            name = safe_name(attachment.name) or "attached message"
            members.append(Member(f"{number:03d}-{name}.eml", as_email(attachment.message)))
        else:
            name = safe_name(attachment.name) or f"attachment-{number}"
            members.append(Member(f"{number:03d}-{name}", attachment.data))
    return within_total(members, limits)


def as_email(message: MsgMessage) -> bytes:
    """The message as an RFC 5322 email: the same header lines, body and attachments."""
    return _email(message).as_bytes()


def _email(message: MsgMessage) -> EmailMessage:
    email = EmailMessage()
    for line in header_lines(message):
        name, _, value = line.partition(": ")
        try:
            email[name] = value
        except (ValueError, TypeError, IndexError, errors.MessageError):
            continue  # a value no header parser accepts is left out, not the message
    email.set_content(body_text(message))
    for number, attachment in enumerate(message.attachments, start=1):
        if attachment.message is not None:
            email.add_attachment(_email(attachment.message))
        else:
            email.add_attachment(
                attachment.data,
                maintype="application",
                subtype="octet-stream",
                filename=safe_name(attachment.name) or f"attachment-{number}",
            )
    return email
