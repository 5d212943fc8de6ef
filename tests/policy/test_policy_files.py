"""Policy files: shipped ones load, extends merges, every problem names file, key and line."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from workstation.policy import PolicyError, PolicyRegistry
from workstation.policy.registry import shipped_directory
from workstation.services.policies import json_schema

ROOT = Path(__file__).resolve().parents[2]


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(textwrap.dedent(text).lstrip())
    return path


def registry(folder: Path) -> PolicyRegistry:
    return PolicyRegistry([shipped_directory(), folder])


def test_shipped_policies_load_and_chain() -> None:
    shipped = PolicyRegistry()
    assert set(shipped.files()) >= {"default", "source-protection", "cables"}
    cables = shipped.load("cables")
    assert [path.stem for path in cables.files] == ["cables", "source-protection", "default"]
    policy = cables.policy
    assert policy.entities["PERSON"].min_score == 0.35  # source-protection overrides default
    assert policy.entities["EMAIL_ADDRESS"].decision == "redact"  # inherited from default
    names = {pattern.name for pattern in policy.patterns}
    assert {"cable-reference", "email-header", "street-address"} <= names
    assert policy.release.approvals == 2
    assert shipped.load("default").sha256 != cables.sha256


def test_hash_is_stable_and_follows_content(tmp_path: Path) -> None:
    write(tmp_path, "mine", """
        id: mine
        version: "1"
        extends: default
        entities: {PERSON: {min_score: 0.9}}
    """)
    first = registry(tmp_path).load("mine").sha256
    assert registry(tmp_path).load("mine").sha256 == first
    write(tmp_path, "mine", """
        id: mine
        version: "1"
        extends: default
        entities: {PERSON: {min_score: 0.8}}
    """)
    assert registry(tmp_path).load("mine").sha256 != first


def test_child_rule_of_the_same_name_replaces_the_parents(tmp_path: Path) -> None:
    write(tmp_path, "strict", """
        id: strict
        version: "2"
        extends: default
        entities:
          PERSON: {decision: redact}
        patterns:
          - name: passport-number
            entity: PASSPORT_NUMBER
            regex: 'P\\d{7}'
            score: 0.9
    """)
    policy = registry(tmp_path).load("strict").policy
    assert policy.entities["PERSON"].decision == "redact"
    default = PolicyRegistry().load("default").policy
    assert policy.entities["PERSON"].min_score == default.entities["PERSON"].min_score
    passports = [p for p in policy.patterns if p.name == "passport-number"]
    assert len(passports) == 1 and passports[0].score == 0.9


def test_every_problem_is_reported_with_file_key_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad", """
        id: bad
        version: "1"
        extends: nowhere
        entities:
          PERSON: {min_score: 1.5, decision: maybe}
          WIDGET: {}
        patterns:
          - name: x
            entity: FOO
            regex: '([a-z'
          - name: x
            entity: FOO
            regex: 'ok'
            colour: red
    """)
    problems = {(p.key_path, p.line): p.message for p in registry(tmp_path).check(path)}
    assert all(str(path) == p.file for p in registry(tmp_path).check(path))
    assert "less than or equal to 1" in problems[("entities.PERSON.min_score", 5)]
    assert "'redact', 'review' or 'ignore'" in problems[("entities.PERSON.decision", 5)]
    assert "not a valid regular expression" in problems[("patterns[0].regex", 10)]
    assert "Extra inputs" in problems[("patterns[1].colour", 14)]
    assert "duplicate name 'x'" in problems[("patterns[1].name", 11)]
    assert "no policy named 'nowhere'" in problems[("extends", 3)]
    assert "unknown entity 'WIDGET'" in problems[("entities.WIDGET", 6)]


def test_duplicate_keys_syntax_errors_and_cycles(tmp_path: Path) -> None:
    duplicate = write(tmp_path, "dup", """
        id: dup
        version: "1"
        version: "2"
    """)
    broken = write(tmp_path, "broken", "id: [unclosed\n")
    write(tmp_path, "a", 'id: a\nversion: "1"\nextends: b\n')
    cycle = write(tmp_path, "b", 'id: b\nversion: "1"\nextends: a\n')
    found = registry(tmp_path)
    assert [(p.key_path, p.line, p.message) for p in found.check(duplicate)] == [
        ("version", 3, "duplicate key")
    ]
    (syntax,) = found.check(broken)
    assert syntax.message.startswith("YAML syntax error") and syntax.line == 2
    (loop,) = found.check(cycle)
    assert loop.message == "extends cycle: b -> a -> b"


def test_id_must_match_file_name_and_load_raises_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, "named", 'id: other\nversion: "1"\n')
    with pytest.raises(PolicyError) as raised:
        registry(tmp_path).load(str(path))
    assert "differs from the file name" in str(raised.value)
    assert "\n" not in str(raised.value)


def test_user_policy_overrides_a_shipped_one(tmp_path: Path) -> None:
    write(tmp_path, "default", 'id: default\nversion: "99"\n')
    assert registry(tmp_path).load("default").policy.version == "99"


def test_committed_json_schema_matches_the_model() -> None:
    committed = json.loads((ROOT / "docs" / "policy.schema.json").read_text())
    assert committed == json.loads(json_schema())
    assert "deny_lists" in committed["properties"]


def test_allow_list_entities_must_be_known(tmp_path: Path) -> None:
    path = write(tmp_path, "scoped", """
        id: scoped
        version: "1"
        allow_lists:
          - name: dates
            exact: [today]
            entities: [DATE_TIME, DATETIME]
    """)
    (problem,) = registry(tmp_path).check(path)
    assert (problem.key_path, problem.line) == ("allow_lists[0].entities[1]", 6)
    assert problem.message == "unknown entity 'DATETIME'"


def test_ocr_languages_default_to_english_and_must_be_language_codes(tmp_path: Path) -> None:
    assert PolicyRegistry().load("default").policy.ocr_languages == ["eng"]
    path = write(tmp_path, "odd", 'id: odd\nversion: "1"\nocr_languages: [eng, "../x"]\n')
    (problem,) = registry(tmp_path).check(path)
    assert (problem.key_path, problem.line) == ("ocr_languages[1]", 3)
