"""Accepted DOCX hidden content is not published (issue 14, point 1).

An editor accepts the findings for a DOCX's comments, hidden text and a tiny white
footer; the released txt, md and pdf are read back with another library and none of
that content is in them, while the visible text is.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pypdf
import pytest
from cli_support import stored_ids

from workstation.fingerprints.finding import HIDDEN_END, HIDDEN_START
from workstation.release.hidden import AcceptedHidden, removal_spans, searched_parts, without

VISIBLE = "The harbour budget was approved on Tuesday after a long debate."
COMMENT = "ask the treasurer about the offshore account"
HIDDEN = "draft figure four point two million"
FOOTER = "desk seven proof copy"


def docx_with_hidden_content() -> bytes:
    """A body paragraph with a hidden run, a comment on it, and a tiny white footer run."""
    import docx
    from docx.shared import Pt, RGBColor

    document = docx.Document()
    paragraph = document.add_paragraph(VISIBLE + " ")
    paragraph.add_run(HIDDEN).font.hidden = True
    paragraph.add_run(" Members voted.")
    document.add_comment(paragraph.runs[0], text=COMMENT, author="Reviewer", initials="RV")
    document.add_paragraph("The port authority will publish the minutes.")
    footer = document.sections[0].footer.paragraphs[0]
    footer.add_run("Page one ")
    tiny = footer.add_run(FOOTER)
    tiny.font.size = Pt(1)
    tiny.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def ok(result: Any) -> Any:
    assert result.returncode == 0, result.stderr
    return result


def read_back(path: Path) -> str:
    if path.suffix == ".pdf":
        reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
        return "\n".join(page.extract_text() for page in reader.pages)
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("output_format", ["txt", "md", "pdf"])
def test_accepted_docx_hidden_content_is_absent_from_every_output(
    ready: Any, tmp_path: Path, output_format: str
) -> None:
    original = tmp_path / "budget.docx"
    original.write_bytes(docx_with_hidden_content())
    (document_id,) = stored_ids(ok(ready.run("intake", str(original))).stdout)
    ok(ready.run("scan", document_id))
    findings = json.loads(ok(ready.run("fingerprints", document_id, "--json")).stdout)
    hidden = {f["code"] for f in findings["findings"] if f["kind"] == "hidden_content"}
    assert {"docx-comments", "docx-hidden-text", "docx-unreadable-text"} <= hidden
    listed = json.dumps(findings)
    assert COMMENT not in listed and HIDDEN not in listed and FOOTER not in listed
    pending = [f["id"] for f in findings["findings"] if f["state"] == "pending"]
    ok(ready.run("fingerprints", document_id, *[a for i in pending for a in ("--accept", i)]))
    ok(ready.run("approve", document_id))
    out = tmp_path / "out"
    out.mkdir()

    # A rebuilt PDF has text only in its OCR layer: --searchable, so the kept text is read.
    searchable = ["--searchable"] if output_format == "pdf" else []
    ok(ready.run("release", document_id, "--format", output_format, "--out", str(out), *searchable))

    released = read_back(out / f"{document_id}-redacted.{output_format}")
    squashed = " ".join(released.split())
    for content in (COMMENT, HIDDEN, FOOTER, "[comments]", "comments\\]"):
        assert content not in squashed
    assert "approved on Tuesday" in squashed and "Members voted." in squashed
    manifest = (out / f"{document_id}-redacted.{output_format}.manifest.json").read_text()
    assert COMMENT not in manifest and HIDDEN not in manifest


def test_a_hidden_part_that_cannot_be_placed_is_still_searched_for() -> None:
    text = "Intro.\nThe vote was held.\n\n[comments]\nfirst remark\nsecond remark"
    comments = AcceptedHidden("f1", "docx-comments", (f"{HIDDEN_START}first remark{HIDDEN_END}",))
    lost = AcceptedHidden("f2", "docx-hidden-text", (f"Other {HIDDEN_START}nowhere{HIDDEN_END}",))
    held = AcceptedHidden(
        "f3", "docx-hidden-text", (f"The vote {HIDDEN_START}was{HIDDEN_END} held.",)
    )

    spans = removal_spans(text, [comments, lost, held])

    assert without(text, spans) == "Intro.\nThe vote  held."
    assert ("f2", "nowhere") in searched_parts([comments, lost, held])


def test_the_gate_refuses_hidden_content_left_in_the_output(ready: Any) -> None:
    from workstation.release import gate
    from workstation.release.readback import ReadBack

    terms = [gate.Term("hidden content of finding f9", "offshore account")]
    found = ReadBack(texts=[("text", "see the offshore   account")], leftovers=[])

    check = gate.no_hidden_text(found, terms)

    assert not check.passed and "finding f9" in check.detail and "offshore" not in check.detail
