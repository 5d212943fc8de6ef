"""The editor's side: send text batches to the cluster and take spans back, in order.

Only ``tls://`` addresses are accepted, and the scheduler must show a certificate from
the pinned CA (``security``). Batches get random task keys: Dask's default key is a
hash of the arguments, which would give the scheduler a fingerprint of each text.
At most two batches per worker thread are in flight, so a whole leak is read from the vault
only as fast as the cluster scans it.
"""

from __future__ import annotations

import secrets
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from workstation.cluster.errors import ClusterRefused
from workstation.cluster.security import security_for
from workstation.cluster.task import detect_batch
from workstation.detection.findings import Proposal
from workstation.detection.text_batches import BATCH_DOCUMENTS, batches
from workstation.policy.loader import LoadedPolicy

SCHEME = "tls://"


@dataclass(frozen=True)
class Batch:
    """Which texts (by position in the input) one worker scanned."""

    number: int
    first: int
    count: int
    worker: str


def checked_address(address: str) -> str:
    """``address`` if it is a TLS one; a plain-TCP scheduler would see every text."""
    if not address.startswith(SCHEME) or len(address) == len(SCHEME):
        raise ClusterRefused(
            f"refusing scheduler address {address!r}: the cluster is reached only over "
            "mutual TLS, as tls://HOST:PORT (plain TCP would send the texts in the clear)"
        )
    return address


class ClusterDetector:
    """A connection to one scheduler; ``detect`` is the cluster's stand-in for local
    detection. Use it as a context manager, so the connection is closed."""

    def __init__(
        self,
        address: str,
        certificates: Path,
        timeout: float = 30,
        batch_documents: int = BATCH_DOCUMENTS,
    ) -> None:
        self.address = checked_address(address)
        self.batch_documents = max(1, batch_documents)
        self._client = _connect(self.address, security_for(certificates, "client"), timeout)

    def __enter__(self) -> ClusterDetector:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._client.close()

    def detect(
        self,
        loaded: LoadedPolicy,
        texts: Iterable[str],
        on_batch: Callable[[Batch], None] = lambda _: None,
    ) -> Iterator[list[Proposal]]:
        """Proposals for each text, in input order; ``on_batch`` hears of each batch
        (which worker scanned it) before its proposals are yielded."""
        in_flight: deque[tuple[Batch, Any]] = deque()
        first = 0
        try:
            for number, batch in enumerate(batches(texts, documents=self.batch_documents), start=1):
                key = f"workstation-scan-{secrets.token_hex(16)}"
                future = self._client.submit(detect_batch, loaded, batch, key=key, pure=False)
                in_flight.append((Batch(number, first, len(batch), ""), future))
                first += len(batch)
                while len(in_flight) > 2 * self._workers():
                    yield from self._collect(*in_flight.popleft(), on_batch)
            while in_flight:
                yield from self._collect(*in_flight.popleft(), on_batch)
        finally:
            self._client.cancel([future for _, future in in_flight])

    def _collect(
        self, batch: Batch, future: Any, on_batch: Callable[[Batch], None]
    ) -> Iterator[list[Proposal]]:
        try:
            result = future.result()
        except Exception as error:
            raise ClusterRefused(
                f"batch {batch.number} could not be scanned on the cluster at "
                f"{self.address} ({type(error).__name__}); nothing of it was stored"
            ) from None
        if "error" in result:
            raise ClusterRefused(
                f"worker {result.get('worker')} could not scan batch {batch.number} "
                f"({result['error']}); nothing of it was stored"
            )
        spans = result["spans"]
        if len(spans) != batch.count:
            raise ClusterRefused(
                f"worker {result.get('worker')} answered batch {batch.number} "
                "with the wrong number of texts; nothing of it was stored"
            )
        on_batch(Batch(batch.number, batch.first, batch.count, str(result["worker"])))
        for proposals in spans:
            yield [Proposal(**span) for span in proposals]

    def _workers(self) -> int:
        """Threads across the cluster now (workers join and leave during a long scan)."""
        workers = self._client.scheduler_info(n_workers=-1).get("workers", {})
        return max(1, sum(int(worker.get("nthreads", 1)) for worker in workers.values()))


def _connect(address: str, security: Any, timeout: float) -> Any:
    """A client of the scheduler at ``address`` with at least one worker, or one line
    saying why not (a certificate the pinned CA did not sign is named as such)."""
    from distributed import Client  # noqa: PLC0415 - Dask loads in a second

    try:
        client = Client(  # type: ignore[no-untyped-call]
            address, security=security, timeout=timeout, set_as_default=False
        )
    except (OSError, TimeoutError) as error:
        if "CERTIFICATE" in str(error).upper():
            raise ClusterRefused(
                f"refusing the scheduler at {address}: the TLS handshake failed on a "
                "certificate (the scheduler's is not signed by the pinned CA, or it "
                "refused ours)"
            ) from None
        raise ClusterRefused(
            f"cannot reach a TLS scheduler at {address} within {timeout:g} s"
        ) from None
    try:
        client.wait_for_workers(1, timeout=timeout)
    except TimeoutError:
        client.close()  # type: ignore[no-untyped-call]
        raise ClusterRefused(
            f"no worker joined the scheduler at {address} within {timeout:g} s"
        ) from None
    return client
