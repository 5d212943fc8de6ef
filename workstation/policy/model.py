"""The policy model. ``extra="forbid"`` everywhere: a misspelt key is an error, not a no-op."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Decision = Literal["redact", "review", "ignore"]
Score = Annotated[float, Field(ge=0.0, le=1.0)]
Name = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")]
EntityName = Annotated[str, Field(pattern=r"^[A-Z][A-Z0-9_]*$", max_length=64)]
OcrLanguage = Annotated[str, Field(pattern=r"^[a-z]{3}(?:_[a-z]{3,4})?$", max_length=8)]
"""A Tesseract traineddata name ("eng", "deu", "chi_sim"): whether it is installed is
checked where OCR runs (`workstation.pixels.languages`), which names the package."""

PRESIDIO_ENTITIES = frozenset(
    {
        "PERSON",
        "LOCATION",
        "ORGANIZATION",
        "NRP",
        "DATE_TIME",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "CRYPTO",
        "IBAN_CODE",
        "IP_ADDRESS",
        "MAC_ADDRESS",
        "URL",
        "UUID",
        "MEDICAL_LICENSE",
        "UK_NHS",
        "US_BANK_NUMBER",
        "US_DRIVER_LICENSE",
        "US_ITIN",
        "US_PASSPORT",
        "US_SSN",
    }
)


# Entities the workstation's own phrase recognizers find besides presidio's (in
# workstation.detection.phrases; a test keeps the two in step).
WORKSTATION_ENTITIES = frozenset(
    {
        "REFERENCE_NUMBER",
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "DURATION",
        "AGE",
        "OCCUPATION",
        "HEALTH",
        "SOCIAL_STATUS",
        "EVENT",
        "STREET_ADDRESS",  # also the policies' own patterns; the phrases chain the parts
    }
)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _compiles(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as error:
        raise ValueError(
            f"not a valid regular expression ({error.msg} at position {error.pos})"
        ) from None
    return pattern


class EntityRule(Strict):
    """How one entity type is treated: below ``min_score`` it is not proposed."""

    min_score: Score = 0.5
    decision: Decision = "review"


class DenyList(Strict):
    """Terms always proposed (source names, code names), matched forgivingly."""

    name: Name
    entity: EntityName = "DENY_LIST"
    decision: Decision = "redact"
    terms: list[Annotated[str, Field(min_length=1, max_length=200)]] = Field(min_length=1)
    variants: bool = Field(True, description=(
            "Also match the shorter forms of a name: given name + surname without middle"
            " names, initial + surname, and the surname alone."
        ))


class AllowList(Strict):
    """Strings never proposed (public officials, the newspaper's own name)."""

    name: Name
    exact: list[str] = []
    patterns: list[str] = []
    entities: list[EntityName] = Field(
        default_factory=list,
        description=(
            "Apply only to findings of these entities (none listed: to all); unknown"
            " names are refused by 'policy check'."
        ),
    )

    @field_validator("patterns")
    @classmethod
    def _patterns_compile(cls, patterns: list[str]) -> list[str]:
        return [_compiles(pattern) for pattern in patterns]


class CustomPattern(Strict):
    """A regular expression for an identifier no built-in recognizer knows."""

    name: Name
    entity: EntityName
    regex: str
    score: Score = 0.6
    context: list[str] = Field(default_factory=list, description="Words that raise the score.")
    decision: Decision | None = None
    flags: list[Literal["IGNORECASE", "MULTILINE"]] = []

    @field_validator("regex")
    @classmethod
    def _regex_compiles(cls, regex: str) -> str:
        return _compiles(regex)


class ContextBoost(Strict):
    """Entities near trigger words are raised and take this rule's decision."""

    name: Name
    words: list[str] = Field(min_length=1)
    entities: list[EntityName] = Field(default_factory=lambda: ["PERSON"])
    window: int = Field(12, ge=1, le=200, description="Distance in words.")
    boost: Score = 0.35
    decision: Decision = "redact"


class Rendering(Strict):
    """How a redaction is shown in released text."""

    style: Literal["block", "label", "pseudonym"] = "block"
    block: str = Field("█", min_length=1, max_length=1)
    width: int = Field(8, ge=1, le=40, description="Fixed width: hides the length removed.")


ReleaseFormat = Literal["txt", "md", "pdf", "csv"]


def _all_formats() -> list[ReleaseFormat]:
    return ["txt", "md", "pdf", "csv"]


class ReleaseRequirements(Strict):
    """What release demands: how many different editors approve, which outputs are allowed."""

    approvals: int = Field(1, ge=1, le=10)
    formats: list[ReleaseFormat] = Field(default_factory=_all_formats)


TextAction = Literal["normalise", "review"]
MarkingAction = Literal["review", "strip"]
OriginalAction = Literal["strip", "review"]


class FingerprintRules(Strict):
    """What the fingerprint pass does with each kind of finding.

    ``normalise`` rewrites the released text the same fixed way for every copy;
    ``review`` proposes each finding to an editor (release waits for a decision);
    ``strip`` leaves it out of the released output (metadata, hidden parts) or, for
    copy markings, pre-accepts their redaction.
    """

    invisible: TextAction = Field(
        "normalise",
        description="Zero-width characters, joiners, soft hyphens, bidi controls, tags, "
        "variation selectors: removed or proposed.",
    )
    unusual_space: TextAction = Field(
        "normalise", description="No-break, thin, hair, figure, ideographic spaces."
    )
    homoglyph: TextAction = Field(
        "normalise",
        description="Look-alike letters, digits and punctuation (UTS #39), mapped to the "
        "word's own script.",
    )
    combining_mark: TextAction = Field(
        "review", description="Accents that compose with no letter; decomposed letters."
    )
    whitespace: TextAction = Field(
        "normalise", description="Trailing spaces; double spaces after some sentences only."
    )
    punctuation: TextAction = Field(
        "normalise", description="Mixed straight and curly quotes, mixed dash styles."
    )
    copy_marking: MarkingAction = Field(
        "review",
        description="Copy numbers, control numbers, distribution lists, user names and "
        "paths in headers and footers.",
    )
    metadata: OriginalAction = Field(
        "strip", description="Author, company, template, PDF information dictionary, XMP."
    )
    hidden_content: OriginalAction = Field(
        "review",
        description="Comments, tracked changes, hidden or white text, attachments, "
        "JavaScript, layers, text outside the page, earlier revisions.",
    )
    image_metadata: OriginalAction = Field(
        "strip", description="EXIF: GPS position, camera serial, thumbnails."
    )
    email_header: OriginalAction = Field(
        "review",
        description="Received lines, message ids, mail clients, internal hosts and addresses.",
    )
    tracking_dots: Literal["review"] = Field(
        "review", description="Yellow dot grids of colour laser printers in scans."
    )
    page_mismatch: Literal["review"] = Field(
        "review",
        description="Where a PDF page's text layer and what the page shows (read by OCR) "
        "disagree: an editor blacks the place out or keeps it.",
    )
    picture: Literal["review"] = Field(
        "review",
        description="Pictures without legible text (photos, signatures, stamps, badges): "
        "an editor blacks them out or keeps them.",
    )

    def action(self, kind: str) -> str:
        """The action for a finding kind."""
        return str(getattr(self, kind))


class Policy(Strict):
    """A fully resolved policy (``extends`` already applied)."""

    id: Name
    version: Annotated[str, Field(min_length=1, max_length=32)]
    description: str = ""
    extends: Name | None = None
    entities: dict[EntityName, EntityRule] = {}
    deny_lists: list[DenyList] = []
    allow_lists: list[AllowList] = []
    patterns: list[CustomPattern] = []
    context_boosts: list[ContextBoost] = []
    rendering: Rendering = Rendering()
    release: ReleaseRequirements = ReleaseRequirements()
    fingerprints: FingerprintRules = FingerprintRules()
    ocr_languages: list[OcrLanguage] = Field(
        default_factory=lambda: ["eng"],
        min_length=1,
        max_length=8,
        description="The languages OCR reads released pages in (the pixel gate, --searchable).",
    )

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, version: object) -> object:
        """``version: 1.2`` in YAML is a number; a version is text."""
        return str(version) if isinstance(version, int | float) else version
