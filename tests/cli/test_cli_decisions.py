"""Issue 18.4 end to end: decide a name once for the whole vault from the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cli_support import assert_one_line_error, listing, sql, stored_ids, vault_bytes

NAME = "Tariq Mahmood Qureshi"
MEMO = "Prepared for Tariq Mahmood Qureshi\n\nThe minister met T. Qureshi on Monday.\n"
CABLE = "1. (C) TARIQ QURESHI attended the briefing with the ambassador in Geneva.\n"
LATER = "Tariq Qureshi left for Geneva on Friday; nobody saw him go.\n"
FORMS = ("Tariq Mahmood Qureshi", "T. Qureshi", "TARIQ QURESHI", "Tariq Qureshi")


def take_in(cli: Any, folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text)
    (document_id,) = stored_ids(cli.run("intake", str(path)).stdout)
    scanned = cli.run("scan", document_id, "--policy", "default")
    assert scanned.returncode == 0, scanned.stderr
    return document_id


def proposals(cli: Any, document_id: str) -> list[dict[str, Any]]:
    listed = cli.run("proposals", document_id, "--json")
    assert listed.returncode == 0, listed.stderr
    found: list[dict[str, Any]] = json.loads(listed.stdout)
    return found


def uncovered(cli: Any, document_id: str, text: str) -> list[str]:
    """The forms of the name not inside an accepted proposal."""
    accepted = [(p["start"], p["end"]) for p in proposals(cli, document_id)
                if p["state"] == "accepted"]
    left = []
    for form in FORMS:
        start = text.find(form)
        if start >= 0 and not any(a <= start and start + len(form) <= b for a, b in accepted):
            left.append(form)
    return left


def test_decide_once_preview_apply_and_later_scans(ready: Any, tmp_path: Path) -> None:
    memo = take_in(ready, tmp_path, "memo.txt", MEMO)
    cable = take_in(ready, tmp_path, "cable.txt", CABLE)
    before = {p["id"]: p["state"] for p in proposals(ready, memo)}

    preview = ready.run("decisions", "always", "--preview", stdin=NAME + "\n")
    assert preview.returncode == 0, preview.stderr
    assert "reach: 3 span(s) in 2 document(s)" in preview.stdout
    assert "T. Qureshi" in preview.stdout  # the forms, on the editor's own screen
    assert {p["id"]: p["state"] for p in proposals(ready, memo)} == before
    assert_one_line_error(ready.run("decisions", "always", stdin=NAME + "\n"), "--yes")

    applied = ready.run("decisions", "always", "--yes", stdin=NAME + "\n")
    assert applied.returncode == 0, applied.stderr
    assert "Decided for the whole vault as r" in applied.stdout
    assert uncovered(ready, memo, MEMO) == [] and uncovered(ready, cable, CABLE) == []
    rows = {row["id"]: row for row in listing(ready)}
    assert rows[cable]["pending"] == sum(
        p["state"] == "pending" for p in proposals(ready, cable)
    )

    later = take_in(ready, tmp_path, "later.txt", LATER)
    assert uncovered(ready, later, LATER) == []  # a later scan applies the decision

    rules = json.loads(ready.run("decisions", "list", "--json").stdout)
    assert [(r["decision"], r["term"]) for r in rules] == [("always", NAME)]
    audit = ready.run("audit", "show", "--unlock")
    assert "decision.vault" in audit.stdout and f"rule={rules[0]['id']}" in audit.stdout
    assert "Qureshi" not in audit.stdout
    stored = sql(ready.vault_path, "SELECT details FROM audit WHERE action = 'decision.vault'")
    assert len(stored) == 1 and "Qureshi" not in stored[0][0] and "sealed" in stored[0][0]
    verified = ready.run("audit", "verify")
    assert verified.returncode == 0, verified.stderr
    assert ready.run("vault", "verify").returncode == 0
    assert b"Qureshi" not in vault_bytes(ready.vault_path)  # the rule is sealed too

    revoked = ready.run("decisions", "revoke", rules[0]["id"])
    assert revoked.returncode == 0, revoked.stderr
    assert json.loads(ready.run("decisions", "list", "--json").stdout) == []


def test_the_term_is_never_taken_from_the_passphrase_stream(ready: Any) -> None:
    refused = ready.run(
        "--passphrase-file", "-", "decisions", "never", stdin="passphrase\n"
    )
    assert_one_line_error(refused, "give the term as an argument")
    assert_one_line_error(ready.run("decisions", "never", stdin="\n"), "no term given")
