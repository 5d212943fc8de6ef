"""Optical character recognition of one picture: words with boxes and confidences.

Tesseract (through tesserocr, whose wheel bundles libtesseract and leptonica) reads a
Pillow image. Setting an engine up loads the language model (a tenth of a second and
tens of megabytes), so each process keeps one engine per set of languages and reuses
it; a lock keeps two threads from sharing it at once. tesserocr releases the GIL while
Tesseract works, so `read_all` reads pages side by side in threads, each with its
own engine (one Tesseract instance may not be used by two threads at once).
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import tesserocr
from PIL import Image

from workstation.pixels import languages as installed
from workstation.pixels.boxes import Box

DEFAULT_LANGUAGES = ("eng",)
_WORD_LEVEL = "5"
_TSV_FIELDS = 12


@dataclass(frozen=True)
class Word:
    """One word as Tesseract read it.

    `box` is in pixels of the image read, `points` the same rectangle in PDF points at
    the reading's resolution. `block`, `paragraph` and `line` number the word's place in
    Tesseract's layout (reading order); `confidence` runs from 0 to 100.
    """

    text: str
    box: Box
    points: Box
    confidence: float
    block: int
    paragraph: int
    line: int


@dataclass(frozen=True)
class Reading:
    """Every word Tesseract found in one image, in reading order."""

    words: tuple[Word, ...]
    width: int
    height: int
    dpi: float

    @property
    def text(self) -> str:
        """The words joined by spaces, lines by line breaks (for comparisons, not storage)."""
        lines: list[str] = []
        previous: tuple[int, int, int] | None = None
        for word in self.words:
            place = (word.block, word.paragraph, word.line)
            if place != previous:
                lines.append(word.text)
                previous = place
            else:
                lines[-1] += " " + word.text
        return "\n".join(lines)


class Engine:
    """One Tesseract instance for a set of languages, used by one thread at a time."""

    def __init__(self, languages: Sequence[str]) -> None:
        names = installed.checked(languages)
        self._api = tesserocr.PyTessBaseAPI(
            path=str(installed.data_folder()),
            lang="+".join(names),
            psm=tesserocr.PSM.AUTO,
            oem=tesserocr.OEM.LSTM_ONLY,
        )
        # Tesseract's own messages ("Empty page!!", resolution warnings) go to stderr,
        # which is the terminal under the review UI, unless sent to /dev/null (which
        # tesserocr also asks for). A confined child may not open files for writing,
        # /dev/null included; Tesseract would then print through a null stream and
        # crash on its first message (a picture without text prints one), so there
        # the messages go to stderr, which the child has on /dev/null already.
        self._api.SetVariable("debug_file", os.devnull if _can_write_devnull() else "")
        self._lock = threading.Lock()

    def read(self, image: Image.Image, dpi: float) -> Reading:
        """The words in `image`, a rendering at `dpi` (which also sets the PDF-point boxes)."""
        with self._lock:
            self._api.SetImage(_readable(image))
            self._api.SetSourceResolution(round(dpi))
            self._api.Recognize()
            tsv = self._api.GetTSVText(0)
            self._api.Clear()
        return Reading(_words(tsv, dpi), image.width, image.height, dpi)


def _can_write_devnull() -> bool:
    """Whether /dev/null opens as Tesseract opens its debug file ("wb")."""
    try:
        with open(os.devnull, "wb"):
            return True
    except OSError:
        return False


_local = threading.local()


def engine(languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> Engine:
    """This thread's engine for `languages`, made on first use and kept."""
    engines: dict[tuple[str, ...], Engine] = _local.__dict__.setdefault("engines", {})
    if languages not in engines:
        engines[languages] = Engine(languages)
    return engines[languages]


def read(image: Image.Image, dpi: float, languages: Sequence[str] = DEFAULT_LANGUAGES) -> Reading:
    """OCR `image` (rendered or scanned at `dpi`) with this thread's engine."""
    return engine(tuple(languages)).read(image, dpi)


def read_all(
    images: Iterable[Image.Image],
    dpi: float,
    languages: Sequence[str] = DEFAULT_LANGUAGES,
    *,
    workers: int = 1,
) -> Iterator[Reading]:
    """The readings of `images`, in order, `workers` at a time. Images are taken from
    the iterable only as workers free up (two waiting per worker), so a long document's
    renderings are not all held at once; rendering stays in the calling thread."""
    names = tuple(languages)
    if workers <= 1:
        for image in images:
            yield read(image, dpi, names)
        return
    pending: deque[Future[Reading]] = deque()
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr") as pool:
        for image in images:
            pending.append(pool.submit(read, image, dpi, names))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _readable(image: Image.Image) -> Image.Image:
    """Grey or colour pixels Tesseract takes as they are (no alpha, no palette)."""
    if image.mode in ("L", "RGB"):
        return image
    if image.mode in ("RGBA", "LA", "P", "PA"):
        white = Image.new("RGB", image.size, "white")
        white.paste(image.convert("RGBA"), mask=image.convert("RGBA").getchannel("A"))
        return white
    return image.convert("RGB")


def _words(tsv: str, dpi: float) -> tuple[Word, ...]:
    """Word rows of Tesseract's TSV: level, page, block, paragraph, line, word number,
    left, top, width, height, confidence, text."""
    words = []
    for row in tsv.splitlines():
        fields = row.split("\t")
        if fields[0] != _WORD_LEVEL or len(fields) != _TSV_FIELDS or not fields[11].strip():
            continue
        left, top, width, height = (int(value) for value in fields[6:10])
        box = Box(left, top, left + width, top + height)
        words.append(
            Word(
                text=fields[11],
                box=box,
                points=box.to_points(dpi),
                confidence=float(fields[10]),
                block=int(fields[2]),
                paragraph=int(fields[3]),
                line=int(fields[4]),
            )
        )
    return tuple(words)
