"""The policy's fingerprints section: shipped defaults, inheritance, and refused values."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from workstation.policy import PolicyError, PolicyRegistry
from workstation.policy.registry import shipped_directory


def test_source_protection_is_strict_and_cables_inherit_it() -> None:
    shipped = PolicyRegistry()
    default = shipped.load("default").policy.fingerprints
    strict = shipped.load("cables").policy.fingerprints
    assert default.copy_marking == "review" and default.combining_mark == "review"
    assert strict.copy_marking == "strip" and strict.combining_mark == "normalise"
    assert strict.email_header == "strip" and strict.metadata == "strip"


def test_a_child_policy_overrides_one_kind_and_keeps_the_rest(tmp_path: Path) -> None:
    (tmp_path / "mine.yaml").write_text(
        "id: mine\nversion: '1'\nextends: source-protection\nfingerprints:\n  invisible: review\n"
    )
    rules = PolicyRegistry([shipped_directory(), tmp_path]).load("mine").policy.fingerprints
    assert rules.invisible == "review" and rules.copy_marking == "strip"


def test_an_action_a_kind_cannot_take_is_refused_with_file_key_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        textwrap.dedent(
            """\
            id: bad
            version: '1'
            fingerprints:
              invisible: normalise
              homoglyph: strip
            """
        )
    )
    with pytest.raises(PolicyError) as caught:
        PolicyRegistry([shipped_directory(), tmp_path]).load(str(path))
    message = str(caught.value)
    assert "bad.yaml" in message and "fingerprints.homoglyph" in message and ":5" in message
