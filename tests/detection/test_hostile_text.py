"""Detection ends on text shaped to make a regular expression backtrack without end.

Python's ``re`` backtracks: a pattern in which one character can be read two ways inside
a repetition (a hyphen as a letter of a part *or* as the joint between parts) takes
exponential time on a long enough row of that character. An 80-hyphen separator line in
an HR file held detection for minutes. Such rows are ordinary furniture in leaked
documents, so every bundled policy pattern and every pattern the detection package
compiles is run over them (``workstation.policy.backtracking``, which ``policy check``
runs on a user's own patterns).
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import workstation.detection
from workstation.policy.backtracking import stuck_patterns
from workstation.services.policies import load


@pytest.mark.parametrize("policy_name", ["default", "source-protection"])
def test_no_bundled_pattern_backtracks_without_end(policy_name: str) -> None:
    patterns = load(Path("/nonexistent/vault.db"), policy_name).policy.patterns
    assert len(patterns) > 20
    stuck = stuck_patterns([(pattern.regex, 0) for pattern in patterns])
    assert [(patterns[s.index].name, s.unit) for s in stuck] == []


def test_no_finder_pattern_backtracks_without_end() -> None:
    """The finders' own patterns (a capitalised name with hyphenated parts, read as
    'an optional capital, then letters' inside a repetition, hung on 'Aa-Aa-Aa-...')."""
    names, patterns = [], []
    package = workstation.detection
    for module_info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        module = importlib.import_module(module_info.name)
        for attribute, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                names.append(f"{module_info.name}.{attribute}")
                patterns.append((value.pattern, int(value.flags)))
    assert len(patterns) > 100
    assert [(names[s.index], s.unit) for s in stuck_patterns(patterns)] == []


def test_the_check_finds_the_patterns_that_hung() -> None:
    """The two shapes that hung detection, beside their sound rewrites."""
    patterns = [
        (r"(?<![\w./\\-])[\w-]+(?:[.-][\w-]+)*\.(?:pdf|zip)\b", 0),
        (r"(?<![\w./\\-])[\w-]+(?:\.[\w-]+)*\.(?:pdf|zip)\b", 0),
        (r"(?:[A-Z][\w']*(?:-[A-Z]?[\w']+)*)(?:[ ]Prison)", 0),
        (r"(?:[A-Z][\w']*(?:-[\w']+)*)(?:[ ]Prison)", 0),
    ]
    stuck = stuck_patterns(patterns, seconds_each=2.0)
    assert [(s.index, s.unit) for s in stuck] == [(0, "-"), (2, "Aa-")]


def test_a_file_with_separator_lines_is_read_and_its_names_found(tmp_path: Path) -> None:
    """The HR file shape that hung detection: a name between rows of 80 hyphens, run
    through ``workstation detect`` as a pipeline would."""
    rule = "-" * 80
    text = (
        f"EMPLOYEE FILE\n{rule}\nName: Tamsin Okonkwo-Reyes\n{rule}\n"
        f"Attachment: okonkwo-reyes-contract-2011.pdf\n{rule}\n"
    )
    found = _detected(tmp_path, text, "default")
    assert "Tamsin Okonkwo-Reyes" in found
    assert "okonkwo-reyes-contract-2011.pdf" in found
    assert not any(set(span) <= {"-"} for span in found)


def test_a_long_row_without_spaces_is_read_and_the_names_around_it_found(
    tmp_path: Path,
) -> None:
    """A 40,000-character row of "A'A'A'..." held detection for minutes: patterns that try
    a word from every capital read it to the row's end, so their time grew with the
    square of its length. The phrase finders now see such a row blanked, and the words
    the other finders read are bounded; the names around it are still found."""
    row = "A'" * 20_000
    text = f"Our source is Javed Iqbal.\n{row}\nHe met Amira Haddad in Lyon.\n"
    found = _detected(tmp_path, text, "source-protection")
    assert {"Javed Iqbal", "Amira Haddad"} <= found


def test_long_runs_are_blanked_for_the_phrase_finders_and_offsets_kept() -> None:
    from workstation.detection.recognizers import LONG_RUN_CHARS, without_long_runs

    blob = "x" * (LONG_RUN_CHARS + 1)
    edge = "y" * LONG_RUN_CHARS
    text = f"Ana Lima {blob} and {edge} end"
    blanked = without_long_runs(text)
    assert len(blanked) == len(text)
    assert blanked == f"Ana Lima {' ' * len(blob)} and {edge} end"


def _detected(tmp_path: Path, text: str, policy: str) -> set[str]:
    """What ``workstation detect`` proposes in ``text``, run as a pipeline would, within a
    time the quadratic or exponential patterns could not meet."""
    command = [sys.executable, "-m", "workstation", "--vault", str(tmp_path / "v.db")]
    done = subprocess.run(
        [*command, "detect", "--policy", policy],
        input=json.dumps({"id": "hostile", "text": text}) + "\n",
        capture_output=True,
        text=True,
        timeout=240,
        check=True,
    )
    spans = json.loads(done.stdout)["spans"]
    return {text[span["start"] : span["end"]] for span in spans}
