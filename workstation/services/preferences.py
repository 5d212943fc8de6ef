"""An editor's review settings, remembered per vault on this workstation (outside the vault).

Folders are chosen once and kept, so a release or a checkpoint never lands in whatever
directory the terminal happened to start in. The file holds settings and folder paths,
never document text; it sits in the workstation's state folder
($WORKSTATION_STATE_DIR, else the platform's user state folder), keyed by the vault's
resolved path. Writing is best effort: a read-only home must not stop a review.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from platformdirs import user_state_dir

STATE_VARIABLE = "WORKSTATION_STATE_DIR"
FILE_NAME = "review-preferences.json"


@dataclass(frozen=True)
class Preferences:
    """What the review UI remembers for one vault."""

    advance_after_decision: bool = True
    """After accept or reject, move to the next pending proposal or finding."""
    release_folder: str = ""
    """Where releases are written; empty until the editor chooses one."""
    checkpoint_folder: str = ""
    """Where audit checkpoints are written; empty until the editor chooses one."""


def _state_file() -> Path:
    folder = Path(os.environ.get(STATE_VARIABLE) or user_state_dir("workstation"))
    return folder / FILE_NAME


def _load_all() -> dict[str, Any]:
    try:
        data = json.loads(_state_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _key(vault_path: Path) -> str:
    return str(vault_path.expanduser().resolve())


def load(vault_path: Path) -> Preferences:
    """This vault's settings; unknown or mistyped entries fall back to the defaults."""
    stored = _load_all().get(_key(vault_path))
    if not isinstance(stored, dict):
        return Preferences()
    defaults = Preferences()
    known = {
        f.name: stored[f.name]
        for f in fields(Preferences)
        if isinstance(stored.get(f.name), type(getattr(defaults, f.name)))
    }
    return replace(defaults, **known)


def save(vault_path: Path, preferences: Preferences) -> None:
    """Remember this vault's settings (atomic replace, folder 0700); failures are ignored."""
    data = _load_all()
    data[_key(vault_path)] = asdict(preferences)
    path = _state_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        return
