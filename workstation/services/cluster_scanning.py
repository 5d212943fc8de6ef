"""Scanning on a cluster: the vault stays here; workers see batches of text, no key.

The cluster's detector takes the place of local detection in ``scan_documents``, so
the results are stored, merged with the editors' decisions and fingerprint-checked
exactly as a local scan's. Each batch is audited (``scan.batch``) with the worker that
scanned it and its documents' ids, before those documents' proposals are stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from vault import Session
from workstation.cluster.client import Batch, ClusterDetector
from workstation.detection.findings import Proposal
from workstation.policy.loader import LoadedPolicy
from workstation.services.errors import WorkstationError
from workstation.services.scanning import ScanResult, scan_documents

AUDIT_ACTION = "scan.batch"


def scan_on_cluster(
    session: Session,
    document_ids: Iterable[str],
    loaded: LoadedPolicy,
    cluster: ClusterDetector,
    progress: Callable[[str], None] = lambda _: None,
    batch_documents: int = 1,
) -> list[ScanResult | WorkstationError]:
    """``scan_documents`` with the cluster's workers doing the detection."""

    def detector(
        policy: LoadedPolicy, texts: Iterable[str], ids: Sequence[str]
    ) -> Iterable[list[Proposal]]:
        def audited(batch: Batch) -> None:
            record_batch(
                session, cluster.address, batch, ids[batch.first : batch.first + batch.count]
            )

        return cluster.detect(policy, texts, audited)

    return scan_documents(
        session, document_ids, loaded, progress, batch_documents, detector=detector
    )


def record_batch(
    session: Session, scheduler: str, batch: Batch, document_ids: Sequence[str]
) -> None:
    """Which worker scanned which documents: addresses and ids, never a text."""
    session.record(
        AUDIT_ACTION,
        None,
        {
            "scheduler": scheduler,
            "worker": batch.worker,
            "batch": batch.number,
            "documents": " ".join(document_ids),
            "count": len(document_ids),
        },
    )
