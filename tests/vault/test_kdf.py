"""Key derivation: absurd slot parameters are refused before any work; real slots are strong.

A tampered slot could ask Argon2id for terabytes of memory or hours of passes to hang
the workstation; that must be refused at once with one line. The real calibrated
parameters (not the test profile the rest of the suite uses) must be at least 256 MiB
and 2 to 10 passes, and unlock must run exactly one derivation however many editors
the vault has.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from vaultkit import ALICE_PASSPHRASE, dump, one_line, raw

from vault import kdf
from vault.errors import UnsafeKdfParameters, VaultCorrupt, WrongPassphrase
from vault.session import Session
from vault.store import Vault

GIB_IN_KIB = 1024 * 1024


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"memory_kib": 2 * GIB_IN_KIB + 1}, "2 GiB"),
        ({"memory_kib": 2**40}, "2 GiB"),
        ({"iterations": 11}, "10 passes"),
        ({"iterations": 2**31}, "10 passes"),
        ({"lanes": 9}, "8 lanes"),
        ({"lanes": 2**24}, "8 lanes"),
        ({"iterations": 0}, "impossible"),
        ({"lanes": 0}, "impossible"),
        ({"salt": "00"}, "salt"),
    ],
)
def test_absurd_kdf_parameters_are_refused_at_once(
    session: Session, vault_path: Path, change: dict[str, object], named: str
) -> None:
    session.connection.close()
    with raw(vault_path) as tamper:
        params = json.loads(
            tamper.execute("SELECT kdf_params FROM editors WHERE name = 'alice'").fetchone()[0]
        )
        tamper.execute(
            "UPDATE editors SET kdf_params = ? WHERE name = 'alice'",
            (json.dumps(params | change, sort_keys=True),),
        )
    before = dump(vault_path)
    vault = Vault.open(vault_path)
    try:
        started = time.perf_counter()
        with pytest.raises(UnsafeKdfParameters) as caught:
            vault.unlock("alice", ALICE_PASSPHRASE)
        elapsed = time.perf_counter() - started
    finally:
        vault.close()
    assert elapsed < 0.1, f"refusing took {elapsed:.3f} s: the derivation must not start"
    assert named in one_line(caught.value)
    assert dump(vault_path) == before


@pytest.mark.parametrize(
    "text",
    [
        '{"algorithm": "scrypt", "salt": "00", "memory_kib": 1, "iterations": 1, "lanes": 1}',
        "not json",
        "null",
        "42",
        "[]",
        '"argon2id"',
        '{"algorithm": "argon2id"}',
        '{"algorithm": "argon2id", "salt": "zz", "memory_kib": 1024, "iterations": 1, "lanes": 1}',
    ],
)
def test_unreadable_kdf_parameters_are_one_line_errors(
    session: Session, vault_path: Path, text: str
) -> None:
    with raw(vault_path) as tamper:
        tamper.execute("UPDATE editors SET kdf_params = ? WHERE name = 'alice'", (text,))
    vault = Vault.open(vault_path)
    try:
        with pytest.raises(VaultCorrupt) as caught:
            vault.unlock("alice", ALICE_PASSPHRASE)
    finally:
        vault.close()
    assert "key-derivation settings" in one_line(caught.value)


@pytest.mark.slow
def test_real_parameters_are_strong_and_unlock_runs_one_derivation(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(kdf.TEST_PROFILE_VARIABLE)
    session = Vault.create(vault_path, "alice", ALICE_PASSPHRASE)
    for number in range(4):
        session.add_editor(f"editor {number}", f"{ALICE_PASSPHRASE} {number}")
    session.connection.close()

    vault = Vault.open(vault_path)
    try:
        editors = vault.editors()
        assert len(editors) == 5
        for editor in editors:
            assert editor.kdf.memory_kib >= 256 * 1024, editor
            assert 2 <= editor.kdf.iterations <= 10, editor
            assert 1 <= editor.kdf.lanes <= 8, editor
            assert len(editor.kdf.salt) >= 16
            assert not editor.kdf.is_test_strength
        alice = next(editor for editor in editors if editor.name == "alice")
        assert len({editor.kdf.salt for editor in editors}) == 5

        started = time.perf_counter()
        kdf.derive_key("not the passphrase", alice.kdf)
        one_derivation = time.perf_counter() - started

        started = time.perf_counter()
        with pytest.raises(WrongPassphrase) as caught:
            vault.unlock("alice", "not the passphrase")
        refused_after = time.perf_counter() - started
        one_line(caught.value)

        started = time.perf_counter()
        unlocked = vault.unlock("alice", ALICE_PASSPHRASE)
        opened_after = time.perf_counter() - started
        assert unlocked.editor_name == "alice"
    finally:
        vault.close()
    # One derivation, not one per editor: the bound uses the slower of two measured runs
    # (the machine may be busy); trying all five slots would take about five times as long.
    reference = max(one_derivation, opened_after)
    assert refused_after < reference + 0.3, (refused_after, one_derivation, opened_after)
