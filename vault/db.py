"""SQLite connection with the durability and hygiene settings the vault relies on.

WAL with synchronous=FULL makes every committed intake survive a crash;
secure_delete zeroes freed pages so shredded ciphertext does not linger;
temp_store=MEMORY keeps SQLite's own scratch data off the disk.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from vault.errors import VaultBusy, VaultCorrupt, VaultError, VaultNotFound, VaultTampered

BUSY_TIMEOUT_MS = 3000


def connect(path: Path, *, create: bool = False) -> sqlite3.Connection:
    """Open the vault file with its pragmas; refuse a missing file unless creating."""
    if not create and not path.is_file():
        raise VaultNotFound(f"no vault at {path}: run 'workstation init' or pass --vault PATH")
    uri = f"{path.resolve().as_uri()}?mode={'rwc' if create else 'rw'}"
    try:
        connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as error:
        raise translate(error, path) from None
    try:
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not create:
            _require_vault_schema(connection, path)
        connection.execute("PRAGMA journal_mode=WAL")
        for pragma in ("synchronous=FULL", "secure_delete=ON", "temp_store=MEMORY"):
            connection.execute(f"PRAGMA {pragma}")
        connection.execute("PRAGMA foreign_keys=ON")
    except BaseException as error:
        connection.close()
        if isinstance(error, sqlite3.Error):
            raise translate(error, path) from None
        raise
    return connection


def _require_vault_schema(connection: sqlite3.Connection, path: Path) -> None:
    """Refuse a file that is not a vault before any pragma writes to it (e.g. journal mode)."""
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'"
    ).fetchone()
    if found is None:
        raise VaultCorrupt(f"{path} is not a workstation vault (no schema found)")


def translate(error: sqlite3.Error, path: Path | str | None = None) -> VaultError:
    """Turn SQLite's exception into the one-line vault error the user should see."""
    text = str(error).lower()
    vault = "the vault" if path is None else f"the vault {path}"
    if "locked" in text or "busy" in text:
        return VaultBusy(
            f"{vault} is in use by another workstation process; try again when it is done"
        )
    if isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.OperationalError):
        what = "the vault file" if path is None else str(path)
        return VaultCorrupt(f"{what} is not a readable vault (the file is damaged or not a vault)")
    return VaultCorrupt(f"{vault} could not be read ({type(error).__name__})")


@contextmanager
def write_transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One atomic change: BEGIN IMMEDIATE takes the write lock up front, so we fail fast."""
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        raise translate(error) from None
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    try:
        connection.execute("COMMIT")
    except sqlite3.Error as error:
        raise translate(error) from None


def scrub_journal(connection: sqlite3.Connection) -> None:
    """Move WAL pages into the database and truncate the WAL, so replaced bytes leave the disk."""
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as error:
        raise translate(error) from None


def blob(value: object, what: str) -> bytes:
    """A BLOB column's bytes; any other type means the file was edited by hand."""
    if isinstance(value, bytes):
        return value
    raise VaultTampered(f"{what} is not stored as binary data (the vault was edited)")
