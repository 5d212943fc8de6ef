"""The vault's plaintext schema as named, transactional migrations.

Only ids, states, sizes, times, public keys and ciphertext live here; every value
derived from document content is an envelope or a chunked-encryption stream.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from vault import items
from vault.errors import VaultCorrupt

Migration = Callable[[sqlite3.Connection], None]


def _initial(connection: sqlite3.Connection) -> None:
    _run_statements(
        connection,
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
        CREATE TABLE editors (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('active', 'removed')),
            created_at TEXT NOT NULL,
            signing_public BLOB NOT NULL,
            exchange_public BLOB NOT NULL,
            kdf_params TEXT NOT NULL,
            sealed_private BLOB,
            master_wrap BLOB
        );
        CREATE UNIQUE INDEX editors_active_name ON editors (name) WHERE state = 'active';
        CREATE TABLE secrets (name TEXT PRIMARY KEY, sealed BLOB NOT NULL);
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            received_at TEXT NOT NULL,
            size INTEGER NOT NULL,
            state TEXT NOT NULL,
            wrapped_key BLOB,
            meta BLOB,
            shredded_at TEXT
        );
        CREATE TABLE segments (
            document_id TEXT NOT NULL REFERENCES documents (id),
            stream TEXT NOT NULL,
            seq INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (document_id, stream, seq)
        ) WITHOUT ROWID;
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            editor_id TEXT NOT NULL,
            action TEXT NOT NULL,
            object_id TEXT,
            details TEXT NOT NULL,
            prev_hash BLOB NOT NULL,
            entry_hash BLOB NOT NULL,
            signature BLOB NOT NULL
        );
        """,
    )


def _run_statements(connection: sqlite3.Connection, script: str) -> None:
    """Execute a script statement by statement (executescript would commit mid-migration)."""
    for statement in script.split(";"):
        if statement.strip():
            connection.execute(statement)


def _items(connection: sqlite3.Connection) -> None:
    """Per-document items with a state: proposed redactions and the decisions on them."""
    _run_statements(connection, items.SCHEMA)


def _pending_editors(connection: sqlite3.Connection) -> None:
    """Editors may be ``pending``: added, but not yet confirmed by enough active editors
    (their approvals do not count and they cannot unlock). Existing editors stay active.
    SQLite cannot change a CHECK constraint, so the table is rebuilt, rows unchanged."""
    _run_statements(
        connection,
        """
        CREATE TABLE editors_new (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('active', 'pending', 'removed')),
            created_at TEXT NOT NULL,
            signing_public BLOB NOT NULL,
            exchange_public BLOB NOT NULL,
            kdf_params TEXT NOT NULL,
            sealed_private BLOB,
            master_wrap BLOB
        );
        INSERT INTO editors_new SELECT id, name, state, created_at, signing_public,
            exchange_public, kdf_params, sealed_private, master_wrap FROM editors;
        DROP TABLE editors;
        ALTER TABLE editors_new RENAME TO editors;
        CREATE UNIQUE INDEX editors_active_name ON editors (name)
            WHERE state IN ('active', 'pending');
        """,
    )


def _item_sums(connection: sqlite3.Connection) -> None:
    """Each document row carries its items' keyed sum and counts (store head format 4), so
    unlock need not read every item. NULL until the first change after an unlock fills
    them in: the key they need is not known here (see ``vault.items_mac``)."""
    _run_statements(
        connection,
        """
        ALTER TABLE documents ADD COLUMN items_sum BLOB;
        ALTER TABLE documents ADD COLUMN item_counts TEXT
        """,
    )


MIGRATIONS: list[tuple[str, Migration]] = [
    ("0001_initial", _initial),
    ("0002_items", _items),
    ("0003_pending_editors", _pending_editors),
    ("0004_item_sums", _item_sums),
]


def apply_migrations(connection: sqlite3.Connection) -> None:
    """Apply, in order, each migration not yet recorded; each in its own transaction."""
    connection.execute(
        "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    done = {row[0] for row in connection.execute("SELECT name FROM migrations")}
    for name, migration in MIGRATIONS:
        if name in done:
            continue
        connection.execute("BEGIN IMMEDIATE")
        try:
            migration(connection)
            connection.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")


def create_all(connection: sqlite3.Connection) -> None:
    """Every migration, inside the caller's transaction: a new vault is created in one
    transaction with its first editor, so a failure leaves no half-made schema."""
    connection.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    applied_at = datetime.now(UTC).isoformat(timespec="seconds")
    for name, migration in MIGRATIONS:
        migration(connection)
        connection.execute(
            "INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, applied_at)
        )


def check_current(connection: sqlite3.Connection) -> None:
    """Refuse a file whose schema is not one this code knows (not a vault, or from the future)."""
    try:
        done = [row[0] for row in connection.execute("SELECT name FROM migrations ORDER BY name")]
    except sqlite3.DatabaseError:
        raise VaultCorrupt("this file is not a workstation vault (no schema found)") from None
    known = [name for name, _ in MIGRATIONS]
    if done != known[: len(done)] or len(done) > len(known):
        raise VaultCorrupt("this vault was written by a newer or unknown version of workstation")
