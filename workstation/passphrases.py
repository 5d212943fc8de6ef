"""Passphrase policy, and reading passphrases without ever echoing or leaking them.

A passphrase unlocks the vault and with it every source's documents, so a weak one is
refused with a reason a journalist can act on. Scripts and tests pass passphrases through
a file, an inherited file descriptor or standard input, never on the command line (where
``ps`` and shell history would keep them). People type them on the controlling terminal
with echo off; when there is no terminal we refuse rather than fall back to reading
standard input with echo on, as ``getpass`` would.

Error messages name what went wrong but never the passphrase, and never the path given:
a common slip is to pass the passphrase itself where its file name belongs.
"""

from __future__ import annotations

import getpass
import os
import stat
import sys
import warnings
from collections.abc import Sequence
from typing import TypedDict

from workstation.errors import WorkstationError

__all__ = [
    "MAX_LENGTH",
    "MAX_SOURCE_BYTES",
    "MIN_LENGTH",
    "MIN_SCORE",
    "PassphraseSourceError",
    "ask_new_passphrase",
    "ask_passphrase",
    "read_passphrase_file",
    "weakness",
]

MIN_LENGTH = 12
MAX_LENGTH = 1024
MIN_SCORE = 3
"""zxcvbn score (0-4) a passphrase needs: 3 is "safely unguessable" offline at modest speed."""
MAX_SOURCE_BYTES = 4096
"""A larger passphrase file is almost certainly the wrong file (a key, a document)."""

_ZXCVBN_PREFIX = 100  # zxcvbn's matching is super-linear; the first 100 chars decide the score
_ATTEMPTS = 3
_TTY_PATH = "/dev/tty"
_NO_TERMINAL = "no terminal to ask for a passphrase; use --passphrase-file"
_TOO_LARGE = f"the passphrase source is larger than {MAX_SOURCE_BYTES // 1024} KiB"


class PassphraseSourceError(WorkstationError):
    """A passphrase could not be obtained; the message is one line and never contains it."""


def weakness(passphrase: str, user_inputs: Sequence[str] = ()) -> str | None:
    """Return why ``passphrase`` is refused, or None when it is acceptable.

    ``user_inputs`` are words an attacker would try first (the editor's name, the vault's
    name); a passphrase built from them scores lower.
    """
    if len(passphrase) > MAX_LENGTH:
        return f"too long: use at most {MAX_LENGTH} characters"
    if len(passphrase) < MIN_LENGTH:
        return f"too short: use at least {MIN_LENGTH} characters"
    score, feedback = _estimate(passphrase[:_ZXCVBN_PREFIX], _attacker_words(user_inputs))
    return None if score >= MIN_SCORE else _reason(feedback)


class _Feedback(TypedDict):
    warning: str
    suggestions: list[str]


_NAMED = "it contains your name (or another word an attacker would try first)"


def _estimate(passphrase: str, user_inputs: list[str]) -> tuple[int, _Feedback]:
    """zxcvbn, imported on first use: its dictionaries take a moment to load."""
    from zxcvbn import zxcvbn  # noqa: PLC0415 - keep CLI start-up fast

    result = zxcvbn(passphrase, user_inputs=user_inputs, max_length=_ZXCVBN_PREFIX)
    score: int = result["score"]
    feedback: _Feedback = result["feedback"]
    if not feedback["warning"] and any(_is_user_input(m) for m in result["sequence"]):
        feedback = {"warning": _NAMED, "suggestions": feedback["suggestions"]}
    return score, feedback


def _is_user_input(match: dict[str, object]) -> bool:
    return match.get("dictionary_name") == "user_inputs"


def _attacker_words(user_inputs: Sequence[str]) -> list[str]:
    """Each input whole, word by word and run together: "Maria Keller" → mariakeller too."""
    words: list[str] = []
    for text in user_inputs:
        parts = text.split()
        words.extend([text, *parts, "".join(parts)])
    return [w for w in dict.fromkeys(words) if w]


def _reason(feedback: _Feedback) -> str:
    """One line from zxcvbn's fixed feedback sentences (they never quote the passphrase)."""
    warning, suggestions = feedback["warning"], feedback["suggestions"]
    problem = _first_sentence(warning) if warning else "too easy to guess"
    advice = _first_sentence(suggestions[0]) if suggestions else "add another word or two"
    return f"{problem}; {advice}"


def _first_sentence(text: str) -> str:
    """'Add another word or two. Uncommon words are better.' → 'add another word or two'."""
    sentence = text.strip().split(". ")[0].rstrip(".")
    return sentence[:1].lower() + sentence[1:]


def read_passphrase_file(path: str) -> str:
    """Read a passphrase: the first line of a file, of ``fd:N``, or of ``-`` (stdin).

    The line ends at ``\\n`` or ``\\r\\n``; other whitespace is part of the passphrase.
    An ``fd:N`` descriptor is left open: whoever passed it owns it.
    """
    if path == "-":
        descriptor = _stdin_descriptor()
        if os.isatty(descriptor):  # typing there would echo the passphrase on the screen
            raise PassphraseSourceError(
                "'-' reads the passphrase from a pipe; at a terminal, leave out --passphrase-file"
            )
        return _read_descriptor(descriptor)
    if path.startswith("fd:"):
        return _read_descriptor(_parse_descriptor(path[3:]))
    return _read_path(path)


def _stdin_descriptor() -> int:
    try:
        return sys.stdin.fileno()
    except (AttributeError, ValueError, OSError):
        raise PassphraseSourceError("standard input is not available to read from") from None


def _parse_descriptor(number: str) -> int:
    if not number.isascii() or not number.isdigit():
        raise PassphraseSourceError("'fd:' must be followed by a file descriptor number")
    return int(number)


def _read_path(path: str) -> str:
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)  # non-blocking: a FIFO with no writer must not hang us
    except OSError as error:
        raise PassphraseSourceError(_cannot_read("file", error)) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise PassphraseSourceError(
                "the passphrase file is not a regular file (use fd:N or - for pipes)"
            )
        os.set_blocking(fd, True)
        return _read_descriptor(fd)
    finally:
        os.close(fd)


def _read_descriptor(fd: int) -> str:
    """Read up to the first newline, so a writer that keeps a pipe open does not hang us."""
    try:
        status = os.fstat(fd)
        if stat.S_ISREG(status.st_mode) and status.st_size > MAX_SOURCE_BYTES:
            raise PassphraseSourceError(_TOO_LARGE)
        data = _read_first_line(fd)
    except OSError as error:
        raise PassphraseSourceError(_cannot_read("source", error)) from None
    return _decode_line(data)


def _read_first_line(fd: int) -> bytes:
    data = b""
    while b"\n" not in data:
        chunk = os.read(fd, MAX_SOURCE_BYTES + 1 - len(data))
        if not chunk:
            break
        data += chunk
        if len(data) > MAX_SOURCE_BYTES:
            raise PassphraseSourceError(_TOO_LARGE)
    return data.split(b"\n", 1)[0].removesuffix(b"\r")


def _decode_line(data: bytes) -> str:
    try:
        passphrase = data.decode("utf-8-sig")  # tolerate the BOM some Windows editors add
    except UnicodeDecodeError:
        raise PassphraseSourceError("the passphrase is not valid UTF-8 text") from None
    if not passphrase:
        raise PassphraseSourceError("the passphrase is empty (the first line is blank)")
    return passphrase


def _cannot_read(what: str, error: OSError) -> str:
    reason = error.strerror or type(error).__name__
    return f"cannot read the passphrase {what}: {reason}"


def ask_passphrase(prompt: str) -> str:
    """Ask on the controlling terminal with echo off; refuse when there is no terminal."""
    _require_terminal()
    with warnings.catch_warnings():
        # getpass warns, then reads with echo ON, when it cannot control the terminal.
        warnings.simplefilter("error", getpass.GetPassWarning)
        try:
            return getpass.getpass(prompt)
        except (EOFError, getpass.GetPassWarning):
            raise PassphraseSourceError(_NO_TERMINAL) from None


def _require_terminal() -> None:
    """Fail before prompting if there is no terminal, rather than in the middle of it."""
    if os.name == "nt":
        if not sys.stdin.isatty():
            raise PassphraseSourceError(_NO_TERMINAL)
        return
    try:
        fd = os.open(_TTY_PATH, os.O_RDWR | os.O_NOCTTY)
    except OSError:
        raise PassphraseSourceError(_NO_TERMINAL) from None
    try:
        if not os.isatty(fd):
            raise PassphraseSourceError(_NO_TERMINAL)
    finally:
        os.close(fd)


def ask_new_passphrase(editor: str) -> str:
    """Ask twice for a new passphrase for ``editor``; explain and retry on a bad one."""
    for _ in range(_ATTEMPTS):
        passphrase = ask_passphrase(f"New passphrase for {editor}: ")
        reason = weakness(passphrase, [editor])
        if reason is not None:
            _tell(f"Passphrase refused: {reason}.")
            continue
        if ask_passphrase("Repeat the passphrase: ") != passphrase:
            _tell("The two passphrases do not match.")
            continue
        return passphrase
    raise PassphraseSourceError(f"no acceptable passphrase after {_ATTEMPTS} attempts")


def _tell(message: str) -> None:
    print(message, file=sys.stderr)
