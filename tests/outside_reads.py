"""A guard that the test suite reads nothing outside the checkout (tests/conftest.py installs it).

A test that quietly reads a file beside the checkout (the shared notes folder, a home folder)
passes on the machine where it was written and fails on a fresh clone. The guard is a
``sys.addaudithook`` hook on the interpreter's ``open`` events (``open()``, ``os.open``,
``io.open_code``), directory listings and SQLite connections: each path outside the
allowed places is recorded, and the test that caused it fails at teardown.

Allowed: the checkout itself; the temporary folder (pytest's ``tmp_path`` lives there),
but not the checkout's neighbours when the checkout is in it; the Python installation
and the virtual environment; system folders (``/dev``, ``/proc``, ``/etc``, ``/usr``,
...); and the few optional settings files a library looks for on import
(``LIBRARY_PROBES``; absent on a fresh machine, and then unread). Paths are compared
after ``os.path.abspath`` (which folds ``..``), not after resolving symbolic links.
Child processes are not audited: tests/test_self_contained.py scans the sources for
paths that leave the checkout.

Cheap by design: the hook returns at once for every other audit event, and audit hooks
cannot be removed, so it is installed once per process.
"""

from __future__ import annotations

import os
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SYSTEM_FOLDERS = ("/dev", "/proc", "/sys", "/etc", "/usr", "/lib", "/lib32", "/lib64", "/bin",
                  "/sbin", "/run")
LIBRARY_PROBES = {
    # reportlab, imported by DEDA (the printer-dot tests run it in this process).
    os.path.expanduser("~/.reportlab_mods"): "reportlab's optional site modifications",
    os.path.expanduser("~/.reportlab_settings"): "reportlab's optional settings",
}
WATCHED_EVENTS = frozenset({"open", "os.listdir", "os.scandir", "sqlite3.connect"})


def allowed_folders() -> set[str]:
    """Every folder a test may read from besides the checkout (and pytest's basetemp)."""
    folders = {tempfile.gettempdir(), *SYSTEM_FOLDERS}
    folders |= {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}
    folders |= {value for value in sysconfig.get_paths().values() if value}
    # The real folders too: /tmp or the interpreter may be reached through a symbolic link.
    return folders | {os.path.realpath(folder) for folder in folders}


def _folder(path: str | Path) -> str:
    """An absolute path ending in a separator, so that /a/b never counts as inside /a/bc."""
    return os.path.join(os.path.abspath(path), "")


class OutsideReads:
    """Records every watched path not ``permitted``; ``take()`` hands them over once.

    An allowed folder that holds the checkout (the temporary folder, when CI clones into
    it) stays allowed, except for what sat beside the checkout when the guard was made
    (the shared notes folder, another checkout): those neighbours are caught wherever the clone
    lives, while files made later beside it (temporary files) are not.
    """

    def __init__(self, root: Path, allowed: set[str]) -> None:
        self.root = _folder(root)
        self.beside = _folder(root.parent)
        folders = {_folder(folder) for folder in allowed}
        self.broad = tuple(sorted(f for f in folders if self.root.startswith(f)))
        self.narrow = tuple(sorted(f for f in folders if not self.root.startswith(f)))
        self.temporary = _folder(tempfile.gettempdir())
        try:
            self.neighbours = frozenset(os.listdir(root.parent)) - {root.name}
        except OSError:
            self.neighbours = frozenset()
        self.found: list[str] = []

    def allow(self, folder: Path) -> None:
        """Allow one more folder (pytest's basetemp, wherever --basetemp puts it)."""
        self.narrow = (*self.narrow, _folder(folder))

    def permitted(self, path: str) -> bool:
        absolute = _folder(path)
        if absolute.startswith((self.root, *self.narrow)) or absolute[:-1] in LIBRARY_PROBES:
            return True
        if not absolute.startswith(self.broad):
            return False
        if absolute == self.beside:  # listing the checkout's parent: only if it is /tmp
            return self.beside == self.temporary
        if absolute.startswith(self.beside):
            return absolute[len(self.beside) :].split(os.sep, 1)[0] not in self.neighbours
        return True

    def passes_through(self, path: str) -> bool:
        """A folder above the checkout or an allowed folder, opened to walk down to it
        (intake walks a path one folder at a time so that no link is followed): opening a
        folder reads none of what it holds; listing it is still recorded."""
        absolute = _folder(path)
        return any(
            place.startswith(absolute) and place != absolute
            for place in (self.root, *self.broad, *self.narrow)
        )

    def audit(self, event: str, arguments: tuple[object, ...]) -> None:
        if event not in WATCHED_EVENTS or not arguments:
            return
        path = arguments[0]
        if isinstance(path, int) or path is None:  # a descriptor already open, or listdir(".")
            return
        try:
            text = os.fsdecode(os.fspath(path))  # type: ignore[arg-type]
        except TypeError:
            return
        if event == "sqlite3.connect":
            if text == ":memory:" or text == "":
                return
            text = text.removeprefix("file:").split("?", 1)[0]
        if event == "open" and self.passes_through(text):
            return
        if not self.permitted(text):
            self.found.append(f"{event} {text}")

    def take(self) -> list[str]:
        found, self.found = self.found, []
        return found


GUARD = OutsideReads(ROOT, allowed_folders())


def skip_the_checkouts_folder(folder: str | Path, subfolders: list[str]) -> None:
    """For an ``os.walk`` of the temporary folder: do not descend into the folder that
    holds the checkout (CI may clone into /tmp, beside the shared notes folder, which no
    test reads); nothing the workstation writes lands there."""
    holder = ROOT.parent
    subfolders[:] = [name for name in subfolders if Path(folder, name) != holder]


def install() -> OutsideReads:
    """Start auditing this process (once; later calls return the same guard)."""
    if not getattr(sys, "_workstation_outside_reads_installed", False):
        sys.addaudithook(GUARD.audit)
        sys._workstation_outside_reads_installed = True  # type: ignore[attr-defined]
    return GUARD
