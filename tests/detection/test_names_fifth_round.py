"""Names in the shapes other writers use: inverted display names in quotes and quoted
headers, initials after a surname, hyphenated halves, chat exports with tabs.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.layout import fields


def _names(finder: object, text: str) -> list[str]:
    return [text[s.start : s.end] for s in finder(text)]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('To: "Okoro, Ngozi" <n.okoro@firm.example.com>\n', "Okoro, Ngozi"),
        ('Cc: "Pham, Thi Lan" <tl.pham@firm.example.com>\n', "Pham, Thi Lan"),
        ('From: "Kravets, Oleh D." <o.k@firm.example.com>\n', "Kravets, Oleh D."),
        ('To: "Wong, Ka-ming (Kevin)" <k.wong@firm.example.com>\n', "Wong, Ka-ming (Kevin)"),
        ("> From: Ruiz June, Alma\n> Sent: Monday, 3 March\n", "Ruiz June, Alma"),
    ],
)
def test_inverted_display_names_in_address_fields(text: str, expected: str) -> None:
    assert _names(fields.header_names, text) == [expected]


def test_an_inverted_value_needs_a_name_first() -> None:
    assert _names(fields.header_names, 'To: "the Board, Finance" <b@x.example.com>\n') == []
