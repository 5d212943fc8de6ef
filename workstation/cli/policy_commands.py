"""Commands to list, show, check and describe detection policies."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from workstation.services.policy_evaluation import Score, Tally

from workstation.cli.options import Options, pass_options
from workstation.cli.output import as_json, table, warn
from workstation.terminal import neutralise_line


@click.group(name="policy")
def policy_group() -> None:
    """Detection policies: shipped ones and your own (in 'policies/' beside the vault)."""


@policy_group.command(name="list")
@click.option("--json", "as_json_output", is_flag=True, help="Machine-readable listing.")
@pass_options
def list_policies(options: Options, as_json_output: bool) -> None:
    """List every policy with its version, what it extends and its hash."""
    from workstation.services.policies import summaries

    rows = summaries(options.path)
    if as_json_output:
        as_json(
            [
                {
                    "id": name,
                    "file": str(path),
                    "ok": loaded is not None,
                    "problem": problem,
                    "version": loaded.policy.version if loaded else None,
                    "extends": loaded.policy.extends if loaded else None,
                    "sha256": loaded.sha256 if loaded else None,
                    "description": loaded.policy.description if loaded else None,
                }
                for name, path, loaded, problem in rows
            ]
        )
        return
    table(
        ["id", "version", "extends", "sha256", "description"],
        [
            [
                name,
                loaded.policy.version,
                loaded.policy.extends or "",
                loaded.sha256[:12],
                _short(loaded.policy.description),
            ]
            if loaded
            else [name, "", "", "", f"BROKEN: {problem}"]
            for name, _, loaded, problem in rows
        ],
    )


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@policy_group.command(name="show")
@click.argument("name")
@pass_options
def show(options: Options, name: str) -> None:
    """Print policy NAME (or a .yaml FILE) with 'extends' applied, and its hash."""
    from workstation.services.policies import load, resolved_yaml

    loaded = load(options.path, name)
    click.echo(f"# {loaded.policy.id} {loaded.policy.version} sha256:{loaded.sha256}")
    click.echo(f"# from: {', '.join(str(path) for path in loaded.files)}")
    click.echo(resolved_yaml(loaded), nl=False)


@policy_group.command(name="check")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@pass_options
def check(options: Options, files: tuple[Path, ...]) -> None:
    """Validate policy FILES; print every problem with file, key path and line."""
    from workstation.services.policies import check as check_file

    failed = False
    for path in files:
        problems = check_file(options.path, path)
        for problem in problems:
            warn(str(problem))
        if not problems:
            click.echo(f"{path}: OK")
        failed = failed or bool(problems)
    if failed:
        raise click.exceptions.Exit(1)


@policy_group.command(name="test")
@click.argument("name")
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json_output", is_flag=True, help="Machine-readable figures.")
@click.option(
    "--missed",
    "show_missed",
    type=click.IntRange(min=0),
    default=20,
    help="How many missed gold spans to list (default 20).",
)
@pass_options
def test_policy(
    options: Options, name: str, gold: tuple[Path, ...], as_json_output: bool, show_missed: int
) -> None:
    """Score policy NAME against GOLD.jsonl: precision, recall and F2 per entity.

    Figures are given for spans and for words (WORD P: the share of proposed words
    inside a labelled span; WORD R: of labelled words covered whole). Several GOLD files
    (a tuned and a held-out set) are scored side by side, one column group each.
    """
    from workstation.services.policies import load
    from workstation.services.policy_evaluation import score_policy

    loaded = load(options.path, name)
    scores = [(path, score_policy(loaded, path)) for path in gold]
    if as_json_output:
        sets = {str(path): _json_figures(score) for path, score in scores}
        header = {"policy": loaded.policy.id, "sha256": loaded.sha256}
        as_json({**header, **sets[str(gold[0])]} if len(gold) == 1 else {**header, "sets": sets})
        return
    click.echo(f"Policy {loaded.policy.id} {loaded.policy.version} (sha256 {loaded.sha256[:12]})")
    if len(scores) == 1:
        _print_one(scores[0][1], show_missed)
    else:
        _print_side_by_side(scores)


def _rows(score: Score) -> dict[str, Tally]:
    return {
        **{f"entity {k}": v for k, v in sorted(score.by_entity.items())},
        **{f"{k} identifiers": v for k, v in sorted(score.by_identifier.items())},
        "overall": score.overall,
    }


def _json_figures(score: Score) -> dict[str, object]:
    return {
        "rows": {
            k: {
                "gold": t.gold,
                "found": t.found,
                "recall": t.recall,
                "predicted": t.predicted,
                "correct": t.correct,
                "precision": t.precision,
                "f2": t.f2,
                "gold_words": t.gold_words,
                "found_words": t.found_words,
                "word_recall": t.word_recall,
                "predicted_words": t.predicted_words,
                "correct_words": t.correct_words,
                "word_precision": t.word_precision,
            }
            for k, t in _rows(score).items()
        },
        "missed": [
            {
                "document": m.document,
                "start": m.span.start,
                "end": m.span.end,
                "entity": m.span.entity,
                "identifier": m.span.identifier,
            }
            for m in score.missed
        ],
    }


def _precision(value: float, predicted: int) -> str:
    """'-' where nothing was proposed (class rows: proposals carry no class)."""
    return f"{value:.3f}" if predicted else "-"


def _print_one(score: Score, show_missed: int) -> None:
    table(
        ["scope", "gold", "found", "recall", "proposed", "precision", "F2", "word P", "word R"],
        [
            [
                k,
                t.gold,
                t.found,
                f"{t.recall:.3f}",
                t.predicted,
                _precision(t.precision, t.predicted),
                f"{t.f2:.3f}",
                _precision(t.word_precision, t.predicted_words),
                f"{t.word_recall:.3f}",
            ]
            for k, t in _rows(score).items()
        ],
    )
    if score.missed and show_missed:
        click.echo(f"\nMissed gold spans ({len(score.missed)}; first {show_missed}):")
        for missed in score.missed[:show_missed]:
            click.echo(
                f"  {missed.document} {missed.span.start}-{missed.span.end} "
                f"{missed.span.entity}: {neutralise_line(missed.text)}"
            )


def _print_side_by_side(scores: list[tuple[Path, Score]]) -> None:
    """One row per scope, one group of columns per file: gold, recall, precision, word P."""
    tables = [_rows(score) for _, score in scores]
    scopes = list(dict.fromkeys(k for rows in tables for k in rows))
    headers = ["scope"]
    for index, _ in enumerate(scores, start=1):
        headers += [f"{index}:gold", f"{index}:recall", f"{index}:precision", f"{index}:word P"]
    body = []
    for scope in scopes:
        row: list[object] = [scope]
        for rows in tables:
            t = rows.get(scope)
            if t is None:
                row += ["0", "-", "-", "-"]
            else:
                precision = _precision(t.precision, t.predicted)
                row += [
                    t.gold,
                    f"{t.recall:.3f}",
                    precision,
                    _precision(t.word_precision, t.predicted_words),
                ]
        body.append(row)
    for index, (path, _) in enumerate(scores, start=1):
        click.echo(f"{index}: {neutralise_line(str(path))}")
    table(headers, body)


@policy_group.command(name="schema")
def schema() -> None:
    """Print the JSON Schema of policy files (for editors with YAML validation)."""
    from workstation.services.policies import json_schema

    click.echo(json_schema())


def register(cli: click.Group) -> None:
    cli.add_command(policy_group)
