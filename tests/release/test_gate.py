"""The verification gate on real files: what a reader could still find is refused."""

from __future__ import annotations

import pymupdf
import pytest
from pdf_samples import INFORMANT, NAMES, box_drawn_over, names_everywhere, zero_width_marked

from workstation.fingerprints import markers
from workstation.fingerprints.originals.pdf import inspect_pdf
from workstation.release import gate
from workstation.release.gate import Term
from workstation.release.jobs import PageSpan
from workstation.release.pdf_engine import redact_pdf


def informant_span(page_text: str) -> PageSpan:
    start = page_text.index(INFORMANT)
    return PageSpan(0, start, start + len(INFORMANT), INFORMANT, "[PERSON 1]")


def page_text(data: bytes) -> str:
    with pymupdf.open(stream=data, filetype="pdf") as document:
        return str(document[0].get_text())


def failed(checks: list[gate.Check]) -> list[gate.Check]:
    return [check for check in checks if not check.passed]


FINGERPRINTS_CHECK = "no fingerprints remain (invisible characters, look-alikes, spacing)"
TERMS = [Term("accepted span p0000000001", INFORMANT)]


def test_a_box_drawn_over_the_text_is_caught() -> None:
    covered = box_drawn_over(names_everywhere(), INFORMANT)

    checks = list(gate.output_checks(covered, "pdf", TERMS))

    problems = failed(checks)
    assert problems[0].name == "no accepted or deny-listed text is readable"
    assert problems[0].detail == "accepted span p0000000001 is still readable in page 1"
    assert INFORMANT not in " ".join(check.detail for check in checks)


def test_true_redaction_passes_where_the_box_failed() -> None:
    original = names_everywhere()
    redacted = redact_pdf(original, [informant_span(page_text(original))], False, False)

    checks = list(gate.output_checks(redacted, "pdf", TERMS))

    assert failed(checks) == []
    assert "Poloff met" in page_text(redacted)  # the rest of the line is still there
    assert b"/ID" not in redacted  # MuPDF would keep the original's identifier otherwise


def test_metadata_left_in_a_pdf_is_refused() -> None:
    checks = list(gate.output_checks(names_everywhere(), "pdf", []))

    assert failed(checks)[0].detail.startswith("the output still has document information")


@pytest.mark.parametrize(
    "disguised",
    [
        "RADOMIR VESK",
        "Radomir\n   Vesk",
        "Rado-\nmir Vesk",
        "".join(chr(ord(c) + 0xFEE0) if c.isalpha() else c for c in INFORMANT),  # fullwidth
        "Radomir Ve\u200bsk",
        "Radomír Vešk",
        "RadomirVesk",  # an extractor that lost the space between positioned words
    ],
)
def test_disguised_names_in_text_are_found(disguised: str) -> None:
    text = f"The source was {disguised}, they said.".encode()

    checks = list(gate.output_checks(text, "txt", TERMS))

    assert failed(checks)[0].name == "no accepted or deny-listed text is readable"


def test_a_name_inside_a_longer_word_is_not_a_leak() -> None:
    text = b"Annual report of the Annex; a symbolic gesture."
    checks = list(gate.output_checks(text, "txt", [Term("x", "Ann"), Term("y", "Bo Li")]))

    assert failed(checks) == []


@pytest.mark.parametrize("char", ["\u200b", "\u202e", "\U000e0041", "\u2066", "\ufe0f"])
def test_invisible_characters_are_refused_by_marker(char: str) -> None:
    checks = list(gate.output_checks(f"Plain text{char} here.".encode(), "txt", []))

    problem = failed(checks)[0]
    assert problem.name == FINGERPRINTS_CHECK
    assert problem.detail == f"invisible {markers(char)} in text"


def test_every_fingerprint_the_pass_finds_is_refused_unless_editors_kept_the_kind() -> None:
    """The gate asks the fingerprint pass (one source of truth), not a list of its own."""
    marked = "The envoy met J\u043ehn in Paris.\u00a0He left.".encode()

    problem = failed(list(gate.output_checks(marked, "txt", [])))[0]

    assert problem.name == FINGERPRINTS_CHECK
    assert problem.detail.startswith("homoglyph U+043E CYRILLIC SMALL LETTER O")
    kept = list(gate.output_checks(marked, "txt", [], allowed=("homoglyph",)))
    assert failed(kept)[0].detail == "unusual_space <NBSP> in text"
    assert failed(list(gate.output_checks(marked, "txt", [], ("homoglyph", "unusual_space")))) == []


def test_markdown_escapes_do_not_hide_a_name() -> None:
    checks = list(gate.output_checks(b"user r\\_vesk logged in", "md", [Term("t", "r_vesk")]))

    assert failed(checks)[0].detail == "t is still readable in text"


def test_every_name_of_the_sample_is_readable_before_redaction() -> None:
    """The sample really holds what the end-to-end test says it removes."""
    terms = [Term(f"name {number}", name) for number, name in enumerate(NAMES)]
    found = gate.read_back(names_everywhere(), "pdf")
    assert not isinstance(found, gate.Check)
    for term in terms:
        assert not gate.no_hidden_text(found, [term]).passed, term.label


def test_a_span_whose_offsets_do_not_line_up_is_found_by_its_text() -> None:
    """If the page text differs from what intake stored, every occurrence is redacted."""
    original = names_everywhere()
    misplaced = PageSpan(0, 0, len(INFORMANT), INFORMANT, "[PERSON 1]")

    redacted = redact_pdf(original, [misplaced], False, False)

    assert all(check.passed for check in gate.output_checks(redacted, "pdf", TERMS))


def test_drawings_under_a_box_are_removed_with_the_text() -> None:
    """A highlight drawn behind a name would keep its shape and length: it goes too."""
    with pymupdf.open(stream=names_everywhere(), filetype="pdf") as document:
        page = document[0]
        behind = page.search_for(INFORMANT)[0]
        page.draw_rect(behind, color=None, fill=(1, 1, 0), overlay=False)
        highlighted = bytes(document.tobytes())
    original_fills = drawings_with_fill(highlighted, (1.0, 1.0, 0.0))

    redacted = redact_pdf(highlighted, [informant_span(page_text(highlighted))], False, False)

    assert original_fills == 1 and drawings_with_fill(redacted, (1.0, 1.0, 0.0)) == 0


def drawings_with_fill(data: bytes, colour: tuple[float, float, float]) -> int:
    with pymupdf.open(stream=data, filetype="pdf") as document:
        return sum(1 for d in document[0].get_drawings() if d.get("fill") == colour)


def test_image_pixels_under_a_box_are_blanked() -> None:
    """A name printed over a picture: the picture's pixels under the box go, not only the text."""
    with pymupdf.open() as document:
        page = document.new_page()
        picture = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 200, 100), False)
        picture.set_rect(picture.irect, (90, 90, 90))
        placed = pymupdf.Rect(72, 72, 472, 272)  # 2 points per pixel
        page.insert_image(placed, pixmap=picture)
        page.insert_text((100, 180), INFORMANT, fontsize=14)
        box = page.search_for(INFORMANT)[0]
        data = bytes(document.tobytes())
    middle = ((box.x0 + box.x1) / 2 - placed.x0) / 2, ((box.y0 + box.y1) / 2 - placed.y0) / 2

    redacted = redact_pdf(data, [informant_span(page_text(data))], False, False)

    with pymupdf.open(stream=redacted, filetype="pdf") as document:
        (xref, *_), *_ = document[0].get_images()
        after = pymupdf.Pixmap(document, xref)
        assert after.pixel(int(middle[0]), int(middle[1])) != (90, 90, 90)  # blanked
        assert after.pixel(5, 5) == (90, 90, 90)  # the rest of the picture stays


def test_a_zero_width_character_in_a_pdf_is_refused_with_a_way_out() -> None:
    """A canary-trap mark in the PDF's text layer cannot be removed there: say what to do."""
    problem = failed(list(gate.output_checks(zero_width_marked(), "pdf", [])))[0]

    assert problem.detail == "invisible <ZWSP> in page 1; release with --rasterize or as txt"


def test_a_label_written_on_its_box_is_not_taken_for_hidden_text() -> None:
    """White label text on the black box is readable: only white on a light ground hides."""
    original = names_everywhere()
    labelled = redact_pdf(original, [informant_span(page_text(original))], False, True)

    assert "[PERSON 1]" in page_text(labelled)
    assert "pdf-white-text" not in [f.code for f in inspect_pdf(pymupdf, labelled, max_pages=5)]
    assert failed(list(gate.output_checks(labelled, "pdf", TERMS))) == []


@pytest.mark.parametrize(("ground", "hidden"), [((0.95, 0.95, 0.9), True), ((0, 0, 0), False)])
def test_white_text_hides_on_a_light_ground_only(ground: tuple[float, ...], hidden: bool) -> None:
    with pymupdf.open() as document:
        page = document.new_page()
        page.insert_text((72, 72), "Public text.")
        page.draw_rect(pymupdf.Rect(60, 90, 300, 130), color=(0, 0, 0), fill=ground)
        page.insert_text((72, 110), "a note", color=(1, 1, 1))
        data = document.tobytes()

    codes = [f.code for f in inspect_pdf(pymupdf, data, max_pages=5)]

    assert ("pdf-white-text" in codes) is hidden, codes


def test_a_deny_listed_name_with_an_ending_is_refused_as_the_name() -> None:
    surname = Term("deny-list 'sources' term 1 variant 1", "Vesk", inflected=True)
    for text in ("Poslao ga je Vesku.", "Later the VESKS left.", "pismo od Veskova brata"):
        found = gate.read_back(text.encode(), "txt")
        assert isinstance(found, gate.ReadBack)
        assert not gate.no_hidden_text(found, [surname]).passed, text
    for text in ("a vesku in lower case", "Veskhalt", "Vesk"[:3] + "s"):
        found = gate.read_back(text.encode(), "txt")
        assert isinstance(found, gate.ReadBack)
        assert gate.no_hidden_text(found, [surname]).passed, text
    exact = Term("accepted span p0000000001", "Vesk")
    found = gate.read_back(b"Poslao ga je Vesku.", "txt")
    assert isinstance(found, gate.ReadBack) and gate.no_hidden_text(found, [exact]).passed


def test_a_font_name_is_searched_for_deny_listed_names_only() -> None:
    document = pymupdf.open()
    page = document.new_page()
    page.insert_text((72, 72), "Harbour budget 34", fontname="helv", fontsize=12)
    for xref, *_ in page.get_fonts():
        document.xref_set_key(xref, "BaseFont", "/RadomirVesk-Bold")
    data = document.tobytes()
    document.close()
    found = gate.read_back(data, "pdf")
    assert isinstance(found, gate.ReadBack)

    denied = gate.no_hidden_text(found, [Term("deny-list 's' term 1", "Radomir Vesk", denied=True)])
    accepted = gate.no_hidden_text(found, [Term("accepted span p1", "Radomir Vesk")])

    assert not denied.passed and "names and decompressed streams" in denied.detail
    assert accepted.passed
