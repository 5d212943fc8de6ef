"""Where policies are found: the shipped ones, then the user's folder beside the vault.

A user policy with the same id as a shipped one takes its place, so a newsroom can
tighten ``default`` without editing the installed files.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from workstation.policy import loader
from workstation.policy.errors import PolicyError, PolicyProblem
from workstation.policy.loader import LoadedPolicy


def shipped_directory() -> Path:
    return Path(str(resources.files("policies")))


class PolicyRegistry:
    """Policies by id across folders; later folders override earlier ones."""

    def __init__(self, directories: list[Path] | None = None) -> None:
        self.directories = directories if directories is not None else [shipped_directory()]

    def files(self) -> dict[str, Path]:
        found: dict[str, Path] = {}
        for directory in self.directories:
            if directory.is_dir():
                for path in sorted(directory.glob("*.yaml")):
                    found[path.stem] = path
        return found

    def find(self, name: str) -> Path | None:
        return self.files().get(name)

    def load(self, name_or_file: str) -> LoadedPolicy:
        """A policy by id, or by path when the argument names an existing .yaml file."""
        path = Path(name_or_file)
        if not (path.suffix in {".yaml", ".yml"} and path.is_file()):
            found = self.find(name_or_file)
            if found is None:
                known = ", ".join(sorted(self.files())) or "none"
                raise PolicyError(
                    [PolicyProblem(name_or_file, "", None, f"no such policy (known: {known})")]
                )
            path = found
        return loader.load(path, self.find)

    def check(self, path: Path) -> list[PolicyProblem]:
        return loader.check(path, self.find)
