"""The policy's rules on findings: allow lists, context boosts, thresholds, overlaps, linking."""

from __future__ import annotations

from workstation.detection import linking, overlaps, rules
from workstation.detection.findings import DENY_RECOGNIZER, Finding
from workstation.policy.model import AllowList, ContextBoost, EntityRule, Policy


def policy(**changes: object) -> Policy:
    base: dict[str, object] = {
        "id": "t", "version": "1",
        "entities": {"PERSON": EntityRule(min_score=0.5, decision="review"),
                     "LOCATION": EntityRule(min_score=0.5, decision="ignore")},
    }
    return Policy.model_validate(base | changes)


def person(text: str, word: str, score: float = 0.85) -> Finding:
    start = text.index(word)
    return Finding(start, start + len(word), "PERSON", score, "spaCy")


def test_allow_list_drops_public_officials_but_never_deny_hits() -> None:
    text = "Hillary Clinton met Amira Haddad"
    allow = AllowList(name="officials", exact=["hillary  clinton"], patterns=[r"Amira \w+"])
    deny = Finding(20, 32, "SOURCE", 1.0, DENY_RECOGNIZER)
    kept = rules.drop_allowed([person(text, "Hillary Clinton"), deny], text,
                              policy(allow_lists=[allow]))
    assert kept == [deny]


def test_names_near_protect_are_raised_and_pre_accepted() -> None:
    text = "Contact Amira Haddad (STRICTLY PROTECT). " + "filler " * 30 + "Later Jon Brandt spoke."
    boost = ContextBoost(name="protect", words=["STRICTLY PROTECT", "PROTECT"], window=5)
    near, far = person(text, "Amira Haddad", 0.4), person(text, "Jon Brandt", 0.4)
    boosted = rules.apply_boosts([near, far], text, policy(context_boosts=[boost]))
    assert boosted[0].decision == "redact" and boosted[0].score == 0.4 + 0.35
    assert boosted[0].context_words == ("STRICTLY PROTECT",)
    assert boosted[1] == far


def test_thresholds_and_ignored_entities() -> None:
    text = "Amira in Corvenna"
    low = person(text, "Amira", 0.3)
    place = Finding(9, 17, "LOCATION", 0.9, "spaCy")
    unknown = Finding(0, 5, "NRP", 0.9, "spaCy")
    kept = rules.apply_thresholds([low, place, unknown, person(text, "Amira", 0.6)], policy())
    assert [(f.score, f.decision) for f in kept] == [(0.6, "review")]


def test_overlaps_deny_wins_then_longer_span() -> None:
    full = Finding(0, 12, "PERSON", 0.7, "spaCy")
    surname = Finding(6, 12, "PERSON", 0.9, "spaCy")
    place = Finding(6, 12, "LOCATION", 0.95, "spaCy")
    assert [(f.start, f.end) for f in overlaps.resolve([surname, full, place])] == [(0, 12)]
    deny = Finding(6, 12, "SOURCE", 1.0, DENY_RECOGNIZER)
    (winner,) = overlaps.resolve([full, deny])
    assert winner.from_deny_list and any("absorbed PERSON" in n for n in winner.notes)


def test_every_mention_is_linked_surname_only_after_the_full_name() -> None:
    text = "Haddad arrived. Amira Haddad spoke. Later Haddad left; AMIRA HADDAD no."
    proposals = linking.link([Finding(16, 28, "PERSON", 0.9, "spaCy", decision="review")], text)
    spans = [text[p.start : p.end] for p in proposals]
    assert spans == ["Amira Haddad", "Haddad"]
    assert len({p.group for p in proposals}) == 1
    assert "another mention" in str(proposals[1].reason["notes"])
