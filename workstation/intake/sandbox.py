"""Run one parser in a separate, confined Python process.

Parsers for PDF, DOCX, email and HTML are large and see hostile input. Running them in a
child means a crash, a runaway loop or a memory blow-up costs one extraction, not the
workstation, and the limits in `confine` apply to the parser alone.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from workstation.intake import protocol
from workstation.intake.limits import ExtractionLimits
from workstation.intake.outcome import Parsed, Refused

CHILD_MODULE = "workstation.intake.child"
NO_TEMP_DIR = "/nonexistent/workstation-intake-no-temp"
"""Where the child is told temporary files go: nowhere, so no text lands on disk."""

_PACKAGE_ROOT = Path(__file__).resolve().parents[2]


def run_child(kind: str, data: bytes, limits: ExtractionLimits) -> Parsed | Refused:
    """Parse `data` as `kind` in a child process; failures come back as `Refused`."""
    try:
        finished = subprocess.run(
            [sys.executable, "-m", CHILD_MODULE, kind],
            input=limits.to_json() + data,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=child_environment(),
            cwd=_PACKAGE_ROOT,
            timeout=limits.timeout_seconds,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Refused("timeout")
    return _verdict(finished.returncode, finished.stdout)


def child_environment() -> dict[str, str]:
    """A minimal environment: no secrets from ours, no usable temporary directory.

    The working directory is the one holding our package, so `-m` finds this code and
    not a look-alike module in whatever directory the workstation was started from.
    """
    return {
        "PATH": os.defpath,
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONUTF8": "1",
        "TMPDIR": NO_TEMP_DIR,
        "TEMP": NO_TEMP_DIR,
        "TMP": NO_TEMP_DIR,
        "PYMUPDF_SUGGEST_LAYOUT_ANALYZER": "0",
    }


def _verdict(returncode: int, stdout: bytes) -> Parsed | Refused:
    """Map how the child ended to an outcome; its stderr was never read."""
    if returncode == -signal.SIGXCPU:
        return Refused("timeout")
    if returncode != 0:
        return Refused("crashed")
    try:
        return protocol.decode(stdout)
    except protocol.BadReply:
        return Refused("crashed")
