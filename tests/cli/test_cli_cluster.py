"""Scanning on a Dask cluster: a real TLS scheduler and workers on loopback, in subprocesses.

The cluster's proposals must be the local scan's, byte for byte as stored in the vault;
the audit log names the worker of every batch; workers keep their scratch files in
memory and never import the vault; plain TCP and a scheduler from another CA are refused.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_support import STRONG_PASSPHRASE, assert_one_line_error, stored_ids

from vault import Vault
from workstation.cluster.certificates import make
from workstation.cluster.security import security_for
from workstation.cluster.worker import on_memory_file_system

CABLE = """SUBJECT: MEETING WITH {name}

1. (C) Poloff met {name} (STRICTLY PROTECT) at his office in {place}.
He said the Interior Ministry pays militia leaders. Contact him at
{mail}@example.org or +1 202 555 01{number:02d}.
"""
PEOPLE = [
    ("Radomir Vesk", "Corvenna"),
    ("Ilse Marchetti", "Tarvos"),
    ("Joaquim Delorme", "Brenhaven"),
    ("Anneke Holloway", "Saltmere"),
    ("Teodor Ruskin", "Valdric"),
]


class Processes:
    """Subprocesses of this test module, each ended by its own id."""

    def __init__(self) -> None:
        self.running: list[subprocess.Popen[bytes]] = []

    def start(self, log: Path, *arguments: str) -> str:
        """Start ``workstation ARGUMENTS`` and return the address it announces."""
        with log.open("wb") as output:
            process = subprocess.Popen(
                [sys.executable, "-m", "workstation", *arguments],
                stdout=output,
                stderr=subprocess.STDOUT,
                env=dict(os.environ),
            )
        self.running.append(process)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            for line in log.read_text(errors="replace").splitlines():
                if " listening at tls://" in line:
                    return line.rsplit(" ", 1)[1]
            time.sleep(0.1)
        raise AssertionError(f"{arguments[:2]} did not start: {log.read_text()[-2000:]}")

    def stop(self) -> None:
        for process in reversed(self.running):
            process.send_signal(signal.SIGTERM)
        for process in self.running:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture
def processes() -> Iterator[Processes]:
    started = Processes()
    yield started
    started.stop()


def start_cluster(processes: Processes, folder: Path, workers: int) -> tuple[str, list[str]]:
    certificates = folder / "certs"
    make(certificates, ("127.0.0.1",))
    where = ("--certs", str(certificates))
    scheduler = processes.start(
        folder / "scheduler.log", "cluster", "scheduler", *where, "--port", "0"
    )
    addresses = [
        processes.start(
            folder / f"worker{n}.log", "cluster", "worker", scheduler, *where, "--host", "127.0.0.1"
        )
        for n in range(workers)
    ]
    return scheduler, addresses


def stored_spans(vault_path: Path, document_ids: list[str]) -> dict[str, list[bytes]]:
    """Every proposal item's plaintext as the vault holds it."""
    session = Vault.open(vault_path).unlock("alice", STRONG_PASSPHRASE)
    try:
        return {d: [item.data for item in session.items(d, "proposal")] for d in document_ids}
    finally:
        session.connection.close()


def worker_facts(scheduler: str, certificates: Path) -> dict[str, Any]:
    """Asked of each worker process: has it imported the vault, where are its files?"""
    from distributed import Client

    def facts(dask_worker: Any) -> dict[str, Any]:  # nested: sent by value, not by name
        import sys

        return {"vault": "vault" in sys.modules, "scratch": dask_worker.local_directory}

    with Client(scheduler, security=security_for(certificates, "client"), timeout=20) as client:
        return dict(client.run(facts))


def test_a_cluster_scan_stores_what_a_local_scan_stores(
    ready: Any, tmp_path: Path, processes: Processes
) -> None:
    scheduler, workers = start_cluster(processes, tmp_path / "cluster", workers=2)
    files = []
    for number, (name, place) in enumerate(PEOPLE):
        path = tmp_path / f"cable{number}.txt"
        mail = name.lower().replace(" ", ".")
        path.write_text(CABLE.format(name=name, place=place, mail=mail, number=number))
        files.append(str(path))
    ids = stored_ids(ready.run("intake", *files).stdout)
    assert len(ids) == len(PEOPLE)
    certificates = tmp_path / "cluster" / "certs"

    remote = ready.run(
        "scan",
        "--all",
        "--policy",
        "cables",
        "--cluster",
        scheduler,
        "--certs",
        str(certificates),
        "--cluster-batch",
        "2",
    )
    assert remote.returncode == 0, remote.stderr
    on_cluster = stored_spans(ready.vault_path, ids)
    local = ready.run("scan", "--all", "--again", "--policy", "cables")  # --all resumes
    assert local.returncode == 0, local.stderr
    assert local.stdout.count(" 0 new, 0 gone") == len(ids)
    here = stored_spans(ready.vault_path, ids)
    assert all(here[d] for d in ids)
    assert on_cluster == here

    audit = json.loads(ready.run("audit", "show", "--json", "--unlock").stdout)
    batches = [entry for entry in audit if entry["action"] == "scan.batch"]
    assert [b["details"]["batch"] for b in batches] == [1, 2, 3]
    assert {b["details"]["worker"] for b in batches} <= set(workers)
    assert {b["details"]["scheduler"] for b in batches} == {scheduler}
    scanned = [d for b in batches for d in b["details"]["documents"].split()]
    assert sorted(scanned) == sorted(ids)
    assert not any(name.split()[1] in json.dumps(audit) for name, _ in PEOPLE)

    facts = worker_facts(scheduler, certificates)
    assert set(facts) == set(workers)
    for fact in facts.values():
        assert fact["vault"] is False
        assert on_memory_file_system(Path(fact["scratch"]))
    logs = "".join(p.read_text() for p in (tmp_path / "cluster").glob("worker*.log"))
    assert "Compute Failed" not in logs
    assert not any(name.split()[1] in logs or place in logs for name, place in PEOPLE)


def test_a_plain_tcp_scheduler_is_refused_before_the_vault_is_unlocked(ready: Any) -> None:
    result = ready.run("scan", "--all", "--cluster", "tcp://127.0.0.1:8786")

    assert_one_line_error(result, "tcp://127.0.0.1:8786", "tls://HOST:PORT")


def test_a_scheduler_from_another_ca_is_refused(
    ready: Any, tmp_path: Path, processes: Processes
) -> None:
    make(tmp_path / "theirs", ("127.0.0.1",))
    make(tmp_path / "ours", ("127.0.0.1",))
    theirs = ("--certs", str(tmp_path / "theirs"))
    scheduler = processes.start(tmp_path / "s.log", "cluster", "scheduler", *theirs, "--port", "0")

    result = ready.run(
        "scan",
        "--all",
        "--cluster",
        scheduler,
        "--certs",
        str(tmp_path / "ours"),
        "--cluster-timeout",
        "5",
    )

    assert_one_line_error(result, scheduler, "not signed by the pinned CA")
