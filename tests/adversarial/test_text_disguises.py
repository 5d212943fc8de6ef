"""A source's name disguised in plain text, released as txt and md through the command.

Each case is a .txt original carrying the deny-listed name in a form any reader of the
released file reads as the name. The release must either remove it or refuse; the
hostile reader (hostile_reader.py) then looks for it in the bytes, NFKC, confusable
skeleton, URL and entity decoding, and as a Markdown viewer shows it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hostile_reader import NAME, decided, release, sightings, text_views

CASES = {
    "plain": f"The memo was written by {NAME} on Tuesday.",
    "line-break": "The memo was written by Radomir\nVesk on Tuesday.",
    "hyphenated": "The memo was written by Rado-\nmir Vesk on Tuesday.",
    "zero-width": "The memo was written by Radomir Ves\u200bk on Tuesday.",
    "cyrillic-twins": "The memo was written by Radomir V\u0435sk on Tuesday.",
    "math-bold": "The memo was written by \U0001d411\U0001d41a\U0001d41d\U0001d428\U0001d426"
    "\U0001d422\U0001d42b \U0001d415\U0001d41e\U0001d42c\U0001d424 on Tuesday.",
    "fullwidth": "The memo was written by \uff32\uff41\uff44\uff4f\uff4d\uff49\uff52 "
    "\uff36\uff45\uff53\uff4b on Tuesday.",
    "url-encoded": "Files at https://files.example.org/Radomir%20Vesk/memo.pdf today.",
    "underscore": "Saved under C:\\Users\\radomir_vesk\\Documents\\memo.docx by IT.",
    "letter-spaced": "The memo was written by R a d o m i r   V e s k on Tuesday.",
    "html-entity": "The memo was written by Radomir &#86;esk on Tuesday.",
    "markdown-comment": "The memo was written by Radomir Ve<!-- -->sk on Tuesday.",
    "markdown-emphasis": "The memo was written by Radomir V**es**k on Tuesday.",
    "exotic-twins": "The memo was written by Radomir \ua4e6\u04bd\ua731\u2c95 on Tuesday.",
    "syllabics-v": "The memo was written by Radomir \u142fesk on Tuesday.",
    "cherokee-v": "The memo was written by Radomir \u13d9esk on Tuesday.",
    "hangul-filler": "The memo was written by Radomir\u3164Vesk on Tuesday.",
    "right-to-left-override": "The memo was written by \u202eksev rimodaR\u202c on Tuesday.",
    "strikethrough-marks": "The memo was written by Radomir V\u0336e\u0336s\u0336k\u0336 today.",
}
MARKDOWN_CASES = ("html-entity", "markdown-comment", "markdown-emphasis", "underscore")
"""Also released as md, where a viewer renders what the text release shows literally."""


@pytest.mark.parametrize(
    ("disguise", "output_format"),
    [(n, f) for n in CASES for f in ("txt", "md") if f == "txt" or n in MARKDOWN_CASES],
)
def test_a_disguised_name_is_not_released(
    ready: Any, tmp_path: Path, disguise: str, output_format: str
) -> None:
    document_id = decided(ready, tmp_path, CASES[disguise].encode(), f"{disguise}.txt")
    out = tmp_path / "out"

    result = release(ready, document_id, out, output_format)

    if result.returncode != 0:  # refused: stopped, and nothing was written
        assert NAME not in result.stderr and "Vesk" not in result.stderr
        assert list(out.iterdir()) == []
        return
    released = (out / f"{document_id}-redacted.{output_format}").read_bytes()
    assert sightings(text_views(released, markdown=output_format == "md")) == []


def test_a_name_written_in_its_cyrillic_spelling_is_not_released(
    ready: Any, tmp_path: Path
) -> None:
    text = "The memo was written by Радомир Веск on Tuesday, the clerk said."
    document_id = decided(ready, tmp_path, text.encode(), "cyrillic.txt")
    out = tmp_path / "out"

    result = release(ready, document_id, out, "txt")

    if result.returncode == 0:
        released = (out / f"{document_id}-redacted.txt").read_text("utf-8")
        assert "Веск" not in released and "Радомир" not in released


def test_a_right_to_left_override_shows_no_name(ready: Any, tmp_path: Path) -> None:
    """Displayed right to left, 'ksev rimodaR' reads as the name: the override must go."""
    text = "The memo was written by \u202eksev rimodaR\u202c on Tuesday."
    document_id = decided(ready, tmp_path, text.encode(), "bidi.txt")
    out = tmp_path / "out"

    result = release(ready, document_id, out, "txt")

    if result.returncode == 0:
        released = (out / f"{document_id}-redacted.txt").read_text("utf-8")
        assert "\u202e" not in released or "ksev" not in released.casefold()


INFLECTED = (
    "Poslao ga je Vesku u utorak, a pismo je stiglo od Veska.\n"
    "Later the Vesks left town for the coast.\n"
)


def test_inflected_forms_of_a_surname_are_not_released(ready: Any, tmp_path: Path) -> None:
    document_id = decided(ready, tmp_path, INFLECTED.encode(), "inflected.txt")
    out = tmp_path / "out"

    result = release(ready, document_id, out, "txt")

    if result.returncode == 0:
        released = (out / f"{document_id}-redacted.txt").read_text("utf-8").casefold()
        assert re.findall(r"\bvesk\w{0,3}\b", released) == []
