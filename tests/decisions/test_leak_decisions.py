"""Issue 18.4: an editor decides a name once for the whole vault, now and in later scans."""

from __future__ import annotations

from pathlib import Path

import pytest

from vault.session import Session
from vault.store import Vault
from workstation.detection.findings import DENY_RECOGNIZER, Proposal
from workstation.services import policies
from workstation.services.approvals import approval_state, approve
from workstation.services.decisions import decide
from workstation.services.errors import WorkstationError
from workstation.services.intake import intake_data
from workstation.services.leak_decisions import apply, reach, revoke, rule_for, rules
from workstation.services.scanning import store_scan, stored_proposals

NAME = "Tariq Mahmood Qureshi"
FIRST = "Tariq Mahmood Qureshi met the minister. Later T. Qureshi left.\n"
SECOND = "TARIQ QURESHI signed. Qureshi is a common name; Conrad Ellery too.\n"
THIRD = "Nothing of interest: Conrad Ellery spoke.\n"
UNSCANNED = "Tarik Kureshi arrives tomorrow, as does Тарик Куреши.\n"


def span(text: str, part: str, entity: str = "PERSON", **reason: str) -> Proposal:
    start = text.index(part)
    why: dict[str, object] = {"recognizer": "test", **reason}
    return Proposal(start, start + len(part), entity, 0.9, "review", f"g{start}", why)


def take_in(session: Session, vault_path: Path, text: str, found: list[Proposal] | None) -> str:
    outcome = intake_data(session, f"doc{len(text)}.txt", text.encode())
    assert outcome.document is not None
    if found is not None:
        store_scan(session, outcome.document.id, policies.load(vault_path, "default"), found)
    return outcome.document.id


@pytest.fixture
def leak(session: Session, vault_path: Path) -> dict[str, str]:
    return {
        "first": take_in(session, vault_path, FIRST, [span(FIRST, NAME)]),
        "second": take_in(
            session,
            vault_path,
            SECOND,
            [
                span(SECOND, "TARIQ QURESHI"),
                span(SECOND, "Conrad Ellery"),
                span(SECOND, "Conrad", "SOURCE", recognizer=DENY_RECOGNIZER),
            ],
        ),
        "third": take_in(session, vault_path, THIRD, [span(THIRD, "Conrad Ellery")]),
        "unscanned": take_in(session, vault_path, UNSCANNED, None),
    }


def states(session: Session, document_id: str, text: str) -> dict[str, tuple[str, str]]:
    return {
        text[p.start : p.end]: (p.state, p.decided_by)
        for p in stored_proposals(session, document_id)
    }


def editors(vault_path: Path) -> list:  # type: ignore[type-arg]
    vault = Vault.open(vault_path)
    try:
        return vault.editors(include_removed=True)
    finally:
        vault.close()


def test_the_reach_is_shown_before_anything_changes(
    session: Session, leak: dict[str, str]
) -> None:
    before = len(session.audit_entries())
    seen = reach(session, rule_for(session, "always", NAME))
    # the full name, "T. Qureshi" and "TARIQ QURESHI"; not the bare surname (not asked for)
    assert (seen.spans, seen.documents) == (3, 2)
    assert seen.proposals == 3  # two decided, one added ("T. Qureshi")
    assert seen.line().startswith("3 span(s) in 2 document(s); 3 proposal(s) in 2 document(s)")
    assert len(session.audit_entries()) == before
    assert states(session, leak["first"], FIRST)[NAME] == ("pending", "policy")


def test_always_redact_decides_every_document_in_one_audited_action(
    session: Session, vault_path: Path, leak: dict[str, str]
) -> None:
    decide(session, leak["second"], stored_proposals(session, leak["second"])[:1], "reject")
    decide(session, leak["first"], stored_proposals(session, leak["first"]), "accept")
    approve(session, leak["first"], editors(vault_path))
    assert approval_state(session, leak["first"], editors(vault_path)).approvers == ["alice"]
    before = len(session.audit_entries())

    done = apply(session, reach(session, rule_for(session, "always", NAME)))

    entries = session.audit_entries()
    assert len(entries) == before + 1 and entries[-1].action == "decision.vault"
    stored = session.connection.execute("SELECT details FROM audit").fetchall()
    assert not any("qureshi" in row[0].casefold() for row in stored)  # sealed, never clear
    assert done.proposals == 2  # the name alice accepted by hand is left as it was
    first = states(session, leak["first"], FIRST)
    assert first[NAME] == ("accepted", "editor")
    assert first["T. Qureshi"] == ("accepted", "editor")  # added where nothing was proposed
    assert states(session, leak["second"], SECOND)["TARIQ QURESHI"] == ("accepted", "editor")
    assert approval_state(session, leak["first"], editors(vault_path)).approvers == []
    assert [rule.id for rule in rules(session)] == [done.decision.id]


def test_later_scans_apply_the_rule_in_every_script(
    session: Session, vault_path: Path, leak: dict[str, str]
) -> None:
    apply(session, reach(session, rule_for(session, "always", "Tarik Kureshi")))
    store_scan(session, leak["unscanned"], policies.load(vault_path, "default"), [])
    found = states(session, leak["unscanned"], UNSCANNED)
    assert found == {
        "Tarik Kureshi": ("accepted", "editor"),
        "Тарик Куреши": ("accepted", "editor"),
    }
    store_scan(session, leak["unscanned"], policies.load(vault_path, "default"), [])
    assert states(session, leak["unscanned"], UNSCANNED) == found  # a re-scan keeps them


def test_never_redact_keeps_deny_lists_and_hand_made_redactions(
    session: Session, leak: dict[str, str]
) -> None:
    decided = apply(session, reach(session, rule_for(session, "never", "Conrad Ellery")))
    second = states(session, leak["second"], SECOND)
    assert second["Conrad Ellery"] == ("rejected", "editor")
    assert second["Conrad"] == ("pending", "policy")  # a deny-list term: not widened
    assert states(session, leak["third"], THIRD)["Conrad Ellery"] == ("rejected", "editor")
    assert decided.kept == 0


def test_a_new_decision_on_the_same_term_replaces_the_old_and_can_be_revoked(
    session: Session, leak: dict[str, str]
) -> None:
    apply(session, reach(session, rule_for(session, "never", "conrad  ELLERY")))
    apply(session, reach(session, rule_for(session, "always", "Conrad Ellery")))
    (rule,) = rules(session)
    assert rule.word == "always"
    assert states(session, leak["third"], THIRD)["Conrad Ellery"] == ("accepted", "editor")
    revoke(session, rule.id)
    assert rules(session) == []
    with pytest.raises(WorkstationError, match="no vault decision"):
        revoke(session, rule.id)


def test_terms_and_words_are_checked(session: Session) -> None:
    with pytest.raises(WorkstationError, match="'always' or 'never'"):
        rule_for(session, "sometimes", NAME)
    with pytest.raises(WorkstationError, match="characters"):
        rule_for(session, "always", "   ")
