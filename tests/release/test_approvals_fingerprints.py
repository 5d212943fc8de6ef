"""Approvals sign the fingerprint decisions too: a finding decided after approval voids it.

Approvals given before that (``workstation-approval/1``, proposals only) are not trusted
any more: they are reported as outdated, to be given again, and never crash a listing
or a release. Real vault, real policy, the real fingerprint pass.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from vault.items import Item
from vault.session import Session
from vault.store import EditorRecord, Vault
from workstation.detection.findings import Proposal
from workstation.release.canonical import canonical, fingerprint
from workstation.release.manifest import LEGACY_APPROVAL_FORMAT
from workstation.services import policies
from workstation.services.approvals import (
    approval_state,
    approve,
    decisions_sha256,
    legacy_decisions_sha256,
)
from workstation.services.documents import list_documents
from workstation.services.errors import WorkstationError
from workstation.services.fingerprinting import decide, run_pass, stored_findings
from workstation.services.intake import intake_data
from workstation.services.release import ReleaseRefused, ReleaseRequest, release
from workstation.services.scanning import store_scan

MEMO = "Radomir Vesk met the en\u200bvoy in P\u0430ris.\nCopy 4 of 9\n"


@pytest.fixture
def scanned(session: Session, vault_path: Path) -> str:
    """One accepted PERSON span; the default policy normalises the zero-width space and
    the look-alike letter, and leaves the copy number to review (pending)."""
    outcome = intake_data(session, "memo.txt", MEMO.encode())
    assert outcome.document is not None
    found = [Proposal(0, MEMO.index(" met"), "PERSON", 0.9, "redact", "g1", {"recognizer": "t"})]
    default = policies.load(vault_path, "default")
    store_scan(session, outcome.document.id, default, found)
    run_pass(session, outcome.document.id, default)
    return outcome.document.id


def editors(session: Session) -> list[EditorRecord]:
    return Vault(session.path, session.connection).editors(include_removed=True)


def ids_by_kind(session: Session, document_id: str) -> dict[str, str]:
    return {f.finding.kind: f.id for f in stored_findings(session, document_id)}


def state_of(session: Session, document_id: str) -> str:
    return {row.document.id: row.state for row in list_documents(session)}[document_id]


def test_approval_waits_for_pending_findings(session: Session, scanned: str) -> None:
    marking = ids_by_kind(session, scanned)["copy_marking"]
    assert state_of(session, scanned) == "in review"  # every proposal decided, not the finding
    with pytest.raises(WorkstationError, match=f"1 pending fingerprint finding.*{marking}"):
        approve(session, scanned, editors(session))
    decide(session, scanned, [marking], "accept")
    assert state_of(session, scanned) == "reviewed"
    assert approve(session, scanned, editors(session)).approvers == ["alice"]


def test_deciding_a_finding_after_approval_voids_it_and_release_refuses(
    session: Session, vault_path: Path, scanned: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    found = ids_by_kind(session, scanned)
    decide(session, scanned, [found["copy_marking"]], "accept")
    approve(session, scanned, editors(session))
    assert state_of(session, scanned) == "approved"

    decide(session, scanned, [found["invisible"]], "reject")  # keep the zero-width space

    state = approval_state(session, scanned, editors(session))
    assert (state.approvers, state.void) == ([], 1)
    assert state_of(session, scanned) == "reviewed"
    with pytest.raises(ReleaseRefused, match="approvals match") as refused:
        release(session, vault_path, editors(session), ReleaseRequest(scanned, "txt", out))
    assert "voided by later decisions" in str(refused.value)
    assert list(out.iterdir()) == []

    decide(session, scanned, [found["invisible"]], "accept")  # back to what was signed
    assert approval_state(session, scanned, editors(session)).approvers == ["alice"]


def test_running_the_pass_again_under_another_policy_voids_the_approval(
    session: Session, vault_path: Path, scanned: str
) -> None:
    decide(session, scanned, [ids_by_kind(session, scanned)["copy_marking"]], "accept")
    approve(session, scanned, editors(session))
    before = decisions_sha256(session, scanned)

    run_pass(session, scanned, policies.load(vault_path, "source-protection"))

    assert decisions_sha256(session, scanned) != before
    assert approval_state(session, scanned, editors(session)).approvers == []


def legacy_approval(session: Session, document_id: str) -> None:
    """An approval as the workstation wrote it before this change: format 1, signing the
    proposals' decisions only."""
    _, public = session.signing_keys()
    statement = {
        "format": LEGACY_APPROVAL_FORMAT,
        "vault_id": session.vault_id.hex(),
        "document_id": document_id,
        "decisions_sha256": legacy_decisions_sha256(session, document_id),
        "editor": session.editor_name,
        "editor_id": session.editor_id,
        "signing_public": public.hex(),
        "fingerprint": fingerprint(public),
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    signature, _ = session.sign(canonical(statement))
    item = Item("a0123456789", "signed", canonical(statement | {"signature": signature.hex()}))
    session.replace_items(document_id, "approval", [item], "document.approve", {})


def test_an_older_approval_is_reported_as_needing_approval_again(
    session: Session, vault_path: Path, scanned: str, tmp_path: Path
) -> None:
    decide(session, scanned, [ids_by_kind(session, scanned)["copy_marking"]], "accept")
    legacy_approval(session, scanned)

    state = approval_state(session, scanned, editors(session))
    assert (state.approvers, state.void, state.outdated) == ([], 0, 1)
    assert state_of(session, scanned) == "reviewed"  # listed without a crash, not approved
    with pytest.raises(ReleaseRefused) as refused:
        release(session, vault_path, editors(session), ReleaseRequest(scanned, "txt", tmp_path))
    assert "were given before approvals covered the fingerprint decisions and must be given" \
        " again" in str(refused.value)

    assert approve(session, scanned, editors(session)).approvers == ["alice"]
    released = release(
        session, vault_path, editors(session), ReleaseRequest(scanned, "txt", tmp_path)
    )
    assert released.approvers == ["alice"]


def test_an_older_approval_of_other_decisions_is_simply_void(
    session: Session, scanned: str
) -> None:
    legacy_approval(session, scanned)
    proposal = next(iter(session.items(scanned, "proposal")))
    session.set_item_states(scanned, "proposal", {proposal.id: "rejected"}, "proposal.decide", {})

    state = approval_state(session, scanned, editors(session))
    assert (state.approvers, state.void, state.outdated) == ([], 1, 0)
