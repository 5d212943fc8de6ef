"""Decisions once per leak: ``workstation decisions always|never [TERM]``, ``list``, ``revoke``.

The term may be left out: it is then asked for on the terminal (or read from the first
line of standard input), so a source's name need not sit in the shell's history.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from workstation.cli.options import Options, pass_options
from workstation.cli.output import as_json, table

if TYPE_CHECKING:  # imported lazily at run time so that --help stays fast
    from workstation.services.leak_decisions import Reach

Decorated = TypeVar("Decorated", bound=Callable[..., Any])
WORDS = {"always": "Always redact", "never": "Never redact"}


@click.group()
def decisions() -> None:
    """Decide a name or any string once, for every document of the vault.

    'always' redacts it everywhere (now, and in every later scan), 'never' keeps it
    (rejecting what detection proposes there; hand-made redactions and deny-list terms
    stay). Its forms are reached too: any case, with or without diacritics, initial +
    surname, given name + surname, another script's spelling. The reach is shown first.
    """


def _decide_options(command: Decorated) -> Decorated:
    """The term and options both decisions take."""
    for option in reversed(
        [
            click.argument("term", required=False),
            click.option("--surname", is_flag=True, help="Also the surname alone."),
            click.option(
                "--entity",
                default="PERSON",
                show_default=True,
                help="Entity type of spans added where nothing was proposed.",
            ),
            click.option("--preview", is_flag=True, help="Only show the reach; change nothing."),
            click.option("--yes", is_flag=True, help="Apply without asking (for scripts)."),
        ]
    ):
        command = option(command)
    return command


@decisions.command()
@_decide_options
@pass_options
def always(
    options: Options, term: str | None, surname: bool, entity: str, preview: bool, yes: bool
) -> None:
    """Redact TERM (asked for when left out) in every document of the vault."""
    _decide(options, "always", term, surname, entity, preview, yes)


@decisions.command()
@_decide_options
@pass_options
def never(
    options: Options, term: str | None, surname: bool, entity: str, preview: bool, yes: bool
) -> None:
    """Keep TERM (asked for when left out) in every document of the vault."""
    _decide(options, "never", term, surname, entity, preview, yes)


def _decide(
    options: Options,
    word: str,
    term: str | None,
    surname: bool,
    entity: str,
    preview: bool,
    yes: bool,
) -> None:
    from workstation.services.leak_decisions import apply, reach, rule_for

    typed = term if term is not None else _read_term(options)
    asked_on_terminal = sys.stdin.isatty()
    _, session = options.unlock()
    rule = rule_for(session, word, typed, entity=entity, surname=surname)
    seen = reach(session, rule)
    _show(word, seen)
    if preview:
        return
    if not yes:
        if not asked_on_terminal:
            raise click.UsageError("add --yes to apply (nothing was changed)")
        click.confirm("Apply to every document?", abort=True)
    done = apply(session, seen)
    changed = sum(1 for change in done.changes if change.changed or change.added)
    click.echo(
        f"Decided for the whole vault as {done.decision.id}: {done.proposals:,} proposal(s)"
        f" in {changed:,} document(s) changed; their approvals are void."
    )


def _read_term(options: Options) -> str:
    """The term from the terminal, or the first line of standard input."""
    if options.passphrase_file == "-":  # noqa: S105 (where it is read from, not a secret)
        raise click.UsageError(
            "the passphrase is read from standard input; give the term as an argument"
        )
    if sys.stdin.isatty():
        return str(click.prompt("Name or string to decide for the whole vault"))
    line = sys.stdin.readline()
    if not line.strip():
        raise click.UsageError("no term given: as an argument, typed, or on standard input")
    return line


def _show(word: str, seen: Reach) -> None:
    """The reach, and the forms looked for (the editor's own term, on their own screen)."""
    from workstation.terminal import neutralise_line

    forms = ", ".join(neutralise_line(form) for form in seen.decision.variants())
    click.echo(f"{WORDS[word]}, in every document of the vault:")
    click.echo(f"  forms: {forms} (any case, with or without diacritics)")
    click.echo(f"  reach: {seen.line()}")


@decisions.command("list")
@click.option("--json", "as_json_output", is_flag=True, help="Machine-readable listing.")
@pass_options
def list_decisions(options: Options, as_json_output: bool) -> None:
    """The decisions taken for the whole vault, oldest first."""
    from workstation.services.leak_decisions import rules

    _, session = options.unlock()
    found = rules(session)
    if as_json_output:
        as_json(
            [
                {
                    "id": r.id,
                    "decision": r.word,
                    "term": r.term,
                    "entity": r.entity,
                    "surname": r.surname,
                    "decided_by": r.decided_by,
                    "decided_at": r.decided_at,
                }
                for r in found
            ]
        )
        return
    if not found:
        click.echo("No decisions for the whole vault yet ('workstation decisions always NAME').")
        return
    rows = [[r.id, r.word, r.decided_by, r.decided_at, r.term] for r in found]
    table(["id", "decision", "by", "at", "term"], rows)


@decisions.command()
@click.argument("rule_id")
@pass_options
def revoke(options: Options, rule_id: str) -> None:
    """Stop applying decision RULE_ID to later scans (what it decided stays decided)."""
    from workstation.services.leak_decisions import revoke as revoke_rule

    _, session = options.unlock()
    revoked = revoke_rule(session, rule_id)
    click.echo(f"Revoked {revoked.id}; later scans no longer apply it.")


def register(cli: click.Group) -> None:
    cli.add_command(decisions)
