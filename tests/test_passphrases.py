"""Passphrase policy, non-interactive sources, and terminal prompts that never echo."""

from __future__ import annotations

import contextlib
import getpass
import io
import os
import sys
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from workstation import passphrases
from workstation.passphrases import (
    PassphraseSourceError,
    ask_new_passphrase,
    ask_passphrase,
    read_passphrase_file,
    weakness,
)

STRONG = "vivid lantern orbits a quiet harbour"
EDITOR = "Maria Keller"


# --- policy -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "strong", [STRONG, "correct horse battery", "Tr0ub4dor&3-zebra-kiln", "ünïcödé mountain fjord"]
)
def test_strong_passphrases_are_accepted(strong: str) -> None:
    assert weakness(strong, [EDITOR]) is None


@pytest.mark.parametrize(
    ("weak", "reason"),
    [
        ("", "too short: use at least 12 characters"),
        ("Xk9#mQ2$vL7", "too short: use at least 12 characters"),
        ("password1234", "this is a very common password; add another word or two"),
        ("qwertyuiopasdf", "this is similar to a commonly used password; add another word or two"),
        ("aaaaaaaaaaaaaaaa", 'repeats like "aaa" are easy to guess; add another word or two'),
        (
            "abcdefghijklmnop",
            'sequences like "abc" or "6543" are easy to guess; add another word or two',
        ),
    ],
)
def test_weak_passphrases_get_a_one_line_reason(weak: str, reason: str) -> None:
    assert weakness(weak) == reason


def test_the_editors_name_makes_a_passphrase_weaker() -> None:
    assert weakness("mariakeller!") is None
    reason = weakness("mariakeller!", [EDITOR])
    assert reason is not None
    assert reason.startswith("it contains your name")


def test_length_limits_are_counted_in_characters() -> None:
    assert weakness("ö" * 11) == "too short: use at least 12 characters"
    assert weakness(STRONG + "x" * (1024 - len(STRONG))) is None
    assert weakness(STRONG + "x" * (1025 - len(STRONG))) == "too long: use at most 1024 characters"


def test_only_the_start_of_a_long_passphrase_is_scored() -> None:
    # zxcvbn itself refuses more than 72 characters, and slows down on long input.
    assert weakness(STRONG + " " + "z" * 900) is None
    assert weakness("a" * 100 + STRONG) is not None


def test_reasons_never_quote_the_passphrase() -> None:
    for weak in ["hunter2hunter2", "kellermaria1", "zzzzzzzzzzzzzzzz", "1qaz2wsx3edc"]:
        reason = weakness(weak, [EDITOR])
        assert reason is not None
        assert weak not in reason
        assert "\n" not in reason


# --- reading from files, descriptors and standard input -----------------------------------


def write(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "passphrase"
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"first line only\nsecond line\n", "first line only"),
        (b"windows line ending\r\nnext\r\n", "windows line ending"),
        (b"no newline at all", "no newline at all"),
        (b"  keeps spaces\tand tabs  \n", "  keeps spaces\tand tabs  "),
        ("grüße aus köln\n".encode(), "grüße aus köln"),
        (b"\xef\xbb\xbfnotepad wrote a BOM\r\n", "notepad wrote a BOM"),
    ],
)
def test_reads_the_first_line_of_a_file(tmp_path: Path, data: bytes, expected: str) -> None:
    assert read_passphrase_file(write(tmp_path, data)) == expected


def test_a_file_of_exactly_4_kib_is_read(tmp_path: Path) -> None:
    assert read_passphrase_file(write(tmp_path, b"p" * 4095 + b"\n")) == "p" * 4095


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the passphrase is empty (the first line is blank)"),
        (b"\nsecret on the second line\n", "the passphrase is empty (the first line is blank)"),
        (b"\r\n", "the passphrase is empty (the first line is blank)"),
        (b"short\n" + b"x" * 4096, "the passphrase source is larger than 4 KiB"),
        (b"caf\xe9 latin-1 secret\n", "the passphrase is not valid UTF-8 text"),
    ],
)
def test_bad_files_are_refused(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(PassphraseSourceError) as caught:
        read_passphrase_file(write(tmp_path, data))
    assert str(caught.value) == message
    assert "secret" not in str(caught.value)


def test_missing_file_message_names_neither_path_nor_passphrase(tmp_path: Path) -> None:
    # A common slip: the passphrase itself given where the file name belongs.
    mistaken = str(tmp_path / "my real passphrase 4711")
    with pytest.raises(PassphraseSourceError) as caught:
        read_passphrase_file(mistaken)
    message = str(caught.value)
    assert message == "cannot read the passphrase file: No such file or directory"
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PassphraseSourceError, match="not a regular file"):
        read_passphrase_file(str(tmp_path))


@pytest.fixture
def pipe() -> Iterator[tuple[int, int]]:
    read_end, write_end = os.pipe()
    yield read_end, write_end
    for fd in (read_end, write_end):
        with contextlib.suppress(OSError):
            os.close(fd)


def test_reads_from_an_inherited_descriptor(pipe: tuple[int, int]) -> None:
    read_end, write_end = pipe
    os.write(write_end, f"{STRONG}\nignored\n".encode())
    os.close(write_end)
    assert read_passphrase_file(f"fd:{read_end}") == STRONG
    os.fstat(read_end)  # still open: the caller owns it


def test_a_pipe_left_open_by_its_writer_does_not_hang(pipe: tuple[int, int]) -> None:
    read_end, write_end = pipe
    os.write(write_end, f"{STRONG}\n".encode())
    result: list[str] = []
    reader = threading.Thread(
        target=lambda: result.append(read_passphrase_file(f"fd:{read_end}")), daemon=True
    )
    reader.start()
    reader.join(timeout=5)
    assert result == [STRONG]


def test_an_endless_pipe_is_cut_off_at_4_kib(pipe: tuple[int, int]) -> None:
    read_end, write_end = pipe
    os.write(write_end, b"y" * 5000)
    with pytest.raises(PassphraseSourceError, match="larger than 4 KiB"):
        read_passphrase_file(f"fd:{read_end}")


@pytest.mark.parametrize("spec", ["fd:", "fd:x", "fd:-1", "fd:٣", "fd:3 "])
def test_malformed_descriptors_are_refused(spec: str) -> None:
    with pytest.raises(PassphraseSourceError, match="file descriptor number"):
        read_passphrase_file(spec)


def test_a_closed_descriptor_is_refused(pipe: tuple[int, int]) -> None:
    read_end, _ = pipe
    os.close(read_end)
    with pytest.raises(PassphraseSourceError, match="cannot read the passphrase source"):
        read_passphrase_file(f"fd:{read_end}")


def test_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch, pipe: tuple[int, int]) -> None:
    read_end, write_end = pipe
    os.write(write_end, f"{STRONG}\r\n".encode())
    os.close(write_end)
    monkeypatch.setattr(sys, "stdin", os.fdopen(read_end, "r", closefd=False))
    assert read_passphrase_file("-") == STRONG


def test_dash_without_a_real_standard_input_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(STRONG))
    with pytest.raises(PassphraseSourceError, match="standard input") as caught:
        read_passphrase_file("-")
    assert STRONG not in str(caught.value)


# --- asking on the terminal ---------------------------------------------------------------


class FakeTerminal:
    """Stands in for getpass: answers prompts in order and records them."""

    def __init__(self, answers: list[str]) -> None:
        self.answers = answers
        self.prompts: list[str] = []

    def __call__(self, prompt: str = "Password: ") -> str:
        self.prompts.append(prompt)
        if not self.answers:
            raise EOFError
        return self.answers.pop(0)


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeTerminal]:
    fake = FakeTerminal([])
    monkeypatch.setattr(passphrases, "_require_terminal", lambda: None)
    monkeypatch.setattr(getpass, "getpass", fake)
    yield fake


def test_asks_with_the_given_prompt(terminal: FakeTerminal) -> None:
    terminal.answers = [STRONG]
    assert ask_passphrase("Passphrase for the vault: ") == STRONG
    assert terminal.prompts == ["Passphrase for the vault: "]


def test_new_passphrase_is_asked_twice(terminal: FakeTerminal) -> None:
    terminal.answers = [STRONG, STRONG]
    assert ask_new_passphrase(EDITOR) == STRONG
    assert terminal.prompts == [f"New passphrase for {EDITOR}: ", "Repeat the passphrase: "]


def test_weak_or_mismatched_attempts_are_explained_and_retried(
    terminal: FakeTerminal, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal.answers = ["mariakeller!", STRONG, STRONG + "typo", STRONG, STRONG]
    assert ask_new_passphrase(EDITOR) == STRONG
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "Passphrase refused: it contains your name (or another word an attacker would try "
        "first); add another word or two.",
        "The two passphrases do not match.",
    ]


def test_gives_up_after_three_attempts_without_echoing_them(
    terminal: FakeTerminal, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal.answers = ["password1234", "tooshort", STRONG, STRONG + "!"]
    with pytest.raises(PassphraseSourceError, match="no acceptable passphrase after 3 attempts"):
        ask_new_passphrase(EDITOR)
    captured = capsys.readouterr()
    for attempt in ["password1234", "tooshort", STRONG]:
        assert attempt not in captured.err + captured.out
    assert terminal.answers == []


def test_end_of_input_at_the_prompt_is_an_error(terminal: FakeTerminal) -> None:
    with pytest.raises(PassphraseSourceError, match="no terminal"):
        ask_passphrase("Passphrase: ")


def test_no_controlling_terminal_is_refused_before_prompting(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    prompted = FakeTerminal([STRONG])
    monkeypatch.setattr(getpass, "getpass", prompted)
    for not_a_terminal in [tmp_path / "missing", Path(write(tmp_path, b"a regular file"))]:
        monkeypatch.setattr(passphrases, "_TTY_PATH", str(not_a_terminal))
        with pytest.raises(PassphraseSourceError) as caught:
            ask_passphrase("Passphrase: ")
        assert str(caught.value) == "no terminal to ask for a passphrase; use --passphrase-file"
    assert prompted.prompts == []


def test_getpass_falling_back_to_echo_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def echoing_getpass(prompt: str = "") -> str:
        warnings.warn("Can not control echo", getpass.GetPassWarning, stacklevel=2)
        return STRONG  # what the fallback would have read, echoed

    monkeypatch.setattr(passphrases, "_require_terminal", lambda: None)
    monkeypatch.setattr(getpass, "getpass", echoing_getpass)
    with pytest.raises(PassphraseSourceError, match="no terminal"):
        ask_passphrase("Passphrase: ")
