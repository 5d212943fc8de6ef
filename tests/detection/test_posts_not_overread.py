"""What a post must not swallow: a list's next entry after an indented line, a French or
Spanish verb before the post (workstation.detection.phrases.occupations), on invented
wording.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases.occupations import occupations


def posts(text: str) -> list[str]:
    return [text[span.start : span.end] for span in occupations(text)]


@pytest.mark.parametrize(
    ("text", "expected", "swallowed"),
    [
        # an indented line that opens with a capital is the next entry of a list
        (
            "  Lt. Ines Varga - Deputy Head for welfare and education work\n"
            "  Major Piet Halloran - Head of the guard",
            "Major",
            "work\n  Major",
        ),
        (
            "  Tomas Arve            name    cousin of the mayor, shop owner's brother\n"
            "  Minister Odile Brask   name    public official",
            "Minister",
            "brother\n  Minister",
        ),
        # French and Spanish verbs before a post are not nouns that qualify it
        ("je lui ai dit que j'étais opérateur radio au port", "opérateur radio au port", "étais"),
        ("elle a été élue trésorière adjointe du club", "trésorière adjointe du club", "élue"),
        ("Il a été nommé directeur du collège en 2004.", "directeur du collège", "nommé"),
        ("Ana fue elegida secretaria general del club.", "secretaria general del club", "elegida"),
    ],
)
def test_a_post_does_not_swallow_the_words_before_it(
    text: str, expected: str, swallowed: str
) -> None:
    found = posts(text)
    assert expected in found
    assert not any(swallowed in post for post in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wrapped line in lower case still carries the post's noun
        ("he spoke to the survey\n        translator at noon", "survey\n        translator"),
        ("the old harbour\nforeman said", "harbour\nforeman"),
        ("the café owner, Rui Lemos, said", "café owner"),
        ("the night shift supervisor said", "night shift supervisor"),
    ],
)
def test_a_post_keeps_the_nouns_that_qualify_it(text: str, expected: str) -> None:
    assert expected in posts(text)
