"""A name in its own script beside its romanised form (workstation.detection.native_scripts)."""

from __future__ import annotations

from workstation.detection.findings import Finding
from workstation.detection.linking import link
from workstation.detection.native_scripts import in_own_script


def person(text: str, name: str, entity: str = "PERSON") -> Finding:
    start = text.index(name)
    return Finding(start, start + len(name), entity, 0.85, "test")


def added(text: str, finding: Finding) -> list[str]:
    return [text[f.start : f.end] for f, _ in in_own_script([finding], text)]


def test_the_name_in_brackets_after_the_romanised_form() -> None:
    text = "The welder, JEONG Da-eun (정다은), 29, was moved to night shifts."
    assert added(text, person(text, "JEONG Da-eun")) == ["정다은"]
    chinese = "Her cousin Zhang Wei\uff08张伟\uff09lent the money."  # full-width brackets
    assert added(chinese, person(chinese, "Zhang Wei")) == ["张伟"]
    amharic = "A clerk, Hirut Bekele (ሂሩት በቀለ), kept the ledger."
    assert added(amharic, person(amharic, "Hirut Bekele")) == ["ሂሩት በቀለ"]


def test_the_name_in_its_script_before_the_romanised_form_in_brackets() -> None:
    text = "Signed: Петров Игорь (Petrov Igor), duty officer."
    assert added(text, person(text, "Petrov Igor")) == ["Петров Игорь"]


def test_brackets_that_hold_something_else_are_left_alone() -> None:
    for text, name in [
        ("The driver, Omar Haddad (41), was released.", "Omar Haddad"),
        ("The driver, Omar Haddad (the second witness), was released.", "Omar Haddad"),
        ("The driver, Omar Haddad (ID 4471), was released.", "Omar Haddad"),
        ("The driver, Omar Haddad (오마르 하다드 대리 운전 기사 님), was released.", "Omar Haddad"),
    ]:
        assert added(text, person(text, name)) == []
    ministry = "The Ministry of Labour (고용노동부) refused."
    assert added(ministry, person(ministry, "Ministry of Labour", "ORGANIZATION")) == []


def test_every_later_mention_in_that_script_is_linked() -> None:
    text = "Our source is KANG Ji-ho (강지호).\n2012년 5월 2일 오후 1:20, 강지호 : the logs\n"
    proposals = link([person(text, "KANG Ji-ho")], text)
    found = [text[p.start : p.end] for p in proposals]
    assert found == ["KANG Ji-ho", "강지호", "강지호"]
    assert len({p.group for p in proposals}) == 1
