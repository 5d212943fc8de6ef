"""Reading, verifying and checkpointing the audit log.

Showing and verifying need no passphrase: actions, editors, times and document ids
are in clear, so someone reviewing it later can check it with the editors' public
keys alone. Details that describe content (entity types, span ids, verdicts, counts)
are sealed by the vault; an unlocked session opens them. Every row says whether it
verified: an entry at or after the first broken one is shown, but marked.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from vault import AuditEntry, ChainReport, Session, Vault, checkpoint
from workstation.services.errors import IntakeRefused, WorkstationError
from workstation.services.files import open_regular
from workstation.terminal import neutralise_line

MAX_CHECKPOINT_BYTES = 64 * 1024


@dataclass(frozen=True)
class AuditRow:
    """One entry as people read it: the editor's name rather than their id."""

    seq: int
    at: str
    editor: str
    action: str
    object_id: str
    details: dict[str, str | int | bool | None]
    verified: bool = True
    """False from the first entry that fails verification on: not to be taken as genuine."""


SEALED_SHOWN = "(encrypted: unlock to read)"


def rows(vault: Vault, session: Session | None = None) -> list[AuditRow]:
    """Every entry, marked unless the chain verifies up to it; with ``session``, the
    sealed details opened."""
    names = {editor.id: editor.name for editor in vault.editors(include_removed=True)}
    report = vault.verify_audit()
    first_bad = report.broken_seq if report.broken_seq is not None else None
    listed = session.audit_entries() if session is not None else list(vault.audit_entries())
    return [_row(entry, names, first_bad is None or index + 1 < first_bad)
            for index, entry in enumerate(listed)]


def _row(entry: AuditEntry, names: dict[str, str], verified: bool) -> AuditRow:
    details = dict(entry.details)
    if isinstance(details.get("sealed"), str) and str(details["sealed"]).startswith("01"):
        details["sealed"] = SEALED_SHOWN
    return AuditRow(
        entry.seq,
        entry.at,
        names.get(entry.editor_id, entry.editor_id),
        entry.action,
        entry.object_id or "",
        details,
        verified and not entry.problem,
    )


def verify(vault: Vault, checkpoint_file: Path | None = None) -> ChainReport:
    """Verify the chain, and, given a checkpoint kept elsewhere, that nothing was cut off."""
    report = vault.verify_audit()
    if checkpoint_file is not None and report.ok:
        checkpoint.verify(vault, checkpoint.parse(_read_checkpoint(checkpoint_file)))
    return report


def _read_checkpoint(path: Path) -> str:
    """A small regular file only: a FIFO or /dev/zero must not hang or exhaust us."""
    shown = neutralise_line(str(path))
    try:
        opened = open_regular(path, MAX_CHECKPOINT_BYTES)
    except IntakeRefused as refusal:
        raise WorkstationError(f"cannot use the checkpoint file: {refusal}") from None
    try:
        return opened.read_all().decode("utf-8")
    except UnicodeDecodeError:
        raise WorkstationError(f"{shown} is not a checkpoint (not UTF-8 text)") from None
    finally:
        opened.close()


def write_checkpoint(path: Path, made: checkpoint.Checkpoint, *, replace: bool) -> None:
    """Write a checkpoint owner-only (it names editors and the log's length); never through
    a symbolic link; an existing file only if ``replace``."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | (os.O_TRUNC if replace else os.O_EXCL)
    descriptor = os.open(path, flags, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as written:
        os.fchmod(descriptor, 0o600)  # also a file that existed with wider permissions
        written.write(made.to_json() + "\n")


def make_checkpoint(session: Session) -> checkpoint.Checkpoint:
    """Record the checkpoint in the log first, so the signed head covers that entry too."""
    private, public = session.signing_keys()
    session.record("audit.checkpoint", None, {})
    return checkpoint.create(session, private, public)
