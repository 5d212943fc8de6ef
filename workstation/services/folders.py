"""The files a folder given to intake holds, in a stable order, following no link.

A leak often arrives as a folder tree. Intake takes every file in it, in sorted path
order (so a rerun meets them in the same order and progress means the same thing),
without following a symbolic link to a folder: a link in a leak could point anywhere
on the editor's machine. Links are still listed, so intake names each one as refused
instead of skipping it silently.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path


def expand(paths: Iterable[Path], recursive: bool) -> Iterator[Path]:
    """Each path as given, or, with ``recursive``, every file beneath a folder."""
    for path in paths:
        if recursive and path.is_dir() and not path.is_symlink():
            yield from files_beneath(path)
        else:
            yield path


def files_beneath(folder: Path) -> list[Path]:
    """Every file (and every link) beneath ``folder``, sorted by path."""
    found: list[Path] = []
    for directory, folders, files in os.walk(folder, followlinks=False):
        here = Path(directory)
        found += [here / name for name in files]
        found += [here / name for name in folders if (here / name).is_symlink()]
    return sorted(found)
