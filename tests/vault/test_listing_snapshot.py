"""The sealed listing snapshot: used only while it matches the rows, never trusted past them.

Tampering is done with plain sqlite3, as an attacker with the file would. A listing
reports in ``stale`` the segments it could not take from the snapshot (and so opened row
by row): that is how these tests see which path a listing took, without timing anything.
"""

from __future__ import annotations

import json
from pathlib import Path

from vaultkit import blob, flip, raw

from vault import documents, envelope, listing_snapshot
from vault.session import Session
from vault.store import Vault
from vault.verify import verify_vault


def _add(session: Session, name: str) -> str:
    return session.add_document({"name": name}, [name.encode()], f"text of {name}", {}).id


def _listed(session: Session) -> tuple[dict[str, str], set[int]]:
    """(document id -> name or 'damaged', segments that were not read from the snapshot)."""
    stale: set[int] = set()
    found = documents.listing(session.connection, session.keys, stale)
    out = {
        one if isinstance(one, str) else one.id: "damaged" if isinstance(one, str) else one.name
        for one in found
    }
    return out, stale


def _segment_plaintext(session: Session, segment: int) -> bytes:
    keys = session.keys
    sealed = blob(session.connection, "SELECT value FROM meta WHERE key = ?", f"listing:{segment}")
    return envelope.open_sealed(
        listing_snapshot.key(keys.master_key),
        sealed,
        listing_snapshot.segment_binding(keys.vault_id, segment, keys.key_id),
    )


def test_the_triggers_cut_segments_where_the_reader_does() -> None:
    for statement in listing_snapshot.DIRTY_TRIGGERS[1:]:
        assert f"/ {listing_snapshot.SEGMENT_ROWS})" in statement


def test_a_change_seals_the_listing_and_the_next_listing_reads_it(session: Session) -> None:
    first, second = _add(session, "a.txt"), _add(session, "b.txt")
    listed, stale = _listed(session)
    assert listed == {first: "a.txt", second: "b.txt"}
    assert stale == set()
    assert json.loads(_segment_plaintext(session, 0))["meta"][1]["name"] == "b.txt"


def test_a_metadata_row_changed_behind_the_vaults_back_is_named_not_read_from_the_snapshot(
    session: Session, vault_path: Path
) -> None:
    first, second = _add(session, "a.txt"), _add(session, "b.txt")
    with raw(vault_path) as connection:
        sealed = blob(connection, "SELECT meta FROM documents WHERE id = ?", first)
        connection.execute(
            "UPDATE documents SET meta = ? WHERE id = ?", (flip(sealed, len(sealed) - 1), first)
        )
    listed, stale = _listed(session)
    assert listed == {first: "damaged", second: "b.txt"}
    assert stale == {0}
    assert session.list_documents()[0].state == "damaged"


def test_metadata_moved_from_another_document_is_named(session: Session, vault_path: Path) -> None:
    first, second = _add(session, "a.txt"), _add(session, "b.txt")
    with raw(vault_path) as connection:
        other = blob(connection, "SELECT meta FROM documents WHERE id = ?", second)
        connection.execute("UPDATE documents SET meta = ? WHERE id = ?", (other, first))
    listed, _ = _listed(session)
    assert listed == {first: "damaged", second: "b.txt"}


def test_an_older_snapshot_put_back_is_not_used(session: Session, vault_path: Path) -> None:
    """A replayed segment (validly sealed, from before the last intake) is stale: the rows
    it was made from are not the rows now, so every row is opened as it is."""
    first = _add(session, "a.txt")
    with raw(vault_path) as connection:
        old = blob(connection, "SELECT value FROM meta WHERE key = 'listing:0'")
    second = _add(session, "b.txt")
    with raw(vault_path) as connection:
        connection.execute("UPDATE meta SET value = ? WHERE key = 'listing:0'", (old,))
    listed, stale = _listed(session)
    assert listed == {first: "a.txt", second: "b.txt"}
    assert stale == {0}


def test_a_snapshot_moved_to_another_segment_does_not_open(
    session: Session, vault_path: Path
) -> None:
    first = _add(session, "a.txt")
    with raw(vault_path) as connection:
        connection.execute(
            "INSERT INTO meta (key, value) SELECT 'listing:1', value FROM meta"
            " WHERE key = 'listing:0'"
        )
        connection.execute("UPDATE documents SET rowid = ? WHERE id = ?", (4096, first))
    listed, stale = _listed(session)
    assert listed == {first: "a.txt"}  # opened from its row, which is intact
    assert stale == {1}


def test_the_next_change_reseals_what_a_listing_found_stale(
    session: Session, vault_path: Path
) -> None:
    first = _add(session, "a.txt")
    with raw(vault_path) as connection:
        connection.execute("DELETE FROM meta WHERE key LIKE 'listing:%'")
    assert _listed(session)[1] == {0}
    session.list_documents()
    session.record("document.show", first, {"chars": 0})
    assert _listed(session) == ({first: "a.txt"}, set())


def test_a_damaged_row_stays_damaged_when_its_segment_is_resealed(
    session: Session, vault_path: Path
) -> None:
    """Re-sealing never launders a tampered row: the snapshot records that it did not open."""
    first, second = _add(session, "a.txt"), _add(session, "b.txt")
    with raw(vault_path) as connection:
        sealed = blob(connection, "SELECT meta FROM documents WHERE id = ?", first)
        connection.execute("UPDATE documents SET meta = ? WHERE id = ?", (flip(sealed, 20), first))
    session.list_documents()
    _add(session, "c.txt")  # re-seals segment 0 from the rows as they are
    listed, stale = _listed(session)
    assert stale == set()
    assert listed[first] == "damaged" and listed[second] == "b.txt"


def test_a_shredded_documents_name_leaves_the_snapshot(session: Session) -> None:
    first, second = _add(session, "secret-source.txt"), _add(session, "b.txt")
    session.shred(first)
    assert b"secret-source" not in _segment_plaintext(session, 0)
    listed, stale = _listed(session)
    assert listed == {first: "", second: "b.txt"} and stale == set()


def test_a_rotation_reseals_the_snapshot_under_the_new_key(session: Session) -> None:
    first = _add(session, "a.txt")
    session.rotate_master_key()
    assert _listed(session) == ({first: "a.txt"}, set())


def test_many_segments_each_checked_on_its_own(session: Session, vault_path: Path) -> None:
    first, second = _add(session, "a.txt"), _add(session, "b.txt")
    with raw(vault_path) as connection:
        connection.execute("UPDATE documents SET rowid = 9000 WHERE id = ?", (second,))
        connection.execute("DELETE FROM meta WHERE key LIKE 'listing:%'")
    session.record("document.show", first, {"chars": 0})  # rows moved: head still matches
    assert _listed(session) == ({first: "a.txt", second: "b.txt"}, set())
    with raw(vault_path) as connection:
        sealed = blob(connection, "SELECT meta FROM documents WHERE id = ?", second)
        connection.execute("UPDATE documents SET meta = ? WHERE id = ?", (flip(sealed, 30), second))
    assert _listed(session) == ({first: "a.txt", second: "damaged"}, {2})


def test_verify_opens_every_row_and_only_warns_of_a_stale_snapshot(
    session: Session, vault_path: Path
) -> None:
    first = _add(session, "a.txt")
    with raw(vault_path) as connection:
        connection.execute("DELETE FROM meta WHERE key LIKE 'listing:%'")
    report = verify_vault(Vault(vault_path, session.connection), session)
    assert report.ok and report.documents == 1
    assert any("listing snapshot segment(s) 0" in warning for warning in report.warnings)
    session.record("document.show", first, {"chars": 0})
    report = verify_vault(Vault(vault_path, session.connection), session)
    assert report.ok and not [w for w in report.warnings if "listing" in w]
