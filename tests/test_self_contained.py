"""The suite needs nothing beside the checkout: a fresh clone tests itself.

Two guards: at run time, tests/outside_reads.py records every file this process opens
outside the checkout, the temporary folder, the Python installation and the system
folders, and fails the test that did it (tests/conftest.py); child processes are not
audited, so the sources of tests/ are also scanned here for paths that climb out of the
checkout (``..``, ``parents[N]`` past the root, the home folder).
"""

from __future__ import annotations

import ast
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from outside_reads import GUARD, ROOT, OutsideReads

TESTS = ROOT / "tests"
CLIMBS_OUT = re.compile(r"(^|[/\\])\.\.([/\\]|$)")
# String constants with a '..' component that are not paths this suite reads.
NOT_A_READ = {
    ("tests/cli/test_cli_review.py", "../etc"): "a hostile document id the command must refuse",
    ("tests/cli/test_readme.py", "~/"): "the shell's ~ expansion, to the test's scratch HOME",
    ("tests/pixels/test_ocr.py", "../eng"): "an OCR language name that must be refused as a path",
    ("tests/policy/test_shipped_patterns.py", "~/Documents/leak/notes.odt"): (
        "a path written in a document, which the FILE_PATH pattern must find"
    ),
}


def test_a_read_outside_the_checkout_is_recorded() -> None:
    """Paths outside every allowed place wherever the checkout lives (under / itself);
    the neighbours of the checkout are the next test's subject."""
    climbed = Path(ROOT, *[".."] * len(ROOT.parts), "no-such-folder-for-the-guard")
    outside = Path("/no-such-folder-for-the-guard")
    with pytest.raises(FileNotFoundError):
        (climbed / "notes.txt").read_bytes()  # the audit event comes before the failure
    with pytest.raises(OSError):
        os.open(outside / "notes.txt", os.O_RDONLY)
    with pytest.raises(OSError):
        os.listdir(outside)
    with pytest.raises(sqlite3.OperationalError):
        sqlite3.connect(outside / "vault.db")

    recorded = GUARD.take()  # taken, so this test itself does not fail at teardown

    assert recorded == [
        f"open {climbed / 'notes.txt'}",
        f"open {outside / 'notes.txt'}",
        f"os.listdir {outside}",
        f"sqlite3.connect {outside / 'vault.db'}",
    ]


def test_a_checkout_inside_the_temporary_folder_still_has_no_neighbours(tmp_path: Path) -> None:
    """CI may clone into /tmp: the temporary folder then holds the shared notes folder beside it."""
    clone = tmp_path / "ci" / "repo"
    clone.mkdir(parents=True)
    (tmp_path / "ci" / "shared").mkdir()
    (tmp_path / "ci" / "repo-other").mkdir()
    guard = OutsideReads(clone, {tempfile.gettempdir(), "/usr"})
    later = tmp_path / "ci" / "pymp-made-later" / "x"  # a temporary file beside the clone

    assert guard.permitted(str(clone / "tests" / "data" / "x.json"))
    assert guard.permitted(str(later))
    assert guard.permitted(tempfile.gettempdir())
    assert guard.permitted("/usr/lib/python3/x.py")
    assert not guard.permitted(str(tmp_path / "ci" / "shared" / "vectors" / "x.json"))
    assert not guard.permitted(str(clone.parent / "shared"))
    assert not guard.permitted(str(tmp_path / "ci" / "repo-other" / "x"))
    assert not guard.permitted(str(tmp_path / "ci"))  # listing the neighbours
    guard.allow(tmp_path / "ci" / "shared" / "basetemp")
    assert guard.permitted(str(tmp_path / "ci" / "shared" / "basetemp" / "test0" / "a.txt"))


def test_reads_inside_the_allowed_places_are_not_recorded(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text("x")
    assert (ROOT / "pyproject.toml").read_bytes()
    assert (tmp_path / "note.txt").read_text() == "x"
    assert Path(os.devnull).read_bytes() == b""
    sqlite3.connect(":memory:").close()
    assert GUARD.found == []


def test_the_crypto_vectors_are_in_the_checkout() -> None:
    folder = TESTS / "data" / "vectors" / "wycheproof"
    assert {"LICENSE", "README.md", "aes_gcm_test.json"} <= {p.name for p in folder.iterdir()}


def python_sources() -> Iterator[Path]:
    """Every Python file of the suite but this one (its examples are meant to be found) and
    the guard (it names the library probes it allows)."""
    skipped = {Path(__file__).resolve(), TESTS / "outside_reads.py"}
    yield from (path for path in sorted(TESTS.rglob("*.py")) if path.resolve() not in skipped)


def climbs(path: Path, tree: ast.AST) -> Iterator[str]:
    """Every place in one file that reaches, or may reach, outside the checkout."""
    depth = len(path.relative_to(ROOT).parts)  # tests/x.py: parents[1] is the root
    relative = str(path.relative_to(ROOT))
    for node in ast.walk(tree):
        where = f"{relative}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
            if CLIMBS_OUT.search(text) and (relative, text) not in NOT_A_READ:
                yield f"{where}: {text!r}"
            if (text.startswith("~/") or text == "~") and (relative, text) not in NOT_A_READ:
                yield f"{where}: {text!r} (the home folder)"
        elif isinstance(node, ast.Subscript) and _index_of_parents(node) >= depth:
            yield f"{where}: parents[{_index_of_parents(node)}] is above the checkout"
        elif isinstance(node, ast.Call) and _method_name(node) in ("home", "expanduser"):
            yield f"{where}: .{_method_name(node)}() (the home folder)"


def _method_name(node: ast.Call) -> str:
    return node.func.attr if isinstance(node.func, ast.Attribute) else ""


def _index_of_parents(node: ast.Subscript) -> int:
    """N in ``something.parents[N]``, or -1."""
    is_parents = isinstance(node.value, ast.Attribute) and node.value.attr == "parents"
    index = node.slice.value if isinstance(node.slice, ast.Constant) else None
    return index if is_parents and isinstance(index, int) else -1


def test_no_test_source_names_a_path_outside_the_checkout() -> None:
    found = [
        place
        for path in python_sources()
        for place in climbs(path, ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # "sha" "red": the snippets name the notes folder without spelling its path here
        ('VECTORS = ROOT / ".." / "sha" "red" / "vectors"', 1),
        ('open("../sha" "red/vectors/wycheproof/aes_gcm_test.json")', 1),
        ("ROOT = Path(__file__).resolve().parents[2]", 1),
        ('Path.home() / ".config"', 1),
        ('Path("~/notes").expanduser()', 2),
        ("ROOT = Path(__file__).resolve().parents[1]", 0),
        ("folder = desk.home / 'publish'", 0),
        ('assert "a..b" in text', 0),
    ],
)
def test_the_source_scan_sees_the_usual_ways_out(source: str, expected: int) -> None:
    found = list(climbs(TESTS / "test_example.py", ast.parse(source)))
    assert len(found) == expected, found


@pytest.mark.parametrize("allowed", sorted(NOT_A_READ))
def test_each_exception_to_the_scan_is_still_needed(allowed: tuple[str, str]) -> None:
    relative, text = allowed
    assert text in (ROOT / relative).read_text(encoding="utf-8")
