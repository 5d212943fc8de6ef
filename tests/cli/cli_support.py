"""Helpers shared by the command-line tests: run the real command, read its output, check errors.

Every test here runs ``python -m workstation`` in a subprocess on real files, the way a
journalist would; nothing is mocked.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

# The same passphrases as tests/conftest.py (not importable from here: tests/ is no package).
STRONG_PASSPHRASE = "orbit lantern cobalt meadow thistle"
SECOND_PASSPHRASE = "quartz harbour velvet summit juniper"
THIRD_PASSPHRASE = "saffron glacier tundra pelican mosaic"

# Raw characters that must never reach a terminal from untrusted names or text.
HOSTILE = ("\x1b", "\x07", "\x9b", "\u202e")

DOCUMENT_ID = re.compile(r"^d[0-9a-z]{10}$")


def error_lines(stderr: str, *, allow_warnings: bool = False) -> list[str]:
    """The non-empty stderr lines; 'warning:' lines are dropped only when allowed."""
    lines = [line.strip() for line in stderr.strip().splitlines() if line.strip()]
    if allow_warnings:
        lines = [line for line in lines if not line.lower().startswith("warning:")]
    return lines


def assert_no_traceback(result: Any) -> None:
    for stream in (result.stdout, result.stderr):
        assert "Traceback" not in stream, stream
        assert 'File "' not in stream, stream


def assert_one_line_error(result: Any, *words: str, allow_warnings: bool = False) -> str:
    """Non-zero exit, one line on stderr (plus legitimate warnings), naming the problem.

    Each of ``words`` must appear in the line (case-insensitive); returns the line.
    """
    assert result.returncode != 0, (result.stdout, result.stderr)
    assert_no_traceback(result)
    lines = error_lines(result.stderr, allow_warnings=allow_warnings)
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word.lower() in lines[0].lower(), (word, lines[0])
    return lines[0]


def listing(cli: Any, **kwargs: Any) -> list[dict[str, Any]]:
    result = cli.run("list", "--json", **kwargs)
    assert result.returncode == 0, result.stderr
    data: list[dict[str, Any]] = json.loads(result.stdout)
    return data


def by_name(cli: Any) -> dict[str, dict[str, Any]]:
    return {document["name"]: document for document in listing(cli)}


def stored_ids(stdout: str) -> list[str]:
    ids = stdout.split()
    assert all(DOCUMENT_ID.match(i) for i in ids), stdout
    return ids


def vault_bytes(vault_path: Path) -> bytes:
    """Every byte the vault keeps on disk: the database and its WAL and shared-memory files."""
    parts = [vault_path, *vault_path.parent.glob(vault_path.name + "-*")]
    return b"".join(part.read_bytes() for part in parts if part.is_file())


def sql(vault_path: Path, statement: str, parameters: tuple[Any, ...] = ()) -> list[Any]:
    """Run SQL on the vault file directly, as someone with the file but no passphrase could."""
    connection = sqlite3.connect(vault_path)
    try:
        rows = connection.execute(statement, parameters).fetchall()
        connection.commit()
    finally:
        connection.close()
    return rows


def run_workstation(
    *arguments: str,
    timeout: float = 60,
    cwd: Path | None = None,
    python_flags: tuple[str, ...] = (),
) -> subprocess.CompletedProcess[str]:
    """The command without the fixture's global options (for --help, seal, demo, timeouts)."""
    return subprocess.run(
        [sys.executable, *python_flags, "-m", "workstation", *arguments],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        cwd=cwd,
        env=dict(os.environ),
    )
