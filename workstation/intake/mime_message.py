"""Email parsed in time linear in its size, headers kept as written.

The modern header parser (`policy.default`) is quadratic in a header's length, and the
legacy one's parameter split (`email.message._parseparam`) copies the rest of the
header once per parameter: a Content-Type with a hundred thousand parameters would
outlast the child's time limit. Messages are parsed with the legacy policy (header
values stay raw strings, decoded for display by `encoded_words`) and a Message whose
parameter split is one linear pass with the same results.
"""

from __future__ import annotations

import re
from email import policy, utils
from email.message import Message
from email.parser import BytesParser
from typing import Any

_QUOTE_OR_SEMICOLON = re.compile(r'\\"|"|;')


class LinearMessage(Message):
    """A Message whose parameters (boundary, charset, filename) are found in linear time."""

    def _get_params_preserve(self, failobj: Any, header: str) -> Any:
        """What the standard library's method returns, without its quadratic split."""
        missing = object()
        value = self.get(header, missing)
        if value is missing:
            return failobj
        params = []
        for piece in split_parameters(str(value)):
            name, equals, val = piece.partition("=")
            params.append((name.strip(), val.strip()) if equals else (piece.strip(), ""))
        return utils.decode_params(params)


def split_parameters(value: str) -> list[str]:
    """`email.message._parseparam`, in one pass: split at semicolons outside quotes,
    each parameter's name lower-cased and stripped as the standard library does."""
    pieces, start, inside_quotes = [], 0, False
    for match in _QUOTE_OR_SEMICOLON.finditer(value):
        found = match.group()
        if found == '"':
            inside_quotes = not inside_quotes
        elif found == ";" and not inside_quotes:
            pieces.append(value[start : match.start()])
            start = match.end()
    pieces.append(value[start:])
    return [_normalised(piece) for piece in pieces]


def _normalised(piece: str) -> str:
    name, equals, val = piece.partition("=")
    return (name.strip().lower() + "=" + val.strip()).strip() if equals else piece.strip()


def parse_message(data: bytes) -> Message:
    """The whole message tree, every part a LinearMessage."""
    return BytesParser(LinearMessage, policy=policy.compat32).parsebytes(data)
