"""Commands to approve a document's decisions, release it, and verify a release."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from workstation.cli.options import Options, pass_options
from workstation.terminal import neutralise_line


@click.command()
@click.argument("document_id")
@pass_options
def approve(options: Options, document_id: str) -> None:
    """Sign the current decisions on DOCUMENT_ID as the unlocked editor.

    Any later decision voids the approval; the policy says how many editors must approve.
    """
    from workstation.services.approvals import approve as sign_decisions
    from workstation.services.errors import WorkstationError
    from workstation.services.governance import governance
    from workstation.services.scanning import scan_policy, stored_proposals

    vault, session = options.unlock()
    state = sign_decisions(session, document_id, vault.editors(include_removed=True))
    try:
        loaded = scan_policy(options.path, document_id, stored_proposals(session, document_id))
        ruling = governance(session, document_id, loaded)
        needed = f" of {ruling.approvals} required by {', '.join(ruling.policies)}"
    except WorkstationError:  # no scan or a changed policy: release will say so
        needed = ""
    click.echo(
        f"Approved the decisions on {document_id} as {neutralise_line(session.editor_name)}: "
        f"{len(state.valid)}{needed} ({neutralise_line(', '.join(state.approvers))})."
    )


class ReleaseGroup(click.Group):
    """``release ID ...`` publishes; ``release verify ...`` checks: a bare id means publish."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and not args[0].startswith("-") and args[0] not in self.commands:
            args = ["document", *args]
        return super().parse_args(ctx, args)


@click.group(name="release", cls=ReleaseGroup)
def release_group() -> None:
    """Release a redacted document (release ID --format ...) or verify a release."""


@release_group.command(name="document")
@click.argument("document_id")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["txt", "md", "pdf", "csv"]),
    required=True,
    help=(
        "txt or md: the redacted text (spreadsheets as tables in md); pdf: a PDF original "
        "truly redacted, others typeset; csv: a spreadsheet's cells, redacted."
    ),
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=Path("."),
    show_default=True,
    help="Folder for the released file and its manifest.",
)
@click.option("--name", help="File name without extension (default: DOCUMENT_ID-redacted).")
@click.option(
    "--rasterize",
    is_flag=True,
    help="PDF only: pages as pictures, no text layer (what a PDF release is by default).",
)
@click.option(
    "--searchable",
    is_flag=True,
    help="PDF only: add an invisible OCR text layer of the redacted pages.",
)
@click.option(
    "--keep-text-layer",
    is_flag=True,
    help="PDF original only: redact in place and keep its text layer instead of rebuilding.",
)
@click.option("--shred-original", is_flag=True, help="Crypto-shred the original after release.")
@click.option("--policy", "policy_name", help="Policy (default: the one the scan used).")
@pass_options
def release_document(
    options: Options,
    document_id: str,
    output_format: str,
    out_dir: Path,
    name: str | None,
    rasterize: bool,
    searchable: bool,
    keep_text_layer: bool,
    shred_original: bool,
    policy_name: str | None,
) -> None:
    """Release DOCUMENT_ID once every gate check passes, with a signed manifest."""
    from workstation.services.release import ReleaseRequest, ReleaseRun

    vault, session = options.unlock()
    request = ReleaseRequest(
        document_id,
        output_format,
        out_dir,
        name,
        rasterize,
        shred_original,
        policy_name,
        searchable=searchable,
        keep_text_layer=keep_text_layer,
    )
    run = ReleaseRun(session, options.path, vault.editors(include_removed=True), request)
    show_progress = sys.stderr.isatty()
    for check in run.checks():
        if show_progress:
            click.echo(f"  ok  {check.name}: {neutralise_line(check.detail)}", err=True)
    released = run.outcome
    if released is None:  # checks() either sets it or raises
        raise click.ClickException("the release did not finish; nothing was published")
    click.echo(f"Released {document_id}: {neutralise_line(str(released.output))}")
    click.echo(f"Manifest: {neutralise_line(str(released.manifest))}")
    click.echo(
        f"SHA-256 {released.sha256}, approved by {neutralise_line(', '.join(released.approvers))}"
    )
    if released.shredded:
        click.echo(f"The original of {document_id} was shredded.")
    if session.scrub_pending:
        click.echo(neutralise_line(session.scrub_pending), err=True)


@release_group.command(name="verify")
@click.argument("manifest", type=click.Path(path_type=Path))
@click.argument("released_file", type=click.Path(path_type=Path), required=False)
@click.option(
    "--keys",
    "keys_file",
    type=click.Path(path_type=Path),
    required=True,
    help="Editors' public keys from 'workstation editor export-keys'.",
)
def verify(manifest: Path, released_file: Path | None, keys_file: Path) -> None:
    """Check a released file and every signature in its MANIFEST; no vault needed."""
    from workstation.services.release import verify_release

    verified = verify_release(manifest, keys_file, released_file)
    click.echo(
        f"OK: {neutralise_line(verified.output_name)} is the release of {verified.document_id}, "
        f"approved by {neutralise_line(', '.join(verified.approvers))}, released by "
        f"{neutralise_line(verified.released_by)}."
    )


@click.command(name="export-keys")
@click.option(
    "--out", "out_file", type=click.Path(path_type=Path), help="Write to FILE (default: print)."
)
@pass_options
def export_keys(options: Options, out_file: Path | None) -> None:
    """Every editor's public signing key, for verifying releases without the vault."""
    from workstation.services.release import export_keys as exported

    data = exported(options.open_vault())
    if out_file is None:
        click.echo(data.decode(), nl=False)
        return
    try:
        with out_file.open("xb") as handle:
            handle.write(data)
    except FileExistsError:
        raise click.ClickException(f"{out_file} already exists; nothing was overwritten") from None
    click.echo(f"Wrote the editors' public keys to {neutralise_line(str(out_file))}.")


def register(cli: click.Group) -> None:
    from workstation.cli.editor_commands import editor_group

    cli.add_command(approve)
    cli.add_command(release_group)
    editor_group.add_command(export_keys)
