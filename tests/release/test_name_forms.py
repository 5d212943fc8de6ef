"""Issue 14.6: one decision reaches every form of a name, or release says which span to decide."""

from __future__ import annotations

from pathlib import Path

import pytest

from vault.session import Session
from vault.store import Vault
from workstation.detection import linking
from workstation.detection.findings import Finding, Proposal
from workstation.policy.model import DenyList
from workstation.release import gate
from workstation.release.name_forms import Decided, every_form_removed
from workstation.services import policies
from workstation.services.approvals import approve
from workstation.services.decisions import decide
from workstation.services.fingerprinting import run_pass
from workstation.services.intake import intake_data
from workstation.services.release import ReleaseRefused, ReleaseRequest, ReleaseRun, _terms
from workstation.services.scanning import store_scan, stored_proposals

TEXT = (
    "Tariq Mahmood Qureshi met Farah Naz Khan in March.\n"
    "Qureshi later wrote to Imran Khan; Farah Khan did not.\n"
)


def at(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def decided(part: str, entity: str, state: str, after: int = 0, identifier: str = "") -> Decided:
    start, end = at(TEXT, part, after)
    return Decided(identifier or f"p{start}", start, end, entity, state, entity == "PERSON")


def test_a_form_labelled_otherwise_or_found_alone_is_linked_to_the_name() -> None:
    findings = [
        Finding(*at(TEXT, "Tariq Mahmood Qureshi"), "PERSON", 0.9, "spaCy"),
        Finding(*at(TEXT, "Farah Naz Khan"), "PERSON", 0.9, "spaCy"),
        Finding(*at(TEXT, "Qureshi", 40), "ORGANIZATION", 0.6, "spaCy"),
        Finding(*at(TEXT, "Farah Khan"), "PERSON", 0.8, "spaCy"),
        Finding(*at(TEXT, "Imran Khan"), "PERSON", 0.9, "spaCy"),
    ]
    groups = {TEXT[p.start : p.end]: p.group for p in linking.link(findings, TEXT)}
    assert groups["Qureshi"] == groups["Tariq Mahmood Qureshi"]
    assert groups["Farah Khan"] == groups["Farah Naz Khan"]
    assert groups["Imran Khan"] != groups["Farah Naz Khan"]


def test_every_form_covered_passes() -> None:
    spans = [
        decided("Tariq Mahmood Qureshi", "PERSON", "accepted"),
        decided("Farah Naz Khan", "PERSON", "accepted"),
        decided("Qureshi", "ORGANIZATION", "accepted", 40),
        decided("Farah Khan", "PERSON", "accepted"),
        decided("Imran Khan", "PERSON", "rejected"),  # another person, kept by choice
    ]
    check = every_form_removed(TEXT, spans)
    assert check.passed, check.detail


def test_a_rejected_form_under_another_label_is_named_by_id_never_by_text() -> None:
    spans = [
        decided("Tariq Mahmood Qureshi", "PERSON", "accepted", identifier="p1aaaaaaaaa"),
        decided("Farah Naz Khan", "PERSON", "accepted"),
        decided("Qureshi", "ORGANIZATION", "rejected", 40, identifier="p2bbbbbbbbb"),
        decided("Farah Khan", "PERSON", "accepted"),
        decided("Imran Khan", "PERSON", "rejected"),
    ]
    check = every_form_removed(TEXT, spans)
    assert not check.passed
    assert check.detail.startswith("p2bbbbbbbbb (ORGANIZATION, rejected)")
    assert "accept p2bbbbbbbbb, or reject p1aaaaaaaaa" in check.detail
    assert "Qureshi" not in check.detail and "Tariq" not in check.detail


def test_a_short_form_nobody_proposed_is_refused_with_its_place() -> None:
    spans = [
        decided("Tariq Mahmood Qureshi", "PERSON", "accepted"),
        decided("Qureshi", "ORGANIZATION", "accepted", 40),
        decided("Farah Naz Khan", "PERSON", "accepted", identifier="p3ccccccccc"),
        decided("Imran Khan", "PERSON", "rejected"),
    ]
    check = every_form_removed(TEXT, spans)
    start, end = at(TEXT, "Farah Khan")
    assert not check.passed
    assert f"characters {start}-{end}" in check.detail and "p3ccccccccc" in check.detail
    assert f"workstation redact ID {start} {end}" in check.detail
    assert "Farah" not in check.detail and "Khan" not in check.detail


def test_a_form_in_another_script_is_the_same_name() -> None:
    text = "Boris Ivanov arrived. Иванов left; so did Тарик Куреши and T. Kureshi.\n"
    latin = Decided("p1", *at(text, "Boris Ivanov"), "PERSON", "accepted", True)
    check = every_form_removed(text, [latin])
    assert not check.passed
    assert "characters {}-{}".format(*at(text, "Иванов")) in check.detail
    cyrillic = Decided("p2", *at(text, "Тарик Куреши"), "PERSON", "accepted", True)
    other = Decided("p3", *at(text, "Иванов"), "PERSON", "accepted", True)
    check = every_form_removed(text, [latin, cyrillic, other])
    assert not check.passed
    assert "characters {}-{}".format(*at(text, "T. Kureshi")) in check.detail


def test_the_text_gate_enforces_every_variant_a_deny_list_proposes() -> None:
    deny = DenyList(name="sources", entity="SOURCE", terms=["Amira Haddad"])
    terms = _terms("", [], [deny])
    assert {t.text for t in terms} >= {"Amira Haddad", "Haddad", "A. Haddad"}
    found = gate.read_back(b"The minister thanked A. Haddad.\n", "txt")
    assert not isinstance(found, gate.Check)
    check = gate.no_hidden_text(found, terms)
    assert not check.passed and "deny-list 'sources' term 1 variant" in check.detail
    off = DenyList(name="codes", entity="CODE", terms=["Blue Heron"], variants=False)
    assert [t.text for t in _terms("", [], [off])] == ["Blue Heron"]


@pytest.fixture
def memo(session: Session, vault_path: Path) -> str:
    outcome = intake_data(session, "memo.txt", TEXT.encode())
    assert outcome.document is not None
    spans = [
        ("Tariq Mahmood Qureshi", "PERSON", 0),
        ("Farah Naz Khan", "PERSON", 0),
        ("Qureshi", "ORGANIZATION", 40),
        ("Farah Khan", "PERSON", 0),
        ("Imran Khan", "PERSON", 0),
    ]
    found = [
        Proposal(*at(TEXT, part, after), entity, 0.9, "review", f"g{n}", {"recognizer": "test"})
        for n, (part, entity, after) in enumerate(spans)
    ]
    default = policies.load(vault_path, "default")
    store_scan(session, outcome.document.id, default, found)
    run_pass(session, outcome.document.id, default)
    return outcome.document.id


def test_release_refuses_until_the_form_is_decided_alike(
    session: Session, vault_path: Path, memo: str, tmp_path: Path
) -> None:
    proposals = {TEXT[p.start : p.end]: p for p in stored_proposals(session, memo)}
    decide(session, memo, [proposals["Imran Khan"], proposals["Qureshi"]], "reject")
    people = ["Tariq Mahmood Qureshi", "Farah Naz Khan", "Farah Khan"]
    decide(session, memo, [proposals[name] for name in people], "accept")
    vault = Vault.open(vault_path)
    editors = vault.editors(include_removed=True)
    vault.close()
    approve(session, memo, editors)
    request = ReleaseRequest(memo, "txt", tmp_path)

    with pytest.raises(ReleaseRefused) as refused:
        list(ReleaseRun(session, vault_path, editors, request).checks())
    assert refused.value.check.name == "every form of an accepted name is removed"
    assert refused.value.check.detail.startswith(proposals["Qureshi"].id)

    decide(session, memo, [proposals["Qureshi"]], "accept")
    approve(session, memo, editors)
    run = ReleaseRun(session, vault_path, editors, request)
    list(run.checks())
    assert run.outcome is not None
    released = run.outcome.output.read_text()
    assert "Qureshi" not in released and "Imran Khan" in released
