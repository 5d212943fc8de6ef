"""Detection's view of the text: normalised, with every span mapped back (issue 14, 3)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.fingerprints.aligned import align, released_text

MARKED = (
    "Rad\u200bomir Vesk met the un\u0456on at the h\u0430rbour gate.  \n"
    "Cafe\u0301 \u201cPier\u201d 3, Genève"  # the text writes accents: the café's is its own
)


def test_each_normalised_word_maps_back_to_its_marked_source() -> None:
    aligned = released_text(MARKED)
    assert aligned.text.startswith("Radomir Vesk met the union at the harbour gate.")
    start = aligned.text.index("Radomir")
    a, b = aligned.span(start, start + len("Radomir"))
    assert MARKED[a:b] == "Rad\u200bomir"
    start = aligned.text.index("harbour")
    assert MARKED[slice(*aligned.span(start, start + 7))] == "h\u0430rbour"
    start = aligned.text.index("Café")
    assert MARKED[slice(*aligned.span(start, start + 4))] == "Cafe\u0301"


@settings(deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \n\u200b\u0430\u0301.\u00a0")))
def test_every_span_maps_inside_the_stored_text_in_order(text: str) -> None:
    aligned = released_text(text)
    assert len(aligned.starts) == len(aligned.text)
    for position in range(len(aligned.text)):
        a, b = aligned.span(position, position + 1)
        assert 0 <= a <= b <= len(text)
        assert position == 0 or aligned.starts[position - 1] <= a


def test_an_unchanged_text_maps_to_itself() -> None:
    aligned = align("plain text\nsecond line", "plain text\nsecond line")
    assert aligned.span(6, 10) == (6, 10)
