"""The service layer on a real vault: run the pass, decide, and what a release would apply."""

from __future__ import annotations

from typing import Any

from corpus import WATERMARKED_MEMO

from workstation.fingerprints import normalise, residual
from workstation.policy import PolicyRegistry
from workstation.services import fingerprinting
from workstation.services.intake import intake_data

MEMO = WATERMARKED_MEMO.text + "Copy 4 of 9\n"


def test_release_inputs_follow_policy_and_editors(session: Any) -> None:
    outcome = intake_data(session, "memo.txt", MEMO.encode())
    assert outcome.document is not None
    document_id = outcome.document.id
    strict = PolicyRegistry().load("source-protection")

    result = fingerprinting.run_pass(session, document_id, strict)

    assert result.pending == 0 and result.by_kind["copy_marking"] == 1
    inputs = fingerprinting.release_inputs(session, document_id)
    assert inputs.pending == 0 and inputs.record is not None
    assert inputs.record["by_kind"] == result.by_kind
    (span,) = inputs.redact_spans
    assert MEMO[span[0] : span[1]] == "Copy 4 of 9"
    released = normalise(MEMO, strict.policy.fingerprints, inputs.also)
    assert residual(released, inputs.allowed) == []

    lenient = PolicyRegistry().load("default")
    fingerprinting.run_pass(session, document_id, lenient)
    marking = next(
        f
        for f in fingerprinting.stored_findings(session, document_id)
        if f.finding.kind == "copy_marking"
    )
    assert marking.state == "pending"
    assert fingerprinting.release_inputs(session, document_id).pending == 1
    fingerprinting.decide(session, document_id, [marking.id], "reject")
    after = fingerprinting.release_inputs(session, document_id)
    assert after.pending == 0 and after.redact_spans == () and "copy_marking" in after.allowed
