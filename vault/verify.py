"""Full vault check: decrypt and authenticate every row, like ``restic check --read-data``.

Unlike unlock (which checks only the sealed head and the rows it covers, no item),
this reads every ciphertext and re-sums every document's items, so a flipped byte
deep inside a 500 MB document or a deleted decision is found before anyone needs it.
It never relies on the listing snapshot; it only says whether the snapshot is stale.
Problems are collected, not raised, so one report names all of them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from vault import documents, head
from vault.errors import VaultError
from vault.kdf import KdfParams
from vault.session import Session
from vault.store import Vault


@dataclass
class VerifyReport:
    documents: int = 0
    shredded: int = 0
    bytes_checked: int = 0
    audit_entries: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_vault(vault: Vault, session: Session) -> VerifyReport:
    """Check SQLite integrity, the head, the audit chain, every document, secret and slot."""
    report = VerifyReport()
    session.refresh()  # follow a rotation another window committed since unlock
    _check_sqlite(session.connection, report)
    _guard(
        report,
        lambda: head.check(
            session.connection, session.keys.master_key, session.vault_id, session.keys.key_id
        ),
    )
    chain = vault.verify_audit()
    report.audit_entries = chain.checked
    if not chain.ok:
        report.problems.append(f"audit entry {chain.broken_seq}: {chain.reason}")
    for document_id in documents.all_ids(session.connection):
        _check_document(session, document_id, report)
    _check_orphans(session.connection, report)
    _check_listing_snapshot(session, report)
    for (name,) in session.connection.execute("SELECT name FROM secrets").fetchall():
        _guard(report, partial(session.get_secret, str(name)))
    _check_slots(session.connection, report)
    return report


def _guard(report: VerifyReport, check: Callable[[], object]) -> None:
    try:
        check()
    except VaultError as error:
        report.problems.append(str(error))


def _check_sqlite(connection: sqlite3.Connection, report: VerifyReport) -> None:
    result = connection.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        report.problems.append("SQLite reports damage in the vault file (integrity_check failed)")


def _check_document(session: Session, document_id: str, report: VerifyReport) -> None:
    try:
        info = session.document(document_id)
        session.check_items(document_id)  # unlock does not read the items: verify does
        if info.state == "shredded":
            report.shredded += 1
            return
        size = sum(len(piece) for piece in session.read_original(document_id))
        if size != info.size:
            report.problems.append(f"document {document_id}: stored size does not match")
        if info.meta.get("has_text"):
            text = session.read_text(document_id) or ""
            report.bytes_checked += len(text.encode("utf-8"))
        report.documents += 1
        report.bytes_checked += size
    except VaultError as error:
        report.problems.append(str(error))


def _check_listing_snapshot(session: Session, report: VerifyReport) -> None:
    """The listing snapshot is a cache (every document was just opened from its row): a
    segment that does not match its rows is only worth a warning. Rows written by another
    program, or changed behind the vault's back (named above), leave it stale."""
    stale: set[int] = set()
    for _ in documents.listing(session.connection, session.keys, stale):
        pass
    if stale:
        numbers = ", ".join(str(segment) for segment in sorted(stale))
        report.warnings.append(
            f"listing snapshot segment(s) {numbers} do not match their documents' rows;"
            " listings open those rows one by one until the next change re-seals them"
        )


def _check_orphans(connection: sqlite3.Connection, report: VerifyReport) -> None:
    orphans = connection.execute(
        "SELECT COUNT(*) FROM segments s LEFT JOIN documents d ON d.id = s.document_id"
        " WHERE d.id IS NULL OR d.state = 'shredded'"
    ).fetchone()[0]
    if orphans:
        report.problems.append(f"{orphans} encrypted segments belong to no live document")


def _check_slots(connection: sqlite3.Connection, report: VerifyReport) -> None:
    rows = connection.execute(
        "SELECT name, state, kdf_params, sealed_private, master_wrap FROM editors"
    ).fetchall()
    for name, state, kdf_json, sealed_private, master_wrap in rows:
        complete = sealed_private is not None and master_wrap is not None
        if state == "active" and not complete:
            report.problems.append(f"editor {name}: key slot is incomplete")
        if state == "removed" and (sealed_private is not None or master_wrap is not None):
            report.problems.append(f"removed editor {name} still has key material")
        if state == "active" and KdfParams.from_json(kdf_json).is_test_strength:
            report.warnings.append(
                f"editor {name}: passphrase protected by test-strength key derivation; "
                "run 'workstation editor passwd' without WORKSTATION_UNSAFE_TEST_KDF"
            )
