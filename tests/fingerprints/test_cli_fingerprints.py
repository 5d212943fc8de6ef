"""`workstation fingerprints` end to end: real vault, real child, real files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from corpus import (
    AUTHOR,
    COMMENTER,
    WATERMARKED_MEMO,
    docx_with_author_comments_and_tracked_changes,
    jpeg_with_gps,
)

INVISIBLE_RAW = ("\u200b", "\u200c", "\u2060", "\u202e", "\u00ad", "\ufeff", "\U000e0041")


def intake(cli: Any, path: Path) -> str:
    result = cli.run("intake", str(path))
    assert result.returncode == 0, result.stderr
    return str(result.stdout.split()[0])


def test_text_watermarks_are_listed_as_markers_never_raw(ready: Any, tmp_path: Path) -> None:
    memo = tmp_path / "memo.txt"
    memo.write_text(WATERMARKED_MEMO.text, encoding="utf-8")
    document_id = intake(ready, memo)

    listed = ready.run("fingerprints", document_id)

    assert listed.returncode == 0, listed.stderr
    assert "13 fingerprint findings" in listed.stderr
    for marker in ("<ZWSP>", "<ZWNJ>", "<WJ>", "<RLO>", "<SHY>", "<BOM>", "<TAG-41><TAG-42>"):
        assert marker in listed.stdout
    assert "U+043E CYRILLIC SMALL LETTER O -> o" in listed.stdout
    assert "normalised at release" in listed.stdout
    assert not any(char in listed.stdout + listed.stderr for char in INVISIBLE_RAW)
    assert "The talks" not in listed.stdout  # positions and markers, not the words

    data = json.loads(ready.run("fingerprints", document_id, "--json").stdout)
    positions = {(f["kind"], f["code"], f["start"]) for f in data["findings"]}
    assert set(WATERMARKED_MEMO.marks) <= positions
    assert data["pass"]["policy"]["id"] == "default" and data["pass"]["findings"] == 13


def test_docx_metadata_values_only_on_request_and_decisions_survive_a_rescan(
    ready: Any, tmp_path: Path
) -> None:
    memo = tmp_path / "memo.docx"
    memo.write_bytes(docx_with_author_comments_and_tracked_changes())
    document_id = intake(ready, memo)

    first = json.loads(ready.run("fingerprints", document_id, "--json").stdout)
    assert AUTHOR not in json.dumps(first)  # values are not shown unless asked for
    comments = next(f for f in first["findings"] if f["code"] == "docx-comments")
    assert comments["state"] == "pending" and comments["action"] == "review"
    author = next(f for f in first["findings"] if f["where"].endswith("creator"))
    assert author["state"] == "accepted" and author["action"] == "strip"

    rejected = ready.run("fingerprints", document_id, "--reject", comments["id"])
    assert rejected.returncode == 0, rejected.stderr
    rescanned = ready.run("fingerprints", document_id, "--policy", "source-protection", "--json")
    again = {f["id"]: f for f in json.loads(rescanned.stdout)["findings"]}
    assert again[comments["id"]]["state"] == "rejected"
    assert again[comments["id"]]["decided_by"] == "editor"
    assert again[comments["id"]]["policy"]["id"] == "source-protection"

    shown = ready.run("fingerprints", document_id, "--values")
    assert AUTHOR in shown.stdout and COMMENTER in shown.stdout

    audit = ready.run("audit", "show", "--json")
    entries = json.loads(audit.stdout)
    actions = [entry["action"] for entry in entries]
    assert actions.count("document.fingerprints") == 2
    assert "fingerprint.decide" in actions and "fingerprint.show" in actions
    assert AUTHOR not in audit.stdout and COMMENTER not in audit.stdout


def test_photo_gps_is_found_and_unknown_ids_are_one_line(ready: Any, tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_with_gps())
    document_id = intake(ready, photo)

    data = json.loads(ready.run("fingerprints", document_id, "--json", "--values").stdout)

    gps = next(f for f in data["findings"] if f["code"] == "exif-gps")
    assert gps["value"] == "52.52000, 13.41000" and gps["kind"] == "image_metadata"
    missing = ready.run("fingerprints", document_id, "--accept", "fdeadbeef00")
    assert missing.returncode != 0 and len(missing.stderr.strip().splitlines()) == 1
    assert "no fingerprint finding fdeadbeef00" in missing.stderr
    nothing = ready.run("fingerprints", "dnotthere00")
    assert nothing.returncode != 0 and "Traceback" not in nothing.stderr


def test_hostile_metadata_values_are_shown_as_markers(ready: Any, tmp_path: Path) -> None:
    import io

    import docx

    document = docx.Document()
    document.core_properties.author = "Teo\u200bdor\u202eMaric"
    document.add_paragraph("Nothing to see.")
    out = io.BytesIO()
    document.save(out)
    path = tmp_path / "hostile.docx"
    path.write_bytes(out.getvalue())
    document_id = intake(ready, path)

    shown = ready.run("fingerprints", document_id, "--values")

    assert shown.returncode == 0, shown.stderr
    assert "Teo<ZWSP>dor<RLO>Maric" in shown.stdout
    assert "\u202e" not in shown.stdout and "\u200b" not in shown.stdout
