"""Pooled children: a job cut off at its reply cap, and the zygote serving the next."""

from __future__ import annotations

from workstation.confined import spawn
from workstation.confined.limits import ChildLimits
from workstation.confined.pool import pooled
from workstation.intake import protocol
from workstation.intake.sandbox import CHILD_MODULE, ZYGOTE_PRELOAD

TEXT = b"The consul met Odile Brandt at dawn.\n" * 200


def extract_text(max_reply: int = 1024 * 1024) -> spawn.Finished | spawn.Stopped:
    return spawn.run(CHILD_MODULE, ["txt"], TEXT, ChildLimits(timeout_seconds=20), max_reply)


def test_a_reply_past_its_cap_is_cut_off_and_the_next_job_still_runs() -> None:
    with pooled(1, ZYGOTE_PRELOAD) as pool:
        zygotes = pool.pids()
        assert extract_text(max_reply=100) == spawn.Stopped("reply_too_long")
        finished = extract_text()
        assert isinstance(finished, spawn.Finished) and finished.returncode == 0
        assert protocol.decode(finished.reply).text == TEXT.decode()
        assert pool.pids() == zygotes  # the same zygote served both jobs
