"""Approve, release and verify through the real command on real files, as editors would.

Released PDFs are read back with pypdf (the product writes them with PyMuPDF), so the
checks here do not trust the library that did the redaction.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pypdf
from cli_support import assert_one_line_error, stored_ids
from page_decisions import decide_page_findings
from pdf_samples import INFORMANT, NAMES, names_everywhere

NEWSROOM_POLICY = """\
id: newsroom
version: "1"
extends: default
deny_lists:
  - name: sources
    terms: [Radomir Vesk]
rendering:
  style: pseudonym
"""

MEMO = """\
MEMO: harbour strike
Radomir Vesk met the union at the harbour gate on Monday.
Later Radomir Vesk called Luka Ferenc from the Pier 3 office.
"""


def ok(result: Any) -> Any:
    assert result.returncode == 0, result.stderr
    return result


def proposals(cli: Any, document_id: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(ok(cli.run("proposals", document_id, "--json")).stdout)
    return found


def everything_pypdf_reads(data: bytes) -> str:
    """Page text, metadata, XMP and every string reachable in the file, via pypdf."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    parts = [page.extract_text() for page in reader.pages]
    parts.append(repr(reader.metadata))
    parts.append(repr(reader.trailer["/Root"].get_object()))
    return "\n".join(parts)


def test_a_pdf_is_released_truly_redacted_and_verifies(two_editors: Any, tmp_path: Path) -> None:
    cli = two_editors
    original = tmp_path / "Informant report Vesk.pdf"
    original.write_bytes(names_everywhere())
    (document_id,) = stored_ids(ok(cli.run("intake", str(original))).stdout)
    ok(cli.run("scan", document_id, "--policy", "source-protection"))
    out = tmp_path / "out"
    out.mkdir()
    release = ("release", document_id, "--format", "pdf", "--out", str(out))

    pending = cli.run(*release)
    line = assert_one_line_error(pending, "refused", "pending")
    assert any(p["id"] in line for p in proposals(cli, document_id))
    ok(cli.run("decide", document_id, "--all-pending", "accept"))
    picture = assert_one_line_error(cli.run(*release), "refused", "picture finding is pending")
    (photo,) = decide_page_findings(cli, document_id, "--black-out")  # the photo, no words
    assert photo in picture
    assert_one_line_error(cli.run(*release), "refused", "0 of 2", "approve")
    approved = ok(cli.run("approve", document_id))
    assert "1 of 2 required by source-protection (alice)" in approved.stdout
    assert_one_line_error(cli.run("approve", document_id), "already approved")
    assert_one_line_error(cli.run(*release), "refused", "1 of 2")
    assert list(out.iterdir()) == []
    ok(cli.run("approve", document_id, passphrase_file=cli.bob, editor="bob"))

    released = ok(cli.run(*release, "--searchable"))

    pdf = out / f"{document_id}-redacted.pdf"
    manifest = out / f"{document_id}-redacted.pdf.manifest.json"
    assert sorted(out.iterdir()) == sorted([pdf, manifest])
    assert "Vesk" not in released.stdout and "Informant" not in released.stdout
    data = pdf.read_bytes()
    readable = everything_pypdf_reads(data)
    for name in NAMES:
        assert name not in readable, name
        assert name.encode() not in data, name
    assert "in the capital" in readable and "harbour gate" in readable  # Poloff is a post
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.metadata is None and reader.xmp_metadata is None
    assert reader.attachments == {}
    assert all(not page.get("/Annots") for page in reader.pages)
    assert data.count(b"startxref") == 1
    written = json.loads(manifest.read_bytes())
    assert written["approvals_required"] == 2
    assert {a["editor"] for a in written["approvals"]} == {"alice", "bob"}
    assert written["output"]["name"] == pdf.name
    assert "decisions" not in written and "PERSON" not in manifest.read_text()
    assert "Vesk" not in manifest.read_text()

    keys = tmp_path / "keys.json"
    ok(cli.run("editor", "export-keys", "--out", str(keys)))
    verified = ok(cli.run("release", "verify", str(manifest), "--keys", str(keys)))
    assert "OK" in verified.stdout and "alice, bob" in verified.stdout

    flipped = tmp_path / "flipped.pdf"
    flipped.write_bytes(data[:-20] + bytes([data[-20] ^ 1]) + data[-19:])
    changed_file = cli.run("release", "verify", str(manifest), str(flipped), "--keys", str(keys))
    assert_one_line_error(changed_file, "does not verify", "SHA-256")

    text = manifest.read_bytes()
    at = text.index(b'"released_at":"') + len(b'"released_at":"') + 3
    tampered = tmp_path / "tampered.manifest.json"
    tampered.write_bytes(text[:at] + bytes([text[at] ^ 1]) + text[at + 1 :])
    changed = cli.run("release", "verify", str(tampered), str(pdf), "--keys", str(keys))
    assert_one_line_error(changed, "does not verify", "signature")

    audit = ok(cli.run("audit", "show", "--json")).stdout
    actions = [entry["action"] for entry in json.loads(audit)]
    assert actions.count("document.approve") == 2 and actions.count("document.release") == 1
    assert actions.count("document.release-refused") == 4
    assert INFORMANT not in audit and "Vesk" not in audit


def test_text_release_renders_pseudonyms_and_a_changed_decision_voids_approval(
    ready: Any, tmp_path: Path
) -> None:
    cli = ready
    (tmp_path / "vault" / "policies").mkdir()
    (tmp_path / "vault" / "policies" / "newsroom.yaml").write_text(NEWSROOM_POLICY)
    memo = tmp_path / "memo.txt"
    memo.write_text(MEMO)
    (document_id,) = stored_ids(ok(cli.run("intake", str(memo))).stdout)
    ok(cli.run("scan", document_id, "--policy", "newsroom"))
    ok(cli.run("decide", document_id, "--all-pending", "accept"))
    ok(cli.run("approve", document_id))
    found = proposals(cli, document_id)
    ferenc = next(p for p in found if MEMO[p["start"] : p["end"]] == "Luka Ferenc")
    ok(cli.run("decide", document_id, ferenc["id"], "reject"))
    out = tmp_path / "out"
    out.mkdir()
    release = ("release", document_id, "--format", "md", "--out", str(out))

    voided = cli.run(*release)

    assert_one_line_error(voided, "refused", "0 of 1", "voided by later decisions")
    assert list(out.iterdir()) == []

    ok(cli.run("approve", document_id))
    pdf = ("release", document_id, "--format", "pdf", "--out", str(out))
    ok(cli.run(*pdf, "--keep-text-layer"))
    typeset = everything_pypdf_reads((out / f"{document_id}-redacted.pdf").read_bytes())
    assert "Vesk" not in typeset and "[PERSON 1] met the union" in typeset
    ok(cli.run(*release, "--name", "harbour-memo", "--shred-original"))
    text = (out / "harbour-memo.md").read_text()
    assert "Vesk" not in text and "Luka Ferenc" in text
    assert text.count("\\[PERSON 1\\]") == 2  # the same person, the same pseudonym
    assert "DENY" not in text  # a label does not say the name was on the sources list
    listed = json.loads(ok(cli.run("list", "--json")).stdout)
    assert next(d for d in listed if d["id"] == document_id)["state"] == "shredded"


def test_a_deny_listed_name_left_in_the_text_is_refused(ready: Any, tmp_path: Path) -> None:
    """Rejecting a deny-listed name cannot publish it: the gate reads the output back."""
    cli = ready
    (tmp_path / "vault" / "policies").mkdir()
    (tmp_path / "vault" / "policies" / "newsroom.yaml").write_text(NEWSROOM_POLICY)
    memo = tmp_path / "memo.txt"
    memo.write_text(MEMO)
    (document_id,) = stored_ids(ok(cli.run("intake", str(memo))).stdout)
    ok(cli.run("scan", document_id, "--policy", "newsroom"))
    ok(cli.run("decide", document_id, "--all-pending", "reject"))
    vesk = [p["id"] for p in proposals(cli, document_id) if p["entity"] == "DENY_LIST"]
    ok(cli.run("decide", document_id, *vesk, "reject"))
    ok(cli.run("approve", document_id))

    out = tmp_path / "out"
    out.mkdir()

    refused = cli.run("release", document_id, "--format", "txt", "--out", str(out))

    line = assert_one_line_error(refused, "refused", "deny-list 'sources' term 1", "text")
    assert "Vesk" not in line
    assert list(out.iterdir()) == []  # the output was removed before the command returned
