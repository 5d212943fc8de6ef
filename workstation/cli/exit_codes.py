"""The exit codes of `workstation`, in one place: scripts decide on them.

Intake's own code exists because a script that retries on any non-zero code would store
the same documents again: "stored but not reviewable" is not a failure to retry.
"""

OK = 0
FAILURE = 1
"""Something failed or was refused (one line on stderr says what); nothing of it stored."""
USAGE = 2
"""The command line itself was wrong (click's usage errors)."""
STORED_NOT_REVIEWABLE = 3
"""intake: every file was stored, but some could not be read for review. Do not retry."""
INTERNAL = 70
INTERRUPTED = 130

HELP = (
    "Exit codes: 0 done; 1 failed or refused (one line on stderr says why; what was"
    " refused is not stored); 2 wrong usage; 3 intake stored every file but some are not"
    " reviewable (do not retry: it would store them again); 70 internal error;"
    " 130 interrupted."
)
