"""An organisation's short name defined beside it: "Kalinda Regional Medical Center
(KRMC)", "Velska Remand Centre No. 1 ("SIZO-1")".

Reports, judgments and articles name a body in full once and give the short form in
brackets, to use from then on. The full name is found by the model or the body finders;
the short form, often an acronym of letters the reader has never seen, is not, and every
later "KRMC" names the same hospital. So a bracketed word in capitals (letters, digits,
hyphens) directly after an organisation found is the same organisation, and linking
then finds its other mentions.

Not a classification marking ("(C)", "(SBU)", "(PROTECT)"), a cable's reference
("(REF)") or a currency or unit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workstation.detection.findings import Finding
from workstation.detection.layout.words import word_set

ENTITY = "ORGANIZATION"
PATTERN = "the short name defined beside it"
_SHORT = re.compile(
    r"[ \t]*\([ \t]*[\"\u201c\u00ab]?[ \t]*"
    r"(?P<short>[^\W\d_a-z](?:[^\W_a-z]|[-.&](?=[^\W_a-z])){1,11})"
    r"[ \t]*[\"\u201d\u00bb]?[ \t]*\)"
)
# Markings, references, currencies and units that follow a body's name in brackets
# without naming it: a cable's "(REF)", "(REFTEL)" and "(SIC)" point to its references.
_NOT_SHORT_NAMES = word_set(
    """
    c s u sbu ts tsc nf noforn protect orcon rel usd eur gbp xof xaf ltd plc inc llc
    sa ag gmbh pvt pte bhd fze ref refs reftel sic ibid para paras
    """
)


def defined_short_names(findings: list[Finding], text: str) -> list[tuple[Finding, Finding]]:
    """Short names in brackets directly after an organisation found, not yet covered by
    a finding: each as a new organisation finding, with the finding it stands for."""
    taken = [(f.start, f.end) for f in findings]
    added: list[tuple[Finding, Finding]] = []
    for finding in findings:
        if finding.entity != ENTITY or finding.decision == "ignore":
            continue
        match = _SHORT.match(text, finding.end)
        if match is None:
            continue
        short = match.group("short")
        if short.casefold() in _NOT_SHORT_NAMES or not any(c.isalpha() for c in short):
            continue
        if sum(1 for c in short if c.isupper()) < 2:
            continue
        start, end = match.span("short")
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        short_name = replace(
            finding,
            start=start,
            end=end,
            pattern=PATTERN,
            notes=(*finding.notes, f"{PATTERN}, after an organisation found"),
        )
        added.append((short_name, finding))
    return added
