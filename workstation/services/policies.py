"""Policies for a vault: the shipped ones plus the newsroom's own in ``policies/`` beside it."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from workstation.policy import Policy, PolicyProblem, PolicyRegistry
from workstation.policy.loader import LoadedPolicy
from workstation.policy.registry import shipped_directory


def registry_for(vault_path: Path) -> PolicyRegistry:
    return PolicyRegistry([shipped_directory(), vault_path.parent / "policies"])


def load(vault_path: Path, name_or_file: str) -> LoadedPolicy:
    return registry_for(vault_path).load(name_or_file)


def summaries(vault_path: Path) -> list[tuple[str, Path, LoadedPolicy | None, str]]:
    """Every policy found: id, file, the loaded policy or None, and its first problem."""
    registry = registry_for(vault_path)
    rows: list[tuple[str, Path, LoadedPolicy | None, str]] = []
    for name, path in sorted(registry.files().items()):
        problems = registry.check(path)
        loaded = None if problems else registry.load(str(path))
        rows.append((name, path, loaded, str(problems[0]) if problems else ""))
    return rows


def check(vault_path: Path, path: Path) -> list[PolicyProblem]:
    return registry_for(vault_path).check(path)


def resolved_yaml(loaded: LoadedPolicy) -> str:
    """The policy with ``extends`` applied, as a reader would write it out by hand."""
    data = loaded.policy.model_dump(mode="json", exclude_none=True)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def json_schema() -> str:
    return json.dumps(Policy.model_json_schema(), indent=2, sort_keys=True)
