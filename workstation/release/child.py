"""Entry point of the release child: `python -m workstation.release.child`.

The original PDF is as hostile at release as it was at intake, so PyMuPDF works on it
in a child confined the same way (memory, CPU, no file writes, no core dumps, minimal
environment; see ``workstation.confined``); the released file is read back for the
pixel check in a child too (PDFium and Tesseract parse it). It reads one line of
limits, one line of job (JSON), then the input bytes, and answers ``OK\\n`` plus the PDF
(or, for a pixel check, one line of JSON), or ``NO\\n``, followed for a span it could not
find by ``unlocated PAGE SPAN_ID``. Nothing else it prints reaches the user.
"""

from __future__ import annotations

import json
import sys

from workstation.confined.child import enter, exit_quietly
from workstation.release import jobs

JOB_LINE_MAX = 64 * 1024 * 1024
OK, NO = b"OK\n", b"NO\n"


def main() -> int:
    reply, _ = enter()
    from workstation.release import pdf_engine, rebuilding  # noqa: PLC0415 - only once confined
    from workstation.release.span_boxes import SpanNotLocated  # noqa: PLC0415

    job = jobs.decode(sys.stdin.buffer.readline(JOB_LINE_MAX))
    data = sys.stdin.buffer.read()
    try:
        if isinstance(job, jobs.TypesetJob):
            produced = pdf_engine.typeset(data.decode("utf-8"))
        elif isinstance(job, jobs.RebuildJob):
            produced = rebuilding.rebuild_pdf(
                rebuilding.picture_pdf(data) if job.picture else data,
                job.spans,
                text_layer=job.text_layer,
                clean_tracking_dots=job.clean_tracking_dots,
                languages=job.languages,
                fill_labels=job.fill_labels,
                blackouts=job.blackouts,
            )
        elif isinstance(job, jobs.PixelCheckJob):
            produced = _pixel_check(data, job)
        elif isinstance(job, jobs.PageWordsJob):
            from workstation.release.page_words import page_words  # noqa: PLC0415

            produced = json.dumps(page_words(data, job.picture)).encode() + b"\n"
        elif isinstance(job, jobs.PreviewJob):
            from workstation.release.preview import preview  # noqa: PLC0415

            produced = preview(data, job)
        else:
            produced = pdf_engine.redact_pdf(
                data,
                job.spans,
                job.rasterize,
                job.fill_labels,
                job.strip_hidden,
                job.clean_tracking_dots,
            )
    except SpanNotLocated as missing:
        reply.write(NO + f"unlocated {missing.page} {missing.span_id}\n".encode())
    except Exception:
        reply.write(NO)
    else:
        reply.write(OK + produced)
    reply.flush()
    return 0


def _pixel_check(data: bytes, job: jobs.PixelCheckJob) -> bytes:
    """The pixel check's report: pages, words, and [term index, page] per sighting."""
    from workstation.pixels import pixel_check  # noqa: PLC0415 - only once confined
    from workstation.pixels.errors import PictureRefused  # noqa: PLC0415

    terms = [pixel_check.Term(str(index), text) for index, text in enumerate(job.terms)]
    try:
        report = pixel_check.check(data, terms, languages=job.languages)
    except PictureRefused as refused:
        return json.dumps({"refused": refused.code}).encode() + b"\n"
    sightings = [[int(seen.label), seen.page] for seen in report.sightings]
    answer = {"pages": report.pages, "words": report.words, "sightings": sightings}
    return json.dumps(answer).encode() + b"\n"


if __name__ == "__main__":
    exit_quietly(main)
