"""Phrase recognizers: what identifies a person without naming them, read from the words.

The second edition of the labelling rules (issue 16) counts as identifying much that
the model has no label for: reference numbers, amounts, counts, durations, ages,
professions, health, family and social status, nationality and belief, events. Each
module here finds one family of them as whole expressions ("Senegalese national", not
"Senegalese" with "national" left readable), and the names that cue words announce.
Like the layout recognizers they are plain Python, wrapped by the engine as presidio
recognizers only for policies that ask for their entities.
"""

from __future__ import annotations

from workstation.detection.layout import LayoutFinder
from workstation.detection.phrases import references

__all__ = ["ENTITIES", "FINDERS"]

FINDERS: tuple[LayoutFinder, ...] = (
    LayoutFinder("reference-numbers", frozenset({references.ENTITY}), references.reference_numbers),
)
ENTITIES = frozenset().union(*(finder.entities for finder in FINDERS))
