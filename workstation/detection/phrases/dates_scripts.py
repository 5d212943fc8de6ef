# ruff: noqa: RUF001, RUF002, RUF003  (dates in Korean, Japanese, Chinese, Arabic and Persian script)
"""Dates and times written in other scripts and calendars, read whole: "2009년 11월 6일
오후 3:20", "2009年11月5日（木）午後3時", "平成21年11月5日", "١٢ آذار ٢٠٠٩", "۱۵ فروردین
۱۳۸۸", "Meskerem 12, 2001 E.C.", "3 Ramadan 1430 AH".

Chats exported from KakaoTalk, LINE or WeChat and the records of East Asian, Arab,
Iranian and Ethiopian offices date every line this way. Read in parts ("2009년" and
"3:20" with "11월 6일 오후" left between them) the date still places a person, so each
is one span: year, month, day, weekday, the half of the day and the hour. Every pattern
holds a digit (any script's: Python's ``\\d`` reads Arabic-Indic, Persian and full-width
digits) except the French and Spanish years written in words of legal deeds ("l'an deux
mille neuf"), which are looked for only where their literal opening stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan

ENTITY = "DATE_TIME"
SCORE = 0.6

# Korean: year, month and day with their counters, a weekday, the half of the day and
# the hour: "2009년 11월 6일 (금) 오후 3:20", "2009. 11. 6. 오후 3:20", "오후 3시 30분".
_KO_HALF = r"(?:오전|오후|새벽|아침|낮|저녁|밤)"
_KO_WEEKDAY = r"(?:[(（][월화수목금토일][)）]|[월화수목금토일]요일)"
_KO_CLOCK = (
    rf"(?:{_KO_HALF}[ ]?)?(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
    r"|\d{1,2}시(?!간)(?:[ ]?(?:\d{1,2}분|반))?(?:[ ]?\d{1,2}초)?)"
)
_KOREAN = (
    rf"(?:(?:\d{{2}}|\d{{4}})년[ ]?)?\d{{1,2}}월(?:[ ]?\d{{1,2}}일)?(?:[ ]?{_KO_WEEKDAY})?"
    rf"(?:[ ]?{_KO_CLOCK})?"
    rf"|\d{{4}}년(?![ ]?\d{{1,2}}월)"
    rf"|(?<![\d.])(?:19|20)\d\d\.[ ]?[01]?\d\.[ ]?[0-3]?\d\.(?:[ ]?{_KO_WEEKDAY})?"
    rf"(?:[ ]?{_KO_CLOCK})?"
    rf"|{_KO_HALF}[ ]?\d{{1,2}}(?::\d{{2}}(?::\d{{2}})?|시(?!간)(?:[ ]?(?:\d{{1,2}}분|반))?)"
    r"|\d{1,2}시[ ]?\d{1,2}분"
)
# Japanese and Chinese: "2009年11月5日（木）午後3時", "2009年11月5日 星期四 下午3点半",
# "平成21年11月5日", "11月5号", "下午 3:15".
_CJK_HALF = r"(?:午前|午後|上午|下午|中午|晚上|早上|凌晨|傍晚|夜|朝|夕方)"
_CJK_WEEKDAY = (
    r"(?:[ ]?[(（](?:[月火水木金土日]|周[一二三四五六日天]|週[一二三四五六日天]"
    r"|星期[一二三四五六日天])[)）]|[ ]?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]"
    r"|[ ]?[月火水木金土日]曜日?)"
)
_CJK_CLOCK = (
    rf"(?:{_CJK_HALF}[ ]?)?(?:\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?"
    r"|\d{1,2}[時时点點](?!間)(?:\d{1,2}分(?:\d{1,2}秒)?|半|過ぎ|过)?)"
)
_ERA = r"(?:令和|平成|昭和|大正|民國|民国)[ ]?(?:\d{1,2}|元)年"
_CJK = (
    rf"(?:\d{{4}}年|{_ERA})[ ]?(?:\d{{1,2}}月(?:[ ]?\d{{1,2}}[日号號])?)?"
    rf"{_CJK_WEEKDAY}?(?:[ ]?{_CJK_CLOCK})?"
    rf"|\d{{2}}年[ ]?\d{{1,2}}月(?:[ ]?\d{{1,2}}[日号號])?{_CJK_WEEKDAY}?(?:[ ]?{_CJK_CLOCK})?"
    rf"|\d{{1,2}}月[ ]?\d{{1,2}}[日号號]{_CJK_WEEKDAY}?(?:[ ]?{_CJK_CLOCK})?"
    rf"|{_CJK_HALF}[ ]?\d{{1,2}}(?:[:：]\d{{2}}|[時时点點](?:\d{{1,2}}分|半)?)"
    r"|\d{1,2}[時时点點]\d{1,2}分"
)
# Arabic: Gregorian months as said in Egypt and the Gulf, in the Levant and Iraq, and in
# the Maghreb; the months of the Hijri calendar; weekdays; "الساعة ٩:٣٠ مساءً".
_AR_MONTH = (
    r"(?:يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس"
    r"|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون[ ]الثاني|شباط|آذار|اذار|نيسان|أيار|ايار"
    r"|حزيران|تموز|آب|أيلول|ايلول|تشرين[ ]الأول|تشرين[ ]الاول|تشرين[ ]الثاني|كانون[ ]الأول"
    r"|كانون[ ]الاول|جانفي|فيفري|أفريل|افريل|ماي|جوان|جويلية|أوت|محرم|صفر"
    r"|ربيع[ ](?:الأول|الاول|الآخر|الثاني)|جمادى[ ](?:الأولى|الاولى|الآخرة|الثانية)|رجب"
    r"|شعبان|رمضان|شوال|ذو[ ]القعدة|ذو[ ]الحجة)"
)
_AR_WEEKDAY = (
    r"(?:(?:يوم[ ])?(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة"
    r"|السبت)،?[ ])"
)
_AR_CLOCK = (
    r"(?:[ ]?،?[ ]?(?:الساعة|الساعه)[ ]\d{1,2}(?:[:.]\d{2})?"
    r"(?:[ ](?:صباحاً|صباحا|مساءً|مساء|ظهراً|ظهرا|فجراً|فجرا|ليلاً|ليلا|ص|م))?)"
)
_AR_YEAR_MARK = r"(?:[ ]?(?:هـ|ه|م)(?![^\W\d_]))"
_ARABIC = (
    rf"{_AR_WEEKDAY}?\d{{1,2}}[ ](?:من[ ])?{_AR_MONTH}(?![^\W\d_])"
    rf"(?:[ ](?:سنة[ ]|عام[ ])?\d{{4}}{_AR_YEAR_MARK}?)?{_AR_CLOCK}?"
    rf"|{_AR_WEEKDAY}?{_AR_MONTH}[ ](?:سنة[ ]|عام[ ])?\d{{4}}{_AR_YEAR_MARK}?{_AR_CLOCK}?"
)
# Persian: the months of the solar calendar, weekdays, "ساعت ۱۰:۳۰".
_FA_MONTH = r"(?:فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)"
_FA_WEEKDAY = r"(?:(?:یکشنبه|دوشنبه|سه‌شنبه|سه[ ]شنبه|چهارشنبه|پنجشنبه|پنج‌شنبه|جمعه|شنبه)[ ]?،?[ ])"
_PERSIAN = (
    rf"{_FA_WEEKDAY}?\d{{1,2}}[ ]{_FA_MONTH}(?![^\W\d_])(?:[ ](?:ماه[ ])?\d{{4}})?"
    r"(?:[ ]?(?:هـ\.ش|ه\.ش|ش)(?![^\W\d_]))?"
    r"(?:[ ]?،?[ ]?ساعت[ ]\d{1,2}(?:[:.]\d{2})?(?:[ ](?:صبح|عصر|شب|بعدازظهر|ظهر))?)?"
    rf"|{_FA_MONTH}[ ](?:ماه[ ])?\d{{4}}(?!\d)"
)
# Dates in Arabic-Indic or Persian digits, which the figure patterns of the policies
# (written for 0-9) do not read: "١٢/٣/٢٠٠٩", "۱۳۸۸/۰۱/۱۵ ساعت ۱۰:۳۰", "٩:٣٠".
_EASTERN_DIGIT = r"[٠-٩۰-۹]"
_EASTERN = (
    rf"{_EASTERN_DIGIT}{{1,4}}[/\-.٫]{_EASTERN_DIGIT}{{1,2}}[/\-.٫]{_EASTERN_DIGIT}{{1,4}}"
    rf"(?:[ ]?،?[ ]?(?:(?:الساعة|ساعت)[ ])?{_EASTERN_DIGIT}{{1,2}}:{_EASTERN_DIGIT}{{2}})?"
    rf"|{_EASTERN_DIGIT}{{1,2}}:{_EASTERN_DIGIT}{{2}}(?::{_EASTERN_DIGIT}{{2}})?"
)
# Months of calendars written in Latin letters: Ethiopian ("Meskerem 12, 2001 E.C.",
# "4 Ginbot 1999"), Hijri ("3 Ramadan 1430 AH") and Persian ("14 Farvardin 1388").
_LATIN_MONTH = (
    r"(?:Meskerem|Tikimt|Tikemt|Tiqimt|Hidar|Hedar|Tahsas|Tahisas|Tir|Ter|Yekatit|Yakatit"
    r"|Megabit|Magabit|Miyazia|Miazia|Ginbot|Genbot|Sene|Senie|Hamle|Hamlie|Nehase|Nehasse"
    r"|Pagume|Pagumen|Muharram|Safar|Rabi[‘'ʿ]?[ -]?(?:al|ul|el)[ -]?(?:Awwal|Akhir|Thani|Sani)"
    r"|Jumad[ai][ -]?(?:al|ul|el)[ -]?(?:Ula|Awwal|Akhira|Akhirah|Thani|Thaniyah)|Rajab"
    r"|Sha[‘'ʿ]?ban|Ramadan|Ramazan|Shawwal|Dhu[ -]?al[ -]?Qa[‘'ʿ]?dah|Dhu[ -]?al[ -]?Hijjah"
    r"|Dhul[ -]?Qadah|Dhul[ -]?Hijjah|Farvardin|Ordibehesht|Khordad|Mordad|Amordad"
    r"|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand)"
)
_ERA_MARK = r"(?:[ ]?(?:E\.[ ]?C\.|EC|A\.H\.|AH|H\.|SH|S\.H\.)(?![\w]))"
_LATIN_CALENDARS = re.compile(
    rf"(?<![\w-]){_LATIN_MONTH}[ ]\d{{1,2}},?[ ]\d{{4}}{_ERA_MARK}?"
    rf"|(?<![\w.-])\d{{1,2}}[ ]{_LATIN_MONTH}[ ]\d{{4}}{_ERA_MARK}?"
    rf"|(?<![\w-]){_LATIN_MONTH}[ ]\d{{4}}{_ERA_MARK}"
    rf"|(?<![\w.-])\d{{4}}[ ]?(?:E\.[ ]?C\.|A\.H\.|AH)(?![\w])"
)

# Korean, Japanese and Chinese write a date against the words around it ("于2009年"),
# so only a digit or a point before it stops a match.
_SCRIPTS = re.compile(
    rf"(?<![\d.])(?:{_KOREAN}|{_CJK})|(?<![\d.])(?:{_ARABIC}|{_PERSIAN}|{_EASTERN})"
)
# A year spelled out in a deed: "l'an deux mille neuf", "el año dos mil nueve".
_FR_UNITS = (
    r"(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze"
    r"|seize|dix-sept|dix-huit|dix-neuf|vingt(?:[ -]et[ -]un|-[a-z]+)?)"
)
_ES_UNITS = (
    r"(?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce"
    r"|quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte|veinti[a-zéú]+)"
)
_YEAR_IN_WORDS = re.compile(
    rf"\b(?:[Ll]['’]an(?:née)?[ ]deux[ ]mille(?:[ -]{_FR_UNITS})?"
    rf"|(?:[Ee]l[ ]año|del[ ]año)[ ]dos[ ]mil(?:[ ]{_ES_UNITS})?)\b"
)
# Days listed or paired before one month in the languages the policies read: "3, 4 et
# 5 mars 2009", "the night of 8/9 June 2008", "27/28 DECEMBER 2024", "entre el 3 y el 6
# de mayo", "23-25/03/2026".
_MONTHS_WESTERN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER"
    r"|NOVEMBER|DECEMBER|(?i:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
    r"|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
    r"|setiembre|octubre|noviembre|diciembre))"
)
_DAY = r"[0-3]?\d(?:er|st|nd|rd|th)?"
_DAY_LISTS = re.compile(
    rf"(?<![\w/.,-]){_DAY}(?:(?:,[ ]{_DAY})*[ ](?:et|and|y|&)[ ]{_DAY}|/{_DAY})[ ](?:de[ ])?"
    rf"{_MONTHS_WESTERN}(?:,?[ ](?:de[ ])?(?:19|20)\d\d)?(?!\w)"
    rf"|\b(?:entre[ ]el|del)[ ][0-3]?\d[ ](?:y[ ]el|al)[ ][0-3]?\d[ ]de[ ]{_MONTHS_WESTERN}"
    rf"(?:[ ]de[ ](?:19|20)\d\d)?(?!\w)"
    # days ranged before one date in figures: "23-25/03/2026", "4–6.11.2025"
    r"|(?<![\w/.,-])[0-3]?\d[-–][0-3]?\d(?P<stop>[/.])[01]?\d(?P=stop)(?:19|20)\d\d(?![\w/]|\.\d)"
)
# Hours from one to another: "08:15 a 16:45 horas", "de 9h30 à 13h15", "22:00-02:00 hrs".
_HOUR_RANGE = re.compile(
    r"(?<![\w:.])(?:[01]?\d|2[0-3])[:h][0-5]\d[ ]?(?:a|à|al|to|till|until|hasta|-|–)[ ]?"
    r"(?:las[ ])?(?:[01]?\d|2[0-3])[:h][0-5]\d(?:[ ](?:horas|hrs|hs|heures|h)\b)?(?![\w:])"
)
# A weekday shortened before a date in figures, as mail clients quote: "El vie 6/3/09",
# "Le ven. 4/3/11", "Am Fr., 4.3.11".
_SHORT_WEEKDAY_DATE = re.compile(
    r"(?<!\w)(?:lun|mar|mié|mie|jue|vie|sáb|sab|dom|mer|jeu|ven|sam|dim|seg|ter|qua|qui|sex"
    r"|Mo|Di|Mi|Do|Fr|Sa|So)\.?,?[ ][0-3]?\d[/.][01]?\d[/.](?:\d{4}|\d\d)(?![\d/.])",
    re.IGNORECASE,
)


# A French or Spanish weekday naming a particular day, alone or with the part of the day:
# "jusqu'à vendredi", "Mardi soir", "el martes por la noche"; not a habit ("tous les
# mardis", "los martes"), a name ("Domingo Pérez", "Santo Domingo") or a feast.
_WEEKDAY_ALONE = re.compile(
    r"(?<![\w-])(?<!les[ ])(?<!Les[ ])(?<!los[ ])(?<!Los[ ])(?<!chaque[ ])(?<!cada[ ])"
    r"(?<!Santo[ ])(?<!San[ ])(?<!Saint[ ])(?<!Sainte[ ])"
    r"(?:[Ll]undi|[Mm]ardi|[Mm]ercredi|[Jj]eudi|[Vv]endredi|[Ss]amedi|[Dd]imanche|[Ll]unes"
    r"|[Mm]artes|[Mm]iércoles|[Jj]ueves|[Vv]iernes|[Ss]ábado|[Dd]omingo)"
    r"(?:[ ](?:soir|matin|après-midi|midi|(?:por|en)[ ]la[ ](?:mañana|tarde|noche)))?"
    r"(?![\w-]|[ ][A-ZÀ-Þ][a-zà-ÿ])"
)
# An English date and the time after it, with its seconds, half of the day and zone, as
# chat clients and mail headers write it: "Tue 07 Dec 2010 11:02:15 PM GST" read whole.
_EN_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April"
    r"|June|July|August|September|October|November|December)"
)
_DATE_THEN_TIME = re.compile(
    r"(?<![\w-])(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ ])?"
    rf"(?:[0-3]?\d[ ]{_EN_MONTH}\.?,?[ ](?:19|20)\d\d|{_EN_MONTH}\.?[ ][0-3]?\d,?[ ](?:19|20)\d\d)"
    r",?[ ](?:at[ ])?(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:[ ]?[AaPp]\.?[Mm]\.?)?"
    r"(?:[ ](?:[A-Z]{2,5}|[+-]\d{4}|UTC[+-]\d{1,2}))?(?![\w:])"
)
# A month and its year, or a day, its month and year, wrapped across a line: "octobre⏎2011".
_WRAPPED = re.compile(
    rf"(?<![\w-])(?:[0-3]?\d[ ](?:de[ ])?)?{_MONTHS_WESTERN}(?:[ ]de)?\n[ \t]*(?:19|20)\d\d(?!\d)"
)
# A time of day in four figures after a word that says when: "after 2200", "at 0630 hrs".
_FOUR_FIGURE_TIME = re.compile(
    r"\b(?:at|after|before|until|till|by|from|since|around|about|approximately|to)[ ]"
    r"(?:(?:[01]\d|2[1-3])[0-5]\d(?:[ ]?(?:hrs|hours|h|L|Z|local))?"
    r"|20[0-5]\d[ ]?(?:hrs|hours|h|L|Z|local))(?![\w:/-]|[.,]\d"
    r"|[ ](?!(?:on|and|or|when|that|the|in|at|until|local)\b)[A-Za-z])"
)


# Dates read by OCR, with "l" or "I" for 1 and "O" for 0 in the figures and "rn" for "m"
# in the month: "l8 February 20l0", "Decernber 2, 2O09", "3l.0l.20l0", "23 MAR 20ll".
_OCR_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN"
    r"|JUL|AUG|SEP|OCT|NOV|DEC|Septernber|Novernber|Decernber|Marc[ ]h"
    # Portuguese and Spanish months, with "rn" for "m" and "0" for "o": "rnarço", "janeir0"
    r"|(?i:janeir[o0]|fevereir[o0]|(?:rn|m)ar[çc][o0]|abril|(?:rn|m)ai[o0]|junh[o0]|julh[o0]"
    r"|ag[o0]st[o0]|setembr[o0]|[o0]utubr[o0]|n[o0]vembr[o0]|dezembr[o0]|ener[o0]|febrer[o0]"
    r"|(?:rn|m)arz[o0]|(?:rn|m)ay[o0]|juni[o0]|juli[o0]|septiembre|[o0]ctubre|n[o0]viembre"
    r"|diciembre))"
)
_OCR_DAY = r"[0-3lI]?[0-9lIO]"
_OCR_YEAR = r"[12lI][09O][0-9lIO]{2}"
_OCR_DATE = re.compile(
    rf"(?<![\w.-])(?:{_OCR_DAY}[ ](?:de[ ])?{_OCR_MONTH}\.?(?:,?[ ](?:de[ ])?{_OCR_YEAR})?"
    rf"|{_OCR_MONTH}\.?[ ]{_OCR_DAY},?[ ]{_OCR_YEAR}"
    rf"|{_OCR_DAY}([./])[01lIO][0-9lIO]\1{_OCR_YEAR})(?![\w]|\.\w)"
)


def _ocr_dates(text: str) -> Iterator[LayoutSpan]:
    """OCR'd dates: only those with a misread figure or month, each holding a digit (the
    policy patterns read the rest)."""
    for match in _OCR_DATE.finditer(text):
        piece = match.group()
        figures = re.sub(r"[A-Za-z]{3,}\.?", "", piece)
        misread = re.search(r"[lIO]", figures) or "rn" in piece or re.search(r"[a-z]0", piece)
        if misread and re.search(r"\d", figures):
            yield LayoutSpan(match.start(), match.end(), ENTITY, SCORE, "a date read by OCR")


def dates_in_scripts(text: str) -> Iterator[LayoutSpan]:
    """Dates and hours in other scripts and calendars, and the spelled, listed and ranged
    forms the policy patterns read only in parts. Each pattern runs only on a text that
    holds what every match of it holds (a script's counter, a month's name, a digit)."""
    yield from _spans(_WEEKDAY_ALONE, text)
    if _DIGIT.search(text) is None:
        if "deux mille" in text or "dos mil" in text:
            yield from _spans(_YEAR_IN_WORDS, text)
        return
    for pattern in (_DATE_THEN_TIME, _WRAPPED):
        yield from _spans(pattern, text)
    yield from _ocr_dates(text)
    for match in _FOUR_FIGURE_TIME.finditer(text):
        start = text.index(" ", match.start()) + 1  # the figures, not the word before
        yield LayoutSpan(start, match.end(), ENTITY, SCORE, "a time in four figures")
    if _EAST_ASIAN_OR_ARABIC.search(text):
        yield from _spans(_SCRIPTS, text)
    if _LATIN_MONTH_WORD.search(text):
        yield from _spans(_LATIN_CALENDARS, text)
    if "deux mille" in text or "dos mil" in text:
        yield from _spans(_YEAR_IN_WORDS, text)
    for pattern in (_DAY_LISTS, _HOUR_RANGE, _SHORT_WEEKDAY_DATE):
        yield from _spans(pattern, text)


def _spans(pattern: re.Pattern[str], text: str) -> Iterator[LayoutSpan]:
    for match in pattern.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in " ،,":
            end -= 1
        if end > start:
            yield LayoutSpan(start, end, ENTITY, SCORE, "date in another script or form")


_DIGIT = re.compile(r"\d")
# A Korean, Japanese or Chinese date counter or half of the day, an Arabic or Persian
# letter, or an Arabic-Indic or Persian digit: the scripts' patterns need one.
_EAST_ASIAN_OR_ARABIC = re.compile(
    r"[년월일시오年月日時时点點午上下晚早凌中傍夜朝夕令平昭大民\u0600-\u06ff]"
)
_LATIN_MONTH_WORD = re.compile(
    rf"(?<![\w-]){_LATIN_MONTH}(?![\w])|\d{{4}}[ ]?(?:E\.[ ]?C\.|A\.H\.|AH)"
)
