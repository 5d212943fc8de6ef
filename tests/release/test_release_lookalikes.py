# ruff: noqa: RUF001 - Cyrillic look-alike letters are the test's input
"""A Latin document carrying whole-word Cyrillic-twin marks releases clean (issue 14, 2).

Before, a word whose letters were mostly swapped for Cyrillic twins was taken for a
Cyrillic word, its remaining Latin letters were turned Cyrillic, and the gate refused a
release the editor could do nothing about. Here copies marked at several densities, as
text and as DOCX, are taken in, scanned, decided and released through the real command:
every gate check passes and the releases equal the unmarked document's.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from cli_support import stored_ids

from workstation.fingerprints import find
from workstation.fingerprints.scripts import script

TWINS = dict(zip("aceopxyijsABEHKMOPCTX", "асеорхуіјѕАВЕНКМОРСТХ", strict=True))
LINES = [
    "The harbour office approved the shipping budget on Tuesday.",
    "Everyone expects a copy of the report; the envoy keeps his own notes.",
    "Payments of 4,500 euros were made in 2019 and 2020 to a shipping company.",
    "Radomir Vesk spoke to the port authority about the strike.",
]
CLEAN = "\n".join(LINES * 2) + "\n"


def marked(text: str, every: int, share: float) -> str:
    """Every `every`-th word with `share` of its twin-able letters swapped for Cyrillic."""

    def swap(word: str) -> str:
        positions = [i for i, char in enumerate(word) if char in TWINS]
        chosen = set(positions[: round(len(positions) * share + 0.49)])
        return "".join(TWINS[c] if i in chosen else c for i, c in enumerate(word))

    return "\n".join(
        " ".join(swap(w) if n % every == 0 else w for n, w in enumerate(line.split(" ")))
        for line in text.split("\n")
    )


def docx_of(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.strip("\n").split("\n"):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def ok(result: Any) -> Any:
    assert result.returncode == 0, result.stderr
    return result


def release(cli: Any, path: Path, tmp_path: Path, formats: tuple[str, ...]) -> dict[str, bytes]:
    """Intake, scan, accept every proposal and pending finding, approve, release."""
    (document_id,) = stored_ids(ok(cli.run("intake", str(path))).stdout)
    ok(cli.run("scan", document_id))
    ok(cli.run("decide", document_id, "--all-pending", "accept"))
    findings = json.loads(ok(cli.run("fingerprints", document_id, "--json")).stdout)["findings"]
    pending = [f["id"] for f in findings if f["state"] == "pending"]
    if pending:
        ok(cli.run("fingerprints", document_id, *[a for i in pending for a in ("--accept", i)]))
    ok(cli.run("approve", document_id))
    out = tmp_path / f"out-{path.stem}"
    out.mkdir()
    released = {}
    for output_format in formats:
        arguments = ("release", document_id, "--format", output_format, "--out", str(out))
        ok(cli.run(*arguments, "--name", "memo"))  # every gate check passed
        released[output_format] = (out / f"memo.{output_format}").read_bytes()
    return released


@pytest.mark.parametrize(("every", "share"), [(1, 1.0), (2, 0.6), (4, 0.3)])
def test_a_text_with_cyrillic_twin_marks_releases_like_the_unmarked_one(
    ready: Any, tmp_path: Path, every: int, share: float
) -> None:
    copy = marked(CLEAN, every, share)
    assert any(f.kind == "homoglyph" for f in find(copy))
    clean_path, copy_path = tmp_path / "clean.txt", tmp_path / "copy.txt"
    clean_path.write_text(CLEAN, encoding="utf-8")
    copy_path.write_text(copy, encoding="utf-8")

    formats = ("txt", "md", "pdf")
    clean = release(ready, clean_path, tmp_path, formats)
    released = release(ready, copy_path, tmp_path, formats)

    assert released == clean
    text = released["txt"].decode("utf-8")
    assert all(script(char) != "CYRILLIC" for char in text)
    assert "harbour office approved" in text and find(text) == []


def test_a_docx_with_whole_word_cyrillic_twin_marks_releases_clean(
    ready: Any, tmp_path: Path
) -> None:
    clean_path, copy_path = tmp_path / "clean.docx", tmp_path / "copy.docx"
    clean_path.write_bytes(docx_of(CLEAN))
    copy_path.write_bytes(docx_of(marked(CLEAN, 1, 1.0)))

    clean = release(ready, clean_path, tmp_path, ("txt", "pdf"))
    released = release(ready, copy_path, tmp_path, ("txt", "pdf"))

    assert released["txt"] == clean["txt"]
    text = released["txt"].decode("utf-8")
    assert "Everyone expects a copy of the report" in text
    assert all(script(char) != "CYRILLIC" for char in text) and find(text) == []
