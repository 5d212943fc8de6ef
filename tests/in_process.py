"""Run the ``workstation`` command inside the test process, as a separate process would see it.

Starting a Python process per command, and loading the spaCy model in each that scans,
made the command-line tests most of the suite's time. Here the command's entry point
(``workstation.cli.main.run``, which ``main`` hands ``sys.argv[1:]``) runs in this process,
and the model is loaded once per test process, while the command still meets what a
child would:

* file descriptors 0, 1 and 2 are replaced for the duration (``dup2``), not just the
  Python objects: stdin is a pipe fed by a thread as ``subprocess.run(input=...)`` feeds
  it (or ``/dev/null``), stdout and stderr are unnamed files, so ``--passphrase-file -``,
  ``isatty()`` checks, ``sys.stdout.buffer`` and anything this process's children inherit
  behave as in a child; ``sys.stdin``/``stdout``/``stderr`` are new text streams on those
  descriptors with the encodings and error handlers a child would get;
* ``sys.argv``, the environment (``env`` is added to ``os.environ``), the working folder
  and Python's warning filters (printed to stderr, as a fresh interpreter prints them)
  are set for the call and restored after;
* the output is decoded as ``subprocess.run(text=True)`` decodes it.

Left to real subprocesses (tests/cli/test_cli_process.py and a few others): start-up
and import cost, a controlling terminal, inherited descriptors and the crash boundary of
``main`` itself.
"""

from __future__ import annotations

import contextlib
import io
import locale
import os
import signal
import sys
import tempfile
import threading
import warnings
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO


@dataclass
class CliResult:
    """What a finished command left: like ``subprocess.CompletedProcess`` with text output."""

    returncode: int
    stdout: str
    stderr: str


# What a fresh interpreter without -W options filters (see the 'warnings' documentation).
_FRESH_INTERPRETER_FILTERS = (
    ("default", DeprecationWarning, "__main__"),
    ("ignore", DeprecationWarning, ""),
    ("ignore", PendingDeprecationWarning, ""),
    ("ignore", ImportWarning, ""),
    ("ignore", ResourceWarning, ""),
)


def run_in_process(
    arguments: Sequence[str],
    *,
    stdin: str | None = None,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 120,
) -> CliResult:
    """Run ``workstation ARGUMENTS`` here; the exit code is what ``main`` would exit with.

    A command still running after ``timeout`` seconds is interrupted with
    :class:`CommandTimedOut`, as ``subprocess.run(timeout=...)`` would give up on a child.
    """
    from workstation.cli.main import run

    _open_closed_standard_descriptors()
    with contextlib.ExitStack() as stack:
        for context in (_environment(env), _working_folder(cwd), _argv(arguments)):
            stack.enter_context(context)
        stack.enter_context(_fresh_warnings())
        output = stack.enter_context(tempfile.TemporaryFile())
        errors = stack.enter_context(tempfile.TemporaryFile())
        with _standard_streams(stdin, output.fileno(), errors.fileno()), _deadline(timeout):
            try:
                code = run(list(arguments))
            except SystemExit as done:  # as the interpreter maps sys.exit()
                code = _exit_code(done)
        return CliResult(code, _as_text(output), _as_text(errors))


def _open_closed_standard_descriptors() -> None:
    """Put /dev/null on a closed descriptor 0, 1 or 2 of this process, once.

    CI runs the suite with no standard input; a closed descriptor would otherwise be the
    number the next file opened here gets, and the swap below would close it under us.
    """
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            opened = os.open(os.devnull, os.O_RDWR)  # the lowest free number: this one
            if opened != fd:
                os.dup2(opened, fd)
                os.close(opened)


class CommandTimedOut(BaseException):
    """The command ran past its deadline; not an Exception, so ``run`` cannot swallow it."""


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """SIGALRM after ``seconds`` (main thread only, where pytest runs tests)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise CommandTimedOut(f"the command did not finish within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _exit_code(done: SystemExit) -> int:
    if done.code is None:
        return 0
    if isinstance(done.code, int):
        return done.code
    print(done.code, file=sys.stderr)
    return 1


@contextmanager
def _environment(extra: Mapping[str, str] | None) -> Iterator[None]:
    saved = dict(os.environ)
    os.environ.update(extra or {})
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


@contextmanager
def _working_folder(folder: Path | None) -> Iterator[None]:
    saved = os.getcwd()
    if folder is not None:
        os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(saved)


@contextmanager
def _argv(arguments: Sequence[str]) -> Iterator[None]:
    """``python -m workstation`` sets argv[0] to the package's __main__.py."""
    import workstation.__main__ as entry

    saved = sys.argv
    sys.argv = [str(entry.__file__), *arguments]
    try:
        yield
    finally:
        sys.argv = saved


@contextmanager
def _fresh_warnings() -> Iterator[None]:
    with warnings.catch_warnings():
        warnings.resetwarnings()
        for action, category, module in reversed(_FRESH_INTERPRETER_FILTERS):
            warnings.filterwarnings(action, category=category, module=module)
        warnings.showwarning = _show_warning_on_stderr
        yield


def _show_warning_on_stderr(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: IO[str] | None = None,
    line: str | None = None,
) -> None:
    sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


@contextmanager
def _standard_streams(stdin: str | None, output: int, errors: int) -> Iterator[None]:
    """Descriptors 0-2 and sys.std* as a child started by ``subprocess.run`` would have them."""
    source, feeder = _stdin_source(stdin)
    saved_streams = (sys.stdin, sys.stdout, sys.stderr)
    for stream in saved_streams:
        _flush(stream)
    saved_fds = [os.dup(fd) for fd in (0, 1, 2)]
    for fd, replacement in ((0, source), (1, output), (2, errors)):
        os.dup2(replacement, fd)
    os.close(source)
    sys.stdin = _text_stream(0, "r", sys.__stdin__)
    sys.stdout = _text_stream(1, "w", sys.__stdout__)
    sys.stderr = _text_stream(2, "w", sys.__stderr__, line_buffering=True)
    try:
        yield
    finally:
        _flush(sys.stdout)
        _flush(sys.stderr)
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        for fd, saved in zip((0, 1, 2), saved_fds, strict=True):
            os.dup2(saved, fd)  # also closes our stdin pipe end: the feeder stops
            os.close(saved)
        if feeder is not None:
            feeder.join(timeout=30)


def _flush(stream: IO[str] | None) -> None:
    try:
        if stream is not None:
            stream.flush()
    except (OSError, ValueError):  # a command may have closed its stream
        pass


def _stdin_source(text: str | None) -> tuple[int, threading.Thread | None]:
    """A pipe fed from a thread (like ``input=``), or /dev/null when there is no input."""
    if text is None:
        return os.open(os.devnull, os.O_RDONLY), None
    read_end, write_end = os.pipe()
    data = text.encode(locale.getencoding())

    def feed() -> None:
        # A command that stops reading closes the pipe: ignored, as subprocess.run does.
        with contextlib.suppress(BrokenPipeError), open(write_end, "wb") as pipe:
            pipe.write(data)

    feeder = threading.Thread(target=feed, name="stdin-feeder", daemon=True)
    feeder.start()
    return read_end, feeder


def _text_stream(
    fd: int, mode: str, like: IO[str] | None, *, line_buffering: bool = False
) -> io.TextIOWrapper:
    """A text stream on ``fd`` with the encoding and error handler the interpreter chose."""
    encoding = getattr(like, "encoding", None) or locale.getencoding()
    errors = getattr(like, "errors", None) or "strict"
    binary: IO[bytes] = open(fd, mode + "b", closefd=False)  # noqa: SIM115 - closed with the wrapper
    return io.TextIOWrapper(
        binary, encoding=encoding, errors=errors, line_buffering=line_buffering  # type: ignore[arg-type]
    )


def _as_text(stream: IO[bytes]) -> str:
    """The captured bytes, decoded and newline-translated as ``subprocess.run(text=True)`` does."""
    stream.seek(0)
    text = stream.read().decode(locale.getencoding())
    return text.replace("\r\n", "\n").replace("\r", "\n")
