# ruff: noqa: RUF001 - Cyrillic text and look-alike letters are the benchmark's input
"""Fingerprint pass speed: find() and normalise() on the evaluation texts, plain and marked.

Run: ``uv run python benchmarks/fingerprint_benchmark.py [--mb 2]``. Reads the labelled
evaluation set repeated to the size, once as it is and once with a zero-width space,
a Cyrillic look-alike and a no-break space planted in every 200 characters (a heavily
watermarked copy), plus a Cyrillic text of the same size; prints characters per second
and how much of the time the homoglyph step takes. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

from workstation.fingerprints import find, homoglyphs, normalise

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "eval" / "gold.jsonl"
CYRILLIC = "Сергей Иванов встретился с послом в Москве во вторник. " * 10


def corpus(size: int) -> str:
    texts = [json.loads(line)["text"] for line in GOLD.read_text().splitlines() if line]
    text = "\n\n".join(texts)
    return (text * (size // len(text) + 1))[:size]


def marked(text: str) -> str:
    pieces = []
    for start in range(0, len(text), 200):
        piece = text[start : start + 200]
        piece = piece.replace("a", "а", 1).replace(" ", "\u00a0", 1)
        pieces.append(piece[:100] + "\u200b" + piece[100:])
    return "".join(pieces)


def rate(label: str, work: Callable[[str], object], text: str) -> float:
    started = time.perf_counter()
    work(text)
    seconds = time.perf_counter() - started
    print(f"{label:<34} {len(text) / seconds / 1e6:6.2f} M chars/s  ({seconds:.2f} s)")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=2.0)
    size = int(parser.parse_args().mb * 1_000_000)
    plain = corpus(size)
    watermarked = marked(plain)
    cyrillic = (CYRILLIC * (size // len(CYRILLIC) + 1))[:size]
    find("warm up the Unicode tables: а\u200b")
    total = rate("find, plain English", find, plain)
    rate("find, watermarked English", find, watermarked)
    rate("find, Cyrillic", find, cyrillic)
    rate("normalise, plain English", normalise, plain)
    rate("normalise, watermarked English", normalise, watermarked)
    glyphs = rate(
        "homoglyph step alone, watermarked", lambda t: list(homoglyphs.swaps(t)), watermarked
    )
    print(f"homoglyph share of find (watermarked): {glyphs / max(total, 1e-9):.1f}x plain find")


if __name__ == "__main__":
    main()
