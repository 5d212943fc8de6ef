"""A spreadsheet through the real command, intake to release: Markdown keeps its tables,
CSV its cells, text and PDF their words, every redacted cell rendered by the policy, and
the gate reads each output back (a name left in a CSV cell refuses the release)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import openpyxl
import pypdf
from cli_support import assert_one_line_error, stored_ids

POLICY = """\
id: newsroom
version: "1"
extends: default
deny_lists:
  - name: sources
    terms: [Radomir Vesk, Lidija Marek]
rendering:
  style: pseudonym
"""
ROWS = [
    ["Name", "Passport", "Phone"],
    ["Radomir Vesk", "X1234567", "+1 202 555 0143"],
    ["Lidija Marek", "Y7654321", "+1 202 555 0177"],
]


def ok(result: Any) -> Any:
    assert result.returncode == 0, result.stderr
    return result


def _workbook(path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.title = "Payments"
    for row in ROWS:
        workbook.active.append(row)
    workbook.save(path)


def _scanned(cli: Any, tmp_path: Path, verdict: str) -> str:
    (tmp_path / "vault" / "policies").mkdir()
    (tmp_path / "vault" / "policies" / "newsroom.yaml").write_text(POLICY)
    path = tmp_path / "payments.xlsx"
    _workbook(path)
    (document_id,) = stored_ids(ok(cli.run("intake", str(path))).stdout)
    ok(cli.run("scan", document_id, "--policy", "newsroom"))
    ok(cli.run("decide", document_id, "--all-pending", verdict))
    return document_id


def test_a_workbook_is_released_as_tables_cells_text_and_pdf(ready: Any, tmp_path: Path) -> None:
    cli = ready
    document_id = _scanned(cli, tmp_path, "accept")
    ok(cli.run("approve", document_id))
    out = tmp_path / "out"
    out.mkdir()

    for output_format in ("md", "csv", "txt", "pdf"):
        ok(cli.run("release", document_id, "--format", output_format, "--out", str(out)))

    stem = out / f"{document_id}-redacted"
    markdown = stem.with_suffix(".md").read_text().splitlines()
    assert markdown[:3] == ["## Payments", "", "| Name | Passport | Phone |"]
    assert markdown[3] == "| --- | --- | --- |"
    assert [line.split(" | ")[0] for line in markdown[4:6]] == [
        "| \\[PERSON 1\\]",
        "| \\[PERSON 2\\]",
    ]
    cells = list(csv.reader(io.StringIO(stem.with_suffix(".csv").read_text())))
    assert cells[0] == ["Name", "Passport", "Phone"]
    assert [row[0] for row in cells[1:]] == ["[PERSON 1]", "[PERSON 2]"]
    assert len(cells) == 3 and all(len(row) == 3 for row in cells)
    typeset = "".join(p.extract_text() for p in pypdf.PdfReader(stem.with_suffix(".pdf")).pages)
    for output in (stem.with_suffix(".txt").read_text(), typeset, *map(str, cells)):
        assert "Vesk" not in output and "Marek" not in output
    manifests = sorted(out.glob("*.manifest.json"))
    assert sorted(json.loads(m.read_text())["output"]["format"] for m in manifests) == [
        "csv",
        "md",
        "pdf",
        "txt",
    ]


def test_a_source_left_in_a_cell_refuses_the_csv_release(ready: Any, tmp_path: Path) -> None:
    cli = ready
    document_id = _scanned(cli, tmp_path, "reject")
    found = json.loads(ok(cli.run("proposals", document_id, "--json")).stdout)
    sources = [p["id"] for p in found if p["entity"] == "DENY_LIST"]
    assert sources  # pre-accepted by the policy, so rejected one by one
    ok(cli.run("decide", document_id, *sources, "reject"))
    ok(cli.run("approve", document_id))
    out = tmp_path / "out"
    out.mkdir()

    refused = cli.run("release", document_id, "--format", "csv", "--out", str(out))

    line = assert_one_line_error(refused, "refused", "deny-list 'sources'")
    assert "Vesk" not in line and "Marek" not in line
    assert list(out.iterdir()) == []


def test_csv_is_refused_for_a_document_that_is_no_spreadsheet(ready: Any, tmp_path: Path) -> None:
    memo = tmp_path / "memo.txt"
    memo.write_text("Radomir Vesk met the union.\n")
    (document_id,) = stored_ids(ok(ready.run("intake", str(memo))).stdout)

    refused = ready.run("release", document_id, "--format", "csv", "--out", str(tmp_path))

    assert_one_line_error(refused, "no spreadsheet", "csv is for spreadsheets")
