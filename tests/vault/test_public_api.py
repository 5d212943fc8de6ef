"""The vault's public API, pinned: what the workstation imports from the vault, and no more."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from pathlib import Path

import pytest

import vault

ROOT = Path(__file__).resolve().parents[2]


def names_the_workstation_imports_from_the_vault() -> set[str]:
    """Every ``from vault... import NAME`` in workstation/ (a module counts by its name)."""
    names: set[str] = set()
    for path in (ROOT / "workstation").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                if node.module == "vault" or node.module.startswith("vault."):
                    names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.Import):
                assert not any(a.name.split(".")[0] == "vault" for a in node.names), path
    return names


def test_public_api_is_pinned() -> None:
    assert vault.__all__ == [
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


def test_the_public_api_is_what_the_workstation_uses() -> None:
    """A new import of the vault in the workstation is a change to this API: export it."""
    assert names_the_workstation_imports_from_the_vault() == set(vault.__all__)


@pytest.mark.parametrize("name", vault.__all__)
def test_each_name_is_the_one_its_module_defines(name: str) -> None:
    value = getattr(vault, name)
    if inspect.ismodule(value):
        assert value.__name__ == f"vault.{name}"
    else:
        assert value.__module__.startswith("vault.")
        assert getattr(sys.modules[value.__module__], name) is value


def test_an_unknown_name_is_refused() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        vault.Nothing  # noqa: B018 - the attribute access is the test
    with pytest.raises(ImportError):
        from vault import Nothing  # noqa: F401


def test_the_package_and_its_errors_load_without_cryptography() -> None:
    """The command line imports vault.errors on every start; --help stays light."""
    probe = "import sys, vault, vault.errors; print('cryptography' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "False"
