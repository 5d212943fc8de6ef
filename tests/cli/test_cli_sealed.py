"""Sealed intake: export the age recipient, seal on another machine, take the sealed file in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyrage
import pytest
from cli_support import (
    assert_no_traceback,
    assert_one_line_error,
    by_name,
    error_lines,
    listing,
    run_workstation,
    stored_ids,
)


def test_seal_and_take_in(ready: Any, tmp_path: Path) -> None:
    cli = ready
    exported = cli.run("intake-key", "export")
    assert exported.returncode == 0, exported.stderr
    recipient = exported.stdout.strip()
    assert recipient.startswith("age1") and len(recipient.split()) == 1
    assert cli.run("intake-key", "export").stdout.strip() == recipient

    # The intake machine: no vault, no passphrase, only the recipient.
    machine = tmp_path / "intake-machine"
    machine.mkdir()
    submission = machine / "submission.txt"
    submission.write_text("Sealed SEALMARK submission\n", encoding="utf-8")
    sealed = machine / "out.txt.age"
    result = run_workstation("seal", str(submission), "-r", recipient, "-o", str(sealed))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(sealed)
    data = sealed.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n")
    assert b"SEALMARK" not in data
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(data, [pyrage.x25519.Identity.generate()])

    again = run_workstation("seal", str(submission), "-r", recipient, "-o", str(sealed))
    assert_one_line_error(again, "already exists")
    assert sealed.read_bytes() == data
    default = run_workstation("seal", str(submission), "-r", recipient)
    assert default.returncode == 0
    assert Path(default.stdout.strip()) == machine / "submission.txt.age"
    bad = run_workstation("seal", str(submission), "-r", "age1nope", "-o", str(tmp_path / "x"))
    assert_one_line_error(bad, "recipient")
    assert not (tmp_path / "x").exists()
    planted = machine / "planted.age"  # a dangling link must not be followed
    planted.symlink_to(tmp_path / "victim")
    linked = run_workstation("seal", str(submission), "-r", recipient, "-o", str(planted))
    assert_one_line_error(linked, "already exists")
    assert not (tmp_path / "victim").exists()

    taken = cli.run("intake", str(sealed))
    assert taken.returncode == 0, taken.stderr
    (document_id,) = stored_ids(taken.stdout)
    document = by_name(cli)["out.txt"]
    assert document["id"] == document_id and document["type"] == "txt"
    assert document["state"] == "received"
    assert "SEALMARK" in cli.run("show", document_id).stdout
    intake_entry = [
        line  # the intake's details are sealed: --unlock opens them
        for line in cli.run("audit", "show", "--unlock").stdout.splitlines()
        if document_id in line
    ]
    assert any("sealed=True" in line for line in intake_entry)


def test_refused_sealed_files_store_nothing(ready: Any, tmp_path: Path) -> None:
    cli = ready
    recipient = cli.run("intake-key", "export").stdout.strip()
    assert recipient.startswith("age1")

    scrypt = tmp_path / "passphrase.txt.age"
    scrypt.write_bytes(pyrage.passphrase.encrypt(b"secret words", "a shared passphrase"))
    huge = tmp_path / "huge.age"
    huge.write_bytes(b"age-encryption.org/v1\n-> X25519 " + b"A" * (70 * 1024) + b"\n")
    garbage = tmp_path / "garbage.age"
    garbage.write_bytes(b"this is not an age file at all\n" * 20)
    other_vault = tmp_path / "elsewhere.txt.age"
    other_vault.write_bytes(
        pyrage.encrypt(b"for someone else", [pyrage.x25519.Identity.generate().to_public()])
    )

    for path, words in (
        (scrypt, ("passphrase", "scrypt")),
        (huge, ("header",)),
        (garbage, ("not an age file",)),
        (other_vault, ("intake key",)),
    ):
        result = cli.run("intake", str(path))
        line = assert_one_line_error(result, path.name, *words)
        assert result.stdout == ""
        assert line.startswith("refused:")

    together = cli.run("intake", str(scrypt), str(huge), str(garbage))
    assert together.returncode == 1
    assert_no_traceback(together)
    assert len(error_lines(together.stderr)) == 3
    assert listing(cli) == []
