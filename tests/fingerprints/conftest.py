"""Fixtures for the fingerprint tests: a CLI runner on a vault that already exists."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def ready(cli: Any, session: Any) -> Any:
    """The ``cli`` runner on a vault with editor alice (created in-process, as in tests/cli)."""
    session.connection.close()
    return cli
