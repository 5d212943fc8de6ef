"""The pieces of isolation on their own: the plan and report lines, the one-line warning,
the filter, the handed paths, and the workstation process made unreadable."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from workstation.confined import handed, handover, isolation, spawn, syscall_filter
from workstation.confined.limits import ChildLimits


def test_the_plan_line_round_trips() -> None:
    plan = handover.Plan(ChildLimits(timeout_seconds=5.0), 1234, False, 7, b"\x01\x02" * 8)
    line = plan.to_line()
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert handover.Plan.from_line(line) == plan


@pytest.mark.parametrize(
    "reply",
    [
        b"",
        b"isolated:landlock",  # no end of line
        b"landlock,seccomp\n{}",  # no prefix
        b"isolated:landlock,root-shell\n{}",  # a word the parent does not know
        b'{"ok": true}\nisolated:landlock\n',  # not the first line
        b"isolated:" + b"landlock," * 40 + b"\n",  # longer than a report can be
    ],
)
def test_a_reply_without_a_proper_report_is_not_read(reply: bytes) -> None:
    assert handover.split_report(reply) is None


def test_the_report_is_split_from_the_reply() -> None:
    line = handover.report_line([handover.LANDLOCK, handover.SECCOMP])
    assert handover.split_report(line + b'{"ok": true}\n') == (
        frozenset({handover.LANDLOCK, handover.SECCOMP}),
        b'{"ok": true}\n',
    )


def test_a_child_that_never_reports_its_isolation_is_distrusted() -> None:
    """Any program that answers without the report (here the standard library's JSON
    pretty-printer, which echoes the plan line) is stopped, its reply unread."""
    ended = spawn.run("json.tool", [], b"", ChildLimits(timeout_seconds=30.0), 1024 * 1024)
    assert ended == spawn.Stopped("unconfined")


def test_missing_mechanisms_are_said_once_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(isolation, "_noted", threading.Event())
    everything = frozenset(handover.MECHANISMS)
    isolation.note_missing(everything)
    assert capsys.readouterr().err == ""
    isolation.note_missing(everything - {handover.LANDLOCK})
    isolation.note_missing(everything - {handover.SECCOMP})
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("warning: ") and "Landlock" in lines[0]
    assert "SECURITY.md" in lines[0]


def test_the_filter_compiles_to_classic_bpf() -> None:
    try:
        program = syscall_filter.compiled_program()
    except syscall_filter.FilterUnavailable:
        pytest.skip("no libseccomp here")
    assert program and len(program) % 8 == 0  # eight bytes an instruction


def test_only_code_is_handed_to_the_child() -> None:
    """The package directory, not the checkout around it (it may hold anything), and no
    home, temporary or /proc directory."""
    directories = handed.readable_directories()
    package = Path(handed.__file__).resolve().parents[1]
    assert package in directories and package.parent not in directories
    code_homes = (package, Path(sys.prefix).resolve())  # a checkout may live in /tmp or ~
    for path in directories:
        if any(path == home or home in path.parents for home in code_homes):
            continue
        assert not str(path).startswith(("/proc", "/tmp", "/home", "/etc")), path
        assert path != Path("/")
    assert handed.readable_files() in ([Path("/etc/ld.so.cache")], [])


CHECK_MAIN = """
import atexit, ctypes, resource, sys
from workstation.cli.main import main
PR_GET_DUMPABLE = 3
atexit.register(lambda: print(
    "dumpable", ctypes.CDLL(None).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0),
    "core", *resource.getrlimit(resource.RLIMIT_CORE), file=sys.stderr))
sys.argv = ["workstation", "--version"]
main()
"""


def test_the_workstation_process_dumps_no_core_and_cannot_be_read() -> None:
    """The real entry point, before any command: no core file, not dumpable (so a same-user
    process cannot read /proc/PID/mem or environ)."""
    result = subprocess.run(
        [sys.executable, "-c", CHECK_MAIN], capture_output=True, text=True, check=True
    )
    assert "dumpable 0 core 0 0" in result.stderr
