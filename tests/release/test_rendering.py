"""Rendering redacted text and locating spans on PDF pages (pure functions)."""

from __future__ import annotations

from workstation.policy.model import Rendering
from workstation.release.rendering import Redaction, Replacements, as_markdown, redact_text
from workstation.services.release import page_spans

TEXT = "Ana Ruiz met Bo Li.\fLater ANA RUIZ and Bo Li left."


def spans_of(*values: tuple[str, int]) -> list[Redaction]:
    """Redactions for the n-th occurrence of each value."""
    found = []
    for number, (value, occurrence) in enumerate(values):
        start = -1
        for _ in range(occurrence + 1):
            start = TEXT.casefold().index(value.casefold(), start + 1)
        found.append(Redaction(f"p{number}", start, start + len(value), "PERSON"))
    return found


ALL = spans_of(("Ana Ruiz", 0), ("Bo Li", 0), ("Ana Ruiz", 1), ("Bo Li", 1))


def test_blocks_hide_the_length_of_every_name() -> None:
    redacted = redact_text(TEXT, ALL, Rendering(style="block", block="#", width=6))

    assert redacted == "###### met ######.\n\nLater ###### and ###### left."


def test_pseudonyms_are_consistent_across_case_and_pages() -> None:
    redacted = redact_text(TEXT, ALL, Rendering(style="pseudonym"))

    assert redacted == "[PERSON 1] met [PERSON 2].\n\nLater [PERSON 1] and [PERSON 2] left."


def test_labels_name_the_entity_only() -> None:
    span = Redaction("p", 5, 10, "PERSON")

    assert redact_text("Call Bo Li", [span], Rendering(style="label")) == "Call [PERSON]"


def test_overlapping_spans_become_one_redaction() -> None:
    spans = [Redaction("a", 0, 3, "PERSON"), Redaction("b", 2, 8, "PERSON")]

    assert redact_text("Ana Ruiz met", spans, Rendering(style="label")) == "[PERSON] met"


def test_invisible_characters_leave_the_released_text() -> None:
    assert redact_text("a\u200bb\u202ec", [], Rendering()) == "abc"


def test_markdown_escapes_markup() -> None:
    assert as_markdown("*bold* [PERSON 1] a_b") == "\\*bold\\* \\[PERSON 1\\] a\\_b"


def test_spans_are_placed_on_their_page_and_split_at_page_breaks() -> None:
    across = Redaction("x", TEXT.index("Li."), TEXT.index("Later") + 5, "PERSON")
    names = Replacements(Rendering(style="pseudonym"))

    spans = page_spans(TEXT, [*spans_of(("Bo Li", 1)), across], names)

    pages = TEXT.split("\f")
    assert [(s.page, pages[s.page][s.start : s.end]) for s in spans] == [
        (1, "Bo Li"),
        (0, "Li."),
        (1, "Later"),
    ]
    assert all(span.text == pages[span.page][span.start : span.end] for span in spans)
