"""Scanning on a Dask cluster against 'workstation detect' on this machine (issue 18).

Run: ``uv run python benchmarks/cluster_benchmark.py [--mb 0.5]``. Starts a TLS
scheduler and one, then two, workers on loopback (the real ``workstation cluster``
commands, certificates made afresh), and times the same texts through:

- ``detect``: the real ``workstation detect`` command on JSON Lines, on every core of
  this machine, model loading included (as a user runs it);
- the cluster, cold: the first pass, each worker loading the model on its first batch;
- the cluster, warm: a second pass (workers live for a whole leak, so this is the
  steady state).

Prints characters per second, the speed-ups against ``detect``, the editor's
machine's CPU seconds per million characters while the cluster works, and the
editor's ceiling: ``scan --all``'s own work per document (decrypting, storing,
the fingerprint pass) timed with a detector that finds nothing, which bounds a
cluster of many machines (see docs/cluster.md for the projection). On one 2-core box
the workers share the cores with the scheduler and the client, so expect no speed-up
here: the point is the measured per-worker rate and the client's cost. Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from detection_benchmark import corpus, ours

from workstation.cluster.certificates import make
from workstation.cluster.client import ClusterDetector
from workstation.detection.parallel import available_cores
from workstation.policy.loader import LoadedPolicy
from workstation.services.policies import load

POLICY = "source-protection"  # the one the detection benchmark's 'detect' runs


def start(log: Path, *arguments: str) -> tuple[subprocess.Popen[bytes], str]:
    """``workstation ARGUMENTS`` in the background, and the address it announces."""
    with log.open("wb") as output:
        child = subprocess.Popen(
            [sys.executable, "-m", "workstation", *arguments], stdout=output, stderr=output
        )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and child.poll() is None:
        for line in log.read_text(errors="replace").splitlines():
            if " listening at tls://" in line:
                return child, line.rsplit(" ", 1)[1]
        time.sleep(0.1)
    raise SystemExit(f"{' '.join(arguments[:2])} did not start; see {log}")


def stop(children: list[subprocess.Popen[bytes]]) -> None:
    for child in children:
        child.send_signal(signal.SIGTERM)
    for child in children:
        child.wait(timeout=30)


def on_cluster(
    scheduler: str, certificates: Path, loaded: LoadedPolicy, texts: list[str]
) -> tuple[float, float, int]:
    """(wall seconds, this process's CPU seconds, batches) for one pass over ``texts``."""
    batches: list[str] = []
    started, cpu = time.perf_counter(), time.process_time()
    with ClusterDetector(scheduler, certificates, timeout=120) as cluster:
        for _ in cluster.detect(loaded, texts, lambda batch: batches.append(batch.worker)):
            pass
    return time.perf_counter() - started, time.process_time() - cpu, len(batches)


def one_core_warm(loaded: LoadedPolicy, texts: list[str]) -> float:
    """Characters per second of the engine in one process after the model is loaded:
    what one worker could do without Dask (its overhead is the difference)."""
    from workstation.detection.engine import engine_for

    engine = engine_for(loaded)
    list(engine.detect_many(texts[:2]))
    started = time.perf_counter()
    for _ in engine.detect_many(texts):
        pass
    return sum(map(len, texts)) / (time.perf_counter() - started)


def editor_ceiling(loaded: LoadedPolicy, texts: list[str], folder: Path) -> float:
    """Seconds of a scan's vault side alone: every document decrypted, its (empty)
    proposals stored and audited, its fingerprint pass run. Its cost is mostly per
    document (a few transactions each), so it is reported per document too."""
    os.environ["WORKSTATION_UNSAFE_TEST_KDF"] = "1"  # measure scanning, not key derivation
    os.environ["WORKSTATION_STATE_DIR"] = str(folder / "state")  # the vault's memory file
    from vault import Vault
    from workstation.services.scanning import scan_documents

    session = Vault.create(folder / "ceiling.db", "alice", "orbit lantern cobalt meadow thistle")
    meta = {"name": "t.txt", "kind": "txt", "reviewable": True}
    ids = [session.add_document(meta, [t.encode()], t, {}).id for t in texts]
    started = time.perf_counter()
    scan_documents(session, ids, loaded, detector=lambda _, stream, __: ([] for _ in stream))
    elapsed = time.perf_counter() - started
    session.connection.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=0.5, help="Megabytes of text.")
    arguments = parser.parse_args()
    texts = corpus(int(arguments.mb * 1_000_000))
    chars = sum(map(len, texts))
    print(f"{len(texts)} texts, {chars:,} characters; {available_cores()} cores here")
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        seconds, _ = ours(texts, folder)
        local = chars / seconds
        print(f"detect (all {available_cores()} cores, model load included): {local:,.0f} chars/s")
        loaded = load(folder / "none.db", POLICY)
        print(f"detect, one process, model loaded: {one_core_warm(loaded, texts):,.0f} chars/s")
        ceiling = editor_ceiling(loaded, texts, folder)
        print(
            f"editor's ceiling (scan --all without detection): {chars / ceiling:,.0f} chars/s, "
            f"{len(texts) / ceiling:.1f} documents/s ({chars // len(texts):,} chars each)"
        )
        certificates = folder / "certs"
        make(certificates, ("127.0.0.1",))
        where = ("--certs", str(certificates))
        scheduler_process, scheduler = start(
            folder / "scheduler.log", "cluster", "scheduler", *where, "--port", "0"
        )
        children = [scheduler_process]
        try:
            for workers in (1, 2):
                child, _ = start(
                    folder / f"worker{workers}.log",
                    "cluster",
                    "worker",
                    scheduler,
                    *where,
                    "--host",
                    "127.0.0.1",
                )
                children.insert(0, child)
                for label in ("cold", "warm"):
                    wall, cpu, batches = on_cluster(scheduler, certificates, loaded, texts)
                    rate = chars / wall
                    print(
                        f"cluster, {workers} worker(s), {label}: {rate:,.0f} chars/s, "
                        f"{rate / local:.2f}x detect; {batches} batches; editor's CPU "
                        f"{cpu / chars * 1e6:.2f} s per million chars"
                    )
        finally:
            stop(children)
    print(f"load average now: {os.getloadavg()[0]:.1f} (other work shares these cores)")


if __name__ == "__main__":
    main()
