"""One regular expression for many literal strings, factored as a trie.

Python's ``re`` tries the branches of ``a|b|c`` one by one at every position of the
text, so a pattern of several hundred names costs several hundred comparisons per
character. Factored by shared beginnings (``ab(?:c|d)``), each character is compared
once per level. The strings that can match at one position are all beginnings of the
text there, so they lie on one path of the trie; trying a node's continuations before
stopping at it gives the same order as longest-first alternation, backtracking
included.

Plain Python: no presidio, no spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""
_Trie = dict[str, "_Trie"]


def literal_alternation(strings: Iterable[str]) -> str:
    """A pattern matching exactly the given strings, longest first (as
    ``"|".join(map(re.escape, sorted(strings, key=len, reverse=True)))`` does)."""
    trie: _Trie = {}
    for string in strings:
        node = trie
        for character in string:
            node = node.setdefault(character, {})
        node[_END] = {}
    return _pattern(trie)


def _pattern(node: _Trie) -> str:
    run = []
    while len(node) == 1 and _END not in node:  # a name's tail: one literal, no group
        ((character, node),) = node.items()
        run.append(character)
    prefix = re.escape("".join(run))
    branches = [re.escape(c) + _pattern(child) for c, child in node.items() if c != _END]
    if _END in node:
        if not branches:
            return prefix
        branches.append("")
    if len(branches) == 1:
        return prefix + branches[0]
    return prefix + "(?:" + "|".join(branches) + ")"
