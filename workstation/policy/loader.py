"""Loading a policy: parse, validate each file, apply ``extends``, run cross-checks.

Each file is validated on its own (so errors name the file they are in), then the
chain is merged: entities per type, named rules by name (a child's rule replaces
its parent's of the same name), other settings key by key.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from workstation.policy import yaml_lines
from workstation.policy.backtracking import stuck_patterns
from workstation.policy.errors import PolicyError, PolicyProblem
from workstation.policy.model import PRESIDIO_ENTITIES, WORKSTATION_ENTITIES, Policy
from workstation.policy.yaml_lines import LineMap

NAMED_RULES = ("deny_lists", "allow_lists", "patterns", "context_boosts")
SECTIONS = ("rendering", "release", "fingerprints")
MAX_EXTENDS_DEPTH = 8


@dataclass(frozen=True)
class LoadedPolicy:
    """A resolved policy with where it came from and the hash that identifies it."""

    policy: Policy
    files: tuple[Path, ...]

    @property
    def sha256(self) -> str:
        """Hash of the canonical resolved form: what every proposal and release records."""
        canonical = json.dumps(
            self.policy.model_dump(mode="json"),
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=True,
        )
        return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass
class ParsedFile:
    path: Path
    data: dict[str, Any]
    lines: LineMap


def load(path: Path, find: Callable[[str], Path | None]) -> LoadedPolicy:
    """Load the policy at ``path`` and its ancestors (``find`` maps an id to a file)."""
    return _resolved(path, find)[1]


def _resolved(
    path: Path, find: Callable[[str], Path | None]
) -> tuple[list[ParsedFile], LoadedPolicy]:
    """The parsed files, child first, and the policy they resolve to."""
    problems: list[PolicyProblem] = []
    chain = _chain(path, find, problems)
    problems.extend(_cross_check(chain))
    if problems:
        raise PolicyError(problems)
    merged: dict[str, Any] = {}
    for parsed in reversed(chain):
        merged = merge(merged, parsed.data)
    return chain, LoadedPolicy(Policy.model_validate(merged), tuple(p.path for p in chain))


def check(path: Path, find: Callable[[str], Path | None]) -> list[PolicyProblem]:
    """Every problem of the policy at ``path`` (empty when it is usable), including its
    own patterns that would backtrack without end on a separator line or a list."""
    try:
        chain, _ = _resolved(path, find)
    except PolicyError as error:
        return error.problems
    parsed = chain[0]  # the file itself, read once
    own = _rules(parsed.data, "patterns")
    stuck = stuck_patterns([(str(rule["regex"]), 0) for _, rule in own])
    return [
        parsed.lines.problem(("patterns", own[found.index][0], "regex"), found.describe())
        for found in stuck
    ]


def _chain(
    path: Path, find: Callable[[str], Path | None], problems: list[PolicyProblem]
) -> list[ParsedFile]:
    """The file and its ancestors, child first; stops at the first broken link."""
    chain: list[ParsedFile] = []
    current: Path | None = path
    while current is not None:
        parsed = _parse(current, problems)
        if parsed is None:
            break
        ids = [item.data.get("id") for item in chain]
        if parsed.data.get("id") in ids:
            cycle = " -> ".join(str(i) for i in [*ids, parsed.data.get("id")])
            problems.append(chain[-1].lines.problem(("extends",), f"extends cycle: {cycle}"))
            break
        chain.append(parsed)
        parent = parsed.data.get("extends")
        if not parent or not isinstance(parent, str):
            break
        if len(chain) >= MAX_EXTENDS_DEPTH:
            problems.append(parsed.lines.problem(("extends",), "extends chain is too deep"))
            break
        current = find(str(parent))
        if current is None:
            problems.append(parsed.lines.problem(("extends",), f"no policy named '{parent}'"))
    return chain


def _parse(path: Path, problems: list[PolicyProblem]) -> ParsedFile | None:
    """Parse and validate one file; keeps going after model errors so every problem is found."""
    data, lines, found = yaml_lines.read(path)
    problems.extend(found)
    if found:
        return None
    try:
        Policy.model_validate(data)
    except ValidationError as error:
        for detail in error.errors():
            message = detail["msg"].removeprefix("Value error, ")
            problems.append(lines.problem(tuple(detail["loc"]), message))
    if isinstance(data.get("id"), str) and path.stem != data["id"]:
        problems.append(lines.problem(("id",), f"id '{data['id']}' differs from the file name"))
    problems.extend(_duplicate_names(data, lines))
    return ParsedFile(path, data, lines)


def _rules(data: dict[str, Any], section: str) -> list[tuple[int, dict[str, Any]]]:
    """The well-formed entries of a named-rule section (malformed ones are already reported)."""
    value = data.get(section)
    if not isinstance(value, list):
        return []
    return [(index, rule) for index, rule in enumerate(value) if isinstance(rule, dict)]


def _duplicate_names(data: dict[str, Any], lines: LineMap) -> list[PolicyProblem]:
    problems = []
    for section in NAMED_RULES:
        seen: set[str] = set()
        for index, rule in _rules(data, section):
            name = rule.get("name")
            if name in seen:
                problems.append(
                    lines.problem((section, index, "name"), f"duplicate name '{name}' in {section}")
                )
            if isinstance(name, str):
                seen.add(name)
    return problems


def merge(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    """The child's settings over the parent's."""
    result = dict(parent)
    for key, value in child.items():
        if key == "entities":
            entities = dict(parent.get("entities") or {})
            for entity, rule in (value or {}).items():
                entities[entity] = {**(entities.get(entity) or {}), **(rule or {})}
            result[key] = entities
        elif key in NAMED_RULES:
            by_name = {rule["name"]: rule for rule in parent.get(key) or []}
            by_name.update({rule["name"]: rule for rule in value or []})
            result[key] = list(by_name.values())
        elif key in SECTIONS:
            result[key] = {**(parent.get(key) or {}), **(value or {})}
        else:
            result[key] = value
    result["extends"] = child.get("extends")
    return result


def _cross_check(chain: list[ParsedFile]) -> list[PolicyProblem]:
    """Entity names must be known to the whole chain; reported where they are written."""
    known = set(PRESIDIO_ENTITIES | WORKSTATION_ENTITIES)
    for parsed in chain:
        for section in ("deny_lists", "patterns"):
            known |= {
                str(rule.get("entity", "DENY_LIST")) for _, rule in _rules(parsed.data, section)
            }
    problems = []
    for parsed in chain:
        entities = parsed.data.get("entities")
        for entity in entities if isinstance(entities, dict) else {}:
            if entity not in known:
                problems.append(
                    parsed.lines.problem(("entities", entity), f"unknown entity '{entity}'")
                )
        for section in ("context_boosts", "allow_lists"):
            for index, rule in _rules(parsed.data, section):
                names = rule.get("entities")
                for position, entity in enumerate(names if isinstance(names, list) else []):
                    if entity not in known:
                        path = (section, index, "entities", position)
                        problems.append(parsed.lines.problem(path, f"unknown entity '{entity}'"))
    return problems
