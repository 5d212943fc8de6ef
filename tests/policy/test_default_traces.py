"""The publication policy looks for every trace a reader could follow (issue 16).

Copy and control numbers, cable references, email headers, file paths and links lead to
a person or to the copy that leaked; `default` proposes them for review, and
`source-protection` inherits the same patterns rather than keeping copies of its own.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from workstation.policy import PolicyRegistry
from workstation.policy.registry import shipped_directory

TRACES = ("CONTROL_NUMBER", "CABLE_REFERENCE", "EMAIL_HEADER", "FILE_PATH", "URL")
SHARED = (
    "email-header",
    "file-path",
    "file-name",
    "copy-marking",
    "document-control-number",
    "cable-reference",
    "cable-ref-line",
)


def _file(name: str) -> dict[str, object]:
    data = yaml.safe_load(Path(shipped_directory(), f"{name}.yaml").read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def test_default_reviews_every_trace() -> None:
    entities = PolicyRegistry().load("default").policy.entities
    assert {entity: entities[entity].decision for entity in TRACES} == dict.fromkeys(
        TRACES, "review"
    )


def test_source_protection_redacts_what_default_reviews() -> None:
    entities = PolicyRegistry().load("source-protection").policy.entities
    for entity in ("CONTROL_NUMBER", "EMAIL_HEADER", "FILE_PATH"):
        assert entities[entity].decision == "redact"


def test_the_patterns_live_in_default_and_are_inherited() -> None:
    own = {rule["name"] for rule in _file("source-protection").get("patterns") or []}
    defaults = {rule["name"] for rule in _file("default").get("patterns") or []}
    inherited = {p.name for p in PolicyRegistry().load("source-protection").policy.patterns}
    for name in SHARED:
        assert name in defaults and name in inherited
        assert name not in own
