"""A source's name in the corners of office files, mail and archives, released as text.

Each original hides the deny-listed name in one place a reader of the original could
find it (a header, a table cell, alt text, speaker notes, an encoded mail header...).
After the editor accepts everything and releases, the hostile reader must not find the
name in the released file, its manifest, or the refusal message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hidden_name_files import (
    docx_with,
    eml_with,
    html_with,
    rtf_with,
    xlsx_with,
    zip_with_member_named,
)
from hostile_reader import NAME, decided, release, sightings, text_views

BUILDERS: dict[str, tuple[Callable[[str], bytes], str]] = {
    "docx": (docx_with, "docx"),
    "xlsx": (xlsx_with, "xlsx"),
    "eml": (eml_with, "eml"),
    "html": (html_with, "html"),
    "rtf": (rtf_with, "rtf"),
}
CASES = [
    ("docx", "header"), ("docx", "footer"), ("docx", "table-cell"), ("docx", "comment"),
    ("docx", "core-properties"), ("docx", "first-page-header"), ("docx", "split-runs"),
    ("docx", "alt-text"),
    ("docx", "text-box"), ("docx", "field-instruction"), ("docx", "tracked-deletion"),
    ("xlsx", "sheet-name"), ("xlsx", "hidden-sheet"), ("xlsx", "defined-name"),
    ("eml", "encoded-display-name"), ("eml", "attachment-filename"),
    ("html", "entities"), ("rtf", "unicode-escapes"),
]
"""Also tried once and stopped (kept out of the suite for time): docx picture title; xlsx
cell, formula string, cell comment; eml plain display name; html title, alt, hidden span;
rtf hex escapes. (PPTX speaker notes are covered by tests/intake/test_intake_pptx.py.)"""
LEAKS: dict[tuple[str, str], str] = {}


def case(kind: str, place: str) -> Any:
    reason = LEAKS.get((kind, place))
    marks = [pytest.mark.xfail(strict=True, raises=AssertionError, reason=reason)] if reason else []
    return pytest.param(kind, place, marks=marks, id=f"{kind}-{place}")


def released_or_refused(cli: Any, document_id: str, out: Path, output_format: str) -> bytes:
    """The released file and its manifest, or b"" after checking a refusal is clean."""
    result = release(cli, document_id, out, output_format)
    if result.returncode != 0:
        assert "Vesk" not in result.stderr and "Radomir" not in result.stderr
        assert list(out.iterdir()) == []
        return b""
    produced = sorted(out.iterdir())
    assert all("Vesk" not in path.name for path in produced)
    return b"\n".join(path.read_bytes() for path in produced)


@pytest.mark.parametrize(("kind", "place"), [case(k, p) for k, p in CASES])
def test_a_name_in_a_corner_of_the_original_is_not_released(
    ready: Any, tmp_path: Path, kind: str, place: str
) -> None:
    build, suffix = BUILDERS[kind]
    document_id = decided(ready, tmp_path, build(place), f"original.{suffix}")

    released = released_or_refused(ready, document_id, tmp_path / "out", "md")

    assert sightings(text_views(released, markdown=True)) == []


def test_an_archive_member_named_after_the_source_is_released_without_the_name(
    ready: Any, tmp_path: Path
) -> None:
    document_id = decided(ready, tmp_path, zip_with_member_named(), "leak.zip", pick=1)

    released = released_or_refused(ready, document_id, tmp_path / "out", "txt")

    assert sightings(text_views(released)) == []
    assert NAME not in ready.run("audit", "show").stdout
