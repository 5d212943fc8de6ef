"""Every command README.md shows runs, as written, against a scratch vault.

The commands are read from README.md itself (its indented code blocks), so the README
cannot drift from the program. Each line runs in order, in a scratch folder with its own
HOME (so ``~/publish`` and the default vault location are the scratch ones), with these
stand-ins, and no other change:

* ``--passphrase-file FILE`` is added after ``workstation``: the README's reader types
  the passphrase at the terminal, a test cannot (the option is the README's own, for
  scripts); ``shred`` without ``--yes`` asks for its id to be typed back, so it runs in a
  pseudo-terminal and the id is typed;
* ``mkdir -p`` is done by the test itself (the one shell command shown);
* the example ids stand for the real ones: ``d7k2m9q4x`` for the document at hand (the
  memo until it is shredded, then the cable) and ``p1a2b3c4d5`` for one of its pending
  proposals;
* "each editor the policy asks for" approves: the cables policy asks for two, so bob is
  added before the first approval (``workstation editor add bob``, from the README's
  prose) and ``$WORKSTATION_EDITOR`` (also the README's) names who runs each later line.

The lines that install uv and the locked environment are not run here; see ``EXCLUDED``.
Commands the prose mentions inline are checked to exist with the options they name.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

import docx
from cli_support import (
    SECOND_PASSPHRASE,
    STRONG_PASSPHRASE,
    run_in_terminal,
    stored_ids,
)
from in_process import CliResult, run_in_process

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
CI_SCRIPT = ROOT / ".ci" / "run"
TEST_COMMAND = "python3 -m pip install uv==0.13.8 && python3 -m uv run --frozen pytest"
EXCLUDED = {
    "python3 -m pip install uv==0.13.8 && python3 -m uv run --frozen workstation demo":
        "installs uv and the locked environment (.ci/run does that); the demo command itself "
        "runs in test_cli_startup.py",
    TEST_COMMAND: "the test command itself: .ci/run runs exactly this line (checked here)",
}
EXAMPLE_DOCUMENT = "d7k2m9q4x"
EXAMPLE_PROPOSAL = "p1a2b3c4d5"

CABLE = """SUBJECT: MEETING WITH OPPOSITION CONTACTS

1. (C) Poloff met Radomir Vesk (STRICTLY PROTECT) at his office in Corvenna.
Vesk said the Interior Ministry pays militia leaders. Contact him at
radomir.vesk@example.org or +1 202 555 0143.
"""


def code_lines(markdown: str) -> list[str]:
    """The lines of every indented code block (four spaces, after a blank line)."""
    lines: list[str] = []
    in_block, previous_blank = False, True
    for line in markdown.splitlines():
        indented = line.startswith("    ") and line.strip()
        if indented and (in_block or previous_blank):
            in_block = True
            lines.append(line.strip())
        elif line.strip():
            in_block = False
        previous_blank = not line.strip()
    return lines


def inline_commands(markdown: str) -> list[str]:
    """Inline code spans that are workstation commands (``workstation policy list``...)."""
    spans = re.findall(r"`([^`\n]+)`", markdown)
    return [span for span in spans if span.startswith("workstation ")]


def test_every_code_line_is_a_command_run_below_or_excluded_for_a_reason() -> None:
    lines = code_lines(README.read_text(encoding="utf-8"))
    assert set(EXCLUDED) <= set(lines)  # an exclusion whose line is gone is dropped, too
    commands = [line for line in lines if line not in EXCLUDED]
    assert all(line.startswith(("workstation ", "mkdir -p ")) for line in commands), commands


def test_ci_runs_the_readme_test_command_exactly() -> None:
    assert TEST_COMMAND in code_lines(README.read_text(encoding="utf-8"))
    ci = [line.strip() for line in CI_SCRIPT.read_text(encoding="utf-8").splitlines()]
    assert TEST_COMMAND in ci


@dataclass
class Desk:
    """The scratch folder, its HOME and who is at the keyboard."""

    folder: Path
    home: Path
    passphrases: dict[str, Path]
    editor: str = "alice"
    document: str = ""
    proposal: str = ""
    ran: list[str] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        variables = {"HOME": str(self.home), "XDG_DATA_HOME": str(self.home / ".local/share")}
        if len(self.passphrases) > 1:  # once there are several editors, scripts name one
            variables["WORKSTATION_EDITOR"] = self.editor
        return variables

    def words(self, line: str) -> tuple[list[str], str | None, Path | None]:
        """The command's arguments (example ids replaced, ~ expanded) and its redirections."""
        words, stdin, stdout = shlex.split(line, comments=True), None, None
        assert words[0] == "workstation", line
        arguments: list[str] = []
        rest = iter(words[1:])
        for word in rest:
            if word == "<":
                stdin = (self.folder / next(rest)).read_text(encoding="utf-8")
            elif word == ">":
                stdout = self.folder / next(rest)
            else:
                arguments.append(self.stand_ins(word))
        passphrase = ["--passphrase-file", str(self.passphrases[self.editor])]
        return [*passphrase, *arguments], stdin, stdout

    def stand_ins(self, word: str) -> str:
        """The shell's ~ expansion, and the real ids for the README's example ids."""
        expanded = str(self.home) + word[1:] if word.startswith("~/") else word
        with_document = expanded.replace(EXAMPLE_DOCUMENT, self.document)
        return with_document.replace(EXAMPLE_PROPOSAL, self.proposal)

    def make_folders(self, line: str) -> None:
        """``mkdir -p FOLDER...``, the one shell command the README shows."""
        words = shlex.split(line, comments=True)
        assert words[:2] == ["mkdir", "-p"] and len(words) > 2, line
        for word in words[2:]:
            (self.folder / self.stand_ins(word)).mkdir(parents=True, exist_ok=True)
        self.ran.append(line)

    def run(self, line: str) -> CliResult:
        arguments, stdin, stdout = self.words(line)
        if arguments[2] == "shred" and "--yes" not in arguments:
            code, output = run_in_terminal(
                arguments, answer=f"{self.document}\n".encode(), env=self.env
            )
            result = CliResult(code, output, "")
        else:
            result = run_in_process(arguments, stdin=stdin, env=self.env, cwd=self.folder)
        assert result.returncode == 0, (line, result.stdout, result.stderr)
        if stdout is not None:
            stdout.write_text(result.stdout, encoding="utf-8")
        self.ran.append(line)
        return result

    def json(self, *arguments: str) -> list[dict[str, str]]:
        """A listing for the test's own bookkeeping (not a README line)."""
        passphrase = ["--passphrase-file", str(self.passphrases[self.editor])]
        result = run_in_process([*passphrase, *arguments, "--json"], env=self.env)
        assert result.returncode == 0, result.stderr
        rows: list[dict[str, str]] = json.loads(result.stdout)
        return rows


def scratch_desk(tmp_path: Path) -> Desk:
    folder, home = tmp_path / "desk", tmp_path / "home"
    folder.mkdir()
    home.mkdir()
    (folder / "cable.txt").write_text(CABLE, encoding="utf-8")
    (folder / "leak" / "2010").mkdir(parents=True)  # a copy of the cable, and a new note
    (folder / "leak" / "2010" / "cable-copy.txt").write_text(CABLE, encoding="utf-8")
    (folder / "leak" / "note.txt").write_text("The ferry left at noon.\n", encoding="utf-8")
    memo = docx.Document()
    memo.add_paragraph("Harbour strike: the union met at the gate on Monday.")
    memo.save(str(folder / "memo.docx"))
    (folder / "in.jsonl").write_text(
        json.dumps({"id": "tip-1", "text": "Radomir Vesk (STRICTLY PROTECT) called."}) + "\n",
        encoding="utf-8",
    )
    passphrases = {"alice": tmp_path / "alice.pass", "bob": tmp_path / "bob.pass"}
    passphrases["alice"].write_text(STRONG_PASSPHRASE + "\n")
    passphrases["bob"].write_text(SECOND_PASSPHRASE + "\n")
    return Desk(folder, home, {"alice": passphrases["alice"]})


def test_every_readme_command_runs_as_written(tmp_path: Path) -> None:
    desk = scratch_desk(tmp_path)
    readme = README.read_text(encoding="utf-8")
    lines = [line for line in code_lines(readme) if line not in EXCLUDED]
    cable = memo = ""
    for line in lines:
        if line.startswith("mkdir -p "):
            desk.make_folders(line)
            continue
        command = shlex.split(line, comments=True)[1:]
        if command[:1] == ["approve"]:
            if "bob" not in desk.passphrases:
                add_bob(desk, tmp_path / "bob.pass")
            for editor in ("alice", "bob"):  # "each editor the policy asks for"
                desk.editor = editor
                desk.run(line)
            desk.editor = "alice"
            continue
        if command[:1] == ["decide"] and EXAMPLE_PROPOSAL in command:
            pending = desk.json("proposals", desk.document, "--state", "pending")
            assert pending, "the cable has no pending proposal to decide"
            desk.proposal = pending[0]["id"]
        result = desk.run(line)
        if command[:1] == ["intake"] and "--recursive" in command:
            assert len(stored_ids(result.stdout)) == 1 and "duplicate of" in result.stderr
        elif command[:1] == ["intake"]:
            cable, memo = stored_ids(result.stdout)
            desk.document = memo
        if command[:1] == ["shred"]:
            desk.document = cable

    assert [line for i, line in enumerate(desk.ran) if desk.ran[i - 1 : i] != [line]] == lines
    assert desk.ran.count(next(line for line in lines if " approve " in line)) == 2
    assert (desk.home / "publish" / f"{cable}-redacted.pdf").is_file()
    detected = [json.loads(row) for row in (desk.folder / "out.jsonl").read_text().splitlines()]
    assert [row["id"] for row in detected] == ["tip-1"] and detected[0]["spans"]
    vault = desk.home / ".local" / "share" / "workstation" / "vault.db"
    assert vault.is_file()  # the default location, as the README says


def add_bob(desk: Desk, passphrase: Path) -> None:
    """'workstation editor add bob' from the README's prose, bob's passphrase from a file."""
    added = run_in_process(
        ["--passphrase-file", str(desk.passphrases["alice"]), "editor", "add", "bob",
         "--new-passphrase-file", str(passphrase)],
        env=desk.env,
    )
    assert added.returncode == 0, added.stderr
    desk.passphrases["bob"] = passphrase


def test_inline_commands_name_real_commands_and_options() -> None:
    import click

    from workstation.cli.main import cli

    spans = inline_commands(README.read_text(encoding="utf-8"))
    assert len(spans) >= 10, spans
    for span in spans:
        command: click.Command = cli
        words = [w for w in span.split()[1:] if w not in ("...", "[", "]")]
        names = [w.strip("[]") for w in words]
        while isinstance(command, click.Group) and names and names[0] in command.commands:
            command = command.commands[names.pop(0)]
        assert command is not cli, span
        options = {opt for param in command.params for opt in param.opts + param.secondary_opts}
        for name in names:
            if name.startswith("-"):
                assert name.split("=")[0] in options, (span, name)
