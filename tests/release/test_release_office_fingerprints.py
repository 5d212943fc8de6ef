"""Presentations and documents through the real command: the fingerprint pass names who
made and last saved the file (PPTX, ODT, RTF), and none of it reaches a release."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cli_support import stored_ids
from test_inspect_office import APP, CORE, ODT_META, RTF, with_parts
from test_intake_odt import make_odt
from test_intake_pptx import make_pptx

SECRETS = ("Jane Author", "Piet Smit", "Harbour", "Msftedit", "Classification")


def _original(kind: str) -> bytes:
    if kind == "pptx":
        return with_parts(make_pptx(), {"docProps/core.xml": CORE, "docProps/app.xml": APP})
    if kind == "odt":
        body = "<text:p>Minutes of the harbour meeting.</text:p>"
        return with_parts(make_odt(body), {"meta.xml": ODT_META.encode()})
    return RTF


def ok(result: Any) -> Any:
    assert result.returncode == 0, result.stderr
    return result


@pytest.mark.parametrize("kind", ["pptx", "odt", "rtf"])
def test_office_metadata_is_found_and_absent_from_every_output(
    ready: Any, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / f"original.{kind}"
    path.write_bytes(_original(kind))
    (document_id,) = stored_ids(ok(ready.run("intake", str(path))).stdout)
    ok(ready.run("scan", document_id))
    findings = json.loads(ok(ready.run("fingerprints", document_id, "--json")).stdout)
    codes = {f["code"] for f in findings["findings"]}
    assert "office-property" in codes
    assert findings["pass"]["inspected"] == kind
    proposals = json.loads(ok(ready.run("proposals", document_id, "--json")).stdout)
    if any(p["state"] == "pending" for p in proposals):
        ok(ready.run("decide", document_id, "--all-pending", "accept"))
    pending = [f["id"] for f in findings["findings"] if f["state"] == "pending"]
    if pending:
        ok(ready.run("fingerprints", document_id, *[a for i in pending for a in ("--accept", i)]))
    ok(ready.run("approve", document_id))
    out = tmp_path / "out"
    out.mkdir()

    for output_format in ("txt", "md", "pdf"):
        ok(ready.run("release", document_id, "--format", output_format, "--out", str(out)))

    for output in out.iterdir():
        data = output.read_bytes()
        assert not any(secret.encode() in data for secret in SECRETS), output.name
