"""Shared plumbing for the crypto tests: where the Wycheproof vectors live and how to load them.

The vectors are copied into this repository (``tests/data/vectors/wycheproof/``, with
their licence and provenance), so a fresh clone tests itself; the folder is found relative
to this file, never relative to the current working directory. A missing or incomplete
folder is a hard error at collection time, never a skip: silently testing nothing is the
one outcome a test suite for cryptography must not allow.

Test functions opt in with ``@pytest.mark.wycheproof(file, prefix, where=predicate)`` and
take a ``vector`` argument; they are then parametrised over every test of that file (or
those the predicate keeps), with ids like ``aes_gcm-tc42``. Each ``vector`` is the test's
own JSON object plus a ``"group"`` key holding its test group's parameters.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

Vector = dict[str, Any]

WYCHEPROOF_FILES = (
    "aes_gcm_test.json",
    "c2sp_chunked_encryption_aes_256_gcm_test.json",
    "ed25519_test.json",
    "hkdf_sha256_test.json",
    "x25519_test.json",
)


WYCHEPROOF_DIR = Path(__file__).resolve().parents[1] / "data" / "vectors" / "wycheproof"


def wycheproof_dir() -> Path:
    """``tests/data/vectors/wycheproof``; raises if it is missing or incomplete."""
    path = WYCHEPROOF_DIR
    if not path.is_dir():
        raise FileNotFoundError(
            f"Wycheproof vectors not found at {path}. Refusing to run the crypto tests "
            "without them."
        )
    missing = [name for name in WYCHEPROOF_FILES if not (path / name).is_file()]
    if missing:
        raise FileNotFoundError(f"Wycheproof vector files missing from {path}: {missing}")
    return path


@cache
def load_wycheproof(filename: str) -> tuple[Vector, ...]:
    """Every test of a Wycheproof file, flattened, each carrying its group as ``"group"``."""
    document = json.loads((wycheproof_dir() / filename).read_text(encoding="utf-8"))
    vectors: list[Vector] = []
    for group in document["testGroups"]:
        parameters = {key: value for key, value in group.items() if key != "tests"}
        vectors.extend({**test, "group": parameters} for test in group["tests"])
    if len(vectors) != document["numberOfTests"]:
        raise ValueError(
            f"{filename}: numberOfTests says {document['numberOfTests']}, found {len(vectors)}"
        )
    ids = [vector["tcId"] for vector in vectors]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{filename}: duplicate tcId values")
    return tuple(vectors)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "wycheproof(file, prefix, where=None): parametrise the `vector` argument over every "
        "test of a Wycheproof file (optionally only those `where(vector)` keeps)",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    marker = metafunc.definition.get_closest_marker("wycheproof")
    if marker is None:
        return
    if "vector" not in metafunc.fixturenames:
        raise TypeError(f"{metafunc.function.__name__} is marked wycheproof but takes no `vector`")
    filename, prefix = marker.args
    where: Callable[[Vector], bool] | None = marker.kwargs.get("where")
    selected = [v for v in load_wycheproof(filename) if where is None or where(v)]
    if not selected:
        raise ValueError(f"{metafunc.function.__name__}: no vectors of {filename} selected")
    metafunc.parametrize(
        "vector", selected, ids=[f"{prefix}-tc{vector['tcId']}" for vector in selected]
    )


@pytest.fixture(scope="session")
def wycheproof() -> Callable[[str], tuple[Vector, ...]]:
    """The loader itself, for tests that reason about a whole file (e.g. coverage counts)."""
    wycheproof_dir()
    return load_wycheproof
