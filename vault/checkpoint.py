"""Checkpoints: a signed audit head kept outside the vault, to catch a cut-off or rewritten log.

A chain verifies on its own even if its newest entries were deleted; only a copy of
the head kept elsewhere shows that. ``verify`` checks the checkpoint's signature
against an editor of this vault and that the vault's chain still holds that entry.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from vault import audit, crypto
from vault.errors import VaultError, VaultTampered
from vault.session import Session
from vault.store import Vault

FORMAT = "workstation-checkpoint/1"


class CheckpointError(VaultError):
    """The checkpoint file itself is unreadable, for another vault, or badly signed."""


@dataclass(frozen=True)
class Checkpoint:
    format: str
    vault_id: str
    seq: int
    head_hash: str
    at: str
    editor: str
    signing_public: str
    signature: str = ""

    def signed_part(self) -> bytes:
        fields = asdict(self) | {"signature": ""}
        return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True, indent=2)


def create(session: Session, signing_private: bytes, signing_public: bytes) -> Checkpoint:
    """Sign the current audit head as this editor."""
    seq, hash_ = audit.head(session.connection)
    unsigned = Checkpoint(
        FORMAT,
        session.vault_id.hex(),
        seq,
        hash_.hex(),
        datetime.now(UTC).isoformat(timespec="seconds"),
        session.editor_name,
        signing_public.hex(),
    )
    signature = crypto.sign(signing_private, unsigned.signed_part())
    return Checkpoint(**(asdict(unsigned) | {"signature": signature.hex()}))


def parse(text: str) -> Checkpoint:
    try:
        fields = json.loads(text)
        point = Checkpoint(**fields)
        if point.format != FORMAT:
            raise ValueError(point.format)
        bytes.fromhex(point.signature + point.signing_public + point.head_hash)
    except (ValueError, TypeError):
        raise CheckpointError("the checkpoint file is not a workstation checkpoint") from None
    return point


def verify(vault: Vault, point: Checkpoint) -> None:
    """Raise unless the checkpoint is genuine and the vault's chain still contains it."""
    if point.vault_id != vault.vault_id.hex():
        raise CheckpointError("the checkpoint belongs to another vault")
    known = {editor.signing_public.hex() for editor in vault.editors(include_removed=True)}
    if point.signing_public not in known:
        raise CheckpointError("the checkpoint was signed by a key that is not an editor's")
    if not crypto.verify_signature(
        bytes.fromhex(point.signing_public), bytes.fromhex(point.signature), point.signed_part()
    ):
        raise CheckpointError("the checkpoint's signature does not verify (it was altered)")
    report = vault.verify_audit()
    if not report.ok:
        raise VaultTampered(f"audit entry {report.broken_seq}: {report.reason}")
    if report.head_seq < point.seq:
        raise VaultTampered(
            f"the audit log was cut short: the checkpoint covers entry {point.seq}"
            f" but the vault's verified log ends at entry {report.head_seq}"
        )
    for entry in vault.audit_entries():
        if entry.seq == point.seq:
            if entry.entry_hash.hex() != point.head_hash:
                raise VaultTampered(
                    f"audit entry {point.seq} differs from the checkpoint (history was rewritten)"
                )
            return
