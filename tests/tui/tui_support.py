"""Helpers for driving the real review app through Pilot on a real vault."""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from vault.store import Vault
from workstation.services.scanning import StoredProposal, stored_proposals
from workstation.services.ui_facade import Desk
from workstation.tui.app import WorkstationApp

PASSPHRASE = "orbit lantern cobalt meadow thistle"
SIZE = (120, 32)


def app_on(vault_path: Path, document_id: str | None = None, **kwargs: float) -> WorkstationApp:
    return WorkstationApp(Desk.open(vault_path), "alice", document_id, **kwargs)


async def type_text(pilot: Pilot[None], text: str) -> None:
    await pilot.press(*[{" ": "space", ".": "full_stop"}.get(char, char) for char in text])


async def unlock(pilot: Pilot[None], passphrase: str = PASSPHRASE) -> None:
    """Put the passphrase in the masked field (typing 35 keys adds nothing) and press Enter."""
    from textual.widgets import Input

    pilot.app.screen.query_one("#passphrase", Input).value = passphrase
    await pilot.press("enter")
    await finish_unlock(pilot)


async def finish_unlock(pilot: Pilot[None]) -> None:
    """Wait for the key derivation's thread worker, then for the screen it leads to."""
    from textual.worker import WorkerFailed

    # A refused passphrase fails the worker: the unlock screen says so, as tests check.
    with contextlib.suppress(WorkerFailed):
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def stored(vault_path: Path, document_id: str) -> dict[str, StoredProposal]:
    """What the vault holds now, read through a fresh unlock (not the app's memory)."""
    vault = Vault.open(vault_path)
    try:
        session = vault.unlock("alice", PASSPHRASE)
        return {p.id: p for p in stored_proposals(session, document_id)}
    finally:
        vault.close()


def audit_ok(vault_path: Path) -> tuple[bool, list[str]]:
    vault = Vault.open(vault_path)
    try:
        return vault.verify_audit().ok, [entry.action for entry in vault.audit_entries()]
    finally:
        vault.close()


def run_async(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async Pilot test on a fresh event loop (no pytest async plugin is installed)."""

    @functools.wraps(test)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return wrapper


def said(app: WorkstationApp) -> list[str]:
    """Every notice the app has shown (and not yet timed out)."""
    return [notice.message for notice in app._notifications]
