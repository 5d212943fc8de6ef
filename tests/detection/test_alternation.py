"""The trie-factored alternation matches exactly what longest-first alternation matches."""

from __future__ import annotations

import random
import re

from workstation.detection.alternation import literal_alternation

BOUNDED = r"(?<![\w.])({})(?![\w]|\.\w)"


def _flat(strings: set[str]) -> str:
    return "|".join(re.escape(s) for s in sorted(strings, key=len, reverse=True))


def test_same_matches_as_longest_first_alternation() -> None:
    generator = random.Random(16)
    alphabet = "ab. -("
    for _ in range(2000):
        strings = {
            "".join(generator.choice(alphabet) for _ in range(generator.randint(1, 6)))
            for _ in range(generator.randint(1, 8))
        }
        text = "".join(generator.choice(alphabet + "xz") for _ in range(80))
        flat = re.compile(BOUNDED.format(_flat(strings)))
        trie = re.compile(BOUNDED.format(literal_alternation(strings)))
        assert [m.span(1) for m in trie.finditer(text)] == [
            m.span(1) for m in flat.finditer(text)
        ], (strings, text)


def test_backtracks_to_a_shorter_name_when_the_longer_one_is_cut_off() -> None:
    pattern = re.compile(BOUNDED.format(literal_alternation(["amira", "amira haddad"])))
    assert [m.group(1) for m in pattern.finditer("amira haddadi met amira haddad")] == [
        "amira",
        "amira haddad",
    ]


def test_special_characters_are_literal() -> None:
    pattern = re.compile(literal_alternation(["a.b", "a+b", "(x)"]))
    assert pattern.findall("axb a.b a+b (x) x") == ["a.b", "a+b", "(x)"]
