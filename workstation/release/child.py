"""Entry point of the release child: `python -m workstation.release.child`.

The original PDF is as hostile at release as it was at intake, so PyMuPDF works on it
in a child confined the same way (memory, CPU, no file writes, no core dumps, minimal
environment; see ``workstation.confined``). It reads one line of limits, one line
of job (JSON), then the input bytes, and answers ``OK\\n`` plus the PDF, or ``NO\\n``.
Nothing it prints reaches the user: a failure is only ever "the PDF could not be made".
"""

from __future__ import annotations

import sys

from workstation.confined.child import enter, exit_quietly
from workstation.release import jobs

JOB_LINE_MAX = 64 * 1024 * 1024
OK, NO = b"OK\n", b"NO\n"


def main() -> int:
    reply, _ = enter()
    from workstation.release import pdf_engine  # noqa: PLC0415 - only once confined

    job = jobs.decode(sys.stdin.buffer.readline(JOB_LINE_MAX))
    data = sys.stdin.buffer.read()
    try:
        if isinstance(job, jobs.TypesetJob):
            produced = pdf_engine.typeset(data.decode("utf-8"))
        else:
            produced = pdf_engine.redact_pdf(
                data,
                job.spans,
                job.rasterize,
                job.fill_labels,
                job.strip_hidden,
                job.clean_tracking_dots,
            )
    except Exception:
        reply.write(NO)
    else:
        reply.write(OK + produced)
    reply.flush()
    return 0


if __name__ == "__main__":
    exit_quietly(main)
