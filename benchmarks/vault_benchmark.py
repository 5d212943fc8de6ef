"""Vault benchmark: unlock time, intake throughput and peak memory, audit verification.

Run: ``uv run python benchmarks/vault_benchmark.py [--size-mb 500]``. Prints figures and
their ratio to the targets of the vault issue; it asserts nothing (tests check behaviour).
Targets: a 500 MB file stored with peak memory under 300 MB; 10,000 audit entries verify
in under 2 s; unlock takes about 1 s (the calibrated Argon2id cost, by design).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from vault import audit, db, head
from vault.store import Vault

PASSPHRASE = "orbit lantern cobalt meadow thistle"


def bench_unlock(folder: Path) -> None:
    os.environ.pop("WORKSTATION_UNSAFE_TEST_KDF", None)
    path = folder / "unlock.db"
    started = time.perf_counter()
    Vault.create(path, "alice", PASSPHRASE).connection.close()
    created = time.perf_counter() - started
    times = []
    for _ in range(3):
        vault = Vault.open(path)
        started = time.perf_counter()
        vault.unlock("alice", PASSPHRASE)
        times.append(time.perf_counter() - started)
        vault.close()
    kdf = Vault.open(path).editors()[0].kdf
    print(
        f"unlock: median {statistics.median(times):.2f} s over {len(times)} runs "
        f"(Argon2id m={kdf.memory_kib // 1024} MiB t={kdf.iterations} p={kdf.lanes}); "
        f"init incl. calibration {created:.2f} s; target about 1 s: ratio "
        f"{statistics.median(times) / 1.0:.2f}"
    )


def bench_intake(folder: Path, size_mb: int) -> None:
    os.environ["WORKSTATION_UNSAFE_TEST_KDF"] = "1"  # measure intake, not key derivation
    vault_path = folder / "intake.db"
    passphrase_file = folder / "pass"
    passphrase_file.write_text(PASSPHRASE)
    source = folder / "big.bin"
    with source.open("wb") as handle:
        for _ in range(size_mb):
            handle.write(os.urandom(1024 * 1024))
    base = [
        sys.executable,
        "-m",
        "workstation",
        "--vault",
        str(vault_path),
        "--editor",
        "alice",
        "--passphrase-file",
        str(passphrase_file),
    ]
    subprocess.run([*base, "init"], check=True, capture_output=True)
    started = time.perf_counter()
    peak_mb = run_measured([*base, "intake", str(source)]) / 1024
    elapsed = time.perf_counter() - started
    print(
        f"intake: {size_mb} MB in {elapsed:.1f} s = {size_mb / elapsed:.0f} MB/s; "
        f"peak memory {peak_mb:.0f} MB (target < 300 MB: ratio {peak_mb / 300:.2f})"
    )
    started = time.perf_counter()
    subprocess.run([*base, "vault", "verify"], check=True, capture_output=True)
    elapsed = time.perf_counter() - started
    print(f"vault verify (reads every byte): {size_mb / elapsed:.0f} MB/s")


def run_measured(command: list[str]) -> int:
    """Run a command and return its own peak resident memory in KiB (wait4 rusage)."""
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{command[-2]} failed with exit code {child.returncode}")
    return int(usage.ru_maxrss)


def bench_audit(folder: Path, entries: int = 10_000) -> None:
    os.environ["WORKSTATION_UNSAFE_TEST_KDF"] = "1"
    path = folder / "audit.db"
    session = Vault.create(path, "alice", PASSPHRASE)
    private, _ = session.signing_keys()
    with db.write_transaction(session.connection) as connection:
        for number in range(entries - 1):
            audit.append(
                connection,
                session.vault_id,
                session.editor_id,
                private,
                "document.show",
                f"d{number}",
                {"chars": number},
            )
        head.seal(connection, session.keys.master_key, session.vault_id, session.keys.key_id)
    session.connection.close()
    vault = Vault.open(path)
    started = time.perf_counter()
    report = vault.verify_audit()
    elapsed = time.perf_counter() - started
    print(
        f"audit verify: {report.checked} entries in {elapsed:.2f} s "
        f"({report.checked / elapsed:,.0f} entries/s; target < 2 s: ratio {elapsed / 2:.2f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size-mb", type=int, default=500)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="workstation-bench-") as name:
        folder = Path(name)
        os.environ["WORKSTATION_STATE_DIR"] = str(folder / "state")
        bench_unlock(folder)
        bench_audit(folder)
        bench_intake(folder, arguments.size_mb)


if __name__ == "__main__":
    main()
