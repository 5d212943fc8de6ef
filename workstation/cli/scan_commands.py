"""Commands to scan stored documents with a policy and list the proposed redactions."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import click

from workstation.cli.cluster_commands import certificates_folder, certificates_option
from workstation.cli.options import Options, pass_options
from workstation.cli.output import as_json, table, warn


@click.command()
@click.argument("document_ids", nargs=-1)
@click.option("--all", "scan_all", is_flag=True, help="Every reviewable document.")
@click.option(
    "--policy", "policy_name", default="default", show_default=True, help="Policy id or .yaml file."
)
@click.option(
    "--again",
    is_flag=True,
    help="With --all: also the documents whose latest scan used this very policy.",
)
@click.option(
    "--cluster",
    "cluster_address",
    metavar="tls://HOST:PORT",
    help="Detect on a Dask cluster's workers over mutual TLS (see docs/cluster.md).",
)
@certificates_option
@click.option(
    "--cluster-batch",
    default=16,
    type=click.IntRange(min=1),
    show_default=True,
    help="Documents per batch.",
)
@click.option("--cluster-timeout", default=30.0, show_default=True, help="Seconds to connect.")
@pass_options
def scan(
    options: Options,
    document_ids: tuple[str, ...],
    scan_all: bool,
    policy_name: str,
    again: bool,
    cluster_address: str | None,
    certificates: Path | None,
    cluster_batch: int,
    cluster_timeout: float,
) -> None:
    """Propose redactions in DOCUMENT_IDS (or --all) under a policy.

    A re-scan keeps every decision editors made on spans that are proposed again.
    The fingerprint pass runs too ('workstation fingerprints ID' lists its findings).
    --all leaves out documents whose latest scan ran under this exact policy (same
    file contents), so a scan of a whole leak that was interrupted goes on where it
    stopped when run again; --again scans them too. On a terminal, a progress bar on
    stderr shows the time left.
    """
    from workstation.cli.progress import progress_bar
    from workstation.services.errors import WorkstationError
    from workstation.services.policies import load
    from workstation.services.scanning import (
        BATCH_DOCUMENTS,
        reviewable_documents,
        scan_documents,
        scanned_already,
    )

    if bool(document_ids) == scan_all:
        raise click.UsageError("give document ids or --all (not both)")
    if again and not scan_all:
        raise click.UsageError("--again goes with --all")
    if cluster_address is not None:  # the cluster's workers detect instead of this machine
        scan_documents = _on_cluster(cluster_address, certificates, cluster_batch, cluster_timeout)
    loaded = load(options.path, policy_name)
    _, session = options.unlock()
    sizes = {d.id: d.size for d in reviewable_documents(session)} if scan_all else {}
    targets = list(sizes) if scan_all else list(document_ids)
    if scan_all and not again:
        done = scanned_already(session, targets, loaded)
        targets = [document_id for document_id in targets if document_id not in done]
        if done:
            warn(
                f"{len(done)} of {len(sizes)} documents were scanned with "
                f"{loaded.policy.id} {loaded.policy.version} already; "
                "--again scans them again"
            )
    if sys.stderr.isatty():
        click.echo(
            f"Scanning with {loaded.policy.id} {loaded.policy.version} (the language "
            "model takes a few seconds to load)...",
            err=True,
        )
    total = sum(sizes.get(document_id, 1) for document_id in targets)
    with progress_bar("Scanning (bytes)", total) as update:
        scanned = [0, 0]  # documents, bytes

        def step(document_id: str) -> None:
            scanned[0] += 1
            scanned[1] += sizes.get(document_id, 1)
            update(scanned[1], f"{scanned[0]}/{len(targets)} documents")

        batch = BATCH_DOCUMENTS
        results = scan_documents(session, targets, loaded, progress=step, batch_documents=batch)
    failed = False
    for result in results:
        if isinstance(result, WorkstationError):
            failed = True
            warn(f"not scanned: {result}")
            continue
        click.echo(
            f"{result.document_id}: {result.proposals} proposals "
            f"({result.pending} to review, {result.accepted} pre-accepted); "
            f"{result.new} new, {result.removed} gone, "
            f"{result.kept_decisions} editor decisions kept; "
            f"{result.fingerprints} fingerprint findings ({result.fingerprints_pending} to review)"
        )
        for notice in result.notices:
            click.echo(f"{result.document_id}: {notice}")
    if failed:
        raise click.exceptions.Exit(1)


def _on_cluster(
    address: str, certificates: Path | None, batch: int, timeout: float
) -> Callable[..., Any]:
    """``scan_documents`` with detection on the cluster at ``address``; connected before
    the vault is unlocked (a refused scheduler costs no passphrase), closed with the command."""
    from workstation.cluster.client import ClusterDetector
    from workstation.services.cluster_scanning import scan_on_cluster

    connection = ClusterDetector(address, certificates_folder(certificates), timeout, batch)
    return partial(scan_on_cluster, cluster=click.get_current_context().with_resource(connection))


@click.command()
@click.argument("document_id")
@click.option("--json", "as_json_output", is_flag=True, help="Machine-readable listing.")
@click.option(
    "--state",
    type=click.Choice(["pending", "accepted", "rejected"]),
    help="Only proposals in this state.",
)
@pass_options
def proposals(options: Options, document_id: str, as_json_output: bool, state: str | None) -> None:
    """List a document's proposed redactions with entity, score, state and reason."""
    from workstation.services.scanning import stored_proposals

    _, session = options.unlock()
    rows = [p for p in stored_proposals(session, document_id) if not state or p.state == state]
    if as_json_output:
        as_json([p.to_json() for p in rows])
        return
    if not rows:
        click.echo(f"No proposals for {document_id}: 'workstation scan {document_id}' makes them.")
        return
    table(
        ["id", "span", "entity", "score", "state", "group", "why"],
        [
            [
                p.id,
                f"{p.start}-{p.end}",
                p.entity,
                f"{p.score:.2f}",
                p.state,
                p.group,
                _why(p.reason),
            ]
            for p in rows
        ],
    )


def _why(reason: dict[str, object]) -> str:
    """One line: recognizer, pattern, context words, the policy rule that decided."""
    parts = [str(reason.get("recognizer", ""))]
    if reason.get("pattern"):
        parts.append(f"pattern {reason['pattern']}")
    if reason.get("context_words"):
        words = ", ".join(str(w) for w in reason["context_words"])  # type: ignore[attr-defined]
        parts.append(f"context: {words}")
    if reason.get("rule"):
        parts.append(str(reason["rule"]))
    return "; ".join(part for part in parts if part)


@click.command()
@click.argument("document_id")
@click.argument("arguments", nargs=-1, required=True, metavar="[PROPOSAL_ID...] accept|reject")
@click.option("--all-pending", is_flag=True, help="Every pending proposal.")
@click.option("--entity", help="Every proposal of this entity type (e.g. PERSON).")
@pass_options
def decide(
    options: Options,
    document_id: str,
    arguments: tuple[str, ...],
    all_pending: bool,
    entity: str | None,
) -> None:
    """Accept (redact) or reject (keep) proposals; recorded and audited at once."""
    from workstation.services.decisions import decide as apply
    from workstation.services.decisions import select
    from workstation.services.scanning import stored_proposals

    *ids, verdict = arguments
    if verdict not in ("accept", "reject"):
        raise click.UsageError("end with accept or reject")
    if not ids and not all_pending and not entity:
        raise click.UsageError("name proposal ids, --all-pending or --entity TYPE")
    _, session = options.unlock()
    chosen = select(stored_proposals(session, document_id), ids, all_pending, entity)
    count = apply(session, document_id, chosen, verdict)
    click.echo(f"{verdict.capitalize()}ed {count} proposal(s) in {document_id}.")


def register(cli: click.Group) -> None:
    for command in (scan, proposals, decide):
        cli.add_command(command)
