"""Detection ends on text shaped to make a regular expression backtrack without end.

Python's ``re`` backtracks: a pattern in which one character can be read two ways inside
a repetition (a hyphen as a letter of a part *or* as the joint between parts) takes
exponential time on a long enough row of that character. An 80-hyphen separator line in
an HR file held detection for minutes. Such a row is ordinary furniture in leaked
documents, so every bundled policy pattern and every pattern the detection package
compiles is run over rows of punctuation, letters and digits in a child process; a
pattern that backtracks exponentially on a row of 300 never ends, which the generous time
limit turns into a failure naming the pattern.
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
from workstation.services.policies import load

# Rows a document really holds (separator lines, dotted leaders, initials, lists of
# numbers), each long enough that exponential backtracking cannot finish.
ROWS = [
    unit * (300 // len(unit))
    for unit in (
        "-",
        "=",
        "_",
        ".",
        "*",
        "~",
        "#",
        "+",
        " ",
        "a",
        "A",
        "1",
        "a-",
        "a.",
        "1.",
        "1-",
        "1 ",
        "1/",
        "A. ",
        "a ",
        "Aa-",
        ", ",
        "'",
        "/",
        "\\",
    )
]
WORKER = """
import json, re, sys
patterns, rows = json.loads(sys.stdin.read())
for name, regex, flags in patterns:
    compiled = re.compile(regex, flags)
    for row in rows:
        for text in (row, row + "!", "x " + row + " ."):
            print(name, flush=True)
            compiled.search(text)
print("all done", flush=True)
"""


def ends_on_every_row(patterns: list[tuple[str, str, int]]) -> None:
    """Fail naming the first pattern that does not finish searching the rows."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", WORKER],
            input=json.dumps([patterns, ROWS]),
            capture_output=True,
            text=True,
            timeout=240,
            check=True,
        )
    except subprocess.TimeoutExpired as stuck:
        output = stuck.stdout or b""
        lines = (output.decode() if isinstance(output, bytes) else output).splitlines()
        pytest.fail(f"pattern {lines[-1] if lines else '?'!r} backtracks without end")
    assert done.stdout.splitlines()[-1] == "all done"


@pytest.mark.parametrize("policy_name", ["default", "source-protection"])
def test_no_bundled_pattern_backtracks_without_end(policy_name: str) -> None:
    policy = load(Path("/nonexistent/vault.db"), policy_name).policy
    patterns = [(pattern.name, pattern.regex, 0) for pattern in policy.patterns]
    assert len(patterns) > 20
    ends_on_every_row(patterns)


def test_no_finder_pattern_backtracks_without_end() -> None:
    """The finders' own patterns (a capitalised name with hyphenated parts, read as
    'an optional capital, then letters' inside a repetition, hung on 'Aa-Aa-Aa-...')."""
    patterns = []
    package = workstation.detection
    for module_info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        module = importlib.import_module(module_info.name)
        for attribute, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                name = f"{module_info.name}.{attribute}"
                patterns.append((name, value.pattern, int(value.flags)))
    assert len(patterns) > 100
    ends_on_every_row(patterns)


def test_a_file_with_separator_lines_is_read_and_its_names_found(tmp_path: Path) -> None:
    """The HR file shape that hung detection: a name between rows of 80 hyphens, run
    through ``workstation detect`` as a pipeline would."""
    rule = "-" * 80
    text = (
        f"EMPLOYEE FILE\n{rule}\nName: Tamsin Okonkwo-Reyes\n{rule}\n"
        f"Attachment: okonkwo-reyes-contract-2011.pdf\n{rule}\n"
    )
    command = [sys.executable, "-m", "workstation", "--vault", str(tmp_path / "v.db")]
    done = subprocess.run(
        [*command, "detect", "--policy", "default"],
        input=json.dumps({"id": "hr", "text": text}) + "\n",
        capture_output=True,
        text=True,
        timeout=240,
        check=True,
    )
    spans = json.loads(done.stdout)["spans"]
    found = {text[span["start"] : span["end"]] for span in spans}
    assert "Tamsin Okonkwo-Reyes" in found
    assert "okonkwo-reyes-contract-2011.pdf" in found
    assert not any(set(span) <= {"-"} for span in found)
