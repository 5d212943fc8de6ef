"""Plumbing shared by the vault tests: raw SQLite access for tampering, file snapshots, checks.

Tampering is done the way an attacker with the file would do it: a plain ``sqlite3``
connection that knows nothing of our code. Nothing here imitates or replaces vault code.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from vault.errors import VaultError

# The passphrase tests/conftest.py gives alice (STRONG_PASSPHRASE); unlock tests need it.
ALICE_PASSPHRASE = "orbit lantern cobalt meadow thistle"
BOB_PASSPHRASE = "quartz harbour velvet summit juniper"
VAULT_SUFFIXES = ("", "-wal", "-shm")


@contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection in autocommit mode, as a tamperer would use."""
    connection = sqlite3.connect(path, isolation_level=None, timeout=5)
    try:
        yield connection
    finally:
        connection.close()


def flip(data: bytes, index: int) -> bytes:
    """``data`` with one bit of byte ``index`` flipped (which bit cycles with the position)."""
    out = bytearray(data)
    out[index] ^= 1 << (index % 8)
    return bytes(out)


def positions(length: int, head: int = 100, step: int = 37) -> list[int]:
    """Every byte of a short blob; for a long one every byte of the first ``head``, then a
    sample, always including the last byte."""
    if length <= 4 * head:
        return list(range(length))
    return sorted({*range(head), *range(head, length, step), length - 1})


def blob(connection: sqlite3.Connection, query: str, *args: Any) -> bytes:
    row = connection.execute(query, args).fetchone()
    assert row is not None and row[0] is not None, f"nothing found by {query!r} {args}"
    return bytes(row[0])


def vault_files(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in VAULT_SUFFIXES]


def file_bytes(path: Path) -> dict[str, bytes | None]:
    """The vault file and its WAL as they are on disk (the -shm index is scratch space)."""
    out: dict[str, bytes | None] = {}
    for file in vault_files(path)[:2]:
        out[file.name] = file.read_bytes() if file.exists() else None
    return out


def on_disk(path: Path) -> bytes:
    """Everything SQLite keeps for this vault on disk, concatenated (.db, -wal, -shm)."""
    return b"".join(file.read_bytes() for file in vault_files(path) if file.exists())


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read with a fresh plain connection."""
    with raw(path) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in tables
        }


def one_line(error: BaseException) -> str:
    """The message of a vault error, checked to be the single line the user is shown."""
    assert isinstance(error, VaultError), f"not a VaultError: {type(error).__name__}: {error}"
    message = str(error)
    assert message, f"{type(error).__name__} has an empty message"
    assert "\n" not in message and "\r" not in message, f"message is not one line: {message!r}"
    return message
