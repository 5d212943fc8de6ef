"""A whole leak: intake, scan, unlock, inbox and vault size for a synthetic leak.

    uv run python benchmarks/scale_benchmark.py [--documents 10000] [--scan-documents 300]

Generates a leak with `leak_generator.py` (same seed, same bytes), then measures, on
this machine, through the real command line where a user would use it:
- intake: `workstation intake --recursive` of the whole leak (pooled confined children,
  batched commits), in files per second, against the per-file path it replaces (a
  fresh confined child and a commit per file, `services.intake.intake_paths`) on a sample;
- scan: `workstation scan --all --policy cables` on a vault holding the first
  `--scan-documents` files, in characters of text per second, against `workstation
  detect --policy cables` on the same texts (the target: scan at >= 90% of detect);
- unlock, `list` and the inbox's rows (`Desk.inbox`, what the review UI's inbox shows)
  on the full vault, and its size on disk;
then extrapolates each to the 251,287 cables of 2010 (about 1.6 GB of text). Key
derivation is set to the test profile (WORKSTATION_UNSAFE_TEST_KDF) so unlock figures
are what comes on top of it. Prints figures and ratios; asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from leak_generator import generate

PASSPHRASE = "orbit lantern cobalt meadow thistle"
CABLES_2010 = 251_287
CABLES_2010_CHARS = 1.6e9
SAMPLE_PER_FILE = 40


def workstation(vault: Path, secret: Path, *arguments: str, stdin: bytes | None = None) -> float:
    """Run a workstation command; its wall-clock seconds."""
    command = [sys.executable, "-m", "workstation", "--vault", str(vault), "--editor",
               "alice", "--passphrase-file", str(secret), *arguments]
    started = time.perf_counter()
    done = subprocess.run(command, input=stdin, capture_output=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 3):
        raise SystemExit(f"{arguments[0]} failed: {done.stderr.decode()[-400:]}")
    return elapsed


def new_vault(folder: Path, name: str, secret: Path) -> Path:
    """A new vault beside the leak, never inside it (intake would take the vault in)."""
    path = folder / "vaults" / name / "vault.db"
    workstation(path, secret, "init")
    return path


def files_of(leak: Path) -> list[Path]:
    return sorted(p for p in leak.rglob("*") if p.is_file())


def per_file_intake(folder: Path, secret: Path, files: list[Path]) -> float:
    """Files per second the pre-pool path takes in (fresh child, commit per file)."""
    from vault.store import Vault
    from workstation.services.intake import intake_paths

    path = new_vault(folder, "per-file", secret)
    session = Vault.open(path).unlock("alice", PASSPHRASE)
    started = time.perf_counter()
    for _ in intake_paths(session, files):
        pass
    return len(files) / (time.perf_counter() - started)


def median_time(action: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def stored_texts(path: Path) -> list[str]:
    from vault.store import Vault

    session = Vault.open(path).unlock("alice", PASSPHRASE)
    return [session.read_text(d.id) or "" for d in session.list_documents() if d.reviewable]


def scan_against_detect(folder: Path, secret: Path, files: list[Path]) -> tuple[float, float]:
    """Characters per second of `scan --all` and of `detect`, on the same texts."""
    path = new_vault(folder, "scanned", secret)
    workstation(path, secret, "intake", *map(str, files))
    texts = stored_texts(path)
    characters = sum(len(text) for text in texts)
    lines = "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts))
    detect_first = workstation(path, secret, "detect", "--policy", "cables", stdin=lines.encode())
    scan = workstation(path, secret, "scan", "--all", "--policy", "cables")
    detect_again = workstation(path, secret, "detect", "--policy", "cables", stdin=lines.encode())
    detect = (detect_first + detect_again) / 2  # the machine is shared: bracket the scan
    return characters / scan, characters / detect


def unlock_list_inbox(path: Path) -> tuple[float, float, float]:
    from vault.store import Vault
    from workstation.services.ui_facade import Desk

    def unlocked() -> None:
        Vault.open(path).unlock("alice", PASSPHRASE).connection.close()

    unlock = median_time(unlocked)
    session = Vault.open(path).unlock("alice", PASSPHRASE)
    listing = median_time(session.list_documents)
    session.connection.close()

    def inbox() -> None:
        desk = Desk.open(path)
        desk.unlock("alice", PASSPHRASE)
        desk.inbox()
        desk.lock()

    return unlock, listing, median_time(inbox) - unlock


def size_on_disk(path: Path) -> tuple[int, int]:
    """The vault file's size and what is left in its write-ahead log after folding the
    log in (as the last connection closing does); call with no session open."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    log = path.with_name(path.name + "-wal")
    return path.stat().st_size, log.stat().st_size if log.exists() else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--scan-documents", type=int, default=300)
    parser.add_argument("--seed", type=int, default=18)
    options = parser.parse_args()
    os.environ["WORKSTATION_UNSAFE_TEST_KDF"] = "1"  # figures beyond key derivation
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        secret = folder / "pass"
        secret.write_text(PASSPHRASE)
        leak = folder / "leak"
        leak_bytes = generate(leak, options.documents, options.seed)
        files = files_of(leak)
        print(f"leak: {len(files)} files, {leak_bytes / 1e6:.1f} MB (seed {options.seed})")

        before = per_file_intake(folder, secret, files[:SAMPLE_PER_FILE])
        vault = new_vault(folder, "leak", secret)
        intake_seconds = workstation(vault, secret, "intake", "--recursive", str(leak))
        rate = len(files) / intake_seconds
        print(
            f"intake: {rate:.1f} files/s ({intake_seconds:.0f} s for {len(files)}, unlock "
            f"included); per-file path before: {before:.1f} files/s on {SAMPLE_PER_FILE}; "
            f"target 30 files/s: ratio {rate / 30:.2f}; 251,287 files: "
            f"{CABLES_2010 / rate / 3600:.1f} h (before: {CABLES_2010 / before / 3600:.1f} h)"
        )
        unlock, listing, inbox = unlock_list_inbox(vault)
        per_document = (unlock + listing) / len(files)
        print(
            f"unlock {unlock:.2f} s, list {listing:.2f} s, inbox rows {inbox:.2f} s with "
            f"{len(files)} documents; at 251,287 (linear): unlock+list "
            f"{per_document * CABLES_2010:.0f} s, inbox {inbox / len(files) * CABLES_2010:.0f} s"
        )
        size, log = size_on_disk(vault)
        print(
            f"vault: {size / 1e6:.1f} MB for {leak_bytes / 1e6:.1f} MB received "
            f"({size / leak_bytes:.2f}x: original and text, each encrypted; {log / 1e6:.1f} MB "
            f"left in the log); at 251,287: {size / len(files) * CABLES_2010 / 1e9:.1f} GB"
        )
        if options.scan_documents <= 0:
            return
        scan, detect = scan_against_detect(folder, secret, files[: options.scan_documents])
        print(
            f"scan --all: {scan / 1000:.1f} k chars/s, detect: {detect / 1000:.1f} k chars/s "
            f"on {options.scan_documents} documents: ratio {scan / detect:.2f} (target 0.90); "
            f"1.6 G chars: {CABLES_2010_CHARS / scan / 3600:.0f} h"
        )


if __name__ == "__main__":
    main()
