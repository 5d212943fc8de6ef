"""Scanning stored documents: run the policy's detection and keep the editors' decisions.

Detection runs on the text as it will be released (every fingerprint normalised), so
marks neither create nor split entities and copies differing only in marks get the same
proposals; each proposal is mapped back to offsets into the stored text.

Proposals are stored in the vault as items of kind ``proposal`` whose state is
``pending``, ``accepted`` or ``rejected``. A re-scan (after a policy change) keeps
every decision an editor made on a span that is proposed again, and reports what
appeared, what went away and how many decisions carried over.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from vault import DocumentInfo, Item, Session, VaultError
from workstation.confined.pool import pooled
from workstation.detection import languages
from workstation.detection.findings import Proposal
from workstation.detection.parallel import available_cores, detect
from workstation.fingerprints.aligned import Aligned, released_text
from workstation.intake.sandbox import ZYGOTE_PRELOAD
from workstation.policy.loader import LoadedPolicy
from workstation.services import page_readings, policies
from workstation.services.batching import Batches
from workstation.services.errors import WorkstationError
from workstation.services.fingerprinting import run_pass
from workstation.services.governance import latest_policy_sha256, record_scan
from workstation.services.verdicts import DecidedKind, Verdict, from_item, to_item

KIND = "proposal"
BATCH_DOCUMENTS = 50
"""Scanned documents per commit for `scan --all` (or `batching.BATCH_SECONDS`)."""
DECIDED = DecidedKind(KIND, count_key="count", ids_key="proposals")
STATE_FOR_DECISION: dict[str, str] = {"redact": Verdict.ACCEPTED, "review": Verdict.PENDING}
Detector = Callable[[LoadedPolicy, Iterable[str], Sequence[str]], Iterable[list[Proposal]]]
"""Proposals for each text, in order; also given the texts' document ids (for auditing)."""


def local_detector(
    loaded: LoadedPolicy, texts: Iterable[str], _document_ids: Sequence[str]
) -> Iterable[list[Proposal]]:
    """Detection on this machine's cores (a cluster's detector is the alternative)."""
    return detect(loaded, texts, available_cores())


@dataclass(frozen=True)
class StoredProposal:
    """A proposal as kept in the vault, with its state and who set it."""

    id: str
    state: str
    start: int
    end: int
    entity: str
    score: float
    group: str
    reason: dict[str, Any]
    decided_by: str  # "policy" or "editor"
    policy: dict[str, str]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "state": self.state,
            "start": self.start,
            "end": self.end,
            "entity": self.entity,
            "score": self.score,
            "group": self.group,
            "reason": self.reason,
            "decided_by": self.decided_by,
            "policy": self.policy,
        }

    def to_item(self) -> Item:
        return to_item(self.to_json())

    @classmethod
    def from_item(cls, item: Item) -> StoredProposal:
        data = from_item(item)
        return cls(
            data["id"],
            data["state"],
            int(data["start"]),
            int(data["end"]),
            str(data["entity"]),
            float(data["score"]),
            str(data["group"]),
            dict(data["reason"]),
            str(data["decided_by"]),
            dict(data["policy"]),
        )


@dataclass(frozen=True)
class ScanResult:
    document_id: str
    proposals: int
    pending: int
    accepted: int
    new: int
    removed: int
    kept_decisions: int
    fingerprints: int = 0
    """Findings of the fingerprint pass, which every scan runs under the same policy."""
    fingerprints_pending: int = 0
    notices: tuple[str, ...] = ()
    """What the scan could not do, said plainly: "no name model for Spanish: ..."."""


def proposal_id(session: Session, document_id: str, start: int, end: int, entity: str) -> str:
    """Keyed with the vault's hiding secret: stable for the same span, so a decision
    follows it across scans, yet a copy of the vault file cannot tell from the id where
    the span is or what it holds (ids before 0.3 were plain SHA-256 of the span)."""
    digest = session.keyed_id(f"proposal:{document_id}:{start}:{end}:{entity}".encode())
    return "p" + digest.hex()[:10]


def span_key(proposal: StoredProposal | Proposal) -> tuple[int, int, str]:
    """What identifies a span across scans (ids only name it)."""
    return proposal.start, proposal.end, proposal.entity


def stored_proposals(session: Session, document_id: str) -> list[StoredProposal]:
    return sorted(
        (StoredProposal.from_item(item) for item in session.items(document_id, KIND)),
        key=lambda p: (p.start, p.end, p.entity),
    )


def store_scan(
    session: Session, document_id: str, loaded: LoadedPolicy, detected: list[Proposal]
) -> ScanResult:
    stored = stored_proposals(session, document_id)
    earlier = {p.id: p for p in stored}
    earlier_by_span = {span_key(p): p for p in stored}
    policy = {"id": loaded.policy.id, "version": loaded.policy.version, "sha256": loaded.sha256}
    merged, kept = [], 0
    for proposal in detected:
        if proposal.decision == "ignore":
            continue
        previous = earlier_by_span.get(span_key(proposal))
        identifier = (
            previous.id
            if previous is not None  # the id it had (also an unkeyed one from before 0.3)
            else proposal_id(session, document_id, proposal.start, proposal.end, proposal.entity)
        )
        state, decided_by = STATE_FOR_DECISION[proposal.decision], "policy"
        if previous is not None and previous.decided_by == "editor":
            state, decided_by, kept = previous.state, "editor", kept + 1
        merged.append(
            StoredProposal(
                identifier,
                state,
                proposal.start,
                proposal.end,
                proposal.entity,
                round(proposal.score, 4),
                proposal.group,
                proposal.reason,
                decided_by,
                policy,
            )
        )
    scanned_ids = {m.id for m in merged}
    merged.extend(
        p
        for p in earlier.values()  # manual redactions survive any re-scan
        if p.reason.get("recognizer") == "editor" and p.id not in scanned_ids
    )
    # Decisions for the whole vault reach every later scan (they build on this module).
    from workstation.services.leak_decisions import applied_on_scan  # noqa: PLC0415

    merged = applied_on_scan(session, document_id, merged)
    ids = {p.id for p in merged}
    result = ScanResult(
        document_id,
        len(merged),
        sum(p.state == Verdict.PENDING for p in merged),
        sum(p.state == Verdict.ACCEPTED for p in merged),
        len(ids - set(earlier)),
        len(set(earlier) - ids),
        kept,
    )
    details: dict[str, str | int | bool | None] = {
        "policy": loaded.policy.id,
        "policy_version": loaded.policy.version,
        "policy_sha256": loaded.sha256,
        "proposals": result.proposals,
        "pending": result.pending,
        "accepted": result.accepted,
        "new": result.new,
        "removed": result.removed,
        "kept_decisions": kept,
    }
    items = [p.to_item() for p in merged]
    session.replace_items(document_id, KIND, items, "document.scan", details)
    return result


def scan_documents(
    session: Session,
    document_ids: Iterable[str],
    loaded: LoadedPolicy,
    progress: Callable[[str], None] = lambda _: None,
    batch_documents: int = 1,
    detector: Detector = local_detector,
) -> list[ScanResult | WorkstationError]:
    """Scan several documents, batched through the model and on every core when there
    is enough text (or on a cluster's workers, with its ``detector``); one that cannot
    be scanned does not stop the others. Texts are decrypted as the model asks for them.
    Each scanned document also gets the fingerprint pass under the same policy, so
    review and release see both, and a scanned page's OCR confidences are kept once
    (`page_readings`). Results are committed in batches of `batch_documents` (a kill
    loses at most the batch in progress; the review UI keeps 1, so a decision made
    meanwhile never waits on a batch), and the originals' inspections run in pooled
    children."""
    ordered = list(document_ids)
    results: dict[str, ScanResult | WorkstationError] = {}
    scannable: list[str] = []
    for document_id in ordered:
        try:
            if not session.document(document_id).meta.get("has_text"):
                raise WorkstationError(f"document {document_id} is not reviewable; nothing to scan")
            scannable.append(document_id)
        except (WorkstationError, VaultError) as error:
            results[document_id] = WorkstationError(str(error))
            progress(document_id)
    aligned: list[Aligned] = []
    notices: dict[str, tuple[str, ...]] = {}

    def texts() -> Iterator[str]:
        """The text each document will be released as: detection sees no marks."""
        for document_id in scannable:
            aligned.append(released_text(session.read_text(document_id) or ""))
            notices[document_id] = language_notices(aligned[-1].text)
            yield aligned[-1].text

    cores = available_cores()
    children = pooled(cores, ZYGOTE_PRELOAD) if len(scannable) > 1 else contextlib.nullcontext()
    detected = detector(loaded, texts(), scannable)
    with children, Batches(session, batch_documents) as batches:
        for index, (document_id, proposals) in enumerate(zip(scannable, detected, strict=True)):
            stored = mapped_back(proposals, aligned[index])
            aligned[index] = EMPTY  # the text is not kept longer than needed
            batches.before_change()
            record_scan(session, document_id, loaded)  # first: a laxer re-scan cannot loosen
            scanned = store_scan(session, document_id, loaded, stored)
            found = run_pass(session, document_id, loaded)
            page_readings.keep(session, document_id)  # OCR confidences, for the review
            batches.after_change()
            results[document_id] = replace(
                scanned,
                fingerprints=found.findings,
                fingerprints_pending=found.pending,
                notices=notices.get(document_id, ()),
            )
            progress(document_id)
    return [results[document_id] for document_id in ordered]


def scanned_already(
    session: Session, document_ids: Iterable[str], loaded: LoadedPolicy
) -> set[str]:
    """The documents whose latest scan ran under exactly this policy (same canonical
    hash): what a killed `scan --all` had committed, skipped when it runs again."""
    return {
        document_id
        for document_id in document_ids
        if latest_policy_sha256(session, document_id) == loaded.sha256
    }


EMPTY = Aligned("", (), (0,))


def mapped_back(proposals: list[Proposal], aligned: Aligned) -> list[Proposal]:
    """Proposals found in the normalised text, as offsets into the stored text; two
    that land on one span (they differed only in a mark) are one, the higher score's."""
    kept: dict[tuple[int, int, str], Proposal] = {}
    for proposal in proposals:
        start, end = aligned.span(proposal.start, proposal.end)
        key = (start, end, proposal.entity)
        if end > start and (key not in kept or kept[key].score < proposal.score):
            kept[key] = replace(proposal, start=start, end=end)
    return list(kept.values())


def language_notices(text: str) -> tuple[str, ...]:
    """One sentence per language in the text that no name model reads."""
    return tuple(languages.notice(name) for name in languages.without_name_model(text))


def reviewable_ids(session: Session) -> list[str]:
    return [d.id for d in reviewable_documents(session)]


def reviewable_documents(session: Session) -> list[DocumentInfo]:
    return [d for d in session.list_documents() if d.state == "received" and d.reviewable]


def scan_policy(
    vault_path: Path, document_id: str, proposals: list[StoredProposal], name: str | None = None
) -> LoadedPolicy:
    """The policy that governs release: the one the scan used (or ``name``), refused if
    its file changed since, so the rules approved are the rules applied."""
    scanned = [p for p in proposals if p.reason.get("recognizer") != "editor"]
    ids = Counter(p.policy.get("id", "") for p in scanned)
    name = name or (ids.most_common(1)[0][0] if ids else "")
    if not name:
        raise WorkstationError(
            f"document {document_id} has no proposals: scan it first "
            f"('workstation scan {document_id}'), or name the policy with --policy"
        )
    loaded = policies.load(vault_path, name)
    hashes = {p.policy.get("sha256") for p in scanned if p.policy.get("id") == name}
    if hashes and hashes != {loaded.sha256}:
        raise WorkstationError(
            f"policy {name} changed since the document was scanned; scan it again "
            f"('workstation scan {document_id} --policy {name}')"
        )
    return loaded
