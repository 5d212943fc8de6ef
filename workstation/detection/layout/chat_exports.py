"""The sender's name at the start of each line of a chat export: WhatsApp (Android,
iPhone), instant-messaging logs (Pidgin, Adium, IRC clients: "(11:02:40 PM) name:"),
KakaoTalk (Korean dates, "name : text", and the "name 님과 카카오톡 대화" title),
Telegram's copied history ("Name, [12.05.26 21:14]" on a line of its own above the text),
Slack and SMS exports ("2026-03-01 09:40  Name (desk): text", "... 21:47  <  Name: text"),
LINE's tab-separated history ("07:05<TAB>Name<TAB>text") and Telegram's JSON export
(``"from": "Name",``)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

from workstation.detection.layout.names import is_name_word
from workstation.detection.layout.spans import LayoutSpan

# A chat export's line: "12/03/11, 21:14 - Name: text" (Android),
# "[12/03/11 21:14:05] Name: text" (iPhone).
_CHAT_LINE = re.compile(
    r"(?m)^\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?[ ]\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ ]?[AaPp]\.?[Mm]\.?)?\]?[ ]{1,2}(?:[-<>][ ]{1,2})?(?P<sender>[^:\n]{1,50}?):[ ]"
)
# WhatsApp's lines about the group itself: who created it, added or removed whom, left.
_GROUP_EVENT = re.compile(
    r"(?m)^\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?[ ]\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ ]?[AaPp]\.?[Mm]\.?)?\]?[ ](?:-[ ])?(?P<sender>[^:\n]{1,50}?)[ ]"
    r"(?P<event>added|removed|left|created[ ]group|changed[ ](?:the|this)[ ]group|joined"
    r"|changed[ ]the[ ]subject|a[ ]ajouté|a[ ]retiré|est[ ]parti|a[ ]créé|añadió|eliminó"
    r"|salió|creó|adicionou|removeu|saiu|criou)\b(?P<rest>[^\n]*)"
)
_MEMBERS = frozenset(
    {"added", "removed", "a ajouté", "a retiré", "añadió", "eliminó", "adicionou", "removeu"}
)
_MEMBER = re.compile(r"[^,\n]+")
# LINE's saved history: the time, a tab, the sender, a tab, the message.
_TAB_LINE = re.compile(r"(?m)^\d{1,2}:\d{2}\t(?P<sender>[^\t\n]{1,50})\t")
# Telegram's JSON export: the sender of each message in its "from" field.
_JSON_FROM = re.compile(r'(?m)^[ \t]*"from":[ ]?"(?P<sender>[^"\n]{1,50})",?[ \t]*$')

# A messaging client's log: only the time, in brackets, before the sender:
# "(11:02:40 PM) noura: text" (Pidgin), "[21:14] Name: text" (IRC clients, Adium).
_LOG_LINE = re.compile(
    r"(?m)^[(\[]\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp]\.?[Mm]\.?)?[)\]][ ]"
    r"(?P<sender>[^:\n]{1,50}?):[ ]"
)
_TURNS = 2
# Telegram's copied or forwarded history: the sender, a comma and the date and time, alone
# on a line above the message ("Tito Z., 12.05.26 21:14", "Ana, [12/05/2026 9:14 PM]").
_HEADED_LINE = re.compile(
    r"(?m)^(?P<sender>[^\W\d_][^,:\n]{0,49}?),[ ]\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?[ ]"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp]\.?[Mm]\.?)?\]?[ \t]*$"
)
# KakaoTalk's export: "2011년 3월 21일 오후 9:05, Name : text" (phone, in Korean),
# "2011. 3. 21. 오후 9:05, Name : text" (phone), "[Name] [오후 9:05] text" (computer),
# and its title line "Name 님과 카카오톡 대화" ("KakaoTalk chat with Name").
_KAKAO_LINE = re.compile(
    r"(?m)^(?:\d{4}년[ ]\d{1,2}월[ ]\d{1,2}일|\d{4}\.[ ]?\d{1,2}\.[ ]?\d{1,2}\.)[ ]"
    r"(?:오전|오후)[ ]\d{1,2}:\d{2},[ ](?P<sender>[^:\n]{1,50}?)[ ]:[ ]"
    r"|^\[(?P<bracketed>[^\]\n]{1,50})\][ ]\[(?:오전|오후)[ ]\d{1,2}:\d{2}\][ ]"
    r"|^(?P<title>[^\n]{1,50}?)[ ]님과[ ]카카오톡[ ]대화"
)


def chat_senders(text: str) -> Iterator[LayoutSpan]:
    """The sender's name at the start of each line of a chat export."""
    for match in _CHAT_LINE.finditer(text):
        yield from _sender(match, "sender")
    # A time and a label also open the lines of an agenda ("[09:00] Opening: ..."); in
    # a conversation the same people speak again and again.
    logged = list(_LOG_LINE.finditer(text))
    speakers = Counter(match.group("sender") for match in logged)
    for match in logged:
        if speakers[match.group("sender")] >= _TURNS:
            yield from _sender(match, "sender")
    # A dateline also opens a letter ("Geneva, 12.05.2011 10:00"): a speaker talks again.
    headed = list(_HEADED_LINE.finditer(text))
    heads = Counter(match.group("sender") for match in headed)
    for match in headed:
        if heads[match.group("sender")] >= _TURNS:
            yield from _sender(match, "sender")
    for match in _GROUP_EVENT.finditer(text):
        yield from _sender(match, "sender")
        if match.group("event") in _MEMBERS:
            yield from _members(text, match.start("rest"), match.end("rest"))
    for pattern in (_TAB_LINE, _JSON_FROM):
        lines = list(pattern.finditer(text))
        turns = Counter(match.group("sender") for match in lines)
        for match in lines:
            if turns[match.group("sender")] >= _TURNS:
                yield from _sender(match, "sender")
    for match in _KAKAO_LINE.finditer(text):
        yield from _sender(match, match.lastgroup or "sender")


def _members(text: str, start: int, end: int) -> Iterator[LayoutSpan]:
    """The people a group line adds or removes: names as the phone saved them, between
    commas and a last "and"; a number is for the phone patterns."""
    for item in _MEMBER.finditer(text, start, end):
        for part in re.split(r"[ ](?:and|et|y|e)[ ]", item.group()):
            name = part.strip()
            if not name or not name[0].isalpha() or len(name) > 40:
                continue
            yield from _name_at(text.index(name, item.start()), name)


# How exports label the owner's own messages: "Me", "Moi", "Yo", "Eu", "Ich", "You".
_SELF = frozenset({"me", "moi", "yo", "eu", "ich", "you", "myself", "self", "owner"})


def _sender(match: re.Match[str], group: str) -> Iterator[LayoutSpan]:
    """The name at the start of a sender's field, if it looks like one."""
    yield from _name_at(match.start(group), match.group(group))


def _name_at(start: int, sender: str) -> Iterator[LayoutSpan]:
    """The name at the start of ``sender``, written at ``start``, if it looks like one."""
    name = re.match(r"[^\W\d_][\w .'\u2019-]*", sender)  # an emoji may follow the name
    if name is None:
        return  # a phone number: the phone patterns find it
    value = name.group().rstrip(" .")
    if value.casefold() in _SELF:
        return  # the phone's owner, as SMS and chat backups label them
    words = value.split()
    initial = len(words) >= 2 and len(words[-1]) == 1 and words[-1].isupper()
    if initial:  # a surname's initial, with or without its full stop: "Ghassan K."
        if name.group()[len(value) : len(value) + 1] == ".":
            value += "."
        words = words[:-1]
    if len(words) <= 4 and all(is_name_word(w, allow_lower=True) for w in words):
        value += _emoji_after(sender[len(value) :])
        yield LayoutSpan(start, start + len(value), "PERSON", 0.86, "sender of a chat message")


_EMOJI_PARTS = frozenset({"So", "Sk", "Mn", "Cf"})  # pictographs, skin tones, joiners


def _emoji_after(rest: str) -> str:
    """The emoji that end a display name ("Paty 🌺", "Ama ❤️🇬🇭"), as the name is shown:
    the display name is the person's, emoji and all; "" when anything else follows."""
    trimmed = rest.rstrip()
    symbols = trimmed.replace(" ", "")
    if not symbols or not all(unicodedata.category(c) in _EMOJI_PARTS for c in symbols):
        return ""
    return trimmed
