"""RTF through the real confined child."""

from __future__ import annotations

from workstation.intake import extract

RTF = (
    rb"{\rtf1\ansi{\fonttbl{\f0 Times;}}{\colortbl;\red0\green0\blue0;}"
    rb"\f0 Met Odile Brandt in Z\'fcrich.\par Caf\u233? at dawn.\par}"
)


def test_rtf_text_without_its_tables_of_fonts_and_colours() -> None:
    result = extract(RTF, "memo.rtf")
    assert (result.kind, result.reviewable, result.note) == ("rtf", True, "")
    assert result.text is not None
    assert result.text.split("\n")[:2] == ["Met Odile Brandt in Zürich.", "Café at dawn."]


def test_a_file_that_is_not_rtf_is_refused_in_one_line() -> None:
    result = extract(b"just words", "fake.rtf")
    assert (result.reviewable, result.note) == (False, "RTF document could not be read")


def test_deeply_nested_groups_do_not_sink_the_parser() -> None:
    result = extract(b"{\\rtf1 " + b"{" * 200_000 + b"deep" + b"}" * 200_000 + b"}", "deep.rtf")
    assert result.reviewable
    assert "deep" in (result.text or "")
