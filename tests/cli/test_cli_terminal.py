"""Hostile names and text never reach the terminal raw: escapes, C1 controls, bidi overrides."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cli_support import HOSTILE, assert_no_traceback, listing, run_in_terminal, stored_ids

HOSTILE_PART = "\x1b[2J\x1b]0;title\x07\x9b\u202e"
HOSTILE_TEXT = "Dear desk,\x1b[2J wiped \x1b]0;pwned\x07 title \x9b31m red \u202eTXT.EXE\n"


def assert_clean(*outputs: str) -> None:
    for output in outputs:
        for char in HOSTILE:
            assert char not in output, (char, output)


def test_hostile_names_and_text_are_escaped(ready: Any, tmp_path: Path) -> None:
    cli = ready
    evil = tmp_path / f"memo{HOSTILE_PART}cod.txt"
    evil.write_text(HOSTILE_TEXT, encoding="utf-8")
    evil_pdf = tmp_path / f"scan{HOSTILE_PART}.pdf"
    evil_pdf.write_bytes(b"%PDF-1.7 broken")
    missing = tmp_path / f"gone{HOSTILE_PART}.txt"

    intake = cli.run("intake", str(evil), str(evil_pdf), str(missing))
    assert intake.returncode == 1
    assert_no_traceback(intake)
    assert_clean(intake.stdout, intake.stderr)
    assert len(stored_ids(intake.stdout)) == 2
    assert "\\x1b[2J" in intake.stderr and "\\u202e" in intake.stderr
    assert intake.stderr.count("\n") == 2  # one line each for the PDF and the missing file

    as_json = cli.run("intake", "--json", str(missing))
    assert_clean(as_json.stdout, as_json.stderr)
    shown_file = json.loads(as_json.stdout)[0]["file"]
    assert shown_file.endswith("gone\\x1b[2J\\x1b]0;title\\x07\\x9b\\u202e.txt")

    table = cli.run("list")
    assert table.returncode == 0
    assert_clean(table.stdout, table.stderr)
    assert "memo\\x1b[2J\\x1b]0;title\\x07\\x9b\\u202ecod.txt" in table.stdout
    assert len(table.stdout.splitlines()) == 3  # the names cannot add or hide rows
    documents = listing(cli)
    assert_clean(cli.run("list", "--json").stdout)
    by_name = {d["name"]: d for d in documents}
    assert set(by_name) == {evil.name, evil_pdf.name}  # stored exactly, escaped only on output

    shown = cli.run("show", by_name[evil.name]["id"])
    assert shown.returncode == 0
    assert_clean(shown.stdout, shown.stderr)
    assert "\\x1b[2J wiped \\x1b]0;pwned\\x07 title \\x9b31m red \\u202eTXT.EXE" in shown.stdout
    raw = cli.run("show", "--raw", by_name[evil.name]["id"])  # to a pipe: unaltered on purpose
    assert raw.stdout == HOSTILE_TEXT

    for arguments in (
        ("show", f"d{HOSTILE_PART}"),
        ("shred", f"d{HOSTILE_PART}", "--yes"),
        ("--vault", str(tmp_path / f"v{HOSTILE_PART}.db"), "list"),
        ("editor", "remove", f"x{HOSTILE_PART}", "--yes"),
        ("audit", "verify", "--checkpoint", str(tmp_path / f"c{HOSTILE_PART}.json")),
        (f"cmd{HOSTILE_PART}",),
    ):
        failed = cli.run(*arguments)
        assert failed.returncode != 0, arguments
        assert_no_traceback(failed)
        assert_clean(failed.stdout, failed.stderr)
        assert len(failed.stderr.strip().splitlines()) == 1, (arguments, failed.stderr)

    sealed_name = tmp_path / f"tip{HOSTILE_PART}.txt"
    sealed_name.write_text("x")
    recipient = cli.run("intake-key", "export").stdout.strip()
    seal = cli.run("seal", str(sealed_name), "-r", recipient)
    assert seal.returncode == 0
    assert_clean(seal.stdout, seal.stderr)


def test_terminal_only_behaviour(ready: Any, tmp_path: Path) -> None:
    cli = ready
    evil = tmp_path / f"memo{HOSTILE_PART}.txt"
    evil.write_text(HOSTILE_TEXT, encoding="utf-8")
    (document_id,) = stored_ids(cli.run("intake", str(evil)).stdout)
    options = ["--vault", str(cli.vault_path), "--editor", "alice",
               "--passphrase-file", str(cli.passphrase_file)]

    code, output = run_in_terminal([*options, "show", "--raw", document_id])
    assert code != 0
    assert "Traceback" not in output
    assert len(output.strip().splitlines()) == 1 and "terminal" in output
    assert "wiped" not in output

    code, output = run_in_terminal([*options, "show", document_id])
    assert code == 0
    assert_clean(output)
    assert "wiped" in output

    code, output = run_in_terminal([*options, "shred", document_id], answer=b"not-the-id\n")
    assert code != 0
    assert_clean(output)
    assert "memo\\x1b[2J" in output  # the prompt names the document, escaped
    assert "did not match" in output
    assert listing(cli)[0]["state"] == "received"

    typed = f"{document_id}\n".encode()
    code, output = run_in_terminal([*options, "shred", document_id], answer=typed)
    assert code == 0, output
    assert listing(cli)[0]["state"] == "shredded"
