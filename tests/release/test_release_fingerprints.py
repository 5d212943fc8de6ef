"""Release and the fingerprint pass, end to end through the real command on real files.

The principle (issue 5): two copies of one document that differ only in fingerprints
(zero-width characters, look-alike letters, spacing, quote styles), taken in, scanned,
decided identically and released as text, are released as identical bytes.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pypdf
from cli_support import assert_one_line_error, stored_ids
from corpus import AUTHOR, pdf_with_metadata_attachment_and_white_text
from page_decisions import decide_page_findings

from workstation.fingerprints import find

CLEAN = """\
MEMO: harbour strike
Radomir Vesk met the union at the harbour gate on Monday. The talks went "well", he said;
the union's vote is due.
Later the minister called Luka Ferenc from the Pier 3 office. Nobody signed the "fair" deal.
"""
COPY_A = (
    CLEAN.replace("union", "uni\u200bon")  # zero-width space
    .replace("harbour gate", "h\u0430rbour gate")  # Cyrillic a
    .replace("Monday. The", "Monday.  The")  # two spaces after one sentence only
    .replace('"well"', "\u201cwell\u201d")  # curly quotes beside a straight apostrophe
    .replace("the minister", "the\u00a0minister")  # no-break space
)
COPY_B = (
    CLEAN.replace("office", "o\u200dffice\u2060")  # joiner, word joiner
    .replace("talks", "t\u0430lks")  # Cyrillic a elsewhere
    .replace("deal.", "deal.   ")  # trailing spaces
    .replace("Pier 3", "Pier\u20093")  # thin space
)
MARKED_MEMO = "MEMO\nThe envoy met Radomir Vesk in Corvenna.\nCopy 4 of 9\n"


def ok(result: Any) -> Any:
    assert result.returncode == 0, result.stderr
    return result


def released_text(cli: Any, text: str, tmp_path: Path, name: str) -> bytes:
    """Take in, scan, accept every proposal, approve and release one copy as txt."""
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    (document_id,) = stored_ids(ok(cli.run("intake", str(path))).stdout)
    ok(cli.run("scan", document_id))
    ok(cli.run("decide", document_id, "--all-pending", "accept"))
    ok(cli.run("approve", document_id))
    out = tmp_path / name
    out.mkdir()
    ok(cli.run("release", document_id, "--format", "txt", "--out", str(out), "--name", "memo"))
    return (out / "memo.txt").read_bytes()


def test_copies_differing_only_in_fingerprints_release_identical_bytes(
    ready: Any, tmp_path: Path
) -> None:
    kinds = {"invisible", "homoglyph", "unusual_space", "whitespace"}
    assert {f.kind for f in find(COPY_A)} == kinds | {"punctuation"}
    assert {f.kind for f in find(COPY_B)} == kinds

    first = released_text(ready, COPY_A, tmp_path, "a")
    second = released_text(ready, COPY_B, tmp_path, "b")

    assert first == second
    assert first == released_text(ready, CLEAN, tmp_path, "clean")
    text = first.decode("utf-8")
    assert "Vesk" not in text and "[PERSON]" in text
    assert find(text) == []  # nothing the pass would report is left
    assert 'went "well", he said' in text and "talks" in text and "Pier 3" in text


def test_a_pending_finding_stops_release_and_an_accepted_copy_marking_is_redacted(
    ready: Any, tmp_path: Path
) -> None:
    memo = tmp_path / "memo.txt"
    memo.write_text(MARKED_MEMO.replace("envoy", "en\u200bvoy"), encoding="utf-8")
    (document_id,) = stored_ids(ok(ready.run("intake", str(memo))).stdout)
    scanned = ok(ready.run("scan", document_id))
    assert "2 fingerprint findings (1 to review)" in scanned.stdout
    ok(ready.run("decide", document_id, "--all-pending", "accept"))
    findings = json.loads(ok(ready.run("fingerprints", document_id, "--json")).stdout)
    (marking,) = [f for f in findings["findings"] if f["kind"] == "copy_marking"]
    assert_one_line_error(ready.run("approve", document_id), "pending fingerprint", marking["id"])
    out = tmp_path / "out"
    out.mkdir()
    release = ("release", document_id, "--format", "txt", "--out", str(out))

    refused = ready.run(*release)

    line = assert_one_line_error(refused, "refused", "fingerprint", marking["id"], "--accept")
    assert "Copy 4" not in line and list(out.iterdir()) == []

    ok(ready.run("fingerprints", document_id, "--accept", marking["id"]))
    ok(ready.run("approve", document_id))
    ok(ready.run(*release))
    text = (out / f"{document_id}-redacted.txt").read_text(encoding="utf-8")
    # default proposes the copy marking as a control number too; accepted, its label shows
    assert text == "MEMO\nThe envoy met [PERSON] in Corvenna.\n[CONTROL_NUMBER]\n"
    manifest = json.loads((out / f"{document_id}-redacted.txt.manifest.json").read_text())
    assert manifest["fingerprints"] == {"policy": manifest["fingerprints"]["policy"]}
    assert manifest["fingerprints"]["policy"]["id"] == "default"
    assert "decisions" not in manifest and "invisible" not in json.dumps(manifest)
    audit = ok(ready.run("audit", "show", "--json", "--unlock")).stdout
    (entry,) = [e for e in json.loads(audit) if e["action"] == "document.release"]
    assert entry["details"]["removed_copy_marking"] == 1  # counted in the output, in the vault
    assert entry["details"]["removed_invisible"] == 1
    keys = tmp_path / "keys.json"
    ok(ready.run("editor", "export-keys", "--out", str(keys)))
    manifest_path = out / f"{document_id}-redacted.txt.manifest.json"
    ok(ready.run("release", "verify", str(manifest_path), "--keys", str(keys)))


def test_a_pdf_original_is_released_without_its_metadata_and_hidden_content(
    ready: Any, tmp_path: Path
) -> None:
    original = tmp_path / "summary.pdf"
    original.write_bytes(pdf_with_metadata_attachment_and_white_text())
    (document_id,) = stored_ids(ok(ready.run("intake", str(original))).stdout)
    ok(ready.run("scan", document_id))
    findings = json.loads(ok(ready.run("fingerprints", document_id, "--json")).stdout)
    pending = [f["id"] for f in findings["findings"] if f["state"] == "pending"]
    assert pending  # hidden content waits for review under the default policy
    assert json.loads(ok(ready.run("proposals", document_id, "--json")).stdout) == []
    assert_one_line_error(ready.run("approve", document_id), "pending fingerprint", pending[0])
    out = tmp_path / "out"
    out.mkdir()
    release = ("release", document_id, "--format", "pdf", "--out", str(out))
    line = assert_one_line_error(ready.run(*release), "refused")
    assert any(finding in line for finding in pending)
    # The white text is also a place where the layer holds words the page does not
    # show: kept as a page (the hidden content is removed as such).
    kept = decide_page_findings(ready, document_id, "--keep")
    assert kept
    accepted = [arg for finding in pending if finding not in kept for arg in ("--accept", finding)]
    ok(ready.run("fingerprints", document_id, *accepted))
    ok(ready.run("approve", document_id))

    ok(ready.run(*release, "--keep-text-layer"))
    ok(ready.run(*release, "--name", "rebuilt"))

    rebuilt = (out / "rebuilt.pdf").read_bytes()
    assert AUTHOR.encode() not in rebuilt
    assert "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(rebuilt)).pages) == ""
    data = (out / f"{document_id}-redacted.pdf").read_bytes()
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.metadata is None and reader.attachments == {}
    assert all(not page.get("/Annots") for page in reader.pages)
    assert AUTHOR.encode() not in data and b"recipients" not in data
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Quarterly logistics summary" in text
    assert "desk officer" not in text and "printed for" not in text  # white, off the page
