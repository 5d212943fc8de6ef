"""``workstation fingerprints``: what a document's copy carries that could identify its source."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from workstation.cli.options import Options, pass_options
from workstation.cli.output import as_json, table

if TYPE_CHECKING:  # the service modules load the vault and parsers: only when run
    from workstation.services.fingerprinting import PassResult, StoredFinding

ACTION_WORDS = {
    "normalise": "normalised at release",
    "strip": "stripped at release",
    "review": "needs review",
}


@click.command()
@click.argument("document_id")
@click.option("--json", "as_json_output", is_flag=True, help="Machine-readable listing.")
@click.option(
    "--policy",
    "policy_name",
    help="Run the pass under this policy (id or .yaml file); default: the last run's, "
    "else 'default'.",
)
@click.option("--rescan", is_flag=True, help="Run the pass again even if it ran before.")
@click.option("--values", is_flag=True, help="Also show metadata values (audited).")
@click.option(
    "--accept",
    "accepted",
    multiple=True,
    metavar="FINDING_ID",
    help="Accept a finding: normalise, strip or redact it as the policy says.",
)
@click.option(
    "--reject",
    "rejected",
    multiple=True,
    metavar="FINDING_ID",
    help="Reject a finding: keep it in the released output.",
)
@click.option(
    "--black-out",
    "blacked_out",
    multiple=True,
    metavar="FINDING_ID",
    help="Page or picture finding: paint its box black in the released PDF (= --accept).",
)
@click.option(
    "--keep",
    "kept",
    multiple=True,
    metavar="FINDING_ID",
    help="Page or picture finding: the page is right, keep it as it is (= --reject).",
)
@pass_options
def fingerprints(
    options: Options,
    document_id: str,
    as_json_output: bool,
    policy_name: str | None,
    rescan: bool,
    values: bool,
    accepted: tuple[str, ...],
    rejected: tuple[str, ...],
    blacked_out: tuple[str, ...],
    kept: tuple[str, ...],
) -> None:
    """List DOCUMENT_ID's fingerprints: invisible characters, look-alike letters, spacing
    and punctuation habits, copy markings, metadata and hidden content of the original;
    and places where a page's text layer says other than the page shows, or a picture
    shows no legible text (their `where` gives page and box in points).

    The pass runs the first time (and with --rescan or --policy); each finding says
    where it is, how many, what the policy does with it, and why it matters. Invisible
    characters are shown as markers such as <ZWSP>; the document's words are not shown.
    """
    from workstation.services import fingerprinting
    from workstation.services.policies import load

    _, session = options.unlock()
    record = fingerprinting.pass_record(session, document_id)
    if record is None or rescan or policy_name:
        name = policy_name or (record["policy"]["id"] if record else "default")
        result = fingerprinting.run_pass(session, document_id, load(options.path, name))
        if not as_json_output:
            click.echo(_ran(result), err=True)
        record = fingerprinting.pass_record(session, document_id)
    for verdict, ids in (("accept", accepted + blacked_out), ("reject", rejected + kept)):
        if ids:
            count = fingerprinting.decide(session, document_id, list(ids), verdict)
            click.echo(f"{verdict.capitalize()}ed {count} finding(s) in {document_id}.", err=True)
    rows = fingerprinting.stored_findings(session, document_id)
    if values:
        fingerprinting.record_values_shown(
            session, document_id, sum(bool(r.finding.value) for r in rows)
        )
    if as_json_output:
        as_json({"pass": record, "findings": [r.to_json(with_value=values) for r in rows]})
        return
    _print(document_id, rows, values, record or {})


def _ran(result: PassResult) -> str:
    kinds = ", ".join(f"{count} {kind}" for kind, count in result.by_kind.items()) or "none"
    inspected = f"; original inspected as {result.inspected}" if result.inspected else ""
    note = f"; original not inspected: {result.note}" if result.note else ""
    return (
        f"{result.document_id}: {result.findings} fingerprint findings ({kinds}), "
        f"{result.pending} to review{inspected}{note}"
    )


def _print(
    document_id: str, stored: list[StoredFinding], values: bool, record: dict[str, Any]
) -> None:
    from workstation.fingerprints.invisible import made_visible

    if not stored:
        click.echo(f"No fingerprints found in {document_id}.")
        return
    headers = ["id", "kind", "code", "where", "count", "shown", "policy", "state"]
    if values:
        headers.append("value")
    lines = []
    for row in stored:
        finding = row.finding
        where = f"{finding.start}-{finding.end}" if finding.start >= 0 else finding.where
        line = [
            row.id,
            finding.kind,
            finding.code,
            made_visible(where),
            finding.count,
            made_visible(finding.shown),
            ACTION_WORDS[row.action],
            row.state,
        ]
        if values:
            line.append(made_visible(finding.value))
        lines.append(line)
    table(headers, lines)
    click.echo("")
    explained: dict[str, list[str]] = {}
    for row in stored:
        codes = explained.setdefault(row.finding.explanation, [])
        if row.finding.code not in codes:
            codes.append(row.finding.code)
    for why, codes in explained.items():
        click.echo(f"{', '.join(codes)}: {why}")
    note = record.get("note")
    if note:
        click.echo(f"The original was not inspected: {note}")


def register(cli: click.Group) -> None:
    cli.add_command(fingerprints)
