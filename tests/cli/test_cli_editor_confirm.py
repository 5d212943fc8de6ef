"""Adding an editor cannot manufacture a second approval (issue 15, point 3 b).

With two active editors, a third added by one of them stays pending (cannot unlock,
cannot approve) until another active editor confirms with their own passphrase; the
audit log shows who added and who confirmed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cli_support import SECOND_PASSPHRASE, THIRD_PASSPHRASE, assert_one_line_error, listing

FOURTH_PASSPHRASE = "walnut comet ember lagoon trellis"


def ok(result: Any) -> Any:
    assert result.returncode == 0, result.stderr
    return result


def states(cli: Any) -> dict[str, str]:
    editors = json.loads(ok(cli.run("editor", "list", "--json")).stdout)
    return {e["name"]: e["state"] for e in editors}


def test_a_third_editor_waits_for_a_second_editors_confirmation(ready: Any, tmp_path: Path) -> None:
    cli = ready
    bob, carol, dave = (tmp_path / f"{n}.pass" for n in ("bob", "carol", "dave"))
    bob.write_text(SECOND_PASSPHRASE + "\n")
    carol.write_text(THIRD_PASSPHRASE + "\n")
    dave.write_text(FOURTH_PASSPHRASE + "\n")

    first = ok(cli.run("editor", "add", "bob", "--new-passphrase-file", str(bob)))
    assert "pending" not in first.stdout  # the vault's first colleague: set up in person
    added = ok(cli.run("editor", "add", "carol", "--new-passphrase-file", str(carol)))
    assert "pending: 1 more active editor(s) must confirm" in added.stdout
    assert states(cli) == {"alice": "active", "bob": "active", "carol": "pending"}

    assert_one_line_error(cli.run("list", editor="carol", passphrase_file=carol), "no editor")
    again = cli.run("editor", "confirm", "carol")
    assert_one_line_error(again, "already added or confirmed")
    duplicate = cli.run("editor", "add", "carol", "--new-passphrase-file", str(dave))
    assert_one_line_error(duplicate, "already exists")

    confirmed = ok(cli.run("editor", "confirm", "carol", editor="bob", passphrase_file=bob))
    assert "2 of 2 confirmations, now active" in confirmed.stdout
    assert states(cli)["carol"] == "active"
    assert listing(cli, editor="carol", passphrase_file=carol) == []
    assert_one_line_error(cli.run("editor", "confirm", "carol"), "no pending editor")

    entries = json.loads(ok(cli.run("audit", "show", "--json")).stdout)
    acts = [(e["editor"], e["action"]) for e in entries if e["action"].startswith("editor.")]
    assert ("alice", "editor.add") in acts and ("bob", "editor.confirm") in acts


def test_a_key_rotation_while_pending_still_lets_the_confirmed_editor_in(
    ready: Any, tmp_path: Path
) -> None:
    cli = ready
    bob, carol = tmp_path / "bob.pass", tmp_path / "carol.pass"
    bob.write_text(SECOND_PASSPHRASE + "\n")
    carol.write_text(THIRD_PASSPHRASE + "\n")
    ok(cli.run("editor", "add", "bob", "--new-passphrase-file", str(bob)))
    ok(cli.run("editor", "add", "carol", "--new-passphrase-file", str(carol)))
    ok(cli.run("vault", "rotate-key"))
    ok(cli.run("editor", "confirm", "carol", editor="bob", passphrase_file=bob))
    assert listing(cli, editor="carol", passphrase_file=carol) == []


def test_a_pending_editor_can_be_removed(ready: Any, tmp_path: Path) -> None:
    cli = ready
    bob, carol = tmp_path / "bob.pass", tmp_path / "carol.pass"
    bob.write_text(SECOND_PASSPHRASE + "\n")
    carol.write_text(THIRD_PASSPHRASE + "\n")
    ok(cli.run("editor", "add", "bob", "--new-passphrase-file", str(bob)))
    ok(cli.run("editor", "add", "carol", "--new-passphrase-file", str(carol)))
    ok(cli.run("editor", "remove", "carol", "--yes"))
    assert states(cli) == {"alice": "active", "bob": "active"}
    refused = cli.run("editor", "confirm", "carol", editor="bob", passphrase_file=bob)
    assert_one_line_error(refused, "no pending editor")
