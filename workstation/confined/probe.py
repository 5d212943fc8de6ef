"""A child that does nothing but confine and isolate itself: `python -m
workstation.confined.probe`.

Its report line says which mechanisms hold on this machine, so a program can tell the
user before any document is read (the review UI starts one when it opens), and
`spawn.run` notes what is missing as it does for every child.
"""

from __future__ import annotations

from workstation.confined.child import enter, exit_quietly


def main() -> int:
    enter()
    return 0


if __name__ == "__main__":
    exit_quietly(main)
