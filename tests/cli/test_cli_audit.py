"""The audit log from the command line, and the vault maintenance commands."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from cli_support import (
    SECOND_PASSPHRASE,
    assert_no_traceback,
    assert_one_line_error,
    error_lines,
    sql,
    stored_ids,
    vault_bytes,
)

MARKER = "QZXVMARKER7731"


def test_audit_records_every_action_without_names_or_text(ready: Any, tmp_path: Path) -> None:
    cli = ready
    secret = tmp_path / f"source-{MARKER}-memo.txt"
    secret.write_text(f"The informant {MARKER} met us at the harbour.\n", encoding="utf-8")
    (document_id,) = stored_ids(cli.run("intake", str(secret)).stdout)
    shown = cli.run("show", document_id)
    assert MARKER in shown.stdout
    bob = tmp_path / "bob.pass"
    bob.write_text(SECOND_PASSPHRASE + "\n")
    assert cli.run("editor", "add", "bob", "--new-passphrase-file", str(bob)).returncode == 0
    rotated = cli.run("vault", "rotate-key")
    assert rotated.returncode == 0 and "rotated" in rotated.stdout
    assert cli.run("intake-key", "export").returncode == 0
    assert cli.run("shred", document_id, "--yes").returncode == 0

    verified = cli.run("vault", "verify")
    assert verified.returncode == 0, verified.stderr
    assert "OK" in verified.stdout
    assert_no_traceback(verified)
    assert all(line.startswith("warning:") for line in error_lines(verified.stderr))
    report = json.loads(cli.run("vault", "verify", "--json").stdout)
    assert report["ok"] is True and report["problems"] == []
    assert report["documents"] == 0 and report["shredded"] == 1  # live documents, shredded
    assert report["audit_entries"] >= 7

    # No passphrase is needed to read the log: the passphrase file does not even exist.
    nowhere = tmp_path / "no-such-passphrase-file"
    listed = cli.run("audit", "show", "--json", passphrase_file=nowhere)
    assert listed.returncode == 0, listed.stderr
    entries = json.loads(listed.stdout)
    assert [e["seq"] for e in entries] == list(range(1, len(entries) + 1))
    actions = [e["action"] for e in entries]
    for action in (
        "vault.init",
        "document.intake",
        "document.show",
        "editor.add",
        "vault.rotate-key",
        "document.shred",
    ):
        assert action in actions, actions
    assert actions.index("document.intake") < actions.index("document.show")
    assert actions[-1] == "document.shred"
    by_action = {e["action"]: e for e in entries}
    assert by_action["document.intake"]["object"] == document_id
    assert by_action["document.shred"]["object"] == document_id
    assert {e["editor"] for e in entries} == {"alice"}
    assert set(entries[0]) == {"seq", "at", "editor", "action", "object", "details", "verified"}
    assert all(e["verified"] for e in entries)

    table = cli.run("audit", "show", passphrase_file=nowhere)
    assert table.returncode == 0 and "document.shred" in table.stdout
    last_two = cli.run("audit", "show", "--json", "--last", "2", passphrase_file=nowhere)
    assert [e["seq"] for e in json.loads(last_two.stdout)] == [len(entries) - 1, len(entries)]

    for output in (listed.stdout, table.stdout):
        assert MARKER not in output
        assert "informant" not in output and "harbour" not in output
        assert "source-" not in output
    assert MARKER.encode() not in vault_bytes(cli.vault_path)
    assert b"informant" not in vault_bytes(cli.vault_path)

    chain = cli.run("audit", "verify", passphrase_file=nowhere)
    assert chain.returncode == 0, chain.stderr
    assert f"entry {len(entries)}" in chain.stdout


def test_checkpoint_catches_a_cut_off_log(ready: Any, tmp_path: Path) -> None:
    cli = ready
    note = tmp_path / "note.txt"
    note.write_text("first\n")
    for _ in range(2):
        assert cli.run("intake", str(note)).returncode == 0
    checkpoint = tmp_path / "outside" / "head.json"
    checkpoint.parent.mkdir()
    written = cli.run("audit", "checkpoint", "-o", str(checkpoint))
    assert written.returncode == 0, written.stderr
    point = json.loads(checkpoint.read_text())
    assert point["seq"] == 4 and point["editor"] == "alice"  # covers its own entry
    assert cli.run("intake", str(note)).returncode == 0

    nowhere = tmp_path / "no-such-passphrase-file"
    passed = cli.run("audit", "verify", "--checkpoint", str(checkpoint), passphrase_file=nowhere)
    assert passed.returncode == 0, passed.stderr
    assert "checkpoint" in passed.stdout

    copy = tmp_path / "copy.db"
    shutil.copy(cli.vault_path, copy)

    # Someone with the file (no passphrase needed for this) deletes the newest entries.
    sql(cli.vault_path, "DELETE FROM audit WHERE seq >= ?", (point["seq"],))
    plain = cli.run("audit", "verify", passphrase_file=nowhere)
    assert "warning:" in plain.stderr  # this workstation remembers a longer log
    cut = cli.run("audit", "verify", "--checkpoint", str(checkpoint), passphrase_file=nowhere)
    line = assert_one_line_error(cut, f"entry {point['seq']}", allow_warnings=True)
    assert "cut" in line or "truncat" in line or "missing" in line

    # A rewritten entry in the middle of the chain is named by plain 'audit verify'.
    sql(copy, "UPDATE audit SET details = ? WHERE seq = 2", ('{"kind":"pdf"}',))
    broken = cli.run("--vault", str(copy), "audit", "verify", passphrase_file=nowhere)
    assert_one_line_error(broken, "entry 2", allow_warnings=True)

    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(point | {"seq": 1}))
    refused = cli.run("audit", "verify", "--checkpoint", str(forged), passphrase_file=nowhere)
    assert_one_line_error(refused, "checkpoint", allow_warnings=True)
    garbage = tmp_path / "garbage.json"
    garbage.write_text("not json")
    assert_one_line_error(
        cli.run("audit", "verify", "--checkpoint", str(garbage), passphrase_file=nowhere),
        "not a workstation checkpoint",
        allow_warnings=True,
    )
