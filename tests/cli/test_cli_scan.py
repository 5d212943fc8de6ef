"""Scanning stored documents, listing proposals, deciding, and re-scanning keeps decisions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cli_support import assert_one_line_error, listing, stored_ids

CABLE = """SUBJECT: MEETING WITH OPPOSITION CONTACTS

1. (C) Poloff met Radomir Vesk (STRICTLY PROTECT) at his office in Corvenna.
Vesk said the Interior Ministry pays militia leaders. Contact him at
radomir.vesk@example.org or +1 202 555 0143.
"""


def test_scan_decide_and_rescan_keep_the_editors_decisions(ready: Any, tmp_path: Path) -> None:
    cable = tmp_path / "cable.txt"
    cable.write_text(CABLE)
    (document_id,) = stored_ids(ready.run("intake", str(cable)).stdout)

    scanned = ready.run("scan", document_id, "--policy", "cables")

    assert scanned.returncode == 0, scanned.stderr
    assert f"{document_id}:" in scanned.stdout and "proposals" in scanned.stdout
    found = json.loads(ready.run("proposals", document_id, "--json").stdout)
    by_text = {CABLE[p["start"] : p["end"]]: p for p in found}
    informant = by_text["Radomir Vesk"]
    assert informant["state"] == "accepted" and informant["decided_by"] == "policy"
    assert informant["policy"]["id"] == "cables" and len(informant["policy"]["sha256"]) == 64
    assert "context boost" in informant["reason"]["rule"]
    place = by_text["Corvenna"]
    assert place["state"] == "pending"
    row = next(r for r in listing(ready) if r["id"] == document_id)
    assert row["state"] == "in review" and row["pending"] >= 1

    rejected = ready.run("decide", document_id, place["id"], "reject")
    assert rejected.returncode == 0, rejected.stderr
    rescanned = ready.run("scan", document_id, "--policy", "source-protection")
    assert rescanned.returncode == 0, rescanned.stderr
    assert "1 editor decisions kept" in rescanned.stdout
    after = {p["id"]: p for p in json.loads(ready.run("proposals", document_id, "--json").stdout)}
    assert after[place["id"]]["state"] == "rejected"
    assert after[place["id"]]["policy"]["id"] == "source-protection"

    assert ready.run("decide", document_id, "--all-pending", "accept").returncode == 0
    row = next(r for r in listing(ready) if r["id"] == document_id)
    assert row["state"] == "reviewed" and row["pending"] == 0

    audit = json.loads(ready.run("audit", "show", "--json").stdout)
    actions = [entry["action"] for entry in audit]
    assert actions.count("document.scan") == 2 and actions.count("proposal.decide") == 2
    assert "Radomir" not in json.dumps(audit) and "Vesk" not in json.dumps(audit)


def test_scan_refusals_are_one_line(ready: Any, tmp_path: Path) -> None:
    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x00\x01" * 50)
    (document_id,) = stored_ids(ready.run("intake", str(binary)).stdout)
    assert_one_line_error(ready.run("scan", document_id), "not reviewable")
    assert_one_line_error(ready.run("scan", document_id, "--policy", "nosuch"), "no such policy")
    assert_one_line_error(ready.run("decide", document_id, "p123", "accept"), "p123")


SPANISH = """Informe de seguimiento

El viernes por la tarde el equipo siguió al señor Ramiro Castañeda Luján desde la
oficina del puerto hasta su casa, donde lo esperaba una camioneta blanca con dos
hombres que no conocemos. Según la vecina, el señor llega siempre a las siete y sale
de nuevo antes de las nueve para reunirse con un contacto en el mercado central.
"""


def test_the_scan_says_plainly_when_no_name_model_reads_the_language(
    ready: Any, tmp_path: Path
) -> None:
    report = tmp_path / "informe.txt"
    report.write_text(SPANISH)
    (document_id,) = stored_ids(ready.run("intake", str(report)).stdout)

    scanned = ready.run("scan", document_id, "--policy", "source-protection")

    assert scanned.returncode == 0, scanned.stderr
    assert (
        f"{document_id}: no name model for Spanish: names are found only through deny "
        "lists, patterns and layout cues" in scanned.stdout
    )
    found = json.loads(ready.run("proposals", document_id, "--json").stdout)
    assert not any("en_core_web_sm" in p["reason"]["recognizer"] for p in found)
