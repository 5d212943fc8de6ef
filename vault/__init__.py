"""The vault: one encrypted SQLite file with a signed audit chain; it knows nothing of PII or UI.

``__all__`` is what the workstation uses (pinned by ``tests/vault/test_public_api.py``):
``Vault`` opens, creates and unlocks a vault; ``Session`` is an unlocked vault, whose
``change()`` is the only write path; ``Item`` a sealed per-document record; ``audit``,
``checkpoint`` and ``crypto`` the chain, signed heads kept outside and the primitives.

The names load on first use, not with the package: the command line imports
``vault.errors`` on every start, and ``--help`` must not pay for ``cryptography``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vault import audit, checkpoint, crypto
    from vault.audit import AuditEntry, ChainReport
    from vault.documents import DocumentInfo
    from vault.errors import VaultError, WrongPassphrase
    from vault.items import Item
    from vault.session import Session
    from vault.store import EditorRecord, Vault
    from vault.verify import verify_vault

__all__ = [
    "AuditEntry",
    "ChainReport",
    "DocumentInfo",
    "EditorRecord",
    "Item",
    "Session",
    "Vault",
    "VaultError",
    "WrongPassphrase",
    "audit",
    "checkpoint",
    "crypto",
    "verify_vault",
]

_HOMES = {
    "AuditEntry": "vault.audit",
    "ChainReport": "vault.audit",
    "DocumentInfo": "vault.documents",
    "EditorRecord": "vault.store",
    "Item": "vault.items",
    "Session": "vault.session",
    "Vault": "vault.store",
    "VaultError": "vault.errors",
    "WrongPassphrase": "vault.errors",
    "verify_vault": "vault.verify",
}
_MODULES = ("audit", "checkpoint", "crypto")

if not TYPE_CHECKING:  # type checkers see the imports above; at run time, load on first use

    def __getattr__(name: str) -> object:
        if name in _MODULES:
            return importlib.import_module(f"vault.{name}")
        if name not in _HOMES:
            raise AttributeError(f"module 'vault' has no attribute {name!r}")
        value = getattr(importlib.import_module(_HOMES[name]), name)
        globals()[name] = value
        return value
