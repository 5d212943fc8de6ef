"""'workstation redact' (a manual span, audited like the UI's) and 'workstation review'."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cli_support import assert_one_line_error, stored_ids

TEXT = "Memo. The source Lena Korvath met us at the depot on Tuesday.\n"


def stored_memo(cli: Any, tmp_path: Path) -> str:
    memo = tmp_path / "memo.txt"
    memo.write_text(TEXT)
    (document_id,) = stored_ids(cli.run("intake", str(memo)).stdout)
    return document_id


def test_redact_stores_an_accepted_manual_span_and_audits_it_by_id(
    ready: Any, tmp_path: Path
) -> None:
    document_id = stored_memo(ready, tmp_path)
    start = TEXT.index("the depot")
    done = ready.run("redact", document_id, str(start), str(start + 9), "--entity", "LOCATION")
    assert done.returncode == 0, done.stderr
    assert f"Redacted 9 characters of {document_id}" in done.stdout
    (manual,) = json.loads(ready.run("proposals", document_id, "--json").stdout)
    assert (manual["start"], manual["end"], manual["state"]) == (start, start + 9, "accepted")
    assert (manual["entity"], manual["decided_by"]) == ("LOCATION", "editor")
    assert manual["reason"]["recognizer"] == "editor"
    audit = json.loads(ready.run("audit", "show", "--json", "--unlock").stdout)
    assert audit[-1]["action"] == "proposal.redact" and audit[-1]["object"] == document_id
    assert audit[-1]["details"] == {"count": 1, "proposals": manual["id"]}
    # Without a passphrase the details that name spans stay encrypted.
    (sealed,) = json.loads(ready.run("audit", "show", "--json", "--last", "1").stdout)
    assert sealed["details"] == {"sealed": "(encrypted: unlock to read)"}
    assert manual["id"] not in json.dumps(sealed)
    assert "depot" not in json.dumps(audit)


def test_redact_refuses_bad_spans_and_ids_in_one_line(ready: Any, tmp_path: Path) -> None:
    document_id = stored_memo(ready, tmp_path)
    assert_one_line_error(ready.run("redact", document_id, "5", "3"), "END must be after START")
    assert_one_line_error(ready.run("redact", document_id, "-1", "3"), "-1")
    assert_one_line_error(ready.run("redact", document_id, "0", "9999"), "outside", document_id)
    assert_one_line_error(ready.run("redact", "not-an-id", "0", "3"), "document id")
    assert_one_line_error(ready.run("redact", "d2x7kq9m4ab", "0", "3"), "d2x7kq9m4ab")
    assert_one_line_error(ready.run("redact", document_id, "0", "3", "--entity", "a name"),
                          "entity type")
    assert_one_line_error(ready.run("redact", document_id, "0"), "END")


def test_review_refuses_bad_ids_and_a_missing_terminal_in_one_line(ready: Any) -> None:
    assert_one_line_error(ready.run("review", "../etc"), "document id")
    assert_one_line_error(ready.run("review"), "needs a terminal", "decide")
    assert_one_line_error(ready.run("review", "d2x7kq9m4ab", "extra"), "unexpected extra")



def test_review_honours_the_passphrase_file(ready: Any, tmp_path: Path) -> None:
    """With --passphrase-file the UI opens unlocked; a wrong one is refused before it."""
    from workstation.cli.options import Options
    from workstation.cli.review_commands import open_desk
    from workstation.services.errors import WorkstationError

    desk = open_desk(Options(ready.vault_path, "alice", str(ready.passphrase_file)))
    assert desk.unlocked and desk.editor == "alice"
    assert not open_desk(Options(ready.vault_path, "alice", None)).unlocked  # the UI asks
    wrong = tmp_path / "wrong.pass"
    wrong.write_text("not the passphrase\n")
    with pytest.raises(WorkstationError, match=r"(?i)passphrase"):
        open_desk(Options(ready.vault_path, "alice", str(wrong)))
