"""Mail through the real command, intake to release: an Outlook message and a forwarded
email each become a tree of linked documents (message, attachments, attached messages and
their attachments), and each document is scanned, approved and released on its own."""

from __future__ import annotations

import csv
import io
import json
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from cli_support import stored_ids
from msg_samples import filetime, msg_file

LISTING = b"Name,Phone\nLidija Marek,+1 202 555 0177\n"
MESSAGE = {
    0x0037: "Harbour strike",
    0x0C1A: "Ana Ruiz",
    0x5D01: "ana@example.org",
    0x1000: "Radomir Vesk met the union at the gate.",
    "submitted": filetime(2024, 3, 1, 9, 30),
    "attachments": [
        {0x3707: "memo.txt", 0x3701: b"The courier Odile Brandt left at dawn.\n"},
        {
            0x3001: "plans",
            "message": {
                0x0037: "plans",
                0x0C1A: "Piet Smit",
                0x1000: "The list is attached.",
                "attachments": [{0x3707: "list.csv", 0x3701: LISTING}],
            },
        },
    ],
}


def ok(result: Any) -> Any:
    assert result.returncode == 0, result.stderr
    return result


def _names(cli: Any) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in json.loads(ok(cli.run("list", "--json")).stdout)}


def _released(cli: Any, document_id: str, output_format: str, out: Path) -> str:
    ok(cli.run("scan", document_id))
    ok(cli.run("decide", document_id, "--all-pending", "accept"))
    ok(cli.run("approve", document_id))
    ok(cli.run("release", document_id, "--format", output_format, "--out", str(out)))
    return (out / f"{document_id}-redacted.{output_format}").read_text()


def test_an_outlook_message_becomes_a_tree_released_document_by_document(
    ready: Any, tmp_path: Path
) -> None:
    path = tmp_path / "strike.msg"
    path.write_bytes(msg_file(MESSAGE))

    message_id, memo_id, forward_id, listing_id = stored_ids(
        ok(ready.run("intake", str(path))).stdout
    )

    listed = _names(ready)
    assert [listed[i]["name"] for i in (message_id, memo_id, forward_id, listing_id)] == [
        "strike.msg",
        "strike.msg/001-memo.txt",
        "strike.msg/002-plans.eml",
        "strike.msg/002-plans.eml/001-list.csv",
    ]
    assert [listed[i]["type"] for i in (message_id, forward_id, listing_id)] == [
        "msg",
        "eml",
        "csv",
    ]
    out = tmp_path / "out"
    out.mkdir()
    text = _released(ready, message_id, "txt", out)
    assert text.startswith("From: ") and "Radomir Vesk" not in text
    # default proposes an attachment's file name too (it may name a person): accepted here
    assert "[attachment: [FILE_PATH], 39 bytes]" in text and "memo.txt" not in text
    cells = list(csv.reader(io.StringIO(_released(ready, listing_id, "csv", out))))
    assert cells[0] == ["Name", "Phone"] and cells[1][0] != "Lidija Marek"
    assert "Lidija Marek" not in json.dumps(cells)


def test_a_forwarded_email_and_its_attachment_are_documents_of_their_own(
    ready: Any, tmp_path: Path
) -> None:
    inner = EmailMessage()
    inner["From"] = "Piet Smit <piet@example.org>"
    inner["Subject"] = "plans"
    inner.set_content("Radomir Vesk has the list.")
    inner.add_attachment(LISTING, "text", "csv", filename="list.csv")
    outer = EmailMessage()
    outer["From"] = "Ana Ruiz <ana@example.org>"
    outer["Subject"] = "Fwd: plans"
    outer.set_content("See below.")
    outer.add_attachment(inner)
    path = tmp_path / "fwd.eml"
    path.write_bytes(bytes(outer))

    outer_id, forward_id, listing_id = stored_ids(ok(ready.run("intake", str(path))).stdout)

    listed = _names(ready)
    assert listed[forward_id]["name"] == "fwd.eml/001-forwarded-message.eml"
    assert listed[listing_id]["name"] == "fwd.eml/001-forwarded-message.eml/001-list.csv"
    out = tmp_path / "out"
    out.mkdir()
    markdown = _released(ready, forward_id, "md", out)
    assert markdown.startswith("From: \\[PERSON\\]") and "Radomir Vesk" not in markdown
    assert "\\[attachment: \\[FILE\\_PATH\\], text/csv, 40 bytes\\]" in markdown
    table = _released(ready, listing_id, "md", out)
    assert table.startswith("## table\n\n| Name | Phone |\n| --- | --- |\n| ")
    assert "Lidija Marek" not in table
    assert outer_id not in (forward_id, listing_id)
