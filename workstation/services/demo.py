"""The demo: a throwaway vault with the team's sample documents, ready to explore."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_cache_dir

from vault import Session
from workstation.demo import sample_documents
from workstation.services import access
from workstation.services.errors import WorkstationError
from workstation.services.intake import IntakeOutcome, intake_data
from workstation.services.policies import registry_for
from workstation.services.scanning import reviewable_ids, scan_documents

DEMO_EDITOR = "demo"
DEMO_POLICY = "cables"


@dataclass(frozen=True)
class DemoVault:
    path: Path
    passphrase_file: Path
    session: Session
    outcomes: list[IntakeOutcome]


def demo_folder() -> Path:
    """A fresh private folder for one demo run."""
    base = Path(user_cache_dir("workstation")) / "demo"
    base.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder = base / secrets.token_hex(4)
    folder.mkdir(mode=0o700)
    return folder


def create_demo_vault(path: Path | None = None) -> DemoVault:
    """A vault with its passphrase beside it (a demo only), the samples taken in and scanned."""
    vault_path = path or demo_folder() / "demo-vault.db"
    passphrase = "-".join(secrets.token_urlsafe(6) for _ in range(4))
    passphrase_file = vault_path.with_name(vault_path.stem + "-passphrase.txt")
    if passphrase_file.exists() or passphrase_file.is_symlink():
        raise WorkstationError(f"{passphrase_file} already exists; choose another --vault path")
    session = access.init_vault(vault_path, DEMO_EDITOR, passphrase)
    # Created owner-only and exclusively: never widen or overwrite someone else's file.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    with os.fdopen(os.open(passphrase_file, flags, 0o600), "w", encoding="utf-8") as written:
        written.write(passphrase + "\n")
    outcomes = [intake_data(session, sample.name, sample.data) for sample in sample_documents()]
    scan_documents(session, reviewable_ids(session), registry_for(vault_path).load(DEMO_POLICY))
    return DemoVault(vault_path, passphrase_file, session, outcomes)
