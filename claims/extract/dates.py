"""Stated days ("on Monday", "on February 14", "yesterday") -> calendar dates, from the article's date."""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9

_STATED = re.compile(
    r"\b(?:(?:on|late|early|last)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:on\s+)?(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?:,?\s+(?P<year>\d{4}))?"
    r"|\b(?P<rel>yesterday|today|tonight)\b",
    re.I,
)


def parse_date(value: str | None) -> dt.date | None:
    """An ISO date (YYYY-MM-DD) or None; partial dates (YYYY-MM) have no day to count from."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# Every stated day holds one of these; most attributions hold none, and a substring test is far cheaper
# than the search.
_DAY_PARTS = ("day", "tonight", *sorted({m[:3] for m in MONTHS}))  # weekdays, yesterday and today end in "day"


def find_stated_day(text: str, low: str | None = None) -> tuple[str, int, int] | None:
    """The first stated-day phrase in ``text``: (words, start, end). ``low``, when given, is ``text.lower()``."""
    if low is None:
        low = text.lower()
    if not any(part in low for part in _DAY_PARTS):
        return None
    m = _STATED.search(text)
    if not m:
        return None
    return m.group(0), m.start(), m.end()


def resolve_stated_day(phrase: str, published: str | None) -> str | None:
    """The calendar date a stated day refers to, counted back from the article's date.

    "on Monday" in an article of Wednesday 14 Feb 2018 is Monday 12 Feb 2018; a
    weekday equal to the article's own is that day ("last Sunday" in a Sunday paper, a week before). "February 14" takes the
    year nearest the article's date ("Dec 30" in an article of 2 January is the year before).
    """
    m = _STATED.search(phrase)
    if not m:
        return None
    pub = parse_date(published)
    if m.group("wd"):
        if pub is None:
            return None
        want = WEEKDAYS.index(m.group("wd").lower())
        back = (pub.weekday() - want) % 7
        if back == 0 and m.group(0).lower().startswith("last"):
            back = 7  # "last Sunday" in a Sunday paper is a week back
        return (pub - dt.timedelta(days=back)).isoformat()
    if m.group("mon"):
        month = MONTHS[m.group("mon").lower()[:3]]
        day = int(m.group("day"))
        if m.group("year"):
            years = [int(m.group("year"))]
        elif pub:
            years = [pub.year - 1, pub.year, pub.year + 1]
        else:
            return None
        found = []
        for y in years:
            try:
                found.append(dt.date(y, month, day))
            except ValueError:
                continue
        if not found:
            return None
        # without a year, the nearest such date to the article's ("Dec 30" in early January is last year's)
        return min(found, key=lambda d: abs((d - pub).days) if pub else 0).isoformat()
    if pub is None:
        return None
    rel = m.group("rel").lower()
    return (pub - dt.timedelta(days=1)).isoformat() if rel == "yesterday" else pub.isoformat()
