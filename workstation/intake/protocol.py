"""The child's one-message answer on stdout, and the parent's distrustful reading of it.

The child parsed hostile bytes, so the parent treats its answer as hostile too: only
known codes and count names are accepted, anything else reads as a crash.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any

from workstation.fingerprints.finding import (
    MAX_HIDDEN_CHARS,
    MAX_HIDDEN_PIECES,
    MAX_VALUE_CHARS,
    PAGE_KINDS,
    FingerprintFinding,
)
from workstation.fingerprints.originals.codes import (
    CODES,
    MAX_FINDINGS,
    MAX_WHERE_CHARS,
    explanation_of,
    kind_of,
)
from workstation.intake.notes import DETAIL_KEYS, MEMBER_REFUSALS, REFUSALS, WARNINGS
from workstation.intake.outcome import (
    MAX_READING_WORDS,
    Inspected,
    PageReading,
    PageRegion,
    Parsed,
    Refused,
    WordPlace,
)

MAX_COUNT = 10**9
REGION_CODES = frozenset(code for code, (kind, _) in CODES.items() if kind in PAGE_KINDS)
"""Every region code a parser may report (see `workstation.pixels.page_regions`): the
codes of page and picture findings, as `originals.codes` explains them."""
MAX_REGIONS = 4096
"""Per reply: a child reads at most 16 pages, each with at most 24 regions of each of
four codes (`pixels.page_regions`), or a DOCX's pictures."""
MAX_POINTS = 200_000.0
"""No PDF page is larger than this many points (PDF's own limit is 14 400 user units)."""
MAX_READINGS = 4096
"""Per reply: one reading per page a child read by OCR (at most `pages_per_child`)."""
READING_REPLY_BYTES = 80 * MAX_READING_WORDS + 64 * MAX_READINGS
"""What the readings may add to a reply: a word's seven numbers take under 80 bytes."""


class BadReply(ValueError):
    """The child's answer was not a well-formed reply."""


def encode(outcome: Parsed | Refused) -> bytes:
    """Serialise a parser outcome for the parent."""
    if isinstance(outcome, Refused):
        message: dict[str, Any] = {"ok": False, "code": outcome.code}
    else:
        message = {
            "ok": True,
            "text": outcome.text,
            "details": outcome.details,
            "warning": outcome.warning,
            "regions": [
                {"code": r.code, "page": r.page, "box": list(r.box), "picture": r.picture}
                for r in outcome.regions
            ],
            "readings": None
            if outcome.readings is None
            else [
                {"page": r.page, "size": list(r.size), "words": [list(w) for w in r.words]}
                for r in outcome.readings
            ],
        }
    # "replace" turns lone surrogates (which some parsers let through) into "?": they
    # cannot be sent as UTF-8, nor stored or scanned later.
    return json.dumps(message, ensure_ascii=False).encode("utf-8", "replace")


def decode(raw: bytes) -> Parsed | Refused:
    """Read the child's answer, accepting only what our own parsers can send."""
    message = _object(raw)
    if message.get("ok") is False:
        return _refusal(message)
    if message.get("ok") is True:
        return _parsed(message)
    raise BadReply("no verdict")


def _object(raw: bytes) -> dict[str, Any]:
    """The reply as a JSON object, whatever it answers."""
    try:
        message = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadReply("not JSON") from exc
    if not isinstance(message, dict):
        raise BadReply("not an object")
    return message


def _refusal(message: dict[str, Any]) -> Refused:
    code = message.get("code")
    if code not in REFUSALS:
        raise BadReply("unknown refusal")
    return Refused(code)


def _parsed(message: dict[str, Any]) -> Parsed:
    text, warning = message.get("text"), message.get("warning")
    if not isinstance(text, str) or warning not in WARNINGS:
        raise BadReply("malformed text reply")
    return Parsed(
        text=text,
        details=_details(message.get("details")),
        warning=warning,
        regions=_regions(message.get("regions", [])),
        readings=_readings(message.get("readings", [])),
    )


def _regions(regions: object) -> tuple[PageRegion, ...]:
    """Known codes, sane page numbers and boxes of four finite numbers in page range."""
    if not isinstance(regions, list) or len(regions) > MAX_REGIONS:
        raise BadReply("malformed regions")
    return tuple(_region(item) for item in regions)


def _region(item: object) -> PageRegion:
    if not isinstance(item, dict) or set(item) != {"code", "page", "box", "picture"}:
        raise BadReply("malformed region")
    code, page, box, picture = item["code"], item["page"], item["box"], item["picture"]
    if code not in REGION_CODES or not isinstance(box, list) or len(box) not in (0, 4):
        raise BadReply("malformed region")
    for count in (page, picture):
        if type(count) is not int or not 0 <= count <= MAX_COUNT:
            raise BadReply("malformed region")
    numbers = [float(v) for v in box if type(v) in (int, float)]
    if len(numbers) != len(box) or not all(-MAX_POINTS <= v <= MAX_POINTS for v in numbers):
        raise BadReply("malformed region")  # NaN fails the comparison too
    if numbers and (numbers[2] <= numbers[0] or numbers[3] <= numbers[1]):
        raise BadReply("malformed region")
    return PageRegion(code, page, tuple(numbers), picture)


def _readings(readings: object) -> tuple[PageReading, ...] | None:
    """Pages counted from 1, each once, sane sizes, and words of seven finite numbers:
    offsets within the text's bounds, a confidence from 0 to 100, a box on the page."""
    if readings is None:
        return None
    if not isinstance(readings, list) or len(readings) > MAX_READINGS:
        raise BadReply("malformed readings")
    parsed = tuple(_reading(item) for item in readings)
    if len({reading.page for reading in parsed}) != len(parsed):
        raise BadReply("malformed readings")
    if sum(len(reading.words) for reading in parsed) > MAX_READING_WORDS:
        raise BadReply("malformed readings")
    return parsed


def _reading(item: object) -> PageReading:
    if not isinstance(item, dict) or set(item) != {"page", "size", "words"}:
        raise BadReply("malformed reading")
    page, size, words = item["page"], _numbers(item["size"], 2), item["words"]
    if type(page) is not int or not 1 <= page <= MAX_COUNT or not isinstance(words, list):
        raise BadReply("malformed reading")
    if not all(0 < side <= MAX_POINTS for side in size) or len(words) > MAX_READING_WORDS:
        raise BadReply("malformed reading")
    return PageReading(page, (size[0], size[1]), tuple(_word(word) for word in words))


def _word(item: object) -> WordPlace:
    if not isinstance(item, list) or len(item) != 7:
        raise BadReply("malformed word")
    start, end = item[0], item[1]
    if type(start) is not int or type(end) is not int or not 0 <= start < end <= MAX_COUNT:
        raise BadReply("malformed word")
    confidence, left, top, right, bottom = _numbers(item[2:], 5)
    if not 0 <= confidence <= 100 or right < left or bottom < top:
        raise BadReply("malformed word")
    if not all(-MAX_POINTS <= v <= MAX_POINTS for v in (left, top, right, bottom)):
        raise BadReply("malformed word")
    return (start, end, confidence, left, top, right, bottom)


def _numbers(values: object, count: int) -> list[float]:
    """`count` finite numbers (a bool is not one), as floats."""
    if not isinstance(values, list) or len(values) != count:
        raise BadReply("malformed numbers")
    if not all(type(v) in (int, float) and math.isfinite(v) for v in values):
        raise BadReply("malformed numbers")
    return [float(v) for v in values]


def _details(details: object) -> dict[str, int]:
    """Known count names with non-negative integer values (a bool is not a count)."""
    if not isinstance(details, dict):
        raise BadReply("malformed details")
    for key, value in details.items():
        if key not in DETAIL_KEYS or type(value) is not int or value < 0:
            raise BadReply("malformed details")
    return dict(details)


def encode_inspection(outcome: Inspected | Refused) -> bytes:
    """Serialise an inspection: code, place, count and value of each finding, no more."""
    if isinstance(outcome, Refused):
        message: dict[str, Any] = {"ok": False, "code": outcome.code}
    else:
        message = {
            "ok": True,
            "findings": [
                {
                    "code": f.code,
                    "where": f.where,
                    "count": f.count,
                    "value": f.value,
                    "hidden": list(f.hidden),
                }
                for f in outcome.findings[:MAX_FINDINGS]
            ],
        }
    return json.dumps(message, ensure_ascii=False).encode("utf-8", "replace")


def decode_inspection(raw: bytes) -> list[FingerprintFinding] | Refused:
    """Read an inspection reply; kinds and explanations come from our own table."""
    message = _object(raw)
    if message.get("ok") is False:
        return _refusal(message)
    findings = message.get("findings")
    if message.get("ok") is not True or not isinstance(findings, list):
        raise BadReply("no verdict")
    if len(findings) > MAX_FINDINGS:
        raise BadReply("too many findings")
    return [_finding(item) for item in findings]


def _finding(item: object) -> FingerprintFinding:
    if not isinstance(item, dict) or set(item) != {"code", "where", "count", "value", "hidden"}:
        raise BadReply("malformed finding")
    hidden = item["hidden"]
    if not isinstance(hidden, list) or len(hidden) > MAX_HIDDEN_PIECES:
        raise BadReply("malformed finding")
    if not all(isinstance(piece, str) and len(piece) <= MAX_HIDDEN_CHARS for piece in hidden):
        raise BadReply("malformed finding")
    code, where, count, value = item["code"], item["where"], item["count"], item["value"]
    if code not in CODES or not isinstance(where, str) or not isinstance(value, str):
        raise BadReply("malformed finding")
    if len(where) > MAX_WHERE_CHARS or len(value) > MAX_VALUE_CHARS:
        raise BadReply("malformed finding")
    if type(count) is not int or not 1 <= count <= MAX_COUNT:
        raise BadReply("malformed finding")
    return FingerprintFinding(
        kind_of(code),
        code,
        explanation_of(code),
        count=count,
        where=where,
        value=value,
        hidden=tuple(hidden) if kind_of(code) == "hidden_content" else (),
    )


MAX_MEMBER_NAME_CHARS = 1024


def encode_members(outcome: list[Any] | Refused) -> Iterator[bytes]:
    """An archive's members: one JSON line of names, codes and sizes, then the bytes."""
    if isinstance(outcome, Refused):
        yield encode(outcome)
        return
    header = {
        "ok": True,
        "members": [{"name": m.name, "code": m.code, "size": len(m.data)} for m in outcome],
    }
    yield json.dumps(header, ensure_ascii=False).encode("utf-8", "replace") + b"\n"
    for member in outcome:
        yield member.data


def decode_members(raw: bytes) -> list[tuple[str, bytes, str]] | Refused:
    """Read an unpacking reply: each member's name, bytes and refusal code ("" if taken)."""
    header, _, body = raw.partition(b"\n")
    message = _object(header)
    if message.get("ok") is False:
        return _refusal(message)
    members = message.get("members")
    if message.get("ok") is not True or not isinstance(members, list):
        raise BadReply("no verdict")
    listed = [_member(item) for item in members]
    if sum(size for _, size, _ in listed) != len(body):
        raise BadReply("sizes do not add up")
    view, offset, result = memoryview(body), 0, []
    for name, size, code in listed:
        result.append((name, bytes(view[offset : offset + size]), code))
        offset += size
    return result


def _member(item: object) -> tuple[str, int, str]:
    if not isinstance(item, dict) or set(item) != {"name", "code", "size"}:
        raise BadReply("malformed member")
    name, code, size = item["name"], item["code"], item["size"]
    if not isinstance(name, str) or len(name) > MAX_MEMBER_NAME_CHARS:
        raise BadReply("malformed member")
    if code != "" and code not in MEMBER_REFUSALS:
        raise BadReply("unknown member refusal")
    if type(size) is not int or size < 0 or (code and size):
        raise BadReply("malformed member")
    return name, size, code
