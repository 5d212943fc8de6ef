"""Policy files: which entities to look for, deny and allow lists, patterns, rendering.

A policy is YAML validated by a pydantic model; every problem is reported with the
file, the key path and the line, so an editor can fix a policy without reading code.
"""

from workstation.policy.errors import PolicyError, PolicyProblem
from workstation.policy.model import Policy
from workstation.policy.registry import PolicyRegistry

__all__ = ["Policy", "PolicyError", "PolicyProblem", "PolicyRegistry"]
