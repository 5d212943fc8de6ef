"""The confined child process: the one place a child is spawned, limited and read back.

Every parser or renderer that touches a hostile document (intake's extraction and
inspection, release's PDF redaction) runs in a child process started here, confined to
`ChildLimits`, with a minimal environment and its reply read up to a cap. Stronger
isolation (seccomp, Landlock, namespaces) belongs here too, so that every child gets it.
"""

from workstation.confined.limits import ChildLimits

__all__ = ["ChildLimits"]
