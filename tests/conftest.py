"""Shared fixtures: every test gets its own vault folder and state folder.

Tests use the test-strength key derivation (an explicit, documented switch) so a
suite that unlocks hundreds of times stays fast; tests/vault/test_kdf.py covers
the real calibrated parameters.

Every test also runs under the outside-reads guard (tests/outside_reads.py): a test
that opens a file outside the checkout, the temporary folder, the Python installation
or the system folders fails, so the suite keeps working on a fresh clone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from in_process import CliResult, run_in_process
from outside_reads import install as install_outside_reads_guard

from vault.session import Session
from vault.store import Vault

OUTSIDE_READS = install_outside_reads_guard()

STRONG_PASSPHRASE = "orbit lantern cobalt meadow thistle"
SECOND_PASSPHRASE = "quartz harbour velvet summit juniper"


@pytest.fixture(autouse=True)
def reads_nothing_outside_the_checkout() -> Iterator[None]:
    """Fail the test (at teardown) if it or its fixtures touched a path outside the checkout."""
    earlier = OUTSIDE_READS.take()  # collection or a session fixture: reported at the end
    yield
    found = OUTSIDE_READS.take()
    OUTSIDE_READS.found[:0] = earlier
    if found:
        pytest.fail(f"read outside the checkout: {sorted(set(found))}", pytrace=False)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Reads outside any test (collection, session fixtures) fail the run as a whole."""
    found = OUTSIDE_READS.take()
    if found:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            found = sorted(set(found))
            reporter.write_line(f"read outside the checkout, outside any test: {found}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("WORKSTATION_UNSAFE_TEST_KDF", "1")
    monkeypatch.setenv("WORKSTATION_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.delenv("WORKSTATION_VAULT", raising=False)
    monkeypatch.delenv("WORKSTATION_EDITOR", raising=False)
    yield


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault" / "vault.db"


@pytest.fixture
def session(vault_path: Path) -> Iterator[Session]:
    """A new vault unlocked as editor 'alice'."""
    created = Vault.create(vault_path, "alice", STRONG_PASSPHRASE)
    yield created
    created.connection.close()


@dataclass
class Cli:
    """Runs the real ``workstation`` command line with this vault's global options.

    In this process (tests/in_process.py: the command's entry point with fresh standard
    descriptors, so the model is loaded once per test process); tests of start-up, the
    terminal and inherited descriptors start real processes instead (tests/cli).
    """

    vault_path: Path
    passphrase_file: Path
    editor: str = "alice"

    def run(self, *arguments: str, editor: str | None = None, passphrase_file: Path | None = None,
            stdin: str | None = None, env: dict[str, str] | None = None) -> CliResult:
        command = ["--vault", str(self.vault_path), "--editor", editor or self.editor,
                   "--passphrase-file", str(passphrase_file or self.passphrase_file), *arguments]
        return run_in_process(command, stdin=stdin, env=env, timeout=120)


@pytest.fixture
def cli(vault_path: Path, tmp_path: Path) -> Cli:
    """A CLI runner with alice's passphrase in a file; call ``cli.run("init")`` first."""
    passphrase_file = tmp_path / "alice.pass"
    passphrase_file.write_text(STRONG_PASSPHRASE + "\n")
    return Cli(vault_path, passphrase_file)
