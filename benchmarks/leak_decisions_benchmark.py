"""Decisions once per leak: the cost of a preview and of applying it across a vault.

Run: ``uv run python benchmarks/leak_decisions_benchmark.py [--documents 312]``. Builds a
throwaway vault of fictional cables (about 3 KB each, with stored proposals as a scan
leaves them), one name appearing in about a third of them in its several forms, then
times the reach (every document decrypted and searched), applying it (one audited
transaction), and what the stored rules add to a later scan of one document. Prints
figures and ratios; asserts nothing (tests check behaviour).
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from pathlib import Path

from vault.session import Session
from vault.store import Vault
from workstation.services.leak_decisions import applied_on_scan, apply, reach, rule_for
from workstation.services.scanning import KIND, StoredProposal, proposal_id, stored_proposals

PASSPHRASE = "orbit lantern cobalt meadow thistle"
NAME = "Tariq Mahmood Qureshi"
FORMS = ("Tariq Mahmood Qureshi", "T. Qureshi", "TARIQ QURESHI", "Tariq Qureshi")
OTHERS = ("Amira Haddad", "Radomir Vesk", "Lena Marenco", "Kofi Osei", "Ines Duarte")
FILLER = (
    "the delegation discussed the matter at length and agreed to meet again before the "
    "end of the month, noting that the ministry had not yet replied to the earlier note. "
)
POLICY = {"id": "default", "version": "1", "sha256": "0" * 64}


def cable(rng: random.Random, with_name: bool) -> tuple[str, list[tuple[int, int]]]:
    """Fictional text and the spans of people's names in it (a scan's PERSON proposals)."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    for paragraph in range(16):
        name = rng.choice(FORMS) if with_name and paragraph % 4 == 0 else rng.choice(OTHERS)
        before = f"{paragraph + 1}. (C) Poloff met "
        spans.append((length + len(before), length + len(before) + len(name)))
        piece = f"{before}{name}; {FILLER}\n"
        parts.append(piece)
        length += len(piece)
    return "".join(parts), spans


def fill(session: Session, documents: int) -> None:
    rng = random.Random(11)
    meta = {"kind": "txt", "reviewable": True, "has_text": True}
    for index in range(documents):
        text, spans = cable(rng, index % 3 == 0)
        document = session.add_document(meta | {"name": f"{index}.txt"}, [text.encode()], text, {})
        stored = [
            StoredProposal(
                proposal_id(session, document.id, start, end, "PERSON"),
                "pending",
                start,
                end,
                "PERSON",
                0.85,
                f"g{start}",
                {"recognizer": "SpacyRecognizer"},
                "policy",
                POLICY,
            ).to_item()
            for start, end in spans
        ]
        session.replace_items(document.id, KIND, stored, "document.scan", {"proposals": 16})


def timed_rules(session: Session, document_id: str) -> float:
    """What a later scan adds for the rules: applying every one to one document's proposals."""
    proposals = stored_proposals(session, document_id)
    started = time.perf_counter()
    applied_on_scan(session, document_id, proposals)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=312)
    arguments = parser.parse_args()
    os.environ["WORKSTATION_UNSAFE_TEST_KDF"] = "1"  # measure decisions, not key derivation
    with tempfile.TemporaryDirectory(prefix="leak-decisions-bench-") as folder:
        os.environ["WORKSTATION_STATE_DIR"] = str(Path(folder) / "state")
        vault_path = Path(folder) / "vault.db"
        session = Vault.create(vault_path, "alice", PASSPHRASE)
        started = time.perf_counter()
        fill(session, arguments.documents)
        print(f"{arguments.documents} documents stored in {time.perf_counter() - started:.1f} s")
        last = session.list_documents()[0].id
        without_rules = min(timed_rules(session, last) for _ in range(5))

        rule = rule_for(session, "always", NAME)
        started = time.perf_counter()
        seen = reach(session, rule)
        previewed = time.perf_counter() - started
        print(f"reach: {seen.line()}")
        per_document = previewed / arguments.documents * 1000
        print(f"preview: {previewed:.2f} s ({per_document:.1f} ms per document)")
        started = time.perf_counter()
        done = apply(session, seen)
        applied = time.perf_counter() - started
        print(
            f"apply (reach again + one audited transaction): {applied:.2f} s, "
            f"{done.proposals} proposals written; ratio to the preview {applied / previewed:.2f}"
        )
        for word, term in [("never", name) for name in OTHERS[:3]]:
            apply(session, reach(session, rule_for(session, word, term)))
        with_rules = min(timed_rules(session, last) for _ in range(5))
        print(
            f"what the rules add to a later scan of one document: {without_rules * 1000:.2f} ms"
            f" with no rule stored, {with_rules * 1000:.2f} ms with 4 rules"
        )
        session.connection.close()


if __name__ == "__main__":
    main()
