"""Intake of a whole folder: recursive, duplicates named, errors per file, resumable."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from cli_support import listing, stored_ids

ZYGOTE_MODULE = b"workstation.confined.zygote"


def leak_folder(root: Path, count: int) -> list[str]:
    """`count` small cables in two nested folders; their file names."""
    names = []
    for number in range(count):
        folder = root / ("2009" if number % 2 else "2010") / f"batch{number % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        name = f"cable{number:04d}.txt"
        (folder / name).write_text(f"Cable {number}: the consul met Odile Brandt at dawn.\n")
        names.append(name)
    return names


def test_a_folder_is_taken_in_with_duplicates_and_refusals_named(
    ready: Any, tmp_path: Path
) -> None:
    cli = ready
    root = tmp_path / "leak"
    names = leak_folder(root, 12)
    original = root / "2009" / "batch0" / "cable0003.txt"
    (root / "copy-of-cable0003.txt").write_bytes(original.read_bytes())
    os.mkfifo(root / "pipe")  # not a regular file: refused, the rest goes on
    (root / "broken.docx").write_bytes(b"PK\x03\x04 not really a docx")

    intake = cli.run("intake", "--recursive", str(root))

    assert intake.returncode == 1  # the FIFO was refused
    assert len(stored_ids(intake.stdout)) == 13  # 12 cables and the broken DOCX
    duplicate = [line for line in intake.stderr.splitlines() if "duplicate of" in line]
    (cable3,) = [d["id"] for d in listing(cli) if d["name"] == "cable0003.txt"]
    assert len(duplicate) == 1
    assert "copy-of-cable0003.txt" in duplicate[0] and cable3 in duplicate[0]
    assert any("pipe" in line and "refused" in line for line in intake.stderr.splitlines())
    assert "broken.docx: stored but not reviewable" in intake.stderr
    assert sorted(d["name"] for d in listing(cli)) == sorted([*names, "broken.docx"])


def test_the_same_folder_again_stores_nothing_twice(ready: Any, tmp_path: Path) -> None:
    cli = ready
    root = tmp_path / "leak"
    leak_folder(root, 5)
    assert cli.run("intake", "-r", str(root)).returncode == 0
    again = cli.run("intake", "-r", str(root), "--json")
    assert again.returncode == 0
    assert all("duplicate_of" in entry for entry in json.loads(again.stdout))
    assert len(listing(cli)) == 5


def test_a_run_killed_mid_batch_resumes_where_it_stopped(ready: Any, tmp_path: Path) -> None:
    """kill -9 after the first batches committed: the rerun takes in the rest, and every
    file is in the vault exactly once."""
    cli = ready
    root = tmp_path / "leak"
    names = leak_folder(root, 160)
    command = [sys.executable, "-m", "workstation", "--vault", str(cli.vault_path),
               "--editor", "alice", "--passphrase-file", str(cli.passphrase_file),
               "intake", "-r", "--batch-files", "10", str(root)]
    killed = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert killed.stdout is not None
    committed = [killed.stdout.readline() for _ in range(20)]  # two batches are in
    killed.send_signal(signal.SIGKILL)
    rest, _ = killed.communicate()
    printed = len(committed) + len(rest.splitlines())
    assert printed < len(names), "the run finished before it could be killed"
    deadline = time.monotonic() + 5
    while zygotes_of(killed.pid) and time.monotonic() < deadline:  # they die with it
        time.sleep(0.05)
    assert zygotes_of(killed.pid) == []

    rerun = cli.run("intake", "-r", str(root))

    assert rerun.returncode == 0, rerun.stderr
    duplicates = rerun.stderr.count("duplicate of")
    assert duplicates >= printed  # all it printed was committed; maybe a batch more
    assert duplicates + len(stored_ids(rerun.stdout)) == len(names)
    stored = Counter(document["name"] for document in listing(cli))
    assert stored == Counter(names)  # every file once: none lost, none twice


def zygotes_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            status = (entry / "status").read_text()
            command_line = (entry / "cmdline").read_bytes()
        except (OSError, NotADirectoryError):
            continue
        parent = next(line for line in status.splitlines() if line.startswith("PPid:"))
        if int(parent.split()[1]) == pid and ZYGOTE_MODULE in command_line:
            found.append(int(entry.name))
    return found


def test_the_vaults_own_files_are_not_taken_in(ready: Any, tmp_path: Path) -> None:
    """A folder that holds the vault (a home folder, say): the vault is not stored in itself."""
    cli = ready
    (cli.vault_path.parent / "memo.txt").write_text("The ferry left at noon.\n")
    intake = cli.run("intake", "-r", str(cli.vault_path.parent))
    assert len(stored_ids(intake.stdout)) == 1
    assert "vault.db: is this vault's own file; not taken in" in intake.stderr
    assert [document["name"] for document in listing(cli)] == ["memo.txt"]
