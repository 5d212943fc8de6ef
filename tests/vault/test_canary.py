"""Canary: a document's content leaves no trace on disk once it is shredded.

A unique marker goes in through the real intake path (a .txt file, and a .docx whose
text is extracted by the sandboxed parser), is shown, then shredded. Afterwards the
marker, in every encoding a leak would plausibly use, must appear nowhere in the
vault's files nor in any file written under the temporary directory during the test.
"""

from __future__ import annotations

import base64
import os
import secrets
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from outside_reads import skip_the_checkouts_folder
from vaultkit import on_disk, vault_files

from vault.errors import DocumentNotFound
from vault.session import Session
from workstation.services.intake import intake_paths

READ_BLOCK = 1 << 20


def encodings(marker: str) -> dict[str, bytes]:
    """The marker as raw UTF-8, UTF-16-LE, hex and base64 at all three byte alignments."""
    raw = marker.encode("utf-8")
    out = {
        "utf-8": raw,
        "utf-16-le": marker.encode("utf-16-le"),
        "hex": raw.hex().encode(),
        "HEX": raw.hex().upper().encode(),
    }
    for offset in range(3):
        encoded = base64.b64encode(bytes(offset) + raw)
        # keep only the characters that encode marker bits alone
        first = -(-offset * 8 // 6)
        last = (offset + len(raw)) * 8 // 6
        out[f"base64+{offset}"] = encoded[first:last]
        assert len(out[f"base64+{offset}"]) >= 40
    return out


def _files_under(root: Path, since: float, excluded: Path) -> Iterator[Path]:
    for folder, subfolders, names in os.walk(root, followlinks=False):
        here = Path(folder)
        if here == excluded or excluded in here.parents:
            subfolders.clear()
            continue
        skip_the_checkouts_folder(here, subfolders)
        for name in names:
            path = here / name
            try:
                status = path.lstat()
            except OSError:
                continue
            if path.is_symlink() or not path.is_file() or status.st_mtime < since:
                continue
            yield path


def _contains(path: Path, needles: dict[str, bytes]) -> list[str]:
    """Names of the encodings found in the file (streamed, overlapping blocks)."""
    overlap = max(len(needle) for needle in needles.values())
    found: set[str] = set()
    try:
        with path.open("rb") as file:
            tail = b""
            while block := file.read(READ_BLOCK):
                window = tail + block
                found |= {name for name, needle in needles.items() if needle in window}
                tail = window[-overlap:]
    except OSError:
        return []  # unreadable (another user's file, or gone meanwhile): skipped
    return sorted(found)


def _make_inputs(folder: Path, marker: str, name_marker: str) -> tuple[Path, Path]:
    folder.mkdir()
    text_file = folder / f"{name_marker}.txt"
    text_file.write_text(
        f"FROM: embassy\nSTRICTLY PROTECT\nThe source {marker} asked for a meeting.\n",
        encoding="utf-8",
    )
    document = docx.Document()
    document.add_paragraph(f"Cable text mentioning {marker} twice: {marker}.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "source"
    table.cell(0, 1).text = marker
    document.core_properties.title = marker
    docx_file = folder / f"{name_marker}.docx"
    document.save(str(docx_file))
    return text_file, docx_file


def test_shredded_canary_leaves_no_trace(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    marker = "CANARY-" + secrets.token_hex(16)
    name_marker = "CANARYNAME-" + secrets.token_hex(8)
    needles = encodings(marker) | {"file name": name_marker.encode()}
    started = time.time() - 2  # file times can lag the clock a little

    # The inputs necessarily hold the marker. pytest's tmp_path is itself under the
    # temporary directory, so they are created in a folder of their own which the scan
    # below skips (and they are deleted before it anyway).
    inputs = tmp_path / "inputs"
    text_file, docx_file = _make_inputs(inputs, marker, name_marker)

    outcomes = list(intake_paths(session, [text_file, docx_file]))
    assert [outcome.refused for outcome in outcomes] == ["", ""]
    ids = [outcome.document.id for outcome in outcomes if outcome.document]
    assert len(ids) == 2
    kinds = [session.document(document_id).kind for document_id in ids]
    assert kinds == ["txt", "docx"]
    for document_id in ids:
        shown = session.read_text(document_id)
        assert shown is not None and marker in shown, "the canary must really be in the text"
        session.record("document.view", document_id, {"stream": "text"})

    # Even before shredding, the vault files hold only ciphertext.
    assert not _found_in_vault(vault_path, needles)

    for document_id in ids:
        session.shred(document_id)
        with pytest.raises(DocumentNotFound):
            session.read_text(document_id)
    text_file.unlink()
    docx_file.unlink()

    assert not _found_in_vault(vault_path, needles)
    scanned = list(_files_under(Path(tempfile.gettempdir()), started, inputs))
    assert vault_path in scanned, "the scan must cover the folder holding the vault"
    leaks = {str(path): found for path in scanned if (found := _contains(path, needles))}
    assert leaks == {}, f"the canary leaked into {leaks}"

    session.connection.close()
    assert not _found_in_vault(vault_path, needles)


def _found_in_vault(vault_path: Path, needles: dict[str, bytes]) -> list[str]:
    assert vault_path.exists()
    scanned = on_disk(vault_path)
    assert len(scanned) > 4096
    found = [name for name, needle in needles.items() if needle in scanned]
    files = [file.name for file in vault_files(vault_path) if file.exists()]
    return [f"{name} in {files}" for name in found]


def test_the_scanner_finds_each_encoding(tmp_path: Path) -> None:
    """The scan itself works: every encoding is found when it is there, across blocks."""
    marker = "CANARY-" + secrets.token_hex(16)
    needles = encodings(marker)
    for name, needle in needles.items():
        for padding in (0, 1, 2, READ_BLOCK - len(needle) // 2):
            path = tmp_path / f"{name}-{padding}.bin"
            path.write_bytes(os.urandom(padding) + needle + os.urandom(100))
            assert name in _contains(path, needles), (name, padding)
    for offset in range(3):
        text = base64.b64encode(os.urandom(offset) + marker.encode() + os.urandom(5))
        assert any(needles[f"base64+{k}"] in text for k in range(3)), offset
