"""Column headings that say what a column holds, shared by tables and CSV exports,
and whether a cell's value could be what its heading says."""

from __future__ import annotations

import re

from workstation.detection.layout.name_columns import PERSON_NAME_PARTS
from workstation.detection.layout.names import is_name_word, org_like
from workstation.detection.layout.number_columns import (
    NUMBER_COLUMNS,
    number_column,
    plausible_figure,
)
from workstation.detection.layout.spans import LayoutSpan

COLUMNS: dict[str, tuple[str, ...]] = {
    "PERSON": (
        "name",
        "names",
        "employee",
        "inspector",
        "observer",
        "observers",
        "applicant",
        "head of household",
        "staff member",
        "officer",
        "witness",
        "suspect",
        "victim",
        "informant",
        "person",
        "full name",
        "driver",
        "member name",
        "nombre",
        "nombres",
        "apellido",
        "apellidos",
        "nombre completo",
        "beneficiario",
        "titular",
        "nom",
        "prénom",
        "prenom",
        "prénoms",
        "nom complet",
        "bénéficiaire",
        "contact name",
        # The parts of a name in their own columns, in registers and HR exports.
        *PERSON_NAME_PARTS,
        # Columns of the people a row is about or that handled it.
        "detainee",
        "detainees",
        "détenu",
        "detenu",
        "detenido",
        "preso",
        "lawyer",
        "avocat",
        "abogado",
        "advogado",
        "reviewer",
        "next of kin",
    ),
    "USERNAME": (
        "login",
        "logon",
        "account",
        "user",
        "username",
        "user id",
        "user name",
        "handle",
        "usuario",
        "cashier",
        "caissier",
        "cajero",
        "agente",
        "operator",
        "operador",
        "utilisateur",
    ),
    "DEVICE_ID": (
        "workstation",
        "terminal",
        "device",
        "host",
        "hostname",
        "asset",
        "asset tag",
        "serial",
        "serial no",
        "imei",
        "printer",
        "machine",
        "computer",
        "pc",
    ),
    "PHONE_NUMBER": (
        "phone",
        "telephone",
        "tel",
        "mobile",
        "cell",
        "phone number",
        "teléfono",
        "telefono",
        "celular",
        "téléphone",
        "portable",
    ),
    "STREET_ADDRESS": (
        "address",
        "home address",
        "street address",
        "dirección",
        "direccion",
        "domicilio",
        "adresse",
    ),
    "PASSPORT_NUMBER": (
        "passport",
        "passport no",
        "passport number",
        "national id",
        "id no",
        "id number",
        "cédula",
        "cedula",
        "identity card",
        "id card",
        "document no",
        "dni",
        "nat. id",
        "nat id",
        "doc",
        "documento",
        "piece id",
        "pièce",
        "paso nr",
        "cni",
        "nin",
        "rut",
        "pasaporte",
        "passeport",
        "numero piece",
        "numéro pièce",
        "n° pièce",
    ),
    "DATE_TIME": (
        "date",
        "time",
        "date of birth",
        "born",
        "dob",
        "day",
        "fecha",
        "hora",
        "heure",
        "date de naissance",
        "fecha de nacimiento",
    ),
    "LOCATION": (
        "area",
        "place",
        "location",
        "city",
        "town",
        "village",
        "district",
        "region",
        "country",
        "now in",
        "based in",
        "origin",
        "place of birth",
        "comunidad",
        "localidad",
        "ciudad",
        "barrio",
        "municipio",
        "ville",
        "commune",
        "quartier",
        "village natal",
    ),
    "ORGANIZATION": (
        "organisation",
        "organization",
        "employer",
        "company",
        "outlet",
        "agency",
        "affiliation",
        "media",
        "newspaper",
    ),
    # A column of jobs and posts: each cell is a profession or a rank ("operatore
    # sociale", "Chief Officer"). Not "role" or "title", which as often hold a part in a
    # case ("witness") or a courtesy title ("Mr"); "post", "position", "rank", "trade"
    # and "job" vouch for posts only in a column of work (AMBIGUOUS_POST_HEADINGS).
    "OCCUPATION": (
        "occupation",
        "profession",
        "job",
        "job title",
        "post",
        "position",
        "rank",
        "trade",
        "métier",
        "metier",
        "fonction",
        "poste",
        "emploi",
        "ocupación",
        "ocupacion",
        "profesión",
        "profesion",
        "cargo",
        "puesto",
        "oficio",
        "profissão",
        "profissao",
        "ocupação",
        "ocupacao",
        "função",
        "funcao",
        "qualifica",
        "mansione",
        "professione",
        "beruf",
    ),
    **{entity: tuple(sorted(labels)) for entity, labels in NUMBER_COLUMNS.items()},
}
COLUMN_ENTITY = {label: entity for entity, labels in COLUMNS.items() for label in labels}
SCORES = {
    "PERSON": 0.86,
    "USERNAME": 0.9,
    "DEVICE_ID": 0.9,
    "PASSPORT_NUMBER": 0.9,
    "DATE_TIME": 0.6,
    "STREET_ADDRESS": 0.6,
    "LOCATION": 0.5,
    "ORGANIZATION": 0.5,
    "MONEY": 0.6,
    "AGE": 0.6,
    "QUANTITY": 0.55,
    "SOCIAL_STATUS": 0.55,
}


# English headings that head a column of jobs as often as one of something else: a
# message ("post"), a buy or a sell ("trade"), a place in a ranking ("position",
# "rank"), a print or batch job ("job"). Under them, or a heading that begins with them
# ("post code", "trade type"), a column's cells count as posts only when most of them
# name work (``vouched``).
AMBIGUOUS_POST_HEADINGS = frozenset({"post", "position", "rank", "trade", "job"})
_OCCUPATION_HEADINGS = frozenset(COLUMNS["OCCUPATION"]) - AMBIGUOUS_POST_HEADINGS


def column_entity(heading: str) -> str | None:
    """The entity a column heading names: the heading itself, else a column of figures
    whose heading says so in more words ("Monto (USD)", "No. of children")."""
    label = heading.casefold().strip().strip('"').rstrip(".:")
    return COLUMN_ENTITY.get(label) or number_column(heading, COLUMN_ENTITY)


def plausible(entity: str, value: str) -> bool:
    if not value:
        return False
    if entity in NUMBER_COLUMNS:
        return plausible_figure(entity, value)
    if entity == "PERSON":
        words = value.split()
        return (
            len(words) <= 5
            and not value.endswith(":")  # the next label of a form, not a name
            and not any(c.isdigit() for c in value)
            and not org_like(value)
            and all(is_name_word(w, allow_lower=True) for w in words)
        )
    if entity == "PASSPORT_NUMBER" and _ID_IN_GROUPS.fullmatch(value):
        return True  # "1 04 1978 01133"
    if entity == "OCCUPATION":
        return bool(_POST_VALUE.fullmatch(value)) and value.casefold() not in _NO_POST
    if entity in {"USERNAME", "DEVICE_ID", "PASSPORT_NUMBER"}:
        return " " not in value.strip() and len(value) >= 3
    return True


def vouched(cells: list[tuple[str, str, LayoutSpan]]) -> list[LayoutSpan]:
    """The spans of one table's cells, each with its column's heading and its value,
    that the headings vouch for: all but the posts of a column under a heading that
    names jobs only at times ("post", "trade") whose values mostly name no work
    ("Great news everyone", "Buy"). A column of jobs keeps its few words the
    vocabulary lacks ("Planner" among "Crane operator" and "Gate clerk")."""
    doubtful: dict[str, list[str]] = {}
    for heading, value, span in cells:
        if span.entity == "OCCUPATION" and not _names_occupations(heading):
            doubtful.setdefault(heading, []).append(value)
    idle = {
        heading
        for heading, values in doubtful.items()
        if 2 * sum(names_work(value) for value in values) <= len(values)
    }
    return [
        span for heading, _, span in cells if span.entity != "OCCUPATION" or heading not in idle
    ]


def _names_occupations(heading: str) -> bool:
    """ "Occupation", "job_title", "profesión": a heading that only ever heads jobs."""
    label = " ".join(re.split(r"[ _-]+", heading.casefold().strip().strip('"').rstrip(".:")))
    return label.strip() in _OCCUPATION_HEADINGS


def names_work(value: str) -> bool:
    """Whether a cell names a job: a profession or rank of the occupations vocabulary
    at its start or its end ("Head of Sales", "HR & Admin Manager"), or a word that names
    a trade by its ending ("radiologist")."""
    from workstation.detection.phrases.occupation_words import is_trade_word  # noqa: PLC0415
    from workstation.detection.phrases.occupations import HEADS  # noqa: PLC0415
    from workstation.detection.phrases.tokens import words  # noqa: PLC0415

    found = words(value)
    if not found:
        return False
    for index in range(len(found)):
        length = HEADS.longest(value, found, index)
        if length and (index == 0 or index + length == len(found)):
            return True
    return is_trade_word(found[0].text) or is_trade_word(found[-1].text)


# A job or a rank: a few words of letters, with dots and ampersands ("Avv.", "HR & Admin").
_POST_VALUE = re.compile(
    r"[^\W\d_][^\W\d_.'\u2019&/-]*\.?(?:[ ]&?[ ]?[^\W\d_][^\W\d_.'\u2019/-]*\.?){0,5}"
)
_NO_POST = frozenset({"n/a", "na", "none", "unknown", "nil", "yes", "no", "tbc", "tbd", "-"})
_ID_IN_GROUPS = re.compile(r"[A-Z]{0,2}[ ]?\d{1,6}(?:[ ]\d{1,6}){1,5}")
