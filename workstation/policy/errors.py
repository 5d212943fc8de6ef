"""Policy problems, each pointing at a file, a key path and a line."""

from __future__ import annotations

from dataclasses import dataclass

from workstation.errors import WorkstationError


@dataclass(frozen=True)
class PolicyProblem:
    file: str
    key_path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        key = f" {self.key_path}:" if self.key_path else ""
        return f"{where}:{key} {self.message}"


class PolicyError(WorkstationError):
    """A policy that cannot be used; ``problems`` lists every one found, not just the first."""

    def __init__(self, problems: list[PolicyProblem]) -> None:
        self.problems = problems
        first = str(problems[0]) if problems else "invalid policy"
        more = f" (and {len(problems) - 1} more; 'workstation policy check' lists them)"
        super().__init__(first + (more if len(problems) > 1 else ""))
