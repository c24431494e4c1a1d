"""Paths and bytes -> Articles: decoding, validation and metadata (outlet, date, title).

Metadata comes from three places; per field, the most specific wins:
1. a ``sources.csv`` beside the articles (columns file, outlet, date, url, title): names one file;
2. ``--outlet``, ``--date``, ``--title`` on the command line: name the run;
3. what the text itself states ("Source: The Daily Star", "© 2018 Arab News",
   "Date: Sep 4, 2018"; the headline as title): a reading of the page.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import InputError
from .model import Article

ARTICLE_SUFFIXES = {".txt", ".text", ".md"}
SIDECAR = "sources.csv"
MAX_BYTES = 20_000_000  # one article larger than this is not an article


@dataclass(frozen=True)
class Overrides:
    outlet: str | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None


def collect(paths: list[str]) -> list[Path]:
    """Expand files and folders (recursively) into article files, in a stable order.

    Raises InputError naming the path when it does not exist or a folder holds no articles.
    """
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise InputError(f"{raw}: no such file or folder; check the path")
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not found:
                raise InputError(f"{raw}: folder holds no articles (*.txt, *.text, *.md); "
                                 "point at the folder that holds them")
            out.extend(found)
        else:
            out.append(p)
    seen: set[Path] = set()
    unique = []
    for f in out:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def decode(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Bytes -> text. UTF-8 first; else Windows-1252 with a warning. Refuses empty and binary input."""
    if not data.strip():
        raise InputError(f"{name}: file is empty; give an article with text in it")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not an article; give a text file (UTF-8)")
    try:
        text = data.decode("utf-8")
        warnings: tuple[str, ...] = ()
    except UnicodeDecodeError as e:
        text = data.decode("cp1252", errors="replace")
        warnings = (f"{name}: not valid UTF-8 (byte {e.start}); read as Windows-1252 instead",)
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 8192):
        raise InputError(f"{name}: looks like a binary file, not an article; give a text file (UTF-8)")
    return text, warnings


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- metadata stated in the text ---------------------------------------------------------------------
_MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                        "nov", "dec"], 1)}
_DATE_PATTERNS = [
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"),
    re.compile(r"\b(?P<mon>[A-Z][a-z]{2,8})\.? (?P<d>\d{1,2}),? (?P<y>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<d>\d{1,2}) (?P<mon>[A-Z][a-z]{2,8})\.?,? (?P<y>(?:19|20)\d\d)\b"),
]
_SOURCE_LINE = re.compile(r"^\s*(?:source|publisher|outlet|published by)\s*:\s*(?P<v>.+?)\s*$", re.I | re.M)
_DATE_LINE = re.compile(r"^\s*(?:date|published|posted|updated|dateline)\s*:\s*(?P<v>.+?)\s*$", re.I | re.M)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*)?(?P<v>[A-Z][^\n().,;|]{2,60})",
                        re.I)
_TITLE_SKIP = re.compile(r"^(accessibility links|breaking news|navigation|menu|skip to|share|print|"
                         r"subscribe|sign in|log in|advertisement|home|search)\b", re.I)


def parse_date(value: str) -> str | None:
    """A date as written ("Sep 4, 2018", "4 September 2018", "2018-09-04") -> ISO; YYYY-MM and YYYY pass."""
    value = value.strip()
    if re.fullmatch(r"(19|20)\d\d(-\d\d)?", value):
        return value
    for pat in _DATE_PATTERNS:
        m = pat.search(value)
        if not m:
            continue
        try:
            month = int(m.group("m")) if "m" in m.groupdict() and m.group("m") else _MONTHS[m.group("mon")[:3].lower()]
            return dt.date(int(m.group("y")), month, int(m.group("d"))).isoformat()
        except (KeyError, ValueError):
            continue
    return None


def metadata_from_text(text: str) -> dict[str, str]:
    """Outlet, date and title where the text states them."""
    meta: dict[str, str] = {}
    head = text[:3000]
    m = _SOURCE_LINE.search(head)
    if m:
        meta["outlet"] = m.group("v").strip()
    else:
        tail = text[-3000:]
        c = _COPYRIGHT.search(tail)
        if c and not re.match(r"\s*\d|all rights|\.", c.group("v"), re.I):
            meta["outlet"] = c.group("v").strip()
    d = _DATE_LINE.search(head)
    if d:
        parsed = parse_date(d.group("v"))
        if parsed:
            meta["date"] = parsed
    title = headline(text)
    if title:
        meta["title"] = title
    return meta


def headline(text: str) -> str | None:
    """The first line that reads like a headline: 4 to 30 words, not a menu item or a sentence of the body."""
    for line in text.split("\n")[:40]:
        s = line.strip().strip("•·|").strip()
        words = [w for w in s.split() if re.search(r"[^\W\d_]{2}", w)]
        if not (4 <= len(words) <= 30) or _TITLE_SKIP.match(s) or _SOURCE_LINE.match(s) or _DATE_LINE.match(s):
            continue
        if s.endswith(("!", "?")) and len(words) > 12 or "•" in line:
            continue
        if s.endswith(".") and len(words) > 20:
            continue
        return s
    return None


def load_sidecar(folder: Path) -> dict[str, dict[str, str]]:
    """``sources.csv`` in a folder: file name -> {outlet, date, url, title} (blank cells left out)."""
    path = folder / SIDECAR
    if not path.is_file():
        return {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (UnicodeDecodeError, csv.Error) as e:
        raise InputError(f"{path}: cannot read metadata file ({e}); fix it or remove it") from None
    out: dict[str, dict[str, str]] = {}
    for row in rows:
        name = (row.get("file") or "").strip()
        if not name:
            continue
        meta = {k: (row.get(k) or "").strip() for k in ("outlet", "date", "url", "title")}
        if meta.get("date"):
            parsed = parse_date(meta["date"])
            if parsed is None:
                raise InputError(f"{path}: date {meta['date']!r} for {name} is not a date; use YYYY-MM-DD")
            meta["date"] = parsed
        out[name] = {k: v for k, v in meta.items() if v}
    return out


def make_article(data: bytes, name: str, doc: str, *, path: str | None = None,
                 sidecar: dict[str, str] | None = None, overrides: Overrides = Overrides()) -> Article:
    """Decode and validate one article and fill in its metadata (sidecar > command line > text)."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: {len(data):,} bytes is too large for one article; split it")
    text, warnings = decode(data, name)
    stated = metadata_from_text(text)
    side = sidecar or {}

    def pick(field: str, flag: str | None) -> str | None:
        return side.get(field) or flag or stated.get(field)

    return Article(
        doc=doc, text=text, content_hash=content_hash(text), path=path,
        url=side.get("url") or overrides.url,
        title=pick("title", overrides.title), outlet=pick("outlet", overrides.outlet),
        published=pick("date", overrides.date), warnings=warnings,
    )


def read_articles(paths: list[str], overrides: Overrides = Overrides(), stdin: bytes | None = None) -> list[Article]:
    """Every article named by ``paths`` ("-" is ``stdin``), read and checked before anything is stored."""
    if overrides.date and parse_date(overrides.date) is None:
        raise InputError(f"--date {overrides.date!r} is not a date; use YYYY-MM-DD")
    if overrides.date:
        overrides = replace(overrides, date=parse_date(overrides.date))
    articles: list[Article] = []
    files = [p for p in paths if p != "-"]
    if "-" in paths:
        if stdin is None:
            raise InputError("-: nothing on standard input; pipe an article in")
        articles.append(make_article(stdin, "standard input", "stdin", overrides=overrides))
    sidecars: dict[Path, dict[str, dict[str, str]]] = {}
    for f in collect(files):
        folder = f.parent
        if folder not in sidecars:
            sidecars[folder] = load_sidecar(folder)
        side = sidecars[folder].get(f.name) or sidecars[folder].get(f.stem)
        try:
            data = f.read_bytes()
        except OSError as e:
            raise InputError(f"{f}: cannot read ({e.strerror}); check its permissions") from None
        articles.append(make_article(data, str(f), f.stem, path=str(f), sidecar=side, overrides=overrides))
    return articles
