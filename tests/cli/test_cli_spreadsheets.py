"""A spreadsheet through the real command: intake, scan, and every name of its name column
proposed under its heading, then released as text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
from cli_support import stored_ids

ROWS = [
    ["Name", "Passport", "Phone"],
    ["Radomir Vesk", "X1234567", "+1 202 555 0143"],
    ["Lidija Marek", "Y7654321", "+1 202 555 0177"],
]


def test_a_workbook_is_reviewable_and_its_name_column_proposed(ready: Any, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    for row in ROWS:
        workbook.active.append(row)
    path = tmp_path / "payments.xlsx"
    workbook.save(path)
    (document_id,) = stored_ids(ready.run("intake", str(path)).stdout)

    scanned = ready.run("scan", document_id, "--policy", "cables")

    assert scanned.returncode == 0, scanned.stderr
    text = ready.run("show", "--raw", document_id).stdout
    found = json.loads(ready.run("proposals", document_id, "--json").stdout)
    proposed = {text[p["start"] : p["end"]]: p for p in found}
    assert {"Radomir Vesk", "Lidija Marek"} <= set(proposed)
    assert "'Name' column" in json.dumps(proposed["Lidija Marek"]["reason"])
