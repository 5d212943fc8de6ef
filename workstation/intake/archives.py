"""The parent's side of unpacking an archive: the child takes the members out, we judge its reply.

The parent never opens the archive itself: the confined child lists it, refuses each
unsafe member with a code and sends back the others' bytes, up to the archive limits.
"""

from __future__ import annotations

from dataclasses import dataclass

from workstation.confined.limits import ChildLimits
from workstation.intake import protocol
from workstation.intake.notes import MEMBER_REFUSALS, refusal_note
from workstation.intake.outcome import Refused
from workstation.intake.sandbox import run_job

HEADER_BYTES_PER_MEMBER = 6 * protocol.MAX_MEMBER_NAME_CHARS + 64
REPLY_OVERHEAD = 1024 * 1024


@dataclass(frozen=True)
class Member:
    """One member as the parent sees it: a name, and its bytes or a fixed refusal sentence."""

    name: str
    data: bytes = b""
    refused: str = ""


@dataclass(frozen=True)
class Unpacked:
    """The members of an archive, or a fixed note saying why none could be taken out."""

    members: list[Member]
    note: str = ""


def unpack_archive(data: bytes, kind: str, limits: ChildLimits) -> Unpacked:
    """Take out the members of a ZIP or tar archive (`kind`), parsing it only in the child."""
    if len(data) > limits.max_input_bytes:
        return Unpacked([], note=refusal_note("zip_too_big", kind, limits))
    cap = (
        limits.max_zip_uncompressed
        + HEADER_BYTES_PER_MEMBER * limits.max_zip_members
        + REPLY_OVERHEAD
    )
    finished = run_job(f"unpack-{kind}", data, limits, cap)
    if isinstance(finished, Refused):
        return Unpacked([], note=refusal_note(finished.code, kind, limits))
    if finished.returncode != 0:
        return Unpacked([], note=refusal_note("crashed", kind, limits))
    try:
        outcome = protocol.decode_members(finished.reply)
    except protocol.BadReply:
        return Unpacked([], note=refusal_note("crashed", kind, limits))
    if isinstance(outcome, Refused):
        return Unpacked([], note=refusal_note(outcome.code, kind, limits))
    return Unpacked(
        [Member(name, data, MEMBER_REFUSALS[code] if code else "") for name, data, code in outcome]
    )
