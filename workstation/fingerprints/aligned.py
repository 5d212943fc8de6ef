"""The text as it will be released, with a map back to the stored text.

Detection runs on the normalised text (issue 14): marks must not create or split
entities, and two copies that differ only in marks must get the same proposals.
Proposals are kept as offsets into the stored text, so each span found in the
normalised text is mapped back here. Normalisation only deletes, swaps or merges
characters near where they were and keeps lines, so the two texts are aligned line by
line, then character by character within each changed line.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from workstation.fingerprints.text_pass import MECHANICAL_KINDS, normalise


@dataclass(frozen=True)
class Aligned:
    """The normalised text and, per character of it, where it came from."""

    text: str
    starts: tuple[int, ...]
    """Offset in the stored text where each normalised character's source begins."""
    ends: tuple[int, ...]
    """Offset in the stored text just after each normalised character's source."""

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The stored text's span for the normalised span [start, end)."""
        if end <= start:
            point = self.starts[start] if start < len(self.starts) else self.ends[-1]
            return point, point
        return self.starts[start], self.ends[end - 1]


def released_text(stored: str) -> Aligned:
    """The stored text with every mechanical kind normalised, mapped back."""
    return align(stored, normalise(stored, also=MECHANICAL_KINDS))


def align(original: str, normalised: str) -> Aligned:
    starts: list[int] = []
    ends: list[int] = []
    old_lines = original.splitlines(keepends=True)
    new_lines = normalised.splitlines(keepends=True)
    old_at = _line_offsets(old_lines)
    new_at = _line_offsets(new_lines)
    opcodes: list[tuple[str, int, int, int, int]] = [
        ("replace", 0, len(old_lines), 0, len(new_lines))  # the usual case: line for line
    ]
    if len(old_lines) != len(new_lines):
        matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
        opcodes = [(tag, i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            for k in range(new_at[j2] - new_at[j1]):
                starts.append(old_at[i1] + k)
                ends.append(old_at[i1] + k + 1)
        elif tag == "replace" and i2 - i1 == j2 - j1:
            for old, new in zip(range(i1, i2), range(j1, j2), strict=True):
                if old_lines[old] == new_lines[new]:
                    size = len(new_lines[new])
                    starts.extend(range(old_at[old], old_at[old] + size))
                    ends.extend(range(old_at[old] + 1, old_at[old] + size + 1))
                else:
                    _chars(old_lines[old], new_lines[new], old_at[old], starts, ends)
        else:
            old_chunk = "".join(old_lines[i1:i2])
            new_chunk = "".join(new_lines[j1:j2])
            _chars(old_chunk, new_chunk, old_at[i1], starts, ends)
    if len(starts) != len(normalised):  # cannot happen; never map wrongly
        raise ValueError("the normalised text could not be aligned")
    return Aligned(normalised, tuple(starts), tuple(ends or [0]))


def _line_offsets(lines: list[str]) -> list[int]:
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    return offsets


def _chars(old: str, new: str, base: int, starts: list[int], ends: list[int]) -> None:
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for k in range(j2 - j1):
                starts.append(base + i1 + k)
                ends.append(base + i1 + k + 1)
        elif tag in ("replace", "insert"):
            starts.extend([base + i1] * (j2 - j1))
            ends.extend([base + i2] * (j2 - j1))
