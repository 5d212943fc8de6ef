"""Reading, verifying and checkpointing the audit log.

Showing and verifying need no passphrase: the log holds no secrets, so someone
reviewing it later can check it with the editors' public keys alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vault import checkpoint
from vault.audit import AuditEntry, ChainReport
from vault.session import Session
from vault.store import Vault
from workstation.services.errors import WorkstationError


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
        try:
            text = checkpoint_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise WorkstationError(f"cannot read the checkpoint file {checkpoint_file}") from None
        checkpoint.verify(vault, checkpoint.parse(text))
    return report


def make_checkpoint(session: Session) -> checkpoint.Checkpoint:
    private, public = session.signing_keys()
    point = checkpoint.create(session, private, public)
    session.record("audit.checkpoint", None, {"seq": point.seq})
    return point
