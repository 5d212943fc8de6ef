"""Start-up: --help stays light, wrong passphrases are answered promptly, the demo runs.

--help and --version start real processes (import cost is the point); the demo runs in
this process, and every command it prints is then run in a shell-like real process.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from cli_support import DOCUMENT_ID, assert_one_line_error, run_workstation

HEAVY = {"cryptography", "pymupdf", "fitz", "docx", "zxcvbn", "pyrage", "lxml"}
HEAVY |= {"libdeda", "cv2", "scipy"}  # DEDA: only in the children, only for yellow specks
HEAVY |= {"pydantic"}  # the policy model: only commands that read a policy


def imported_modules(importtime_log: str) -> set[str]:
    """Top-level module names from ``python -X importtime`` output."""
    names = set()
    for line in importtime_log.splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            if name != "package":  # the header line
                names.add(name.split(".")[0])
    return names


@pytest.mark.parametrize("command", [(), ("intake",), ("audit", "show")])
def test_help_is_fast_and_light(command: tuple[str, ...]) -> None:
    result = run_workstation(*command, "--help", python_flags=("-X", "importtime"))
    assert result.returncode == 0, result.stderr
    assert "Usage: workstation" in result.stdout
    modules = imported_modules(result.stderr)
    assert "workstation" in modules and "click" in modules  # the log was read correctly
    assert not modules & HEAVY, modules & HEAVY


def test_a_refusal_is_printed_without_loading_the_policy_model(tmp_path: Path) -> None:
    """The command line catches one base error: naming PolicyError there would load the
    policy model and pydantic on every command."""
    vault, missing = tmp_path / "new.db", tmp_path / "no-such-passphrase-file"
    result = run_workstation(
        "--vault", str(vault), "--editor", "alice", "--passphrase-file", str(missing), "init",
        python_flags=("-X", "importtime"),
    )
    modules = imported_modules(result.stderr)
    assert "workstation" in modules and "click" in modules  # the log was read correctly
    assert "pydantic" not in modules
    refusal = [line for line in result.stderr.splitlines() if not line.startswith("import time:")]
    assert len(refusal) == 1 and refusal[0].startswith("error: cannot read the passphrase file")
    assert result.returncode == 1 and not vault.exists()


def test_version() -> None:
    result = run_workstation("--version", in_subprocess=True)
    assert result.returncode == 0 and result.stdout.strip()


def test_wrong_passphrase_is_answered_quickly(ready: Any, tmp_path: Path) -> None:
    """With the test-strength KDF; the real-KDF timing test lives with the vault tests."""
    wrong = tmp_path / "wrong.pass"
    wrong.write_text("entirely wrong but long passphrase\n")
    started = time.monotonic()
    result = ready.run("list", passphrase_file=wrong)
    elapsed = time.monotonic() - started
    assert_one_line_error(result, "wrong passphrase")
    assert elapsed < 5, elapsed


def test_demo_builds_a_vault_to_explore(tmp_path: Path) -> None:
    vault = tmp_path / "demo folder" / "demo.db"  # a space: printed commands must still work
    result = run_workstation("demo", "--vault", str(vault), timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert vault.is_file()

    printed_ids = [line.split()[0] for line in result.stdout.splitlines() if line[:1] == "d"]
    printed_ids = [i for i in printed_ids if DOCUMENT_ID.match(i)]
    assert len(printed_ids) >= 5
    commands = [
        shlex.split(line) for line in result.stdout.splitlines() if " --passphrase-file " in line
    ]
    assert commands, result.stdout
    first = commands[0]
    assert first[first.index("--vault") + 1] == str(vault)
    passphrase_file = Path(first[first.index("--passphrase-file") + 1])
    assert passphrase_file.is_file()
    assert oct(passphrase_file.stat().st_mode & 0o777) == oct(0o600)

    listed = run_workstation(
        "--vault", str(vault), "--passphrase-file", str(passphrase_file), "list", "--json"
    )
    assert listed.returncode == 0, listed.stderr
    documents = json.loads(listed.stdout)
    assert sorted(d["id"] for d in documents) == sorted(printed_ids)
    assert {d["state"] for d in documents} <= {"in review", "reviewed", "not reviewable"}
    assert any(d["pending"] for d in documents)
    assert {"txt", "md", "eml", "docx", "pdf"} <= {d["type"] for d in documents}

    for command in commands:  # every suggested command runs exactly as printed
        ran = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        assert ran.returncode == 0, (command, ran.stderr)

    again = run_workstation("demo", "--vault", str(vault))
    assert_one_line_error(again, "already exists")

    # A file where the demo would put its passphrase is neither overwritten nor exposed.
    mine = tmp_path / "mine-passphrase.txt"
    mine.write_text("my own notes\n")
    clash = run_workstation("demo", "--vault", str(tmp_path / "mine.db"))
    assert_one_line_error(clash, "already exists")
    assert mine.read_text() == "my own notes\n"
    assert not (tmp_path / "mine.db").exists()
