"""Helpers shared by the command-line tests: run the real command, read its output, check errors.

Every test here runs the real ``workstation`` command on real files, the way a journalist
would; nothing is mocked. Most run it in the test process with fresh standard descriptors
(tests/in_process.py), so the model is loaded once; tests of start-up, terminals and
inherited descriptors start ``python -m workstation`` as a process (``in_subprocess``).
"""

from __future__ import annotations

import json
import os
import pty
import re
import select
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from in_process import run_in_process

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
    """The ids intake printed: the first field of each line (the file's name follows a tab)."""
    ids = [line.split("\t")[0] for line in stdout.splitlines() if line]
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
    in_subprocess: bool = False,
) -> Any:
    """The command without the fixture's global options (for --help, seal, demo, timeouts).

    In this process unless ``in_subprocess`` or interpreter ``python_flags`` are asked for.
    """
    if not (in_subprocess or python_flags):
        return run_in_process(arguments, timeout=timeout, cwd=cwd)
    return subprocess.run(
        [sys.executable, *python_flags, "-m", "workstation", *arguments],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        cwd=cwd,
        env=dict(os.environ),
    )


def run_in_terminal(
    arguments: list[str], answer: bytes | None = None, env: dict[str, str] | None = None
) -> tuple[int, str]:
    """Run the command with a pseudo-terminal as stdin, stdout and stderr; return exit, output.

    A real process (the terminal is its own); if ``answer`` is given it is typed once the
    command prompts. ``env`` is added to this process's environment.
    """
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "workstation", *arguments],
        stdin=terminal, stdout=terminal, stderr=terminal, start_new_session=True,
        env={**os.environ, **(env or {})},
    )
    os.close(terminal)
    output, deadline = b"", time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([controller], [], [], 0.2)
            if not ready:
                if process.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # EIO: the command exited and closed the terminal
                break
            if not chunk:
                break
            output += chunk
            if answer is not None and b"Type the id" in output:
                os.write(controller, answer)
                answer = None
        else:
            process.kill()
            raise AssertionError(f"no end after 60 s: {output!r}")
        return process.wait(timeout=30), output.decode("utf-8", "replace")
    finally:
        os.close(controller)
