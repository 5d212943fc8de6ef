"""Every refusal the workstation reports, under one base that the command line catches.

Each error carries its one line for the user as ``str(error)``: it names the object
(a file as the user gave it, a policy, an editor, a document id) and says what to do,
never a word of a document and never a passphrase. The tree::

    WorkstationError              workstation.errors: the base; services raise it as is
    ├── PassphraseSourceError     workstation.passphrases: no passphrase could be read
    ├── PolicyError               workstation.policy.errors: a policy that cannot be used
    ├── IntakeRefused             workstation.services.errors: a path that cannot be taken in
    ├── EditorChoiceNeeded        workstation.services.errors: several editors, none named
    ├── PassphraseRefused         workstation.services.ui_facade: the passphrase opens nothing
    ├── ScanCancelled             workstation.services.ui_facade: the editor stopped a scan
    ├── ClusterRefused            workstation.cluster.errors: a scheduler refused or unreachable
    └── ReleaseRefused            workstation.services.release: a gate check failed

The vault's errors (``vault.errors.VaultError``) are a tree of their own, since the
vault knows nothing of the workstation; the command line catches both, and the review
UI's desk turns vault errors into WorkstationErrors. Exceptions that never reach a user
(a child's refusal code, a reply that does not parse) stay private to their package.

Nothing is imported here, so the command line catches the base at no cost to start-up
(naming ``PolicyError`` there would load the policy model and pydantic on every command).
"""

from __future__ import annotations

__all__ = ["WorkstationError"]


class WorkstationError(Exception):
    """Base of every workstation refusal; ``str(error)`` is shown to the user as is."""
