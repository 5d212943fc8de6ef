"""Fixtures for release tests: a vault with two editors (alice and bob), via the real CLI."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fingerprints"))  # corpus
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "intake"))  # office samples

from cli_support import SECOND_PASSPHRASE


@pytest.fixture
def ready(cli: Any, session: Any) -> Any:
    """The ``cli`` runner on a vault that already exists with editor alice."""
    session.connection.close()
    return cli


@pytest.fixture
def two_editors(cli: Any, session: Any, tmp_path: Path) -> Any:
    """The ``cli`` runner on a vault with alice and bob; ``two_editors.bob`` is bob's file."""
    session.connection.close()
    bob = tmp_path / "bob.pass"
    bob.write_text(SECOND_PASSPHRASE + "\n")
    added = cli.run("editor", "add", "bob", "--new-passphrase-file", str(bob))
    assert added.returncode == 0, added.stderr
    cli.bob = bob
    return cli
