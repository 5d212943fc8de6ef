"""Editors: add, list, change passphrase, remove, and the last-editor rule."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cli_support import (
    SECOND_PASSPHRASE,
    THIRD_PASSPHRASE,
    assert_one_line_error,
    listing,
    run_workstation,
)


def test_editor_lifecycle(ready: Any, tmp_path: Path) -> None:
    cli = ready
    bob_file = tmp_path / "bob.pass"
    bob_file.write_text(SECOND_PASSPHRASE + "\n")
    alice_new = tmp_path / "alice-new.pass"
    alice_new.write_text(THIRD_PASSPHRASE + "\n")
    weak = tmp_path / "weak.pass"
    weak.write_text("bob\n")

    refused = cli.run("editor", "add", "bob", "--new-passphrase-file", str(weak))
    assert_one_line_error(refused, "passphrase refused")

    added = cli.run("editor", "add", "bob", "--new-passphrase-file", str(bob_file))
    assert added.returncode == 0, added.stderr
    assert "bob" in added.stdout
    duplicate = cli.run("editor", "add", "bob", "--new-passphrase-file", str(bob_file))
    assert_one_line_error(duplicate, "already exists")

    editors = json.loads(cli.run("editor", "list", "--json").stdout)
    assert [e["name"] for e in editors] == ["alice", "bob"]
    for editor in editors:
        assert editor["state"] == "active"
        assert len(editor["fingerprint"]) == 16
        assert len(bytes.fromhex(editor["signing_public"])) == 32
    assert editors[0]["fingerprint"] != editors[1]["fingerprint"]
    assert "bob" in cli.run("editor", "list").stdout

    assert listing(cli, editor="bob", passphrase_file=bob_file) == []
    unnamed = run_workstation(
        "--vault", str(cli.vault_path), "--passphrase-file", str(cli.passphrase_file), "list"
    )
    assert_one_line_error(unnamed, "several editors", "--editor")
    assert_one_line_error(cli.run("list", editor="bob"), "wrong passphrase")

    changed = cli.run("editor", "passwd", "--new-passphrase-file", str(alice_new))
    assert changed.returncode == 0, changed.stderr
    assert_one_line_error(cli.run("list"), "wrong passphrase")
    assert listing(cli, passphrase_file=alice_new) == []

    unconfirmed = cli.run("editor", "remove", "bob", passphrase_file=alice_new)
    assert_one_line_error(unconfirmed, "--yes")
    removed = cli.run("editor", "remove", "bob", "--yes", passphrase_file=alice_new)
    assert removed.returncode == 0, removed.stderr
    assert "rotated" in removed.stdout
    assert_one_line_error(
        cli.run("list", editor="bob", passphrase_file=bob_file), "no editor of that name"
    )
    everyone = json.loads(
        cli.run("editor", "list", "--all", "--json", passphrase_file=alice_new).stdout
    )
    assert {(e["name"], e["state"]) for e in everyone} == {("alice", "active"), ("bob", "removed")}

    last = cli.run("editor", "remove", "alice", "--yes", passphrase_file=alice_new)
    assert_one_line_error(last, "last editor")
    assert listing(cli, passphrase_file=alice_new) == []

    actions = [e["action"] for e in json.loads(cli.run("audit", "show", "--json").stdout)]
    assert actions == ["vault.init", "editor.add", "editor.passwd", "editor.remove"]
