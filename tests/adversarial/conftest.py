"""Fixtures for the adversarial tests: the command-line helpers on the path, and a vault."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "cli"))  # cli_support
sys.path.insert(0, str(HERE))  # hostile_reader and the samples


@pytest.fixture
def ready(cli: Any, session: Any) -> Any:
    """The ``cli`` runner on a vault that already exists with editor alice."""
    session.connection.close()
    return cli
