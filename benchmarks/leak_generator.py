"""A synthetic leak: cables, emails and memos that share the same people, for scale tests.

    uv run python benchmarks/leak_generator.py OUT_DIR --documents 10000 [--seed 18]

Writes OUT_DIR/cables/YEAR/*.txt, OUT_DIR/emails/*.eml and OUT_DIR/memos/*.md, in the
proportions of a diplomatic leak (mostly cables), about 6 KB each on average, like the
2010 cables (251,287 of them in about 1.6 GB). A few hundred invented people recur across
documents, spelled the ways real leaks spell them (full name, surname in capitals,
initial and surname, without diacritics), some near "STRICTLY PROTECT", so detection,
linking and vault-wide decisions meet the repetition they will meet in a real leak.

The same seed and count always write the same bytes (a `random.Random(seed)`; dates are
derived from it, not the clock), so figures from two runs describe the same leak. It
lives in benchmarks/ rather than behind a `workstation` command: it is test material for
measuring the tool, not something an editor should ever mix into a vault.
"""

from __future__ import annotations

import argparse
import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path


def _words(text: str) -> list[str]:
    return text.split()


FIRST = [
    *_words("Odile Henrik Amira Tomasz Zoë Kaveh Ingrid Mateus Leyla Bogdan Sunniva Rafael"),
    *_words("Chiara Dmitri Aurélie Nnamdi Halvard Ximena Yusuf Małgorzata Teodor Esperanza"),
    *_words("Jun Ilse Farid Renée Oskar Valentina Emeka Sigrún Paulo Noor Anselm Ludmila"),
    *_words("Idris Beatriz Casimir"),
]
LAST = [
    *_words("Brandt Salo Haddad Wójcik Novák Rahimi Lindqvist Ferreira Petrescu Dahl Ortega"),
    *_words("Bianchi Sokolov Marchetti Okafor Berg Quispe Demir Kowalczyk Vasquez Moreau"),
    *_words("Hoffmann Castellanos Nakamura Eriksen Abadi Thorsen Lucchese Mensah Korhonen"),
    *_words("Valdés Ibarra Stern"),
    "Ayd\u0131n",  # Turkish dotless i, which NFKD does not take apart
]
PLACES = [
    *_words("Corvenna Portilvas Valdoria Estrany Mirovka Calessa Dunmarrow Oskavik"),
]
ORGANISATIONS = (
    "the Interior Ministry",
    "the harbour authority",
    "the national oil company",
    "the opposition party",
    "the central bank",
    "the customs service",
    "a local human rights group",
)
TOPICS = (
    "fuel subsidies",
    "port concessions",
    "the election timetable",
    "arms transfers",
    "detained journalists",
    "a banking inquiry",
    "border incidents",
)
SENTENCES = (
    "{a} told poloff that {org} would not act on {topic} before the summer.",
    "According to {a}, {b} has been meeting officials of {org} in {place} every week.",
    "{A}, a long-standing contact, said {topic} was now discussed openly in {place}.",
    "Emboffs met {a} and {b} on {day} to review {topic}.",
    "{a} ({A_initial}) asked that the conversation not be shared with {org}.",
    "The embassy assesses that {topic} will dominate politics in {place} this year.",
    "{b} claimed that {org} keeps a list of people who spoke to foreign diplomats.",
    "Comment: {a}'s account matches what {b} reported from {place} last month.",
)
PROTECT = "STRICTLY PROTECT"
KINDS = ("cable", "email", "memo")
WEIGHTS = (0.7, 0.2, 0.1)
AVERAGE_BYTES = 6_400
"""1.6 GB over 251,287 cables: the size a synthetic document aims at on average."""
START = date(2004, 1, 1)


@dataclass(frozen=True)
class Person:
    first: str
    last: str

    def spelled(self, rng: random.Random) -> str:
        """One of the ways leaks spell a name."""
        form = rng.random()
        if form < 0.55:
            return f"{self.first} {self.last}"
        if form < 0.7:
            return self.last.upper()
        if form < 0.85:
            return f"{self.first[0]}. {self.last}"
        return _ascii(f"{self.first} {self.last}")

    @property
    def email(self) -> str:
        return _ascii(f"{self.first}.{self.last}").lower().replace(" ", "") + "@example.org"


def _ascii(text: str) -> str:
    """The name as a keyboard without diacritics types it (ł has no decomposition)."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("\u0131", "i")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def people(rng: random.Random, count: int = 400) -> list[Person]:
    chosen: dict[tuple[str, str], None] = {}
    while len(chosen) < count:
        chosen.setdefault((rng.choice(FIRST), rng.choice(LAST)), None)
    return [Person(first, last) for first, last in chosen]


def paragraph(rng: random.Random, cast: list[Person], day: date) -> str:
    sentences = []
    for _ in range(rng.randint(3, 7)):
        a, b = rng.sample(cast, 2)
        template = rng.choice(SENTENCES)
        sentence = template.format(
            a=a.spelled(rng),
            b=b.spelled(rng),
            A=f"{a.first} {a.last}",
            A_initial=f"{a.first[0]}.{a.last[0]}.",
            org=rng.choice(ORGANISATIONS),
            topic=rng.choice(TOPICS),
            place=rng.choice(PLACES),
            day=day.strftime("%d %B"),
        )
        if rng.random() < 0.05:
            sentence += f" ({PROTECT})"
        sentences.append(sentence[0].upper() + sentence[1:])
    return " ".join(sentences)


def body(rng: random.Random, cast: list[Person], day: date) -> str:
    target = int(rng.lognormvariate(0, 0.6) * AVERAGE_BYTES * 0.83)
    parts: list[str] = []
    size = 0
    while size < max(target, 400):
        parts.append(paragraph(rng, cast, day))
        size += len(parts[-1]) + 2
    return "\n\n".join(f"{number}. {text}" for number, text in enumerate(parts, 1))


def cable(rng: random.Random, number: int, cast: list[Person], day: date) -> tuple[str, str]:
    place = rng.choice(PLACES)
    reference = f"{day.year % 100:02d}{place.upper()}{number}"
    header = (
        f"CONFIDENTIAL\nSECTION 01 OF 01 {place.upper()} {number}\n\n"
        f"SUBJECT: {rng.choice(TOPICS).upper()} IN {place.upper()}\n\n"
        f"REF: {reference}\nClassified By: Ambassador {rng.choice(cast).spelled(rng)}\n\n"
    )
    return f"{reference}.txt", header + body(rng, cast, day) + "\n"


def email(rng: random.Random, number: int, cast: list[Person], day: date) -> tuple[str, str]:
    sender, recipient = rng.sample(cast, 2)
    text = body(rng, cast, day)
    message = (
        f"From: {sender.first} {sender.last} <{sender.email}>\n"
        f"To: {recipient.first} {recipient.last} <{recipient.email}>\n"
        f"Subject: {rng.choice(TOPICS)}\n"
        f"Date: {day.strftime('%a, %d %b %Y')} 09:{number % 60:02d}:00 +0000\n"
        f"Message-ID: <{number}@example.org>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{recipient.first},\n\n{text}\n\n{sender.first}\n"
    )
    return f"mail-{number:06d}.eml", message


def memo(rng: random.Random, number: int, cast: list[Person], day: date) -> tuple[str, str]:
    author = rng.choice(cast)
    text = (
        f"# Briefing note {number}\n\n*Prepared by {author.spelled(rng)}, {day.isoformat()}*\n\n"
        + body(rng, cast, day)
        + "\n"
    )
    return f"note-{number:06d}.md", text


WRITERS = {"cable": cable, "email": email, "memo": memo}
FOLDERS = {"cable": "cables", "email": "emails", "memo": "memos"}


def generate(out: Path, documents: int, seed: int) -> int:
    """Write the leak; returns its size in bytes."""
    rng = random.Random(seed)
    cast = people(rng)
    total = 0
    for number in range(documents):
        kind = rng.choices(KINDS, WEIGHTS)[0]
        day = START + timedelta(days=rng.randrange(6 * 365))
        name, text = WRITERS[kind](rng, number, rng.sample(cast, 8), day)
        folder = out / FOLDERS[kind] / (str(day.year) if kind == "cable" else "")
        folder.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (folder / name).write_bytes(data)
        total += len(data)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=18)
    options = parser.parse_args()
    size = generate(options.out, options.documents, options.seed)
    print(f"{options.documents} documents, {size / 1e6:.1f} MB, in {options.out}")


if __name__ == "__main__":
    main()
