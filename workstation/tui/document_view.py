"""The document with its proposals, drawn with Textual's Line API.

Only the visible lines are rendered (``render_line``), so a 2 MB document with 10,000
proposals scrolls and updates as fast as a short one. Control, bidi, zero-width and
other invisible characters, and unusual spaces, are each drawn as one coloured glyph
(``workstation.fingerprints.glyphs``), one for one, so offsets still match, a canary
trap cannot hide, and the text can never drive the terminal. Fingerprint findings are
highlighted like proposals (a look-alike letter with its whole word). Words OCR read
with low confidence (on pages read from their pictures) are marked over whatever else
is drawn on them, so a proposal on such a word shows both.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from workstation.fingerprints.glyphs import LEGEND as GLYPH_LEGEND
from workstation.fingerprints.glyphs import with_glyphs
from workstation.services.fingerprinting import StoredFinding
from workstation.services.review import Review, is_manual
from workstation.services.scanning import StoredProposal

# The marks drawn on the text: component classes, styled in workstation.tcss.
PENDING = "document-view--pending"
ACCEPTED = "document-view--accepted"
REJECTED = "document-view--rejected"
MANUAL = "document-view--manual"
FINDING_PENDING = "document-view--finding-pending"
FINDING_ACCEPTED = "document-view--finding-accepted"
DISGUISED_WORD = "document-view--disguised-word"
LOW_CONFIDENCE = "document-view--low-confidence"
"""Added to whatever else a word shows: OCR was not sure of it."""
ENTITY_SHADES = tuple(f"document-view--entity-{shade}" for shade in range(6))
"""A pending proposal's letters take one of these colours, chosen by its entity type."""
MARKER = "document-view--marker"
"""A glyph standing for an invisible character (``workstation.fingerprints.glyphs``)."""
CURRENT = "document-view--current"
SELECTION = "document-view--selection"
CARET = "document-view--caret"

MARKS = (
    (
        (PENDING, "proposal to decide"),
        (ACCEPTED, "redacted"),
        (REJECTED, "kept"),
        (MANUAL, "manual redaction"),
    ),
    (
        (FINDING_PENDING, "fingerprint finding to decide"),
        (FINDING_ACCEPTED, "removed at release"),
        (DISGUISED_WORD, "look-alike letters"),
    ),
    ((LOW_CONFIDENCE, "OCR word read with low confidence: check it against the page (o)"),),
)
"""Each mark and what it means: a line for proposals, one for fingerprint findings, one
for what OCR read.
The help screen's legend is drawn from this list in the marks' own styles, so the
legend and the text cannot disagree."""
PROPOSAL_MARKS = {"accepted": ACCEPTED, "rejected": REJECTED}
FINDING_MARKS = {"pending": FINDING_PENDING, "accepted": FINDING_ACCEPTED, "rejected": REJECTED}
"""A finding an editor keeps is drawn as a kept proposal."""


@dataclass
class Lines:
    """The rows the text is drawn in: each line of the text, cut into rows no wider than
    the view (after the last space that fits, or hard where none does). Rows only point
    into the text, so every offset stays what it is in the text."""

    text: str
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, text: str, width: int = 0) -> Lines:
        """Rows of at most ``width`` characters; ``width`` 0 keeps each line one row."""
        starts: list[int] = []
        ends: list[int] = []
        line_start = 0
        while True:
            newline = text.find("\n", line_start)
            line_end = len(text) if newline == -1 else newline
            row = line_start
            while width > 0 and line_end - row > width:
                space = text.rfind(" ", row + 1, row + width)
                cut = space + 1 if space > row else row + width
                starts.append(row)
                ends.append(cut)
                row = cut
            starts.append(row)
            ends.append(line_end)
            if newline == -1:
                return cls(text, starts, ends)
            line_start = newline + 1

    def line_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def bounds(self, line: int) -> tuple[int, int]:
        return self.starts[line], self.ends[line]


class DocumentView(ScrollView, can_focus=True):
    """Text, highlights, the current proposal, a caret and a selection for manual spans.

    Every colour is a component class styled in ``workstation.tcss``; ``render_line``
    reads them with ``get_component_rich_style`` (cached by Textual until the CSS
    changes).
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *(name for line in MARKS for name, _ in line),
        *ENTITY_SHADES,
        MARKER,
        CURRENT,
        SELECTION,
        CARET,
    }

    class SelectionMade(Message):
        """The mouse finished selecting a span (offsets into the text)."""

        def __init__(self, start: int, end: int) -> None:
            super().__init__()
            self.start, self.end = start, end

    class Clicked(Message):
        """A click without a drag, at an offset into the text (to choose a proposal)."""

        def __init__(self, offset: int) -> None:
            super().__init__()
            self.offset = offset

    def __init__(self, review: Review, id: str | None = None) -> None:
        super().__init__(id=id)
        self.review = review
        self.preview = False
        self.chosen: int | None = None
        self.chosen_finding: str | None = None
        self.caret = 0
        self.select_from: int | None = None
        self._dragging = False
        self.wrap_width = 0
        unsure = review.readings.low_confidence()
        self.unsure_starts = [word.start for word in unsure]
        self.unsure_ends = [word.end for word in unsure]
        self.load(review.text)

    def load(self, text: str) -> None:
        self.shown, self.markers = with_glyphs(text)
        self._lay_out()

    def _lay_out(self) -> None:
        """Rows for the current width (long lines wrap), and what each row shows."""
        self.lines = Lines.of(self.shown, self.wrap_width)
        self._index_proposals()
        widest = max(
            (end - start for start, end in map(self.lines.bounds, range(len(self.lines.starts)))),
            default=0,
        )
        self.virtual_size = Size(widest + 1, len(self.lines.starts))
        self.refresh()

    def _index_proposals(self) -> None:
        """For each line, the positions (in review.proposals) of proposals touching it,
        and the text findings (positions in review.findings) drawn on it."""
        self.by_line: dict[int, list[int]] = {}
        self.findings_by_line: dict[int, list[int]] = {}
        if self.preview:
            return
        for position, proposal in enumerate(self.review.proposals):
            first, last = self.lines.line_of(proposal.start), self.lines.line_of(proposal.end - 1)
            for line in range(first, last + 1):
                self.by_line.setdefault(line, []).append(position)
        for position, stored in enumerate(self.review.findings):
            if stored.finding.start < 0:
                continue  # about the original file, not a place in the text
            start, end = self.review.highlight(stored)
            for line in range(
                self.lines.line_of(start), self.lines.line_of(max(start, end - 1)) + 1
            ):
                self.findings_by_line.setdefault(line, []).append(position)

    def reindex(self) -> None:
        self._index_proposals()
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        width = max(event.size.width - 1, 0)  # a column for the caret after a row's end
        if width != self.wrap_width:
            self.wrap_width = width
            self._lay_out()

    # Rendering ---------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        line = scroll_y + y
        if line >= len(self.lines.starts):
            return Strip.blank(self.size.width)
        start, end = self.lines.bounds(line)
        layers = self._marker_layers(start, end)
        layers += [
            layer
            for position in self.findings_by_line.get(line, ())
            for layer in self._finding_layers(self.review.findings[position])
        ]
        layers += [self._layer(position) for position in self.by_line.get(line, ())]
        layers += self._chosen_finding_layers(line)
        layers += self._selection_layers()
        caret = self.caret if self.has_focus else -1
        characters = self.shown[start:end] + " "
        overlays = self._unsure_layers(start, end)
        edges = [edge for low, high, _ in layers + overlays for edge in (low, high)]
        edges += [caret, caret + 1]
        cuts = sorted(
            {0, len(characters)} | {min(max(edge - start, 0), len(characters)) for edge in edges}
        )
        caret_style = self.mark(CARET)
        segments = []
        for left, right in itertools.pairwise(cuts):
            if left == right:
                continue
            style = Style()
            for low, high, layer_style in layers:  # later layers (the selection) win
                if low <= start + left < high:
                    style = layer_style
            for low, high, layer_style in overlays:  # added to what is drawn there
                if low <= start + left < high:
                    style += layer_style
            if start + left == caret:
                style += caret_style  # the caret shows what it is on
            segments.append(Segment(characters[left:right], style))
        return Strip(segments).crop(scroll_x, scroll_x + self.size.width)

    def mark(self, component: str) -> Style:
        """A mark's style alone (not mixed with the view's own), as workstation.tcss sets it."""
        return self.get_component_rich_style(component, partial=True)

    def _layer(self, position: int) -> tuple[int, int, Style]:
        """A proposal's span and style; spans are drawn as runs, not character by character."""
        proposal = self.review.proposals[position]
        style = self.style_for(proposal)
        if position == self.chosen:
            style = style + self.mark(CURRENT)
        return proposal.start, proposal.end, style

    def _unsure_layers(self, start: int, end: int) -> list[tuple[int, int, Style]]:
        """The words OCR read with low confidence between `start` and `end`."""
        if self.preview:
            return []
        first = bisect.bisect_right(self.unsure_ends, start)
        last = bisect.bisect_left(self.unsure_starts, end, lo=first)
        unsure = self.mark(LOW_CONFIDENCE)
        return [
            (low, high, unsure)
            for low, high in zip(
                self.unsure_starts[first:last], self.unsure_ends[first:last], strict=True
            )
        ]

    def _marker_layers(self, start: int, end: int) -> list[tuple[int, int, Style]]:
        """Every glyph standing for an invisible character, coloured so it stands out."""
        first = bisect.bisect_left(self.markers, start)
        last = bisect.bisect_left(self.markers, end, lo=first)
        marker = self.mark(MARKER)
        return [(offset, offset + 1, marker) for offset in self.markers[first:last]]

    def _finding_layers(
        self, stored: StoredFinding, current: bool = False
    ) -> list[tuple[int, int, Style]]:
        """A finding's characters in its state's style; a look-alike letter's word too."""
        state = FINDING_MARKS.get(stored.state)
        style = self.mark(state) if state else Style()
        disguised = self.mark(DISGUISED_WORD)
        if current:
            style, disguised = style + self.mark(CURRENT), disguised + self.mark(CURRENT)
        layers = []
        word_start, word_end = self.review.highlight(stored)
        if (word_start, word_end) != (stored.finding.start, stored.finding.end):
            layers.append((word_start, word_end, disguised))
        layers.append((stored.finding.start, stored.finding.end, style))
        return layers

    def _chosen_finding_layers(self, line: int) -> list[tuple[int, int, Style]]:
        """The current finding, drawn over the proposals so it is seen even inside one."""
        if self.chosen_finding is None or self.preview:
            return []
        stored = self.review.finding(self.chosen_finding)
        if stored.finding.start < 0:
            return []
        start, end = self.review.highlight(stored)
        if not self.lines.line_of(start) <= line <= self.lines.line_of(max(start, end - 1)):
            return []
        return self._finding_layers(stored, current=True)

    def _selection_layers(self) -> list[tuple[int, int, Style]]:
        if self.select_from is None:
            return []
        low, high = sorted((self.select_from, self.caret))
        return [(low, high, self.mark(SELECTION))]

    def style_for(self, proposal: StoredProposal) -> Style:
        if is_manual(proposal):
            return self.mark(MANUAL)
        if proposal.state == "pending":
            return self.entity_style(proposal.entity)
        state = PROPOSAL_MARKS.get(proposal.state)
        return self.mark(state) if state else Style()

    def entity_style(self, entity: str) -> Style:
        """Pending proposals are coloured by entity too, so types stand apart at a glance."""
        if not entity:
            return Style()
        shade = ENTITY_SHADES[sum(map(ord, entity)) % len(ENTITY_SHADES)]
        return self.mark(PENDING) + self.mark(shade)

    def legend(self) -> Text:
        """What the glyphs and marks in the text mean, each drawn in the style the text
        uses (for the help screen)."""
        marker = self.mark(MARKER)
        glyphs = [Text.assemble((glyph, marker), f"  {meaning}") for glyph, meaning in GLYPH_LEGEND]
        marks = [
            Text(" · ").join(Text(meaning, self.mark(name)) for name, meaning in line)
            for line in MARKS
        ]
        return Text("\n").join([Text("Marks in the document:"), *glyphs, *marks])

    # Moving ------------------------------------------------------------------------------

    def show_proposal(self, position: int | None) -> None:
        """Make ``position`` current and scroll it into view (centred when it was off-screen)."""
        self._unchoose_finding()
        previous, self.chosen = self.chosen, position
        if position is None:
            self.refresh()
            return
        proposal = self.review.proposals[position]
        self.caret = proposal.start
        self._refresh_offsets(proposal.start, proposal.end)
        if previous is not None and previous < len(self.review.proposals):
            old = self.review.proposals[previous]
            self._refresh_offsets(old.start, old.end)
        self.scroll_to_offset(proposal.start)

    def show_finding(self, identifier: str) -> None:
        """Make a fingerprint finding current; one in the text is scrolled into view."""
        if self.chosen is not None and self.chosen < len(self.review.proposals):
            old = self.review.proposals[self.chosen]
            self._refresh_offsets(old.start, old.end)
        self.chosen = None
        self._unchoose_finding()
        self.chosen_finding = identifier
        stored = self.review.finding(identifier)
        if stored.finding.start >= 0:
            start, end = self.review.highlight(stored)
            self.caret = stored.finding.start
            self._refresh_offsets(start, end)
            self.scroll_to_offset(stored.finding.start)

    def current_id(self) -> str | None:
        """The id of the current proposal or finding, if any."""
        if self.chosen_finding is not None:
            return self.chosen_finding
        if self.chosen is not None and self.chosen < len(self.review.proposals):
            return self.review.proposals[self.chosen].id
        return None

    def refresh_findings(self, identifiers: list[str]) -> None:
        for identifier in identifiers:
            stored = self.review.finding(identifier)
            if stored.finding.start >= 0:
                self._refresh_offsets(*self.review.highlight(stored))

    def _unchoose_finding(self) -> None:
        if self.chosen_finding is not None:
            identifier, self.chosen_finding = self.chosen_finding, None
            self.refresh_findings([identifier])

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll only when the offset is off-screen: a scroll repaints every visible line,
        a jump within the screen two. The line then lands in the middle, with context
        above it and room for the next proposals below."""
        line = self.lines.line_of(offset)
        column = offset - self.lines.starts[line]
        x, y = int(self.scroll_offset.x), int(self.scroll_offset.y)
        width, height = self.scrollable_content_region.size
        if y <= line < y + height and x <= column < x + width:
            return
        target_x = x if x <= column < x + width else max(0, column - width // 2)
        self.scroll_to(target_x, max(0, line - height // 2), animate=False, force=True)

    def refresh_proposals(self, positions: list[int]) -> None:
        for position in positions:
            proposal = self.review.proposals[position]
            self._refresh_offsets(proposal.start, proposal.end)

    def _refresh_offsets(self, start: int, end: int) -> None:
        first, last = self.lines.line_of(start), self.lines.line_of(max(start, end - 1))
        top = int(self.scroll_offset.y)
        if last < top or first > top + self.size.height:
            return
        first, last = max(first, top), min(last, top + self.size.height)
        self.refresh_lines(first - top, last - first + 1)

    # Caret and selection (keyboard and mouse) --------------------------------------------

    def move_caret(self, delta_chars: int = 0, delta_lines: int = 0, select: bool = False) -> None:
        if select and self.select_from is None:
            self.select_from = self.caret
        elif not select:
            self.select_from = None
        if delta_lines:
            line = self.lines.line_of(self.caret)
            column = self.caret - self.lines.starts[line]
            target = min(max(line + delta_lines, 0), len(self.lines.starts) - 1)
            start, end = self.lines.bounds(target)
            self.caret = min(start + column, end)
        self.caret = min(max(self.caret + delta_chars, 0), len(self.shown))
        self.scroll_to_offset(self.caret)
        self.refresh()

    def selection(self) -> tuple[int, int] | None:
        if self.select_from is None or self.select_from == self.caret:
            return None
        low, high = sorted((self.select_from, self.caret))
        return low, high

    def clear_selection(self) -> None:
        self.select_from = None
        self.refresh()

    def _offset_at(self, x: int, y: int) -> int:
        line = min(int(self.scroll_offset.y) + y, len(self.lines.starts) - 1)
        start, end = self.lines.bounds(max(line, 0))
        return min(start + int(self.scroll_offset.x) + max(x, 0), end)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        self.focus()
        self.caret = self._offset_at(event.x, event.y)
        self.select_from, self._dragging = self.caret, True
        self.capture_mouse()
        self.refresh()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._dragging:
            self.caret = self._offset_at(event.x, event.y)
            self.refresh()

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if not self._dragging:
            return
        self._dragging = False
        self.release_mouse()
        chosen = self.selection()
        if chosen:
            self.post_message(self.SelectionMade(*chosen))
        else:
            self.select_from = None
            self.post_message(self.Clicked(self.caret))
