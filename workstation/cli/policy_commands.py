"""Commands to list, show, check and describe detection policies."""

from __future__ import annotations

from pathlib import Path

import click

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
@click.argument("gold", type=click.Path(path_type=Path))
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
    options: Options, name: str, gold: Path, as_json_output: bool, show_missed: int
) -> None:
    """Score policy NAME against GOLD.jsonl: precision, recall and F2 per entity."""
    from workstation.services.policies import load
    from workstation.services.policy_evaluation import score_policy

    loaded = load(options.path, name)
    score = score_policy(loaded, gold)
    rows = {
        **{f"entity {k}": v for k, v in sorted(score.by_entity.items())},
        **{f"{k} identifiers": v for k, v in sorted(score.by_identifier.items())},
        "overall": score.overall,
    }
    if as_json_output:
        as_json(
            {
                "policy": loaded.policy.id,
                "sha256": loaded.sha256,
                "rows": {
                    k: {
                        "gold": t.gold,
                        "found": t.found,
                        "recall": t.recall,
                        "predicted": t.predicted,
                        "correct": t.correct,
                        "precision": t.precision,
                        "f2": t.f2,
                    }
                    for k, t in rows.items()
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
        )
        return
    click.echo(f"Policy {loaded.policy.id} {loaded.policy.version} (sha256 {loaded.sha256[:12]})")
    table(
        ["scope", "gold", "found", "recall", "proposed", "precision", "F2"],
        [
            [
                k,
                t.gold,
                t.found,
                f"{t.recall:.3f}",
                t.predicted,
                f"{t.precision:.3f}",
                f"{t.f2:.3f}",
            ]
            for k, t in rows.items()
        ],
    )
    if score.missed and show_missed:
        click.echo(f"\nMissed gold spans ({len(score.missed)}; first {show_missed}):")
        for missed in score.missed[:show_missed]:
            click.echo(
                f"  {missed.document} {missed.span.start}-{missed.span.end} "
                f"{missed.span.entity}: {neutralise_line(missed.text)}"
            )


@policy_group.command(name="schema")
def schema() -> None:
    """Print the JSON Schema of policy files (for editors with YAML validation)."""
    from workstation.services.policies import json_schema

    click.echo(json_schema())


def register(cli: click.Group) -> None:
    cli.add_command(policy_group)
