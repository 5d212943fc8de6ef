"""Reading, verifying and checkpointing the audit log.

Showing and verifying need no passphrase: the log holds no secrets, so someone
reviewing it later can check it with the editors' public keys alone.
"""

from __future__ import annotations

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


def rows(vault: Vault) -> list[AuditRow]:
    names = {editor.id: editor.name for editor in vault.editors(include_removed=True)}
    return [_row(entry, names) for entry in vault.audit_entries()]


def _row(entry: AuditEntry, names: dict[str, str]) -> AuditRow:
    return AuditRow(
        entry.seq,
        entry.at,
        names.get(entry.editor_id, entry.editor_id),
        entry.action,
        entry.object_id or "",
        entry.details,
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


def make_checkpoint(session: Session) -> checkpoint.Checkpoint:
    """Record the checkpoint in the log first, so the signed head covers that entry too."""
    private, public = session.signing_keys()
    session.record("audit.checkpoint", None, {})
    return checkpoint.create(session, private, public)
