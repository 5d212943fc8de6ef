"""Build gold.jsonl, development.jsonl and heldout.jsonl from source/, development/, heldout/.

Every source file is a plain-text document with its labelled spans marked inline:

    [[ENTITY|d:text]]   a direct identifier
    [[ENTITY|q:text]]   a quasi-identifier

This script strips the markup and writes one JSON object per document to gold.jsonl
(from source/*.txt, the set the detector was tuned on), to development.jsonl (from
development/*.txt, the first held-out set, retired to development once it had been
measured too often to stay independent) and to heldout.jsonl (from heldout/*.txt, a set
written without looking at the detector, to measure how it generalises):

    {"id": "<file stem>", "kind": "cable|email|memo|chat|...", "text": "<plain text>",
     "spans": [{"start": 0, "end": 5, "entity": "PERSON", "identifier": "direct",
                "text": "..."}]}

Offsets are Python string (code point) offsets into "text", end exclusive.

    python tests/data/eval/build.py           # rebuild the three files, print the totals
    python tests/data/eval/build.py --check   # fail if any file is missing or stale

Malformed markup (an unclosed or stray bracket pair, an unknown entity, a class other
than d: or q:, an empty span, a span that starts or ends with white space) stops the
build with file:line: message for every problem, and nothing is written (no file).
Standard library only; the output depends only on the sources.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE_DIR = HERE / "source"
GOLD_PATH = HERE / "gold.jsonl"
DEVELOPMENT_DIR = HERE / "development"
DEVELOPMENT_PATH = HERE / "development.jsonl"
HELDOUT_DIR = HERE / "heldout"
HELDOUT_PATH = HERE / "heldout.jsonl"

ENTITIES = frozenset(
    {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "IP_ADDRESS",
        "MAC_ADDRESS",
        "URL",
        "STREET_ADDRESS",
        "PASSPORT_NUMBER",
        "USERNAME",
        "FILE_PATH",
        "DEVICE_ID",
        "CONTROL_NUMBER",
        "EMAIL_HEADER",
        "CABLE_REFERENCE",
        "LOCATION",
        "ORGANIZATION",
        "DATE_TIME",
        "NRP",
        # Issue 16's vocabulary (see README, "Labelling rules, second edition").
        "REFERENCE_NUMBER",
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "DURATION",
        "AGE",
        "OCCUPATION",
        "HEALTH",
        "SOCIAL_STATUS",
        "EVENT",
    }
)
CLASSES = {"d": "direct", "q": "quasi"}
# Both sets allow the same kinds: the held-out set had them first, and the tuned set
# gained documents of each so the detector is developed on them too.
KINDS = {
    "cable-": "cable",
    "email-": "email",
    "memo-": "memo",
    "chat-": "chat",
    "minutes-": "minutes",
    "sheet-": "sheet",
    "letter-": "letter",
    "court-": "court",
    "hr-": "hr",
    "article-": "article",
    "judgment-": "judgment",
    "report-": "report",
}
HELDOUT_KINDS = KINDS
OPEN, CLOSE, SEP = "[[", "]]", "|"
MAX_SPAN_LINES = 3  # a span may cross a line break or two (names, wrapped headers), no more


class MarkupError(Exception):
    """One problem in one source file, with the line it is on."""

    def __init__(self, path: Path, line: int, message: str) -> None:
        super().__init__(f"{path.name}:{line}: {message}")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    entity: str
    identifier: str
    text: str

    def as_json(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "entity": self.entity,
            "identifier": self.identifier,
            "text": self.text,
        }


def line_of(source: str, index: int) -> int:
    return source.count("\n", 0, index) + 1


@dataclass(frozen=True)
class Collection:
    """One labelled set: where its sources are, which kinds it allows, where it is written."""

    source_dir: Path
    output: Path
    kinds: dict[str, str]


COLLECTIONS = (
    Collection(SOURCE_DIR, GOLD_PATH, KINDS),
    Collection(DEVELOPMENT_DIR, DEVELOPMENT_PATH, KINDS),
    Collection(HELDOUT_DIR, HELDOUT_PATH, HELDOUT_KINDS),
)


def kind_of(path: Path, kinds: dict[str, str]) -> str:
    for prefix, kind in kinds.items():
        if path.name.startswith(prefix):
            return kind
    allowed = ", ".join(kinds)
    raise MarkupError(path, 1, f"file name must start with one of {allowed}")


def _bracket_ends_span(source: str, start: int, closing: int) -> bool:
    """Whether ']]]' closes a span whose text ends in ']': it does when the text holds a '['
    still open (``X-Originating-IP: [192.0.2.7]``), not after a closed one
    (``[mailto:[[EMAIL_ADDRESS|d:a@example.org]]]``, where the ']' is the text's own)."""
    if source[closing + 2 : closing + 3] != "]":
        return False
    body = source[start:closing]
    return body.count("[") > body.count("]")


def parse(path: Path, source: str) -> tuple[str, list[Span], list[MarkupError]]:
    """Strip the markup from one source; return the plain text, its spans and problems."""
    errors: list[MarkupError] = []
    out: list[str] = []
    spans: list[Span] = []
    length = 0  # characters of plain text written so far
    pos = 0
    while True:
        opening = source.find(OPEN, pos)
        stray = source.find(CLOSE, pos)
        if stray != -1 and (opening == -1 or stray < opening):
            errors.append(MarkupError(path, line_of(source, stray), "']]' without '[['"))
            out.append(source[pos : stray + 2])
            length += stray + 2 - pos
            pos = stray + 2
            continue
        if opening == -1:
            out.append(source[pos:])
            break
        while source.startswith("[", opening + 2):
            opening += 1  # '[[[': the text's own '[' before the markup (``[[[DATE_TIME|q:…]]]``)
        out.append(source[pos:opening])
        length += opening - pos
        line = line_of(source, opening)
        closing = source.find(CLOSE, opening + 2)
        if closing != -1 and _bracket_ends_span(source, opening + 2, closing):
            closing += 1  # '[[...[x]]]': the span's own ']' comes before the markup's ']]'
        nested = source.find(OPEN, opening + 2)
        if closing == -1:
            errors.append(MarkupError(path, line, "'[[' is never closed"))
            break
        if nested != -1 and nested < closing:
            errors.append(MarkupError(path, line, "'[[' opened again before ']]' (no nesting)"))
            pos = nested
            continue
        body = source[opening + 2 : closing]
        pos = closing + 2
        if body.count("\n") >= MAX_SPAN_LINES:
            errors.append(
                MarkupError(path, line, f"span runs over {MAX_SPAN_LINES} lines: unclosed '[['?")
            )
            continue
        entity, sep, rest = body.partition(SEP)
        if not sep:
            errors.append(MarkupError(path, line, f"expected [[ENTITY|d:text]], got [[{body}]]"))
            continue
        if entity not in ENTITIES:
            errors.append(MarkupError(path, line, f"unknown entity {entity!r}"))
            continue
        mark, colon, text = rest.partition(":")
        if not colon or mark not in CLASSES:
            errors.append(
                MarkupError(path, line, f"span must say d: or q: after the entity, got {rest!r}")
            )
            continue
        if not text:
            errors.append(MarkupError(path, line, "empty span"))
            continue
        if text != text.strip():
            errors.append(MarkupError(path, line, f"span {text!r} starts or ends with white space"))
            continue
        if SEP + "d:" in text or SEP + "q:" in text:
            errors.append(MarkupError(path, line, f"span {text!r} looks like markup inside markup"))
            continue
        spans.append(Span(length, length + len(text), entity, CLASSES[mark], text))
        out.append(text)
        length += len(text)
    plain = "".join(out)
    for span in spans:  # the offsets must point at the span's text in the plain document
        assert plain[span.start : span.end] == span.text, (path, span)
    return plain, spans, errors


def build(collection: Collection) -> tuple[list[dict[str, object]], list[MarkupError]]:
    documents: list[dict[str, object]] = []
    errors: list[MarkupError] = []
    sources = sorted(collection.source_dir.glob("*.txt"))
    if not sources:
        errors.append(MarkupError(collection.source_dir / "*.txt", 0, "no source documents"))
    for path in sources:
        try:
            kind = kind_of(path, collection.kinds)
        except MarkupError as error:
            errors.append(error)
            continue
        raw = path.read_bytes()
        try:
            source = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            line = raw.count(b"\n", 0, error.start) + 1
            errors.append(MarkupError(path, line, f"not UTF-8: {error.reason}"))
            continue
        if "\r" in source:
            errors.append(MarkupError(path, line_of(source, source.index("\r")), "CR in file"))
            continue
        text, spans, problems = parse(path, source)
        errors.extend(problems)
        documents.append(
            {
                "id": path.stem,
                "kind": kind,
                "text": text,
                "spans": [span.as_json() for span in spans],
            }
        )
    return documents, errors


def serialise(documents: list[dict[str, object]]) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in documents)


def report(documents: list[dict[str, object]]) -> str:
    """The totals table printed after a build (and copied into README.md)."""
    by_entity: Counter[tuple[str, str]] = Counter()
    by_class: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    sizes: list[int] = []
    for doc in documents:
        kinds[str(doc["kind"])] += 1
        sizes.append(len(str(doc["text"]).encode("utf-8")))
        spans = doc["spans"]
        assert isinstance(spans, list)
        for span in spans:
            by_entity[span["entity"], span["identifier"]] += 1
            by_class[span["identifier"]] += 1
    total = sum(by_class.values())
    lines = [
        f"documents: {len(documents)} ({', '.join(f'{kinds[k]} {k}' for k in sorted(kinds))})",
        f"plain text: {sum(sizes)} bytes, {min(sizes, default=0)}-{max(sizes, default=0)} "
        "bytes per document",
        f"spans: {total} (direct {by_class['direct']}, quasi {by_class['quasi']})",
        "",
        f"{'entity':<16} {'direct':>6} {'quasi':>6} {'total':>6}",
    ]
    for entity in sorted({e for e, _ in by_entity}):
        direct, quasi = by_entity[entity, "direct"], by_entity[entity, "quasi"]
        lines.append(f"{entity:<16} {direct:>6} {quasi:>6} {direct + quasi:>6}")
    lines.append(f"{'total':<16} {by_class['direct']:>6} {by_class['quasi']:>6} {total:>6}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--check", action="store_true", help="do not write; fail if an output file is stale"
    )
    parser.add_argument(
        "--tuned-only",
        action="store_true",
        help="build and check only the tuned set (for tuning: the held-out set is not read)",
    )
    args = parser.parse_args(argv)
    built: list[tuple[Collection, list[dict[str, object]]]] = []
    errors: list[MarkupError] = []
    for collection in COLLECTIONS[:1] if args.tuned_only else COLLECTIONS:
        documents, problems = build(collection)
        built.append((collection, documents))
        errors.extend(problems)
    if errors:
        for error in errors:
            print(error, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    stale = False
    for collection, documents in built:
        output = serialise(documents)
        name = collection.output.name
        if args.check:
            current = (
                collection.output.read_text(encoding="utf-8")
                if collection.output.exists()
                else None
            )
            if current != output:
                print(f"{name} is missing or stale: run build.py", file=sys.stderr)
                stale = True
                continue
        else:
            collection.output.write_text(output, encoding="utf-8", newline="\n")
        print(f"== {name}\n{report(documents)}\n")
        if not args.check:
            print(f"wrote {collection.output.relative_to(HERE.parent.parent.parent)}\n")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
