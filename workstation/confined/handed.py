"""What a child may read once it is isolated: the code it runs, and nothing else.

A child imports its parser after it has confined itself (so that a library failing to
load quotes nothing), so it must still read Python's standard library, the installed
packages, this package's own modules, the OCR models and the system's shared libraries. Those are
public code. Nothing else is handed over: not the vault, not the user's home, not the
passphrase file named on the workstation's command line, not /proc (so not the parent's
command line or memory) and not the directory the workstation was started from. The
document itself arrives on stdin, never as a path. No path is handed for writing.
"""

from __future__ import annotations

import sys
import sysconfig
from collections.abc import Callable, Iterable
from pathlib import Path

PACKAGE_DIRECTORY = Path(__file__).resolve().parents[1]
"""The `workstation` package (not the checkout around it, which may hold anything)."""
SYSTEM_LIBRARIES = ("/usr/lib", "/usr/lib64", "/lib", "/lib64")
LOADER_FILES = ("/etc/ld.so.cache",)
"""Where the dynamic loader looks up the shared libraries a parser module links to."""
SITE_DIRECTORY_NAMES = ("site-packages", "dist-packages")
OCR_MODELS = Path(sys.prefix) / "share" / "tessdata"
"""Where the `tessdata` packages install Tesseract's models (`tessdata.data_path()`):
public data the OCR in a child reads, outside site-packages."""


def readable_directories() -> list[Path]:
    """Directories a child may read beneath, each once, resolved, existing."""
    candidates = [
        PACKAGE_DIRECTORY,
        *_python_directories(),
        OCR_MODELS,
        *map(Path, SYSTEM_LIBRARIES),
    ]
    return _existing(candidates, Path.is_dir)


def readable_files() -> list[Path]:
    """Single files a child may read."""
    return _existing(map(Path, LOADER_FILES), Path.is_file)


def _python_directories() -> list[Path]:
    """The standard library, libpython, and every site-packages on the import path."""
    paths = sysconfig.get_paths()
    found = [Path(paths[key]) for key in ("stdlib", "platstdlib", "purelib", "platlib")]
    if sysconfig.get_config_var("Py_ENABLE_SHARED"):
        found.append(Path(str(sysconfig.get_config_var("LIBDIR"))))
    found += [Path(entry) for entry in sys.path if Path(entry).name in SITE_DIRECTORY_NAMES]
    return found


def _existing(candidates: Iterable[Path], kind: Callable[[Path], bool]) -> list[Path]:
    """Resolved (a rule holds for what a path points to), of the right kind, once each."""
    seen: dict[Path, None] = {}
    for path in candidates:
        resolved = path.resolve()
        if kind(resolved):
            seen.setdefault(resolved, None)
    return list(seen)
