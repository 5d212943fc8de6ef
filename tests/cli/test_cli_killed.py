"""A killed workstation leaves no parser child behind, and nothing half-stored."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from cli_support import listing

MIB = 1024 * 1024
CHILD_MODULE = b"workstation.intake.child"


def parser_child_of(pid: int) -> int | None:
    """The intake child the process `pid` started, if it is running now."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
            command_line = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        parent = next(line for line in status.splitlines() if line.startswith("PPid:"))
        if int(parent.split()[1]) == pid and CHILD_MODULE in command_line:
            return int(entry.name)
    return None


def is_isolated(pid: int) -> bool:
    """Past its set-up (death signal first, no-new-privileges later): now parsing."""
    try:
        return "NoNewPrivs:\t1" in Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False


def is_running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_killed_intake_takes_its_parser_child_with_it(ready: Any, tmp_path: Path) -> None:
    """kill -9 the command while its child parses: the child dies too (its parent-death
    signal), and the vault holds nothing of the interrupted intake."""
    cli = ready
    document = tmp_path / "long.txt"
    document.write_bytes(b"a long document " * (3 * MIB))  # seconds of parsing
    command = [sys.executable, "-m", "workstation", "--vault", str(cli.vault_path),
               "--editor", "alice", "--passphrase-file", str(cli.passphrase_file),
               "intake", str(document)]
    for _ in range(3):  # the child may finish before it is seen: try again
        intake = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        child = None
        while intake.poll() is None and not (child and is_isolated(child)):
            child = child or parser_child_of(intake.pid)
            time.sleep(0.005)
        if intake.poll() is not None or child is None:
            continue
        os.kill(child, signal.SIGSTOP)  # hold it mid-parse: it cannot finish on its own
        intake.kill()
        intake.communicate()
        deadline = time.monotonic() + 5
        while is_running(child) and time.monotonic() < deadline:
            time.sleep(0.02)
        survived = is_running(child)
        if survived:
            os.kill(child, signal.SIGKILL)  # not left stopped on the machine
        assert not survived
        assert listing(cli) == []
        return
    pytest.fail("the parser child was never seen running")
