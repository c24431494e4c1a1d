"""Quote text -> a comparable form: one spelling, no quote marks, case, ellipses or editors' insertions.

The original text is always kept for display; this form is only for matching.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from functools import lru_cache

import snowballstemmer

# British -> American spellings that a suffix rule cannot derive.
_SPELLING = {
    "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
    "programme": "program", "programmes": "programs", "travelled": "traveled", "travelling": "traveling",
    "cancelled": "canceled", "cancelling": "canceling", "labelled": "labeled", "modelling": "modeling",
    "counselling": "counseling", "fuelled": "fueled", "signalled": "signaled", "channelled": "channeled",
    "grey": "gray", "cheque": "check", "kerb": "curb", "tyre": "tire", "plough": "plow",
    "sceptical": "skeptical", "sceptic": "skeptic", "judgement": "judgment", "ageing": "aging",
    "enrolment": "enrollment", "fulfil": "fulfill", "instalment": "installment", "manoeuvre": "maneuver",
    "oestrogen": "estrogen", "paediatric": "pediatric", "whilst": "while", "amongst": "among",
    "learnt": "learned", "spelt": "spelled", "burnt": "burned", "dreamt": "dreamed",
    "centre": "center", "centres": "centers", "theatre": "theater", "metre": "meter", "metres": "meters",
    "litre": "liter", "fibre": "fiber", "calibre": "caliber", "sombre": "somber", "spectre": "specter",
    "analyse": "analyze", "analysed": "analyzed", "analysing": "analyzing", "paralyse": "paralyze",
    "catalogue": "catalog", "dialogue": "dialog", "analogue": "analog", "jewellery": "jewelry",
}
_OUR = re.compile(r"\b(col|hon|lab|fav|behavi|neighb|harb|rum|hum|arm|endeav|vig|savi|flav|vap|rig|ard|"
                  r"clam|ferv|glam|odo|parl|rancou|splend|tum|val)our(s|ed|ing|ite|ites|able|hood)?\b")
# -ise/-isation -> -ize/-ization, except words whose "ise" is not the suffix.
_ISE = re.compile(r"\b([a-z]{3,}?)is(e|es|ed|ing|ation|ations|er|ers)\b")
_ISE_KEEP = {"prom", "otherw", "expert", "exerc", "adv", "surpr", "comprom", "enterpr", "r", "w", "prec",
             "conc", "franch", "prem", "merchand", "telev", "superv", "rev", "dev", "disgu", "desp",
             "chast", "compr", "improv", "inc", "circumc", "ra", "pra", "appra", "upr", "ar", "dem",
             "excerc", "cru", "pa", "no", "po", "vi", "wi", "bru", "rai", "tou", "sun", "chi", "cla",
             "mo", "ho", "tra", "ele", "fra", "mi", "pr", "cl", "cri", "pre", "sunr", "moonr", "hi",
             "impr", "rem", "paradis", "pois", "rais", "prais", "nois", "concis",
             "vis", "revis", "advis", "devis", "supervis", "televis", "improvis", "surpris"}
_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                        "‚": "'", "‛": "'", "‹": "'", "›": "'", "`": "'", "–": "-", "—": "-", "‐": "-",
                        "\u00a0": " "})
_BRACKETS = re.compile(r"\[[^\]]*\]")
_ELLIPSIS = re.compile(r"\.\.\.|…")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def _spell(w: str) -> str:
    if w.endswith("'s") and len(w) > 2:
        return _spell(w[:-2]) + "'s"
    if w in _SPELLING:
        return _SPELLING[w]
    m = _ISE.fullmatch(w)
    if m and m.group(1) not in _ISE_KEEP:
        return m.group(1) + "iz" + m.group(2)
    m2 = _OUR.fullmatch(w)
    if m2:
        return m2.group(1) + "or" + (m2.group(2) or "")
    return w


def words(text: str) -> list[str]:
    """The comparable words of a text: case-folded, one spelling, no marks, insertions or ellipses."""
    t = unicodedata.normalize("NFKC", text).translate(_MARKS)
    t = _BRACKETS.sub(" ", t)
    t = _ELLIPSIS.sub(" ", t)
    t = t.casefold().replace("-", " ")
    return [_spell(w) for w in _WORD.findall(t)]


def normal(text: str) -> str:
    """``words`` joined by single spaces: the string the fuzzy scorers compare."""
    return " ".join(words(text))


SHINGLE = 5  # word n-gram length for candidate generation: long enough to be rare, short enough to survive edits


def shingles(ws: list[str], n: int = SHINGLE) -> set[int]:
    """Stable 63-bit hashes of the word n-grams (the whole text when shorter than n)."""
    if not ws:
        return set()
    grams = [" ".join(ws[i:i + n]) for i in range(max(1, len(ws) - n + 1))]
    return {zlib.crc32(g.encode("utf-8")) | (zlib.adler32(g.encode("utf-8")) << 32) & 0x3FFFFFFFFFFFFFFF
            for g in grams}


# Transliteration variants of one name ("Zelensky"/"Zelenskyy", "Borisov"/"Borisoff", "Gaddafi"/
# "Qaddafi", "Qadiri"/"Kadiri"): spellings folded to one skeleton, in order.
_TRANSLIT = [(re.compile(p), r) for p, r in (
    (r"off\b", "ov"), (r"eff\b", "ev"), (r"kh", "k"), (r"q", "k"), (r"\bg(?=[aou])", "k"), (r"ck", "k"), (r"c(?=[aou]|\b)", "k"),
    (r"ph", "f"), (r"w", "v"), (r"dj", "j"), (r"ou", "u"), (r"y", "i"), (r"(?<=[bdgkt])h", ""), (r"(.)\1+", r"\1"),
)]


def name_key(name: str) -> str:
    """A person's name folded so that its transliterations meet: "Yasmin Zaky" and "Yasmin Zaki",
    "Volodymyr Zelenskyy" and "Volodymyr Zelensky" have one key; "Ivan Petrov" and "Igor Petrov" do not."""
    t = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    t = re.sub(r"[^a-z ]", "", t)
    for pat, rep in _TRANSLIT:
        t = pat.sub(rep, t)
    return " ".join(t.split())


_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a normalised word: "withdrawal" and "withdraw" -> "withdraw".
    Cached: news vocabulary repeats, and the stemmer is pure Python."""
    return _STEMMER.stemWord(word)
