"""Scanning stored documents: run the policy's detection and keep the editors' decisions.

Proposals are stored in the vault as items of kind ``proposal`` whose state is
``pending``, ``accepted`` or ``rejected``. A re-scan (after a policy change) keeps
every decision an editor made on a span that is proposed again, and reports what
appeared, what went away and how many decisions carried over.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from vault.errors import VaultError
from vault.items import Item
from vault.session import Session
from workstation.detection import languages
from workstation.detection.findings import Proposal
from workstation.detection.parallel import available_cores, detect
from workstation.policy.loader import LoadedPolicy
from workstation.services import policies
from workstation.services.errors import WorkstationError
from workstation.services.fingerprinting import run_pass

KIND = "proposal"
STATE_FOR_DECISION = {"redact": "accepted", "review": "pending"}


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


def proposal_id(start: int, end: int, entity: str) -> str:
    """Stable across scans, so a decision follows the same span; reveals nothing itself."""
    digest = hashlib.sha256(f"{start}:{end}:{entity}".encode()).hexdigest()
    return "p" + digest[:10]


def stored_proposals(session: Session, document_id: str) -> list[StoredProposal]:
    return sorted(
        (_decode(item) for item in session.items(document_id, KIND)),
        key=lambda p: (p.start, p.end, p.entity),
    )


def _decode(item: Item) -> StoredProposal:
    data = json.loads(item.data)
    return StoredProposal(
        item.id,
        item.state,
        int(data["start"]),
        int(data["end"]),
        str(data["entity"]),
        float(data["score"]),
        str(data["group"]),
        dict(data["reason"]),
        str(data["decided_by"]),
        dict(data["policy"]),
    )


def _encode(proposal: StoredProposal) -> Item:
    fields = proposal.to_json()
    state = fields.pop("state")
    identifier = fields.pop("id")
    return Item(identifier, state, json.dumps(fields, sort_keys=True).encode())


def store_scan(
    session: Session, document_id: str, loaded: LoadedPolicy, detected: list[Proposal]
) -> ScanResult:
    earlier = {p.id: p for p in stored_proposals(session, document_id)}
    policy = {"id": loaded.policy.id, "version": loaded.policy.version, "sha256": loaded.sha256}
    merged, kept = [], 0
    for proposal in detected:
        if proposal.decision == "ignore":
            continue
        identifier = proposal_id(proposal.start, proposal.end, proposal.entity)
        state, decided_by = STATE_FOR_DECISION[proposal.decision], "policy"
        previous = earlier.get(identifier)
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
    merged.extend(
        p
        for p in earlier.values()  # manual redactions survive any re-scan
        if p.reason.get("recognizer") == "editor" and p.id not in {m.id for m in merged}
    )
    ids = {p.id for p in merged}
    result = ScanResult(
        document_id,
        len(merged),
        sum(p.state == "pending" for p in merged),
        sum(p.state == "accepted" for p in merged),
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
    session.replace_items(document_id, KIND, [_encode(p) for p in merged], "document.scan", details)
    return result


def scan_documents(
    session: Session,
    document_ids: Iterable[str],
    loaded: LoadedPolicy,
    progress: Callable[[str], None] = lambda _: None,
) -> list[ScanResult | WorkstationError]:
    """Scan several documents, batched through the model and on every core when there
    is enough text; one that cannot be scanned does not stop the others. Texts are
    decrypted as the model asks for them. Each scanned document also gets the
    fingerprint pass under the same policy, so review and release see both."""
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
    notices: dict[str, tuple[str, ...]] = {}

    def texts() -> Iterator[str]:
        for document_id in scannable:
            text = session.read_text(document_id) or ""
            notices[document_id] = language_notices(text)
            yield text

    detected = detect(loaded, texts(), available_cores())
    for document_id, proposals in zip(scannable, detected, strict=True):
        scanned = store_scan(session, document_id, loaded, proposals)
        found = run_pass(session, document_id, loaded)
        results[document_id] = replace(
            scanned,
            fingerprints=found.findings,
            fingerprints_pending=found.pending,
            notices=notices.get(document_id, ()),
        )
        progress(document_id)
    return [results[document_id] for document_id in ordered]


def language_notices(text: str) -> tuple[str, ...]:
    """One sentence per language in the text that no name model reads."""
    return tuple(languages.notice(name) for name in languages.without_name_model(text))


def reviewable_ids(session: Session) -> list[str]:
    return [d.id for d in session.list_documents() if d.state == "received" and d.reviewable]


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
