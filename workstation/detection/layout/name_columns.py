"""Column headings that hold a part of a person's name, alone or after whose name it is.

Registers, rosters and HR exports put each part of a name in a column of its own
(``surname,given_names,patronymic``; ``apellido_paterno;apellido_materno;nombres``;
``nom;prénom``; ``cognome,nome``; ``achternaam;voornamen``; ``Nachname;Vorname``), and
payment and case exports name the person first (``payee_name``, ``beneficiaire_nom``,
``client_given``). A heading that ends in a part of a name names a person, unless it is
the name of a thing (``vessel_name``, ``file_name``, ``bank_name``).
"""

from __future__ import annotations

PERSON_NAME_PARTS: tuple[str, ...] = (
    "surname",
    "surnames",
    "last name",
    "last names",
    "family name",
    "family names",
    "given name",
    "given names",
    "first name",
    "first names",
    "forename",
    "forenames",
    "middle name",
    "middle names",
    "other names",
    "patronymic",
    "patronym",
    "maiden name",
    "nom de famille",
    "nom de jeune fille",
    "prénoms usuels",
    "primer apellido",
    "segundo apellido",
    "apellido paterno",
    "apellido materno",
    "nome",
    "nomes",
    "nome completo",
    "sobrenome",
    "apelido",
    "apelidos",
    # The same headings in the other languages of European registers and payrolls:
    # Italian, Dutch, German, Nordic, Polish, Czech, Hungarian, Romanian, Finnish.
    "cognome",
    "cognomi",
    "nome proprio",
    "achternaam",
    "familienaam",
    "voornaam",
    "voornamen",
    "roepnaam",
    "tussenvoegsel",
    "nachname",
    "familienname",
    "geburtsname",
    "vorname",
    "vornamen",
    "efternavn",
    "etternavn",
    "efternamn",
    "fornavn",
    "förnamn",
    "sukunimi",
    "etunimi",
    "etunimet",
    "nazwisko",
    "imię",
    "imie",
    "imiona",
    "příjmení",
    "prijmeni",
    "jméno",
    "vezetéknév",
    "keresztnév",
    "utónév",
    "nume",
    "prenume",
    "nume de familie",
)
# The last word of a heading that makes it a column of names ("payee name", "client given").
_NAME_WORDS = frozenset(
    {
        "name", "names", "surname", "surnames", "given", "forename", "forenames",
        "patronymic", "nom", "noms", "prénom", "prenom", "prénoms", "prenoms", "nombre",
        "nombres", "apellido", "apellidos", "nome", "nomes", "sobrenome",
        "cognome", "naam", "achternaam", "voornaam", "nachname", "vorname", "nazwisko",
        "imię", "nume", "prenume", "sukunimi", "etunimi",
    }
)  # fmt: skip
# Things a heading names before "name": their columns hold no person.
_THINGS = frozenset(
    {
        "file", "vessel", "ship", "boat", "bank", "branch", "project", "product", "item",
        "site", "street", "road", "event", "operation", "unit", "team", "group", "host",
        "server", "domain", "device", "machine", "computer", "app", "application",
        "program", "document", "doc", "sheet", "tab", "folder", "brand", "model", "drug",
        "medicine", "crop", "species", "course", "field", "column", "table", "camp",
        "facility", "prison", "school", "hospital", "station", "port", "plant", "mine",
        "shop", "store", "business", "trade", "firm", "entity", "org", "agency", "fund",
        "account", "channel", "chat", "village", "town", "city", "district", "region",
        "country", "place", "route", "line", "display",
        # The same things in Dutch, German and Italian headings ("schip_naam", "Firmenname").
        "schip", "vaartuig", "bestand", "bedrijf", "firma", "straat", "plaats",
        "schiff", "datei", "strasse", "straße", "ort", "nave", "ditta", "azienda", "società",
        "societa", "via", "comune", "banca",
    }
)  # fmt: skip


def names_a_person(words: list[str]) -> bool:
    """Whether a heading's words ("payee name", "beneficiaire nom") end in a part of a
    name after whose it is, and the words before it are no thing's."""
    if len(words) < 2 or words[-1] not in _NAME_WORDS:
        return False
    return not any(word in _THINGS for word in words[:-1])
