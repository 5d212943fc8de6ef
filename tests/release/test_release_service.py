"""The release service in process: checks arrive one by one, as a Release screen shows them."""

from __future__ import annotations

from pathlib import Path

import pytest

from vault.session import Session
from vault.store import EditorRecord, Vault
from workstation.detection.findings import Proposal
from workstation.services import policies
from workstation.services.approvals import approval_state, approve
from workstation.services.errors import WorkstationError
from workstation.services.fingerprinting import run_pass
from workstation.services.intake import intake_data
from workstation.services.release import ReleaseRefused, ReleaseRequest, ReleaseRun
from workstation.services.scanning import store_scan

SECOND_PASSPHRASE = "quartz harbour velvet summit juniper"
MEMO = "Radomir Vesk met the union at the gate.\n"


@pytest.fixture
def scanned(session: Session, vault_path: Path) -> str:
    """A text document with one accepted PERSON span, scanned under the default policy."""
    outcome = intake_data(session, "memo.txt", MEMO.encode())
    assert outcome.document is not None
    end = MEMO.index(" met")
    found = [Proposal(0, end, "PERSON", 0.9, "redact", "g1", {"recognizer": "test"})]
    default = policies.load(vault_path, "default")
    store_scan(session, outcome.document.id, default, found)
    run_pass(session, outcome.document.id, default)
    return outcome.document.id


def editors(vault_path: Path) -> list[EditorRecord]:
    vault = Vault.open(vault_path)
    try:
        return vault.editors(include_removed=True)
    finally:
        vault.close()


def test_checks_are_yielded_in_order_and_the_release_is_written(
    session: Session, vault_path: Path, scanned: str, tmp_path: Path
) -> None:
    approve(session, scanned, editors(vault_path))
    run = ReleaseRun(
        session, vault_path, editors(vault_path), ReleaseRequest(scanned, "txt", tmp_path)
    )

    names = [check.name for check in run.checks()]

    assert names == [
        "no proposal is pending",
        "no text-layer or picture finding is pending",
        "the fingerprint pass ran and nothing is pending",
        "approvals match the current decisions",
        "every form of an accepted name is removed",
        "the output is made",
        "the output reads back",
        "no accepted or deny-listed text is readable",
        "no fingerprints remain (invisible characters, look-alikes, spacing)",
        "no metadata, annotations, attachments or scripts",
    ]
    assert run.outcome is not None
    assert run.outcome.output.read_text() == "[PERSON] met the union at the gate.\n"


def test_a_screen_that_stops_half_way_leaves_no_file(
    session: Session, vault_path: Path, scanned: str, tmp_path: Path
) -> None:
    approve(session, scanned, editors(vault_path))
    out = tmp_path / "out"
    out.mkdir()
    run = ReleaseRun(session, vault_path, editors(vault_path), ReleaseRequest(scanned, "txt", out))
    checks = run.checks()
    while next(checks).name != "the output reads back":
        pass
    staging = vault_path.parent / "staging"
    assert len(list(staging.glob(".*.partial"))) == 1  # written, being checked
    assert list(out.iterdir()) == []  # never in the publish folder before the gate passed

    checks.close()  # the user cancelled

    assert list(out.iterdir()) == [] and list(staging.iterdir()) == []
    assert run.outcome is None


def test_a_removed_editors_approval_no_longer_counts(
    session: Session, vault_path: Path, scanned: str, tmp_path: Path
) -> None:
    session.add_editor("bob", SECOND_PASSPHRASE)
    approve(session, scanned, editors(vault_path))
    bob_vault = Vault.open(vault_path)
    approve(bob_vault.unlock("bob", SECOND_PASSPHRASE), scanned, editors(vault_path))
    bob_vault.close()
    assert approval_state(session, scanned, editors(vault_path)).approvers == ["alice", "bob"]

    session.remove_editor("bob")

    assert approval_state(session, scanned, editors(vault_path)).approvers == ["alice"]


def test_a_refusal_carries_the_failed_check(
    session: Session, vault_path: Path, scanned: str, tmp_path: Path
) -> None:
    run = ReleaseRun(
        session, vault_path, editors(vault_path), ReleaseRequest(scanned, "txt", tmp_path)
    )

    with pytest.raises(ReleaseRefused) as refused:
        list(run.checks())

    assert refused.value.check.name == "approvals match the current decisions"
    assert "Vesk" not in str(refused.value)


def test_session_signatures_verify_with_the_editors_public_key(session: Session) -> None:
    from vault import crypto

    signature, public = session.sign(b"the decisions on d0000000001")

    assert public == session.signing_keys()[1]
    assert crypto.verify_signature(public, signature, b"the decisions on d0000000001")
    assert not crypto.verify_signature(public, signature, b"the decisions on d0000000002")


TEXT_ONLY = """\
id: text-only
version: "1"
extends: default
release:
  approvals: 1
  formats: [txt]
"""


@pytest.fixture
def under_text_only(session: Session, vault_path: Path) -> str:
    """A document scanned under a newsroom policy that allows text releases only."""
    (vault_path.parent / "policies").mkdir()
    (vault_path.parent / "policies" / "text-only.yaml").write_text(TEXT_ONLY)
    outcome = intake_data(session, "memo.txt", MEMO.encode())
    assert outcome.document is not None
    found = [Proposal(0, 12, "PERSON", 0.9, "redact", "g1", {"recognizer": "test"})]
    store_scan(session, outcome.document.id, policies.load(vault_path, "text-only"), found)
    approve(session, outcome.document.id, editors(vault_path))
    return outcome.document.id


def test_a_format_the_policy_does_not_allow_is_refused(
    session: Session, vault_path: Path, under_text_only: str, tmp_path: Path
) -> None:
    run = ReleaseRun(
        session, vault_path, editors(vault_path), ReleaseRequest(under_text_only, "pdf", tmp_path)
    )

    with pytest.raises(WorkstationError, match="policy text-only does not allow release as pdf"):
        list(run.checks())


def test_a_policy_changed_since_the_scan_is_refused(
    session: Session, vault_path: Path, under_text_only: str, tmp_path: Path
) -> None:
    policy_file = vault_path.parent / "policies" / "text-only.yaml"
    policy_file.write_text(TEXT_ONLY.replace("approvals: 1", "approvals: 2"))
    run = ReleaseRun(
        session, vault_path, editors(vault_path), ReleaseRequest(under_text_only, "txt", tmp_path)
    )

    with pytest.raises(WorkstationError, match="policy text-only changed since the document was"):
        list(run.checks())


def test_release_waits_for_a_fingerprint_pass_under_its_own_policy(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    outcome = intake_data(session, "memo.txt", MEMO.encode())
    assert outcome.document is not None
    document_id = outcome.document.id
    found = [Proposal(0, 12, "PERSON", 0.9, "redact", "g1", {"recognizer": "test"})]
    store_scan(session, document_id, policies.load(vault_path, "default"), found)
    approve(session, document_id, editors(vault_path))
    request = ReleaseRequest(document_id, "txt", tmp_path)

    def refusal() -> str:
        with pytest.raises(ReleaseRefused) as refused:
            list(ReleaseRun(session, vault_path, editors(vault_path), request).checks())
        assert refused.value.check.name == "the fingerprint pass ran and nothing is pending"
        return refused.value.check.detail

    assert refusal() == f"the pass never ran on {document_id}; run 'workstation scan {document_id}'"
    run_pass(session, document_id, policies.load(vault_path, "source-protection"))
    assert refusal().startswith("the pass ran under policy source-protection, not default")
    run_pass(session, document_id, policies.load(vault_path, "default"))
    with pytest.raises(ReleaseRefused, match="voided by later decisions"):
        list(ReleaseRun(session, vault_path, editors(vault_path), request).checks())
    approve(session, document_id, editors(vault_path))  # approvals sign the pass's record
    released = list(ReleaseRun(session, vault_path, editors(vault_path), request).checks())
    assert released[2].detail == "policy default; 0 occurrence(s) accepted"


def test_an_ocr_language_that_is_not_installed_names_its_package(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    (vault_path.parent / "policies").mkdir()
    policy_file = vault_path.parent / "policies" / "welsh.yaml"
    policy_file.write_text('id: welsh\nversion: "1"\nextends: default\nocr_languages: [cym]\n')
    outcome = intake_data(session, "memo.txt", MEMO.encode())
    assert outcome.document is not None
    found = [Proposal(0, 12, "PERSON", 0.9, "redact", "g1", {"recognizer": "test"})]
    store_scan(session, outcome.document.id, policies.load(vault_path, "welsh"), found)
    run = ReleaseRun(
        session,
        vault_path,
        editors(vault_path),
        ReleaseRequest(outcome.document.id, "pdf", tmp_path),
    )

    with pytest.raises(WorkstationError) as raised:
        list(run.checks())

    assert "policy welsh" in str(raised.value) and "tessdata-fast-cym" in str(raised.value)
    assert "\n" not in str(raised.value)
