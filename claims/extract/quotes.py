"""Quote marks -> quoted spans.

Pairs double marks (“ ” " „ « » and the doubled apostrophe '') and, outside
them, single marks (‘ ’ ' ‹ ›) paragraph by paragraph. A mark's direction
comes from its glyph where it is typographic, else from its neighbours, so
mixed styles pair (seed 001 opens with " and closes with ”). A double quote
left open at the end of a paragraph runs to the paragraph's end: news style
for quotes over several paragraphs, each reopening with a mark. Apostrophes
that look like single marks (voters', '90s, don't) never open a quote, nor
close one in single marks ('... the voters' anger is real.'). Nothing
here raises on odd input: an unbalanced mark costs at most its own paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from .lexicon import lexicon

_OPEN_CTX = set("([{<—–-/:")  # after these a mark opens
_CLOSE_CTX = set(".,;:!?)]}>—–-…/")  # before these a mark closes
# Invisible format characters (zero-width spaces and joiners, direction marks, a byte-order mark) that text
# pasted from social media carries beside a mark: a mark's neighbours are read past them.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                       "\u2060\u2066\u2067\u2068\u2069\ufeff")
_ELISION = re.compile(r"(\d\d(s\b|\b)|em\b|til\b|till\b|cause\b|n\b|bout\b|tis\b|twas\b)", re.I)
DOUBLE = '"“”„‟«»'
SINGLE = "'‘’‚‛‹›"
_DOUBLE_RE = re.compile("''|’’|[" + DOUBLE + "]")  # where a paragraph holds a doubled apostrophe


class Paragraph(NamedTuple):
    """A NamedTuple, like ``tokens.Token``: immutable, and made many times per article at a fraction of a
    frozen dataclass's cost."""

    index: int  # type: ignore[assignment]  # (the field shadows tuple.index, which nothing here calls)
    start: int
    end: int


class QuoteSpan(NamedTuple):
    """A quoted stretch: ``start``/``end`` exclude the marks, ``open_at``/``close_end`` include them."""

    start: int
    end: int
    open_at: int
    close_end: int
    closed: bool
    paragraph: int
    double: bool


def paragraphs(text: str) -> list[Paragraph]:
    """Non-blank lines of the text with their offsets."""
    out: list[Paragraph] = []
    pos = 0
    n = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append(Paragraph(n, pos, end))
            n += 1
        pos = end + 1
    return out


def _space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _positions(text: str, chars: str) -> list[int]:
    """Sorted offsets of every one of ``chars`` in the text. ``str.find`` skips to each far faster than a
    regex can test character after character against a set of marks."""
    out: list[int] = []
    append = out.append
    find = text.find
    for ch in chars:
        i = find(ch)
        while i >= 0:
            append(i)
            i = find(ch, i + 1)
    out.sort()
    return out


def _neighbours(par: str, start: int, end: int) -> tuple[str, str]:
    """The visible characters before ``start`` and at or after ``end`` ("" at the paragraph's edges)."""
    while start > 0 and par[start - 1] in _INVISIBLE:
        start -= 1
    while end < len(par) and par[end] in _INVISIBLE:
        end += 1
    return (par[start - 1] if start > 0 else ""), (par[end] if end < len(par) else "")


def _double_marks(par: str, at: list[int]) -> list[tuple[int, int, str]]:
    """(position, length, direction) of double marks; direction is "o", "c" or "?". ``at``: the offsets
    of the double marks' characters in the paragraph."""
    res = []
    n = len(par)
    if "''" in par or "’’" in par:
        marks = [(m.start(), m.end() - m.start()) for m in _DOUBLE_RE.finditer(par)]
    else:
        marks = [(i, 1) for i in at]
    for i, ln in marks:
        ch = par[i]
        prev = par[i - 1] if i > 0 else ""
        nxt = par[i + ln] if i + ln < n else ""
        if prev in _INVISIBLE or nxt in _INVISIBLE:
            prev, nxt = _neighbours(par, i, i + ln)
        space_before = not prev or prev.isspace()
        space_after = not nxt or nxt.isspace()
        opens = (space_before or prev in _OPEN_CTX or prev in "“‘«„") and not space_after
        closes = (space_after or nxt in _CLOSE_CTX or nxt in "”’»") and not space_before
        if ch in "“„«":
            # A typographic opener that sits after a word and before a space closes (bad typography).
            d = "c" if (closes and not opens and prev not in _OPEN_CTX and ch != "«") else "o"
        elif ch in "”»":
            d = "o" if (opens and not closes and nxt.isalnum()) else "c"
        else:
            d = "o" if opens and not closes else "c" if closes and not opens else "?"
        res.append((i, ln, d))
    return res


def _pair_double(par: str, at: list[int]) -> list[tuple[int, int, int, int, bool]]:
    """(inner_start, inner_end, open_at, close_end, closed) for double-quoted regions."""
    regions = []
    stack: list[tuple[int, int, str]] = []
    for pos, ln, d in _double_marks(par, at):
        fam = "curly" if par[pos] in "“”„‟«»" else "straight"
        if d == "?":
            d = "c" if stack else "o"
        if d == "o":
            if stack and stack[-1][2] != fam:
                stack.append((pos, ln, fam))  # "... “Title” ..." nests
            else:
                stack = [(pos, ln, fam)]  # a second opener of the same family restarts
        elif stack:
            o = stack.pop()
            if not stack:
                regions.append((o[0] + o[1], pos, o[0], pos + ln, True))
    if stack:  # open at paragraph end: a quote that goes on in the next paragraph
        o = stack[0]
        end = len(par.rstrip())
        if (m := _FORGOTTEN_CLOSE.search(par, o[0] + o[1], end)) is not None:
            # unless its closing mark was forgotten before the attribution: '"There wasn't a lot of education,
            # said Kessel, whose ...'
            regions.append((o[0] + o[1], m.start() + 1, o[0], m.start() + 1, True))
        elif end > o[0] + o[1]:
            regions.append((o[0] + o[1], end, o[0], end, False))
    return regions


# An attribution right after a comma, inside a double quote left open: the quote's closing mark was forgotten.
_CUE_WORDS = r"(?:said|says|added|adds|told|tells|asked|explained|noted|wrote|recalled)"
_FORGOTTEN_CLOSE = re.compile(
    r",\s+(?:" + _CUE_WORDS + r"\s+(?:[A-Z][\w.'’-]*|the\s+[a-z]+)|(?:he|she|they)\s+" + _CUE_WORDS + r"\b|"
    r"(?:[A-Z][\w.'’-]*\s+){1,3}" + _CUE_WORDS + r"\b)")


def _pair_single(par: str, masked: list[tuple[int, int]], at: list[int]) -> list[tuple[int, int, int, int, bool]]:
    """Single-quoted regions outside the double-quoted stretches ``masked`` ((start, end) pairs); ``at``: the
    offsets of the single marks' characters in the paragraph."""
    regions = []
    open_at = None
    n = len(par)
    for i in at:
        ch = par[i]
        prev = par[i - 1] if i > 0 else ""
        nxt = par[i + 1] if i + 1 < n else ""
        if prev in _INVISIBLE or nxt in _INVISIBLE:
            prev, nxt = _neighbours(par, i, i + 1)
        if prev.isalnum() and nxt.isalnum():
            continue  # an apostrophe inside a word (don't, Iran's) is no mark at all
        if any(a <= i < b for a, b in masked):
            continue
        if ch in "'’" and (nxt == ch or prev == ch):
            continue  # part of a doubled mark
        can_open = ((_space(prev) or prev in _OPEN_CTX or prev in '"“')
                    and not _space(nxt) and not _ELISION.match(par, i + 1))
        can_close = (not _space(prev) and (_space(nxt) or nxt in _CLOSE_CTX or nxt in '"”'))
        if ch in "‘‹" and not can_close:
            can_open = not prev.isalnum() and not _space(nxt) and not _ELISION.match(par, i + 1)
        if can_open and (open_at is None or not can_close):
            open_at = i
        elif can_close and open_at is not None:
            if prev in "sS" and _plural_possessive(par, i, at):
                continue  # "'..., and the voters' anger is real.'": an apostrophe inside the quote
            if i > open_at + 1:
                regions.append((open_at + 1, i, open_at, i + 1, True))
            open_at = None
    if open_at is not None and not masked and (par[:open_at].strip() == "" or par[:open_at].rstrip().endswith(":")):
        # a quote in single marks left open at the paragraph's end goes on in the next (British style: "Jenna
        # said: 'It's been hard. ..."), when it opens the paragraph or follows a colon
        end = len(par.rstrip())
        if end > open_at + 1:
            regions.append((open_at + 1, end, open_at, end, False))
    return regions


_WORD_AFTER = re.compile(r" ([a-z][\w-]*)")
# Words that follow a closing mark but never a plural possessive ("voters' anger").
_FUNCTION_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "nor", "so", "yet", "for", "to", "in", "on", "of",
                             "at", "by", "with", "from", "as", "than", "that", "which", "who", "whom", "whose",
                             "where", "when", "while", "if", "is", "are", "was", "were", "be", "been", "has", "have",
                             "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might",
                             "must", "not", "he", "she", "it", "they", "we", "i", "you", "this", "these", "those",
                             "about", "after", "before", "into", "over", "under", "since", "until", "because"})


def _plural_possessive(par: str, i: int, at: list[int]) -> bool:
    """The mark at ``i``, after an "s" and before a word in lower case that is no cue, is the apostrophe of a plural
    possessive ("the voters' anger") when a mark after it can still close the quote."""
    m = _WORD_AFTER.match(par, i + 1)
    if m is None or m.group(1) in _FUNCTION_WORDS or m.group(1) in lexicon().cue_forms:
        return False  # ("'We need homes' said Berg", "Only 'One or Two Instances' where ...")
    n = len(par)
    return any(j > i + 1 and not _space(par[j - 1]) and par[j] in "'’" and (j + 1 >= n or _space(par[j + 1]) or
                                                                       par[j + 1] in _CLOSE_CTX) for j in at)


def find_quote_spans(text: str, paras: list[Paragraph] | None = None) -> list[QuoteSpan]:
    """Every maximal quoted region of the text, in order."""
    if paras is None:
        paras = paragraphs(text)
    out: list[QuoteSpan] = []
    doubles = _positions(text, DOUBLE)
    singles = _positions(text, SINGLE)
    for p in paras:
        lo, hi = p.start, p.end
        dat = doubles[bisect_left(doubles, lo):bisect_left(doubles, hi)]
        sat = singles[bisect_left(singles, lo):bisect_left(singles, hi)]
        if not dat and not sat:
            continue
        par = text[lo:hi]
        dbl = _pair_double(par, [i - lo for i in dat])
        sgl = _pair_single(par, [(a, b) for _, _, a, b, _ in dbl], [i - lo for i in sat])
        tagged = [(r, True) for r in dbl] + [(r, False) for r in sgl]
        for (s, e, a, b, closed), double in sorted(tagged):
            # trim whitespace and invisible characters inside the marks
            while s < e and (par[s].isspace() or par[s] in _INVISIBLE):
                s += 1
            while e > s and (par[e - 1].isspace() or par[e - 1] in _INVISIBLE):
                e -= 1
            if e > s:
                out.append(QuoteSpan(p.start + s, p.start + e, p.start + a, p.start + b,
                                     closed, p.index, double))
    return out
