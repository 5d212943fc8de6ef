"""One error tree: every refusal a user can see derives from WorkstationError, and the
tree drawn in workstation/errors.py names each of them."""

from __future__ import annotations

import workstation.cluster.errors  # defines ClusterRefused
import workstation.errors
import workstation.passphrases
import workstation.policy
import workstation.services.release  # defines ReleaseRefused
import workstation.services.ui_facade  # defines PassphraseRefused and ScanCancelled
from workstation.errors import WorkstationError


def subclasses(base: type[Exception]) -> set[type[Exception]]:
    found = set(base.__subclasses__())
    for child in list(found):
        found |= subclasses(child)
    return found


def test_policy_and_passphrase_errors_share_the_base() -> None:
    assert issubclass(workstation.policy.PolicyError, WorkstationError)
    assert issubclass(workstation.passphrases.PassphraseSourceError, WorkstationError)


def test_the_drawn_tree_names_every_refusal() -> None:
    drawn = workstation.errors.__doc__ or ""
    named = {error.__name__ for error in subclasses(WorkstationError)}
    assert {"PolicyError", "PassphraseSourceError", "ReleaseRefused"} <= named
    assert sorted(name for name in named if name not in drawn) == []
