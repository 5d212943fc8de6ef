"""SQLite connection with the durability and hygiene settings the vault relies on.

WAL with synchronous=FULL makes every committed intake survive a crash;
secure_delete zeroes freed pages so shredded ciphertext does not linger;
temp_store=MEMORY keeps SQLite's own scratch data off the disk.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from vault.errors import (
    VaultBusy,
    VaultCorrupt,
    VaultError,
    VaultNotFound,
    VaultTampered,
    VaultWriteFailed,
)

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
            # Creating, the pragmas write the new file's header: a failure is a write failure.
            raise (translate_write(error) if create else translate(error, path)) from None
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


# SQLite primary result codes (the low byte of an extended code) that need their own words.
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_NOTADB = 26


def translate_write(error: sqlite3.Error) -> VaultError:
    """A failed write, in one line that says nothing was changed (the transaction rolled back)."""
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    if code == _SQLITE_FULL:
        return VaultWriteFailed("the disk is full; nothing was changed (free some space and retry)")
    if code == _SQLITE_IOERR:
        return VaultWriteFailed(
            "the disk reported an error while writing the vault; nothing was changed"
        )
    if code == _SQLITE_READONLY:
        return VaultWriteFailed("the vault file cannot be written (read-only); nothing was changed")
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return VaultCorrupt(
            "the vault file is damaged (SQLite reports corruption); nothing was changed"
        )
    translated = translate(error)
    if isinstance(translated, VaultBusy):
        return translated
    return VaultWriteFailed(
        f"the vault could not be written ({type(error).__name__}); nothing was changed"
    )


@contextmanager
def write_transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One atomic change: BEGIN IMMEDIATE takes the write lock up front, so we fail fast.

    A SQLite failure inside the body or at COMMIT (disk full, I/O error) rolls back and
    becomes a one-line VaultError; SQLite may already have rolled back by itself, so
    ROLLBACK is only sent while a transaction is still open.
    """
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        raise translate_write(error) from None
    try:
        yield connection
        connection.execute("COMMIT")
    except sqlite3.Error as error:
        _rollback(connection)
        raise translate_write(error) from None
    except BaseException:
        _rollback(connection)
        raise


def _rollback(connection: sqlite3.Connection) -> None:
    """Undo an open transaction; a failing ROLLBACK must not hide the error that caused it."""
    if not connection.in_transaction:
        return
    with suppress(sqlite3.Error):
        connection.execute("ROLLBACK")


SCRUB_ATTEMPTS = 5
SCRUB_PAUSE_SECONDS = 0.05


def scrub_journal(
    connection: sqlite3.Connection,
    attempts: int = SCRUB_ATTEMPTS,
    pause: float = SCRUB_PAUSE_SECONDS,
) -> bool:
    """Move WAL pages into the database and truncate the WAL, so replaced bytes leave the disk.

    Returns False when another connection (a reader in another workstation window) keeps
    the WAL in use, so it could not be truncated after a few brief tries: the old bytes
    then stay in the -wal file until that connection ends. Never waits on SQLite's busy
    timeout: each try fails at once and the pause between tries is short.
    """
    if connection.in_transaction:
        return False
    connection.execute("PRAGMA busy_timeout=0")
    try:
        for attempt in range(max(1, attempts)):
            if attempt:
                time.sleep(pause)
            try:
                busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            except sqlite3.OperationalError as error:
                if not isinstance(translate(error), VaultBusy):
                    raise translate(error) from None
                continue
            if busy == 0:
                return True
        return False
    finally:
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def meta_identity(connection: sqlite3.Connection) -> tuple[bytes, int]:
    """(vault_id, key_id) from the meta table: the vault's identity and master-key generation."""
    rows = dict(
        connection.execute("SELECT key, value FROM meta WHERE key IN ('vault_id', 'key_id')")
    )
    try:
        vault_id, key_id = rows["vault_id"], rows["key_id"]
        if not isinstance(vault_id, bytes) or not isinstance(key_id, bytes):
            raise ValueError("not stored as binary data")
        return vault_id, int(key_id.decode("ascii"))
    except (KeyError, ValueError):
        raise VaultCorrupt(
            "this vault is missing its identity record (damaged or not a vault)"
        ) from None


def blob(value: object, what: str) -> bytes:
    """A BLOB column's bytes; any other type means the file was edited by hand."""
    if isinstance(value, bytes):
        return value
    raise VaultTampered(f"{what} is not stored as binary data (the vault was edited)")
