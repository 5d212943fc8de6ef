"""PDF work in the confined child: typesetting, rasterizing, and hostile input refused."""

from __future__ import annotations

import io
import subprocess
import sys

import pypdf
import pytest
from pdf_samples import NAMES, names_everywhere

from workstation.release import gate, sandbox
from workstation.release.gate import Term
from workstation.release.sandbox import PdfNotMade, redact_in_child, typeset_in_child


def texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def test_rasterized_pdf_keeps_no_text_at_all() -> None:
    flat = redact_in_child(names_everywhere(), [], rasterize=True, fill_labels=False)

    assert [text.strip() for text in texts(flat)] == [""]
    checks = list(gate.output_checks(flat, "pdf", [Term(f"n{i}", n) for i, n in enumerate(NAMES)]))
    assert all(check.passed for check in checks), checks
    assert b"/Image" in flat


def test_redacted_text_is_typeset_as_a_clean_pdf() -> None:
    body = "MEMO\n\n" + "\n".join(f"Line {n}: ████████ met [PERSON 1]." for n in range(120))

    made = typeset_in_child(body)

    pages = texts(made)
    assert len(pages) >= 2  # long text flows onto further pages
    assert "Line 119" in pages[-1] and "████████" in pages[0]
    assert all(check.passed for check in gate.output_checks(made, "pdf", []))


@pytest.mark.parametrize("hostile", [b"%PDF-1.7\n1 0 obj <</Kids [", b"not a pdf at all", b""])
def test_a_broken_original_is_refused_without_output(hostile: bytes) -> None:
    with pytest.raises(PdfNotMade):
        redact_in_child(hostile, [], rasterize=False, fill_labels=False)


def test_a_reply_past_the_cap_is_cut_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """Release's child is read up to a cap, as intake's is: a flood makes no PDF."""
    monkeypatch.setattr(sandbox, "MAX_REPLY_BYTES", 1024)
    with pytest.raises(PdfNotMade):
        typeset_in_child("A line of the redacted text.\n" * 100)


def test_the_parent_loads_no_pdf_engine() -> None:
    """PyMuPDF parses the hostile original, and numpy costs start-up time: both stay in
    the child; the parent needs only the job types."""
    probe = (
        "import sys, workstation.services.release; "
        "print(sorted({'pymupdf', 'numpy', 'workstation.release.pdf_engine'} & set(sys.modules)))"
    )
    finished = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert finished.stdout.strip() == "[]"
