"""The command as a real process: what running it inside the test process cannot show.

Most command-line tests run the entry point in the test process (tests/in_process.py).
These start the installed ``workstation`` script or ``python -m workstation``: the script
itself, passphrases through inherited descriptors and pipes, and the crash boundary of
``main`` (exit status and stderr of the process, not of a function). --help import cost,
--version and terminal behaviour are in test_cli_startup.py, test_cli_terminal.py and
test_cli_input_sources.py.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from cli_support import STRONG_PASSPHRASE, assert_no_traceback, assert_one_line_error

SCRIPT = Path(sys.executable).parent / "workstation"


def run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, capture_output=True, text=True, timeout=60, check=False, **kwargs
    )


def test_the_installed_script_creates_and_opens_a_vault(tmp_path: Path) -> None:
    vault = tmp_path / "vault.db"
    passphrase = tmp_path / "alice.pass"
    passphrase.write_text(STRONG_PASSPHRASE + "\n")
    options = ["--vault", str(vault), "--editor", "alice", "--passphrase-file", str(passphrase)]

    created = run([str(SCRIPT), *options, "init"])
    listed = run([str(SCRIPT), *options, "list", "--json"])

    assert created.returncode == 0, created.stderr
    assert vault.is_file()
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []


def test_passphrases_from_a_pipe_and_an_inherited_descriptor(ready: Any) -> None:
    command = [sys.executable, "-m", "workstation", "--vault", str(ready.vault_path)]

    piped = run([*command, "--passphrase-file", "-", "list", "--json"],
                input=STRONG_PASSPHRASE + "\n")
    assert piped.returncode == 0, piped.stderr
    assert json.loads(piped.stdout) == []

    read_end, write_end = os.pipe()
    try:
        os.write(write_end, (STRONG_PASSPHRASE + "\n").encode())
        os.close(write_end)
        inherited = run([*command, "--passphrase-file", f"fd:{read_end}", "list", "--json"],
                        pass_fds=(read_end,))
    finally:
        os.close(read_end)
    assert inherited.returncode == 0, inherited.stderr
    assert json.loads(inherited.stdout) == []

    not_inherited = run([*command, "--passphrase-file", f"fd:{read_end}", "list"])
    assert_one_line_error(not_inherited, "passphrase source")


CRASHING = """
import sys
import click
from workstation.cli import main

@main.cli.command("crash")
def crash() -> None:
    secret = "Amira Haddad, the source"
    raise RuntimeError(secret)

main.main()
"""


def test_an_unexpected_error_exits_70_with_one_line_and_a_crash_id() -> None:
    """The boundary in ``main``: no traceback, no message text, a status scripts can test."""
    result = run([sys.executable, "-c", CRASHING, "crash"])

    assert result.returncode == 70
    assert_no_traceback(result)
    assert result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert re.fullmatch(r"internal error [0-9a-f]{8} \(RuntimeError\); .*crash id\.", line), line
    assert "Amira" not in result.stderr
