"""init, intake of every supported type, list, show and shred, through the real command."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from cli_support import (
    DOCUMENT_ID,
    assert_no_traceback,
    assert_one_line_error,
    by_name,
    error_lines,
    listing,
    stored_ids,
)


def make_samples(folder: Path) -> dict[str, str]:
    """One file of each kind, each with a marker its extracted text must contain."""
    import docx  # imported here: pymupdf alone takes seconds to import
    import pymupdf

    folder.mkdir()
    (folder / "note.txt").write_text("plain TXTMARK text\n", encoding="utf-8")
    (folder / "brief.md").write_text("# Brief\n\nsome MDMARK words\n", encoding="utf-8")
    message = EmailMessage()
    message["From"] = "desk@example.org"
    message["To"] = "editor@example.org"
    message["Subject"] = "Tip EMLSUBJECT"
    message.set_content("The body says EMLMARK.\n")
    (folder / "tip.eml").write_bytes(bytes(message))
    (folder / "page.html").write_text(
        "<html><head><title>Page</title><script>var s = 'SCRIPTMARK';</script></head>"
        "<body><p>HTMLMARK paragraph</p></body></html>",
        encoding="utf-8",
    )
    document = docx.Document()
    document.add_paragraph("A DOCXMARK paragraph")
    document.save(str(folder / "memo.docx"))
    pdf = pymupdf.open()
    pdf.new_page().insert_text((72, 72), "PDFMARK on page one")
    pdf.save(str(folder / "report.pdf"))
    pdf.close()
    (folder / "blob.bin").write_bytes(bytes(range(256)) * 4)
    return {
        "note.txt": "TXTMARK",
        "brief.md": "MDMARK",
        "tip.eml": "EMLMARK",
        "page.html": "HTMLMARK",
        "memo.docx": "DOCXMARK",
        "report.pdf": "PDFMARK",
    }


def test_init_refuses_a_weak_passphrase_and_creates_nothing(cli: Any, tmp_path: Path) -> None:
    weak = tmp_path / "weak.pass"
    weak.write_text("password1234\n")
    result = cli.run("init", passphrase_file=weak)
    line = assert_one_line_error(result, "passphrase refused")
    assert "password1234" not in line
    assert ";" in line or ":" in line  # a reason follows the refusal
    assert not cli.vault_path.exists()
    assert not cli.vault_path.parent.exists() or not any(cli.vault_path.parent.iterdir())

    short = tmp_path / "short.pass"
    short.write_text("Xk9!pq\n")
    assert_one_line_error(cli.run("init", passphrase_file=short), "too short")
    assert not cli.vault_path.exists()


def test_init_intake_list_show_shred(cli: Any, tmp_path: Path) -> None:
    created = cli.run("init")
    assert created.returncode == 0, created.stderr
    assert "alice" in created.stdout
    assert cli.vault_path.is_file()
    again = cli.run("init")
    assert_one_line_error(again, "already exists")

    empty = cli.run("list")
    assert empty.returncode == 0 and "no documents" in empty.stdout

    markers = make_samples(tmp_path / "in")
    files = sorted((tmp_path / "in").iterdir())
    intake = cli.run("intake", *map(str, files))
    assert intake.returncode == 0, intake.stderr
    assert_no_traceback(intake)
    assert len(stored_ids(intake.stdout)) == len(files)
    names = [line.split("\t")[1] for line in intake.stdout.splitlines()]
    assert names == [str(f) for f in files]  # each file's name beside its id
    assert error_lines(intake.stderr) == []

    documents = by_name(cli)
    assert set(documents) == {f.name for f in files}
    for name, document in documents.items():
        assert set(document) == {"id", "received", "name", "type", "size", "state",
                                 "pending", "accepted", "rejected"}
        assert DOCUMENT_ID.match(document["id"])
        assert document["size"] == (tmp_path / "in" / name).stat().st_size
        assert document["received"][:4].isdigit()
    types = {name: d["type"] for name, d in documents.items()}
    assert types == {
        "note.txt": "txt",
        "brief.md": "md",
        "tip.eml": "eml",
        "page.html": "html",
        "memo.docx": "docx",
        "report.pdf": "pdf",
        "blob.bin": "other",
    }
    states = {name: d["state"] for name, d in documents.items()}
    assert states.pop("blob.bin") == "not reviewable"
    assert set(states.values()) == {"received"}

    table = cli.run("list")
    assert table.returncode == 0
    assert table.stdout.splitlines()[0].split() == [
        "ID", "RECEIVED", "NAME", "TYPE", "SIZE", "STATE", "PENDING", "ACCEPTED", "REJECTED"
    ]
    for name, document in documents.items():
        row = next(line for line in table.stdout.splitlines() if document["id"] in line)
        assert name in row and document["state"] in row

    for name, marker in markers.items():
        shown = cli.run("show", documents[name]["id"])
        assert shown.returncode == 0, (name, shown.stderr)
        assert marker in shown.stdout, (name, shown.stdout)
    assert "EMLSUBJECT" in cli.run("show", documents["tip.eml"]["id"]).stdout
    assert "SCRIPTMARK" not in cli.run("show", documents["page.html"]["id"]).stdout

    not_text = cli.run("show", documents["blob.bin"]["id"])
    assert_one_line_error(not_text, documents["blob.bin"]["id"], "no text")

    raw = cli.run("show", "--raw", documents["note.txt"]["id"])  # stdout is a pipe here
    assert raw.returncode == 0 and raw.stdout == "plain TXTMARK text\n"

    target = documents["note.txt"]["id"]
    refused = cli.run("shred", target)  # no --yes and no terminal
    assert_one_line_error(refused, "--yes")
    assert cli.run("show", target).returncode == 0

    shredded = cli.run("shred", target, "--yes")
    assert shredded.returncode == 0, shredded.stderr
    assert target in shredded.stdout
    gone = cli.run("show", target)
    assert_one_line_error(gone, target, "shredded")
    assert "TXTMARK" not in gone.stdout
    after = {d["id"]: d for d in listing(cli)}
    assert len(after) == len(files)
    assert after[target]["state"] == "shredded"
    assert after[target]["name"] == ""
    assert "shredded" in next(
        line for line in cli.run("list").stdout.splitlines() if target in line
    )
    assert_one_line_error(cli.run("shred", target, "--yes"), target, "shredded")
    assert_one_line_error(cli.run("show", "dnosuchdoc0"), "dnosuchdoc0")


def test_intake_json_output(ready: Any, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("fine\n")
    result = ready.run("intake", "--json", str(good), str(tmp_path / "absent.txt"))
    assert result.returncode == 1
    rows = json.loads(result.stdout)
    assert rows[0]["file"] == str(good) and DOCUMENT_ID.match(rows[0]["id"])
    assert rows[0]["reviewable"] is True
    assert rows[1]["file"] == str(tmp_path / "absent.txt") and "no such file" in rows[1]["refused"]
    assert error_lines(result.stderr) == [f"refused: {tmp_path / 'absent.txt'}: no such file"]
