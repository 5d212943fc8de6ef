"""Run one parser in a separate, confined Python process.

Parsers for PDF, DOCX, email and HTML are large and see hostile input. Running them in a
child (`workstation.confined`) means a crash, a runaway loop or a memory blow-up costs
one extraction, not the workstation, and the limits apply to the parser alone.
"""

from __future__ import annotations

import signal

from workstation.confined import spawn
from workstation.confined.limits import ChildLimits
from workstation.intake import protocol
from workstation.intake.outcome import Parsed, Refused

CHILD_MODULE = "workstation.intake.child"
ZYGOTE_PRELOAD = tuple(
    f"workstation.intake.{name}"
    for name in (
        "child",
        "protocol",
        "text",
        "email_msg",
        "html_text",
        "docx_text",
        "odt_text",
        "ods_text",
        "rtf_text",
        "pptx_text",
        "csv_text",
        "pdf_text",
        "image_text",
        "archive_members",
        "mail_members",
        "msg_text",
        "msg_members",
        "guarded_inspectors",
    )
)
"""What the zygotes of pooled intake import before forking (see `confined.pool`). Not
`xlsx_text`: importing it starts a thread, and a process with threads must not fork
(nor could its children make a user namespace); spreadsheet children import it
themselves, as fresh children do."""

REPLY_BYTES_PER_CHAR = 6
"""JSON needs at most six bytes per extracted character (a control character as \\u0001)."""
REPLY_OVERHEAD = 1024 * 1024


def run_child(kind: str, data: bytes, limits: ChildLimits) -> Parsed | Refused:
    """Parse `data` as `kind` in a child process; failures come back as `Refused`."""
    cap = REPLY_BYTES_PER_CHAR * limits.max_text_chars + REPLY_OVERHEAD
    cap += protocol.READING_REPLY_BYTES  # scanned pages' word places (`outcome.PageReading`)
    finished = run_job(kind, data, limits, cap)
    if isinstance(finished, Refused):
        return finished
    return _verdict(finished.returncode, finished.reply)


def run_job(job: str, data: bytes, limits: ChildLimits, max_reply: int) -> spawn.Finished | Refused:
    """Run one job of intake's child; its exit status and reply, or why there is none.

    A child that replies more than `max_reply` bytes (a subverted parser flooding the
    pipe) is killed and reads as a crash.
    """
    ended = spawn.run(CHILD_MODULE, [job], data, limits, max_reply)
    if isinstance(ended, spawn.Stopped):
        return Refused("timeout" if ended.reason == "timeout" else "crashed")
    return ended


def _verdict(returncode: int, stdout: bytes) -> Parsed | Refused:
    """Map how the child ended to an outcome; its stderr was never read."""
    if returncode == -signal.SIGXCPU:
        return Refused("timeout")
    if returncode != 0:
        return Refused("crashed")
    try:
        return protocol.decode(stdout)
    except protocol.BadReply:
        return Refused("crashed")
