"""Speaker mentions -> entities, within one article.

A mention is the words that name a speaker ("he", "the think tank", "ICG",
"US Secretary of State Rex Tillerson"). ``Entities`` collects every name the
article introduces (with its title) and tracks which were mentioned most
recently, so that short names resolve to full names ("Tillerson" -> "Rex
Tillerson"), acronyms to organisations ("ICG" -> "International Crisis
Group"), titles to their holder ("the secretary of state"), and pronouns and
descriptions to the latest compatible speaker ("it" -> the organisation,
"Washington's lead diplomat" -> the person).
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter, methodcaller
from typing import NamedTuple

from .lexicon import lexicon
from .tokens import Token

CONNECTORS = {"of", "for", "the", "de", "del", "della", "da", "do", "dos", "al", "el", "bin", "ibn", "von",
              "van", "der", "den", "la", "le", "du", "di", "y", "ten", "ter"}
_NAME_INNER = {"de", "del", "della", "da", "do", "dos", "al", "el", "bin", "ibn", "von", "van", "der", "den",
               "la", "le", "du", "di", "y", "ten", "ter"}  # ("Erik ten Hag", "Gerard ter Borch")
_POSITION = itemgetter(0)
_FIRST_LETTER = itemgetter(slice(0, 1))  # a word's first letter, "" for none
# (one pattern per opening mark: a pattern that opens on one character finds it many times faster than one that
# opens on a set of them, and no match can hold another's start)
_NICKNAMED = tuple(re.compile(mark + r"(?P<nick>[A-Z][\w’'.\-]*)[”\"’] "
                              r"(?P<surname>[A-Z][\w’'\-]+(?: (?:Jr\.|Sr\.|II|III|IV))?)") for mark in "“\"‘")
_MATCH_START = methodcaller("start")
_COUPLE = re.compile(r" and (?P<second>[A-Z][a-z]+) (?P<surname>[A-Z][\w’'\-]+)\b(?! [A-Z])")
_LAST_WORD = re.compile(r"\b([A-Z][a-z]+) $")  # the word before a nickname or a couple's "and"
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'.\-]*[ \t]$")
# one name of the list, with a party and state or a place after it, and what goes on to the next name
_LISTED_NAME = re.compile(r"(?P<name>[A-Z][\w’'.\-]*(?: (?:[A-Z][\w’'.\-]*|de|van|von|bin))*)"
                          r"(?: ?\([^()\n]{1,16}\))?(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?(?P<sep>, and |, | and )?")
_NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
_TITLE_CONNECTORS = CONNECTORS - _NAME_INNER  # "of", "for", "the": a title's, not a name's
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
               "my", "your", "one", "another", "some", "several", "many", "two", "three", "other"}
_NATIONALITY = re.compile(r"^(?:[A-Z][a-z]+(?:ian|ean|ese|ish|an|i|ic)|U\.?S\.?|UK|U\.K\.|EU|UN|U\.N\.|US|Saudi|Thai|Swiss|French|Dutch|Greek|Iraqi|Israeli)$")
_ONE_OF_A_PARTY_OR_PLACE = re.compile(r"^[A-Z][a-z]+an$")  # "Republican", "Texan", "Floridian", "Korean"
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,6}$")
_AGED = re.compile(r"^\d{1,3}-year-old$")
_AGED_REACH = 250  # how far back "the 46-year-old" looks for the person it means: the sentence or two before
# Capitalised words that start sentences or clauses without naming anyone.
NOT_NAMES = {
    "the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at", "as", "if", "when", "while",
    "after", "before", "during", "since", "because", "although", "though", "however", "meanwhile",
    "still", "also", "then", "now", "there", "here", "this", "that", "these", "those", "it", "he",
    "she", "they", "we", "i", "you", "his", "her", "their", "its", "our", "my", "your", "one", "some",
    "many", "much", "most", "all", "both", "each", "every", "no", "not", "yes", "last", "next", "earlier",
    "later", "according", "speaking", "asked", "despite", "with", "without", "for", "from", "to",
    "by", "of", "about", "over", "under", "among", "amid", "against", "between", "through", "into",
    "what", "who", "whom", "which", "where", "why", "how", "whether", "instead", "even", "just",
    "only", "already", "once", "separately", "further", "likewise", "similarly", "indeed",
    "read", "more", "view", "photo", "image", "watch", "follow", "share", "click", "see", "like",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tomorrow", "mr", "mrs", "ms", "dr", "several", "few", "other", "such", "upon", "nor",
    "come", "let", "please", "thank", "thanks", "go", "get", "look", "listen", "imagine", "consider",
    "unlike", "following", "per", "via", "near", "within", "across", "around", "toward", "towards",
    "alongside", "beside", "besides", "amongst",
    # adverbs of time and frequency that open sentences ("Sometimes he would take ..."): no "they"
    "sometimes", "often", "usually", "always", "never", "occasionally", "rarely", "seldom", "perhaps", "maybe",
    "eventually", "finally", "afterward", "afterwards", "otherwise", "therefore", "thus",
}
# Numbers open sentences ("Twelve of them said ..."), and name no one.
NUMBER_WORDS = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
    "dozen", "dozens",
}


def _middle_name(parts: list[str]) -> bool:
    """The second of three words of a name is a name of its own ("Melba Acosta Febo", "Hillary Rodham Clinton";
    not "George W. Bush", "Tom Lind Jr.")."""
    return len(parts) == 3 and parts[1][:1].isupper() and not parts[1].endswith(".") and \
        parts[2] not in _NAME_SUFFIXES


def _before_particle(parts: list[str]) -> str | None:
    """The name before a surname's particle, past the first name: "Lula" in "Luiz Inacio Lula da Silva", a name
    the article may use alone (only in names of four words or more)."""
    k = next((k for k in range(2, len(parts) - 1) if parts[k] in _NAME_INNER), None)
    return parts[k - 1] if k is not None and parts[k - 1][:1].isupper() else None


def _surname(parts: list[str]) -> str:
    """The last word of a name that is not a generation's suffix: "Kennedy" in "Robert Kennedy Jr."."""
    return parts[-2] if len(parts) > 2 and parts[-1] in _NAME_SUFFIXES else parts[-1]


@lru_cache(maxsize=65536)
def norm_word(w: str) -> str:
    return w.lower().replace("’", "'").rstrip(".")


@dataclass
class Entity:
    name: str  # canonical: the fullest name seen
    kind: str  # "person", "org" or "unknown"
    titles: set[str] = field(default_factory=set)
    female: bool | None = None
    introduced: int = -1  # where the article first names it
    owners: set[str] = field(default_factory=set)  # whose title it is: "Murphy's spokeswoman Galia Slayen" -> murphy


class Mention(NamedTuple):
    """A speaker mention: its words and offsets, and the entity name it resolves to. A NamedTuple, like
    ``Token``: immutable, and several times cheaper to make than a frozen dataclass."""

    text: str
    start: int
    end: int
    name: str | None
    kind: str  # "name", "pronoun", "description", "names" (coordinated: "Clinton and Sanders")


# A name after one of these sits in a prepositional phrase and is no subject or speaker: "an aide to X",
# "a video of Clinton".
PREPOSITIONS = frozenset({"to", "of", "for", "at", "with", "from", "in", "on", "by", "about", "against"})


def _verb_or_adverb(w: str) -> bool:
    """A word by its form a verb or an adverb, which opens a sentence before a name but is never a given
    name: "Said Comey", "Interestingly Blocher", "Debating Clinton" (not "Will Estrada", "De Blasio")."""
    low = w.lower()
    return len(low) > 4 and low.endswith(("ly", "ed", "ing")) or low in ("said", "says", "was", "is", "maybe", "perhaps")


def is_possessive(w: str) -> bool:
    """A word in the possessive: "Lind's", "Clinton’s", "Sanders’"."""
    return w.endswith(("’s", "'s")) or len(w) > 2 and w.endswith(("s’", "s'"))


def strip_possessive(w: str) -> str:
    """The owner's name without its possessive ending: "Clinton’s" -> "Clinton", "Sanders’" -> "Sanders"."""
    if w.endswith(("’s", "'s")):
        return w[:-2]
    return w[:-1] if len(w) > 2 and w.endswith(("s’", "s'")) else w


def _named_owners(words: list[str]) -> set[str]:
    """The names in possessive among ``words``, normalised: "Murphy's spokeswoman" -> {"murphy"}."""
    return {norm_word(strip_possessive(w)) for w in words if w[:1].isupper() and is_possessive(w)}


# Words that open a description of someone not yet named: "a senior official", "one former campaign staffer".
_INDEFINITE_ARTICLES = frozenset({"a", "an", "one", "another", "some", "several", "many", "two", "three"})
# Lower-case words inside a name or a title: the connectors ("Secretary of State", "Osama bin Laden") and "and"
# ("Secretary of Health and Human Services").
_NAME_PARTICLES = frozenset(CONNECTORS | {"and"})
_LOWER_WORD = re.compile(r"(?:^| )(?!(?:" + "|".join(sorted(_NAME_PARTICLES)) + r") )[a-z]")  # not a particle


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """Split a capitalised run into (title words, name words): "US Secretary of State Rex Tillerson"."""
    n = len(words)
    if n == 1:
        return [], list(words)  # one word is a name or a title, and either way no title before a name
    lex = lexicon()
    # a title in lower case ends before the name: "Former US secretary of state Madeleine Albright", "Bill
    # Clinton pollster Douglas Schoen"
    low = None
    head = " ".join(words[:-1]) + " "
    # (rare: C-level tests before the loop; a word in lower case changes its first letters in capitals)
    if (firsts := "".join(map(_FIRST_LETTER, words[:-1]))).upper() != firsts and _LOWER_WORD.search(head):
        low = next((k for k in range(n - 2, -1, -1) if words[k][:1].islower() and words[k] not in _NAME_PARTICLES),
                   None)
    if low is not None:
        title, name = split_title(words[low + 1:])  # "Clinton campaign Chairman John Podesta"
        return words[:low + 1] + title, name
    # whose someone is comes before them: "Purple PAC's Crane", "Iran's Foreign Ministry"
    i = 0
    if "’s " in head or "'s " in head or "s’ " in head or "s' " in head:  # (rarely: one test of all)
        i = next((k + 1 for k in range(n - 2, -1, -1) if is_possessive(words[k])), 0)
    title = words[:i]
    while i < n - 1:
        w = words[i]
        lw = norm_word(w)
        nxt = norm_word(words[i + 1]) if i + 1 < n else ""
        if lw in lex.titles or lw in ("of", "for", "the") or lw in lex.trade_nouns:
            title.append(w)
            i += 1
            continue
        if is_possessive(w) or (nxt in lex.titles or is_possessive(words[i + 1])) and is_nationality(w):
            title.append(w)  # "Iran's Foreign Ministry ...", "Russian Foreign Minister ..."
            i += 1
            continue
        if lw not in lex.given_names:
            # a place or an organisation before a title and a name: "Ohio Gov. John Kasich", "New York Times
            # reporter Maggie Haberman" (two or three words before the title need two after it)
            # ("Senate Majority Leader Mitch McConnell": a title of several words)
            j = next((j for j in range(i + 1, min(i + 4, n - 1)) if norm_word(words[j]) in lex.titles), None)
            k = j
            while k is not None and k < n - 1 and norm_word(words[k]) in lex.titles:
                k += 1
            if j is not None and k is not None and norm_word(words[k]) not in lex.titles and \
                    (j == i + 1 or n - j >= 3) and all(x[:1].isupper() or x in ("of", "for") for x in words[i:j]):
                title.extend(words[i:j])
                i = j
                continue
        if title and (norm_word(title[-1]) in ("of", "for") or
                      len(title) >= 2 and norm_word(title[-1]) == "the" and norm_word(title[-2]) in ("of", "for")) \
                and n - i >= 3:
            title.append(w)  # the object of "Secretary of State", "Minister for Diplomacy", "Leader of the Opposition"
            i += 1
            continue
        break
    name = words[i:]
    if not name or all(map(lex.titles.__contains__, map(norm_word, name))):  # (C-level: no frame per word)
        return [], words
    while name and norm_word(name[0]) in _TITLE_CONNECTORS:
        title.append(name.pop(0))
    if not name:
        return [], words
    return title, name


def is_org_name(words: list[str]) -> bool:
    if len(words) == 1 and _ACRONYM.match(words[0]):
        return True
    return "&" in words or any(map(_org_word, words))  # ("Smith & Wesson", "Ernst & Young")


@lru_cache(maxsize=65536)
def _org_word(w: str) -> bool:
    """A word that makes a name an organisation's ("Ministry", "Party's")."""
    return norm_word(strip_possessive(w)) in lexicon().org_words


def _descriptor_before_given_name(words: list[str]) -> bool:
    """A capitalised common noun before a given name and a surname, no title nor name itself: "Steelworker Dave
    Kowalski" (not "Martin Luther King", "Secretary John Kerry", "GOP Sen. ...")."""
    lex = lexicon()
    first, second = norm_word(words[0]), norm_word(words[1])
    return second in lex.given_names and first not in lex.given_names and first not in lex.titles and \
        words[0][1:].islower() and first not in lex.regions and not is_nationality(words[0])


def _surname_after_person(title: list[str], name: list[str]) -> bool:
    """An outlet's name that is a person's surname here, after a given name or a title ("Michael Bloomberg",
    "President Vicente Fox", "Mayor Bloomberg"); other organisation words still make an organisation
    ("Rand Corporation", "Mayor Bloomberg's Office")."""
    lex = lexicon()
    if norm_word(name[-1]) not in lex.surname_org_words or any(map(_org_word, name[:-1])):
        return False
    return bool(title) or len(name) >= 2 and norm_word(name[0]) in lex.given_names


class Entities:
    """The names an article introduces, and which of them spoke or were subjects most recently."""

    def __init__(self, text: str = "", body: int = 0) -> None:
        self.text = text  # the article, to tell a capitalised common word from a name
        self.body = body  # where the text after the headline starts
        self.by_name: dict[str, Entity] = {}
        self.salience: list[tuple[int, str]] = []  # (position, entity name), in order of position
        self.by_word: dict[str, list[Entity]] = {}  # first and last word of multi-word names -> entities
        self.orgs: list[Entity] = []
        self.runs: dict[tuple[str, ...], Entity | None] = {}  # each distinct run is registered once
        self._sentence_openers: dict[str, bool] = {}  # one-word names read as mere sentence openers, or not
        self._inside_sentence: dict[str, bool] = {}  # words capitalised inside a sentence somewhere, or not
        self._counted_names: dict[str, bool] = {}  # one-word plural names the article counts ("Other Netizens")
        self.relatives: set[str] = set()  # people noted by whose they are: "Ana Lind’s husband"

    def _index(self, ent: Entity) -> None:
        parts = ent.name.split()
        if len(parts) >= 2:
            for w in {parts[0], _surname(parts)} | ({parts[1]} if _middle_name(parts) else set()) | \
                    ({b} if (b := _before_particle(parts)) else set()):
                self.by_word.setdefault(w, []).append(ent)
        if ent.kind == "org":
            self.orgs.append(ent)

    # -- registry -------------------------------------------------------------
    def register_name_forms(self, end: int) -> None:
        """Full names written in two forms that no capitalised run holds whole, before ``end``: a nickname in
        quote marks ("Juan “Chico” Ruiz" is Juan Ruiz, and "Chico" him), and a couple who share a surname
        ("Ola and Kari Hansen": Ola Hansen too)."""
        # (each pattern opens on its quote mark or its "and", and looks back for the first name: a scan for a
        # capitalised word at every word would cost a tenth of the extraction)
        given = lexicon().given_names
        text = self.text
        for m in sorted((m for rx in _NICKNAMED for m in rx.finditer(text, 0, end)), key=_MATCH_START):
            if (g := _LAST_WORD.search(text, max(0, m.start() - 30), m.start())) is None:
                continue
            ent = self.register_run([g.group(1)] + m["surname"].split(), g.start(1))
            if ent is not None and ent.kind == "person" and m["nick"] not in self.by_name:
                self.by_name[m["nick"]] = ent
        for m in _COUPLE.finditer(text, 0, end):
            if (g := _LAST_WORD.search(text, max(0, m.start() - 30), m.start() + 1)) is not None and \
                    g.group(1).lower() in given and m["second"].lower() in given and \
                    not _CAPITAL_BEFORE.search(text, max(0, g.start(1) - 40), g.start(1)):
                # (not a surname that ends a name before: "Lawrence Joyce and William Graham")
                self.register_run([g.group(1), m["surname"]], g.start(1))

    def register_run(self, words: list[str], position: int, subject: bool = False) -> Entity | None:
        """Record a capitalised run seen in the article; returns its entity."""
        key = tuple(words)
        if key in self.runs:
            ent = self.runs[key]
            if subject and ent is not None:
                self.note_speaker(ent.name, position)
            return ent
        ent = self._register_run(words, position, subject)
        self.runs[key] = ent
        return ent

    def _register_run(self, words: list[str], position: int, subject: bool) -> Entity | None:
        if not words:
            return None
        lex = lexicon()
        w0 = norm_word(words[0])  # the first word, normalised; kept in step with ``words`` below
        if len(words) == 2 and norm_word(words[1]) == "day" and w0 in lex.titles:
            return None  # a holiday: "Presidents Day", "Veterans Day"
        if len(words) >= 2 and (plural := lex.plural_titles.get(w0)) is not None:
            self._register_titled_list(plural.capitalize(), words[0], position)
        if "(" in words or ")" in words:
            words = [w for w in words if w not in ("(", ")")]
            if not words:
                return None
            w0 = norm_word(words[0])
        if w0 == "the":
            if len(words) == 2 and norm_word(words[1]) in lex.the_outlets and words[1][:1].isupper():
                return self._register_outlet(" ".join(words), position, subject)  # "The Hill reported"
            words = words[1:]
            if not words:
                return None
            w0 = norm_word(words[0])
        # a headline's verb or pronoun ends the name: "Trump Says He Never Pledged ...", "Pence Thursday"
        for k in range(1, len(words)):
            if ((w := words[k].lower()) in _NAME_ENDERS or w in lex.weekdays) and \
                    not (w == "may" and k == len(words) - 1):
                # (a run's last word is its own: "Theresa May")
                words = words[:k]
                break
        if 4 <= len(words) <= 5 and words[1] == "of" and words[0].endswith("s") and \
                w0 not in lex.titles and norm_word(words[2]) in lex.given_names and \
                all(w[:1].isupper() for w in words[3:]):
            words = words[2:]  # a sentence's first words: "Allies of Boris Johnson", "Critics of Ted Cruz"
            w0 = norm_word(words[0])
        while len(words) >= 2 and (w0 in NOT_NAMES and w0 not in DETERMINERS and w0 not in lex.titles or
                                   w0 in NUMBER_WORDS):
            words = words[1:]  # a sentence's first word: "But Asa Khalif, an organizer ...", "Six Trump delegates"
            w0 = norm_word(words[0])
        if len(words) >= 2 and w0 in _NOBODY:
            words = words[1:]  # "Neither Cruz nor ..."
            w0 = norm_word(words[0])
        elif (words[1][:1].isupper() and (words[2][:1].isupper() if len(words) > 2 else _verb_or_adverb(words[0]))
              if len(words) >= 2 else False) and w0 not in NOT_NAMES and \
                (self._opening_word(words[0]) or len(words) >= 3 and _descriptor_before_given_name(words)) and \
                not is_org_name(words):
            words = words[1:]  # a sentence's first word before a name: "Rival Hillary Clinton", "Neither Donald Trump",
            # "Steelworker Dave Kowalski"
            w0 = norm_word(words[0])
        if not _cappish_text(words[0]) or w0 in NUMBER_WORDS or \
                w0 in NOT_NAMES and not (len(words) > 1 and w0 in lex.titles):
            return None  # "The dispute ...": a capital by position only ("Mr. Putin" is a name)
        title, name = split_title(words)
        if not name:
            return None
        if title and _org_word(name[-1]) and all(w[:1].isupper() for w in title) and \
                norm_word(name[-1]) not in lex.surname_org_words and \
                not ((len(title) >= 2 or len(name) >= 2) and is_possessive(title[-1])) and \
                (len(name) == 1 or not any(_names_someone(norm_word(w)) for w in title)):
            # "Air Force", "White House", "People's Daily", "Transportation Safety Board", "Air Line Pilots
            # Association": an organisation's name, not a title ("Karl Rove's PAC" is his, "Iran's Fars News" is
            # Fars News, "Atlantic City Mayor Don Guardian" is a mayor)
            title, name = [], title + name
        elif title and _org_word(title[0]) and norm_word(title[0]) != "campaign" and \
                (norm_word(title[-1]) in ("of", "for") or norm_word(name[0]) == "and"):
            title, name = [], title + name  # "the Office of Personnel Management", "Office of Management and Budget"
            # (a headline's "Campaign for Trump Says" is his)
        if len(title) >= 2 and is_possessive(title[-1]):
            # the owner is a name of its own: "Ana Lind's Plan", "Purple PAC's Crane"
            self.register_run(title[:-1] + [strip_possessive(title[-1])], position)
            title = []
        # "Aris Shirvanian of the Armenian Patriarchate": a person and an affiliation, not one name
        cut = next((i for i, w in enumerate(name) if w in ("of", "for") and i >= 2), None) \
            if "of" in name or "for" in name else None
        if cut is not None and not is_org_name(name[:cut]) and all(w[:1].isupper() for w in name[:cut]):
            name = name[:cut]
        if is_possessive(name[-1]):
            name = name[:-1] + [strip_possessive(name[-1])]
        by_trade = bool(title) and norm_word(title[-1]) in lex.trade_nouns  # "German carmaker Volkswagen"
        org = is_org_name(name) and not _surname_after_person(title, name) or by_trade
        if org and not title:
            name = words if norm_word(words[0]) not in lex.titles else name
        elif org and all(norm_word(w) in _NAME_OPENERS for w in title):
            title, name = [], title + name  # "National Trail Foundation": "National" is no title here
        full = " ".join(name)
        female = _gender_of_title(title)
        ent = self.lookup_name(full, female) if len(name) == 1 else None
        if ent is None:
            ent = self.by_name.get(full)
        if ent is None and len(name) >= 2 and name[0].lower() in _NAME_INNER:
            # a particle capitalised to open a sentence: "De Blasio said" is Bill de Blasio
            tail = f" {full.lower()} "  # (before any suffix: "Van Beethoven" is Ludwig van Beethoven III)
            ent = next((e for e in self.by_word.get(_surname(name), ()) if tail in f" {e.name.lower()} "), None)
        if ent is None:
            if not org and not title and len(name) >= 2 and norm_word(name[0]) in _DEMONYMS and \
                    norm_word(name[0]) not in lex.given_names:
                org = True  # "American Crossroads", "British Airways": a people's word opens no one's name
            kind = "org" if org else ("person" if (title and not org) or len(name) >= 2 else "unknown")
            ent = Entity(full, kind, introduced=position)
            self.by_name[full] = ent
            self._index(ent)
            # a longer name absorbs an earlier short form ("Tillerson" seen before "Rex Tillerson")
            if len(name) >= 2 and kind == "person":
                short = self.by_name.get(_surname(name))
                if short is not None and short is not ent and short.kind != "org" and " " not in short.name:
                    # (not a full name seen already: "Carly Fiorina" is not renamed "her husband, Frank Fiorina")
                    short.name = full
                    short.kind = "person"
                    self.by_name[_surname(name)] = ent
        if by_trade and ent.kind == "person" and not ent.titles and ent.female is None:
            ent.kind = "org"  # "Snack giant Nabisco" after "RJR Nabisco" took the name "Nabisco" for a person's
        if title:
            t = " ".join(lex.plural_titles.get(w, w) for w in
                         (norm_word(x) for x in title if not is_nationality(x) and not is_possessive(x)))
            if t:
                ent.titles.add(t)
            ent.owners.update(_named_owners(title))
            if ent.kind == "unknown":
                ent.kind = "org" if org else "person"
        by_given_name = _sex_of_given_name(name[0]) if len(name) >= 2 else None
        if female is True or by_given_name is True:
            ent.female = True
        elif ent.female is None and (female is False or by_given_name is False):
            ent.female = False  # "Mr. Trump", "Donald Trump": not the "she" of a later sentence
        if subject:
            self.note_speaker(ent.name, position)
        return ent

    def _register_outlet(self, name: str, position: int, subject: bool) -> Entity:
        """An outlet whose name holds its "The" ("The Hill"), an organisation."""
        ent = self.by_name.get(name)
        if ent is None:
            ent = self.by_name[name] = Entity(name, "org", introduced=position)
            self._index(ent)
        if subject:
            self.note_speaker(ent.name, position)
        return ent

    def _register_titled_list(self, title: str, plural: str, position: int) -> None:
        """Each name of a list after a title in the plural, with the title in the singular: "Sens. Ted Cruz and
        Marco Rubio", "Govs. Chris Christie of New Jersey and John Kasich of Ohio", "Presidents Obama and Bush"."""
        at = self.text.find(plural + " ", position, position + 400)  # (a far run may start before its own words)
        if at < 0:
            return
        pos = at + len(plural) + 1
        while (n := _LISTED_NAME.match(self.text, pos, pos + 80)) is not None:
            words = n["name"].split()
            if any(map(_org_word, words)) or norm_word(words[0]) in lexicon().titles:
                break  # "Governors Association"; "..., and Senators Rand Paul": a list of its own
            self.register_run([title] + words, n.start())
            if not n["sep"] or not self.text[n.end():n.end() + 1].isupper():
                break
            pos = n.end()

    def lookup_name(self, word: str, female: bool | None = None) -> Entity | None:
        """A single word naming an introduced entity: its last name, first name or acronym. A title's gender
        (``female``) picks among namesakes: "Mr. Clinton" is Bill Clinton, "Mrs. Clinton" Hillary Clinton."""
        w = strip_possessive(word)
        ent = self.by_name.get(w)
        if ent is not None and " " in ent.name and \
                (female is None or _sex_of_given_name(ent.name.split()[0]) is female):
            return ent

        def fit(e: Entity) -> tuple[bool, int, int]:
            # a namesake of the title's sex first, then the longest name, then the one introduced first: "Duncan
            # Hunter" before "his father, Duncan Hunter Sr." ("Sr." and "Jr." make no name longer)
            parts = e.name.split()
            return female is not None and _sex_of_given_name(parts[0]) is female, \
                len(e.name) - (len(parts[-1]) + 1 if parts[-1] in _NAME_SUFFIXES else 0), -e.introduced
        best = by_middle = None
        by_first = None  # a first name ("Hillary") is read as one only when no full name ends with the word
        pool = self.orgs if _ACRONYM.match(w) else self.by_word.get(w, ())
        place = bool(pool) and ((lw := w.lower()) in (lex := lexicon()).countries or lw in lex.regions)
        for e in pool:
            parts = e.name.split()
            if len(parts) < 2 or female is not None and _sex_of_given_name(parts[0]) is (not female):
                continue
            if e.kind != "org" and not (set(parts) & _TITLE_CONNECTORS) and _surname(parts) == w:
                if best is None or fit(e) > fit(best):
                    best = e
            elif e.kind == "person" and not (set(parts) & _TITLE_CONNECTORS) and parts[0] == w and not place:
                # (a country opens no person's name: "Syria" is not "Syria Civil Defence")
                if by_first is None or len(e.name) > len(by_first.name):
                    by_first = e
            elif e.kind == "person" and (_middle_name(parts) and parts[1] == w or _before_particle(parts) == w):
                by_middle = by_middle or e  # "Ms. Acosta" after "Melba Acosta Febo", who bears two surnames
            elif _ACRONYM.match(w) and e.kind == "org":
                initials = "".join(p[0] for p in parts if p[:1].isupper() and norm_word(p) not in CONNECTORS)
                if initials == w:
                    best = e
        if by_first is not None and norm_word(w) in lexicon().given_names and \
                (best is None or by_first.introduced >= best.introduced):
            return by_first  # "Paul" is Paul Ryan, named after Rand Paul; "John" is Tom John, named after John Hammond
        return best or by_first or by_middle or ent

    def _opening_word(self, word: str) -> bool:
        """A word capitalised only because it opens a sentence: an indefinite or quantifier, an adverb in
        -ly, a long word in -ed or -ing ("Understated Perez", "Debating Clinton"), or a word the article also
        writes in lower case (not a title: "Secretary John Kerry"; not a given name: "Channing Tatum")."""
        low = norm_word(word)
        lex = lexicon()
        if low in lex.titles or low in lex.given_names or low in _NAME_OPENERS:
            return False
        return low in _NOBODY or (low.endswith("ly") and len(low) > 6) or self._common_word(word) or \
            (len(low) > 7 and _verb_or_adverb(low))

    def _no_body(self, name: str) -> bool:
        """A capitalised sentence subject that no "it" or "the company" means: a group ("Analysts were
        unconvinced.", "Clinton allies"), a common word ("Competition is fierce."), a place or a people."""
        if " " in name:
            last = name.rsplit(None, 1)[1]
            return last.islower() and last.endswith("s") or _plural_head_before_preposition(name.split())
        return _a_group(name) or self._common_word(name) or _not_a_person(name) or is_nationality(name)

    def _org_named_by(self, head: str, position: int) -> str | None:
        """The organisation introduced last before ``position`` whose name holds a description's head noun:
        "the foundation" after "the National Golf Foundation", "the department" after "the State Department"."""
        best: Entity | None = None
        for ent in self.orgs:
            if ent.introduced < position and (best is None or ent.introduced > best.introduced) and \
                    head in ent.name.lower().split():
                best = ent
        return best.name if best else None

    def _common_word(self, name: str) -> bool:
        """A one-word name that the article also writes in lower case ("Immigration", "Any")."""
        if " " in name:
            return False
        low = name.lower()
        if low == name:
            return False
        return low in self.text and any(f"{p}{low}{q}" in self.text for p in (" ", "\n") for q in (" ", ",", "."))

    def _counted(self, name: str) -> bool:
        """A one-word name in the plural that the article counts: "Other Netizens enjoyed ...", "many Netizens",
        a group, no "he" or "she"."""
        if " " in name or not name.endswith("s") or name.endswith("ss"):
            return False
        found = self._counted_names.get(name)
        if found is None:
            found = self._counted_names[name] = re.search(
                r"\b(?:[Oo]ther|[Mm]any|[Ss]ome|[Mm]ost|[Ss]everal|[Ff]ew|[Tt]hese|[Tt]hose) " + re.escape(name) +
                r"\b", self.text) is not None
        return found

    def _opens_sentences_only(self, name: str) -> bool:
        """A one-word name the article capitalises only where it opens a sentence, never before a verb below the
        headline, and no given name: "Pretty soon ...", "Good information ..." (not "Cruz openly admitted ...",
        "Carson has ...", "Juan “Chico” Manriquez")."""
        return not name.endswith("s") and self._opens_only(name)  # ("Sanders" may be a "he" all the same)

    def _opens_only(self, name: str) -> bool:
        found = self._sentence_openers.get(name)
        if found is None:
            found = self._sentence_openers[name] = name.isalpha() and \
                name.lower() not in lexicon().given_names and not self.capitalised_inside_sentence(name) and \
                re.compile(name + r" (?:\w+ly )?(?:" + _VERB_AFTER.pattern + r")").search(self.text, self.body) is None
        return found  # (a headline's first word before a noun in -s is no name: "Harbour talks")

    def capitalised_inside_sentence(self, word: str) -> bool:
        """The article writes ``word`` (letters only) capitalised after a lower-case word, a digit or a comma:
        somewhere it is no sentence's first word, so a name ("... said Trump"), not a capital by position."""
        found = self._inside_sentence.get(word)
        if found is None:
            found = self._inside_sentence[word] = re.search(r"[a-z0-9,;:] " + word + r"\b", self.text) is not None
        return found

    def note_relative(self, owner: str, noun: str, position: int) -> None:
        """Note someone introduced by whose they are ("Her husband runs a bakery."), as "Ana Lind’s husband": a
        later "he" or "she" of that sex may mean them."""
        name = f"{owner}’s {noun}"
        self.relatives.add(name)
        self.note_speaker(name, position)

    def note_speaker(self, name: str, position: int) -> None:
        """Note a speaker or a subject, in order of position: a subject of a paragraph far from any quote is
        noted before the speakers of the quotes above it are."""
        insort(self.salience, (position, name), key=_POSITION)

    def before(self, position: int) -> list[tuple[int, str]]:
        """The subjects and speakers noted before ``position``, in order of position."""
        return self.salience[:bisect_left(self.salience, position, key=_POSITION)]

    def spoken_last(self, names: set[str], position: int) -> str | None:
        """Of ``names``, the one noted as a subject or speaker last before ``position``."""
        return next((name for _, name in reversed(self.before(position)) if name in names), None)

    # -- resolution -------------------------------------------------------------
    def recent(self, position: int, kinds: set[str], female: bool | None = None,
               exclude: set[str] | None = None, plural: bool = False, reach: int | None = None) -> str | None:
        """The most recently mentioned subject or speaker of a kind, before ``position``; ``plural`` for a "they",
        which may be people described ("these people"); ``reach``: no further back than so many characters."""
        for pos, name in reversed(self.before(position)):
            if reach is not None and pos < position - reach:
                return None
            if exclude and name in exclude:
                continue
            ent = self.by_name.get(name)
            if ent is None and not plural and " and " in name:
                continue  # several together ("Hillary Clinton and Bernie Sanders") are a "they", no "he" or "it"
            kind = ent.kind if ent else "unknown"
            if kind not in kinds:
                continue
            if kind == "unknown" and name.lower() in _INDEFINITES:
                continue  # "Any bad blood ..." opened a sentence: it names nothing
            if kind == "unknown" and (_a_day(name) or female is None and not plural and self._no_body(name)):
                continue  # "In October, ..." names no one; "Analysts were unconvinced." no "it" or "the company"
            if kind == "unknown" and "person" not in kinds and not plural and name.endswith("s") and \
                    self._opens_only(name):
                continue  # "Shares fell 9 percent.": a word capitalised only to open its sentence is no company
            if female is not None and name in self.relatives:
                if _gender_of_title([_description_head(name)]) is (not female):
                    continue  # "Ana Lind’s husband" is no "she"
                return name
            if female is not None and kind == "unknown" and (
                    _a_group(name) or self._common_word(name) or _not_a_person(name)
                    or self._opens_sentences_only(name) or self._counted(name)):
                continue  # "Analysts expect ...", "Contrast that with ...", "Florida", "Republican": no "he" or "she"
            if kind == "unknown" and self.body and " " not in name and self.text.find(name, self.body) < 0:
                continue  # a word only the headline capitalises ("Harbour plan splits council") is no "it" either
            if female is not None and ent is None and not name[:1].isupper() and not self.a_person_described(name):
                continue  # "a capacity crowd of about 700 in Nashua Community College", "36 percent of Democrats":
                # no "he" or "she" either
            if "person" not in kinds and ent is None and self.a_person_described(name) and \
                    not (plural and self.a_person_described(name, plural=True)):
                continue  # "A spokesman for the mayor" is no "the police union" after him (but "these people"
                # may be a "they")
            if female is not None and ent is not None and not ent.titles and _not_a_person(name):
                continue  # "Puerto Rico tends to ...": two capitals, and no "he" or "she"
            if female is True and ent is not None and ent.female is False:
                continue
            if female is False and ent is not None and ent.female is True:
                continue
            return ent.name if ent else name
        return None

    @staticmethod
    @lru_cache(maxsize=4096)
    def a_person_described(description: str, plural: bool = False) -> bool:
        """A description whose head names a person ("the retired neurosurgeon", "a spokesman for the
        campaign"), not a crowd, a thing or a share of voters; with ``plural``, people ("these people")."""
        lex = lexicon()
        head = _description_head(description)
        if plural and not (head.endswith("s") or head == "people"):
            return False
        return any(h in lex.person_nouns or h in lex.titles and h not in lex.org_nouns
                   for h in (head, head.removesuffix("s")))  # ("her campaign", "his office": no one)

    def described_before(self, head: str, position: int) -> str | None:
        """The latest someone introduced by a description with this head and no name ("A DNC official
        pushed back." before "the official said"), in the last few paragraphs before ``position``."""
        for pos, name in reversed(self.before(position)):
            if position - pos > _DESCRIBED_REACH:
                return None
            if name[:1].isupper() and name.split()[0].lower() in ("a", "an") and name not in self.by_name and \
                    _description_head(name) == head:
                return name
        return None

    def by_title(self, words: list[str], position: int) -> str | None:
        """The entity whose title holds every content word of a description ("the secretary of state")."""
        lex = lexicon()
        content = [norm_word(w) for w in words if norm_word(w) not in DETERMINERS
                   and not is_nationality(w) and not is_possessive(w)
                   and (norm_word(w) in lex.titles or norm_word(w) in lex.trade_nouns)
                   and norm_word(w) not in ("of", "for")]
        if not content or words[-1].islower() and norm_word(_description_head(" ".join(words))) not in content:
            return None  # (the head must be a title: "the foreign ministry" is no "Foreign Minister Kazem Gharibabadi")
        # a named owner must be the title's ("Grayson's spokeswoman" is not "Murphy's spokeswoman Galia Slayen")
        owners = _named_owners(words)
        found = [e for e in self.by_name.values() if e.titles and
                 any(set(content) <= set(t.split()) for t in e.titles) and
                 not (owners and e.owners and not owners & e.owners)]
        names = {e.name for e in found}
        if len(names) == 1:
            return found[0].name
        if not names or not _names_someone(content[-1]):
            return None  # ("former", "top": no one by themselves)
        # several hold the title: the one spoken of last ("Sens. Ted Cruz and Marco Rubio ... Mr. Rubio said ...
        # the senator added")
        spoken = self.spoken_last(names, position)
        if spoken is None and len(earlier := {e.name for e in found if e.introduced < position}) == 1:
            return earlier.pop()  # the one introduced before it: "the Chief Minister" before a former one is named
        return spoken

    def top_diplomat(self, owner: list[str], position: int) -> str | None:
        """The foreign minister that "Washington's lead diplomat", "Moscow's top diplomat" or "the U.S. chief
        diplomat" means: a secretary of state for the United States, a foreign minister or secretary for anyone
        else; of several, the one spoken of last."""
        words = {norm_word(strip_possessive(w)) for w in owner if w[:1].isupper()}
        american = bool(words & _AMERICAN)
        holders = {e.name for e in self.by_name.values() if e.kind != "org" and e.introduced < position and
                   any(("secretary of state" in t) if american else
                       ("foreign minister" in t or "foreign secretary" in t) for t in e.titles)}
        if len(holders) <= 1:
            return next(iter(holders), None)
        return self.spoken_last(holders, position)

    def recent_holder(self, position: int, description: str) -> str | None:
        """The person a description of someone means by recency, of the head's sex and holding no other office:
        "the governor" after "Gov. Maria Holm ... State Senator Jon Lie" is Maria Holm; "the prime minister" after
        "Mayor Ana Lind" no one (but "the former congressman" may be "Sen. Chris Murphy")."""
        head = _description_head(description)
        female = _gender_of_title([head])
        former = "former" in description.lower().split()
        skip: set[str] = set()
        for _ in range(4):
            name = self.recent(position, {"person"}, female=female, exclude=skip)
            if name is None or former or not self._holds_other_office(name, head):
                return name
            skip.add(name)
        return None

    @staticmethod
    def note_apposed(ent: Entity, noun: str) -> None:
        """A person named in apposition to a description ("Her spokesman, Tom Berg, ..."): its head is a title of
        theirs, whom "the spokesman" then means (not an office: "the president, Barack Obama" adds nothing)."""
        lex = lexicon()
        if ent.kind != "org" and noun in lex.titles and noun in lex.person_nouns and _office(noun) not in _OFFICES:
            ent.titles.add(noun)

    def _holds_other_office(self, name: str, head: str) -> bool:
        """Whether the person ``name`` was introduced with an office, and a description's head is another office:
        "Mayor Ana Lind" is no "the prime minister" (but "Sen. Ted Cruz" is "the senator")."""
        ent = self.by_name.get(name)
        if ent is None or (office := _office(head)) not in _OFFICES:
            return False
        held = _offices_held(ent)
        return bool(held & _OFFICES) and office not in held

    def office_holder(self, words: list[Token], position: int) -> str | None:
        """The person a description by office resolves to, when they were introduced with that office: "the
        governor" after "Ohio Gov. John Kasich". None for a head that names no office, or anyone else."""
        if (office := _office(words[-1].lower)) not in _OFFICES:
            return None  # ("the crowd", "the bill": not resolved at all)
        m = self.resolve(words, position)
        if m is None or m.kind != "description" or not m.name:
            return None
        ent = self.by_name.get(m.name)
        return m.name if ent is not None and office in _offices_held(ent) else None

    def names_a_thing(self, m: Mention) -> bool:
        """A mention that resolves to no person, organisation or group of people: "The deal", "The hashtag",
        "Weeds", "Embryonic" (not "The former first lady", "Officials", "Democrats", "he")."""
        if m.name is None or m.kind == "pronoun" or m.kind == "name" and " " in m.name:
            return False
        if m.kind == "name":
            ent = self.by_name.get(m.name)
            return (ent is None or ent.kind == "unknown") and norm_word(m.name) not in _AFFILIATIONS \
                and not _a_group(m.name)
        if m.name != _clean_description(m.text):
            return False  # resolved to someone introduced before
        lex = lexicon()
        head = norm_word(m.text.split()[-1])
        return not ({head, head.removesuffix("s")} & (lex.person_nouns | lex.org_nouns | lex.org_words))

    def only_person(self, position: int, female: bool) -> str | None:
        """The one person of that sex the article has named before ``position``, though never as a subject: "When I
        first met Bernie Sanders in a diner, he told me ..." (with two or more, or none, no one)."""
        found = {id(e): e for e in self.by_name.values()
                 if e.kind == "person" and e.female in (None, female) and e.introduced < position}
        # (a person of unknown sex counts too: "the mega donor ... he" may be Sheldon Adelson, not Trump)
        return ent.name if len(found) == 1 and (ent := next(iter(found.values()))).female is female else None

    def resolve(self, toks: list[Token], position: int) -> Mention | None:
        """Resolve the words of a speaker mention to an entity name."""
        lex = lexicon()
        words = [t for t in toks if t.kind == "w" or t.text in ("&",)]
        if not words:
            return None
        start, end = words[0].start, words[-1].end
        text = " ".join(t.text for t in words)
        low = [norm_word(t.text) for t in words]
        if "and" in low and len(words) >= 3 and (parts := _conjuncts(toks)) is not None and \
                not ((one := _institution_runs(words, low)[-1:]) and one[0][1] == len(words) and
                     one[0][0] <= (low[0] == "the")):
            # "Britain, France and Germany", "Mr. Trump and his aides": each resolved, and together the speaker
            last = parts[-1]
            names = []
            for part in parts:
                if part is not last and len(part) == 1 and len(last) >= 2 and \
                        norm_word(part[0].text) in lex.given_names and norm_word(last[0].text) in lex.given_names and \
                        (ent := self.register_run([part[0].text, last[-1].text], position)) is not None:
                    names.append(ent.name)  # "David and Jeanne Heidler": David Heidler, no other David
                elif (m := self.resolve(part, position)) is not None:
                    names.append(m.name or m.text)
            if len(names) == len(parts):
                joint = ", ".join(names[:-1]) + " and " + names[-1]
                return Mention(self.text[start:end] if self.text else text, start, end, joint, "names")
        if len(words) == 1 and low[0] in ("one", "another"):
            return Mention(text, start, end, None, "pronoun")  # "One has argued ...", "Another added: ...": one of
            # a group, unnamed
        if len(words) == 1 and low[0] in lex.pronouns:
            w = low[0]
            if w in ("i", "me"):
                name = None  # the writer, unnamed (a transcript's "I" is named by its turn, in the pipeline)
            elif w in lex.pronouns_person:
                female = w in lex.pronouns_female
                name = self.recent(position, {"person", "unknown"}, female=female) or \
                    self.only_person(position, female)
            elif w in lex.pronouns_org:
                name = self.recent(position, {"org", "unknown"})
            else:
                name = self.recent(position, {"org", "unknown"}, plural=True) if w in ("they", "them") else None
            return Mention(text, start, end, name, "pronoun")
        if len(words) >= 4 and low[0] in ("a", "an", "the") and low[1] in _DOCUMENTS and low[2] in ("from", "by") and \
                (issuer := self.resolve(words[3:], position)) is not None:
            # "a statement from Lind's office": the office's words, the statement only their medium
            return Mention(text, start, end, issuer.name, issuer.kind)
        if 2 <= len(words) <= 4 and low[0] == "the" and (
                len(words) == 2 and _ONE_OF_A_PARTY_OR_PLACE.match(words[1].text) or low[-1] == "democrat" or
                len(words) > 2 and low[-1] in ("republican", "independent") and
                " ".join(low[1:-1]) in lex.regions | lex.countries):
            # "the Republican", "the Texan", "the Minnesota Democrat": a person described by party or origin, not a
            # name (not "the U.S.", "the Chinese")
            return Mention(text, start, end, self.recent(position, {"person"}) or text, "description")
        # the last capitalised run, unless it sits inside a prepositional phrase ("an aide to X")
        runs = _institution_runs(words, low)
        # a name and an affiliation: "Maya Lindgren of the group Digital Rights Now" is Maya Lindgren
        affiliated = len(runs) >= 2 and runs[0][0] == 0 and runs[0][1] >= 2 and \
            low[runs[0][1]] in ("of", "from", "at") and not is_org_name([t.text for t in words[:runs[0][1]]])
        if affiliated or runs and runs[-1][1] == len(words):  # a name heads the phrase; "US secretary of state" not
            a, b = runs[0] if affiliated else runs[-1]
            before = low[a - 1] if a > 0 else ""
            in_pp = before in PREPOSITIONS and not _is_title_phrase(words[:a]) and (
                any(low[k] in DETERMINERS for k in range(0, a)) or
                a >= 2 and words[0].is_cap and _a_group(words[0].text) or
                a >= 2 and words[a - 2].kind == "w" and not words[a - 2].is_cap and low[a - 2] not in lex.titles and
                before != "by") or \
                before in ("of", "for") and a >= 2 and not words[a - 2].is_cap and _names_someone(low[a - 2])
            # ("the governor of Texas", "the spokesman for Donald Trump": the office's place or the one it serves;
            # but "the secretary of state John Kerry")
            # ("an aide to X", "Analysts in Tehran", "ORC poll of South Carolina": the head is no name; but
            # "calculations by Amy Glasmeier" are hers)
            if not in_pp:
                run_words = [t.text for t in words[a:b]]
                if a == 1 and low[0] == "the" and all(norm_word(w) in lex.titles or w in ("of", "for", "the")
                                                     for w in run_words) and \
                        any(map(_names_someone, map(norm_word, run_words))) and \
                        (titled := self.by_title(run_words, position)):
                    return Mention(text, start, end, titled, "description")  # "the Chief Minister", in capitals
                ent = self.register_run(run_words, position)
                if ent is not None:
                    name = ent.name
                    if ent.kind != "org" and " " not in name:
                        found = self.lookup_name(name)
                        name = found.name if found else name
                    m_start = words[a].start if a > 0 and low[0] in DETERMINERS else start
                    return Mention(text, m_start, end, name, "name")
        # a description: "the think tank", "Washington's lead diplomat", "a Jordanian official"
        head = low[-1]
        titled = self.by_title([t.text for t in words], position) if low[0] not in _INDEFINITE_ARTICLES else None
        if titled is None and head == "diplomat" and len(low) >= 2 and low[-2] in _TOP and \
                low[0] not in _INDEFINITE_ARTICLES:
            titled = self.top_diplomat([t.text for t in words[:-2]], position)  # "Washington's lead diplomat"
        if titled:
            return Mention(text, start, end, titled, "description")
        possessive = is_possessive(words[0].text)
        if low[0] == "the" and 2 <= len(words) <= 3 and _AGED.match(low[1]) and \
                (len(words) == 2 or head in lex.person_nouns or head in lex.titles) and \
                (name := self.recent(position, {"person"}, reach=_AGED_REACH)) is not None:
            return Mention(text, start, end, name, "description")  # "the 46-year-old": the person just written of
        if possessive and head in lex.org_nouns and head not in lex.person_nouns:
            return Mention(text, start, end, _clean_description(text), "description")  # "Assad's office"
        definite = low[0] in ("the", "this", "that") or possessive
        if low[0] in ("the", "this", "that") and (same := self.described_before(head, position)):
            return Mention(text, start, end, same, "description")  # "A DNC official ... the official said"
        if definite:
            kinds = {"org"} if head in lex.org_nouns and head not in lex.person_nouns else \
                    {"person"} if head in lex.person_nouns else set()
            if kinds == {"org"} and (real := _description_head(text)) != head and \
                    (real in lex.person_nouns or real in lex.titles):
                kinds = set()  # "the governor of the central bank" is no bank, nor the latest organisation
            if kinds and not (possessive and words[0].is_cap) and head not in _UNNAMED_HEADS and \
                    not any(is_possessive(t.text) and (kinds == {"person"} or _names_someone(
                        norm_word(strip_possessive(t.text)))) for t in words[1:-1]):
                # ("Santilli's attorney" is neither Santilli nor whoever was named last, "the council's lawyer"
                # nor "the mayor's spokesman" the person named last, and "the sheriff's office" no organisation
                # named before it, as "the paper's editorial board" may be; "the widow" no man)
                name = self.recent_holder(position, text) if kinds == {"person"} else \
                    None if head in lex.trade_nouns else self.recent(position, kinds | {"unknown"})
                # ("the airline" is the company the article introduced as one, above, not "Assem" before it)
                named = {strip_possessive(t.text) for t in words[1:] if t.is_cap and not _not_a_person(t.text)}
                if name and kinds == {"org"} and named and not named & set(name.split()):
                    name = None  # "the Trump campaign" is Trump's, "the Justice Department" no other's
                if name and kinds == {"org"} and name not in self.by_name and _description_head(name) != head:
                    name = None  # "the editorial board" is not "Rubio's campaign", described before it
                ent = self.by_name.get(name) if name else None
                if kinds == {"org"} and not possessive and (ent is None or ent.kind != "org") and \
                        not any(w in PREPOSITIONS for w in low) and (org := self._org_named_by(head, position)) and \
                        (not named or named & set(org.split())):
                    name = org  # "the foundation" after "the National Golf Foundation", not "Analysts" after it
                if name:
                    return Mention(text, start, end, name, "description")
        return Mention(text, start, end, _clean_description(text), "description")


# Words that end a capitalised run as a name: a pronoun, an article, a preposition, an auxiliary, a day or a
# headline's verb ("Trump Says He ...", "Trump Just Fired A ...", "said Pence Thursday"). Initials ("Jill A.
# Martin") keep their full stop and so are not "a".
_NAME_ENDERS = frozenset({
    "he", "she", "they", "we", "i", "you", "it", "a", "an", "that", "who", "which", "whose", "to", "after", "before",
    "during", "since", "because", "although", "though", "when", "while", "if", "as", "at", "in", "on", "by", "from",
    "with", "without", "about",
    "over", "under", "against", "between", "through", "into", "just", "not", "even", "only", "already", "also",
    "still", "then", "now", "is", "was", "are", "has", "have", "had", "would", "could", "should", "may", "might",
    "says", "said", "tells", "told", "asks", "wins", "loses", "announces", "warns", "slams", "blasts", "urges", "admits",
    "insists",
    "vows", "reveals", "responds", "defends", "denies", "rips", "booed", "today", "yesterday", "tomorrow",
    "tonight"})  # (and the lexicon's weekdays)
# Common words that open place and institution names ("New Hampshire", "South Carolina", "International
# Crisis Group"): kept when they open a run.
_NAME_OPENERS = frozenset({"new", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
                            "central", "united", "great", "upper", "lower", "grand", "old", "fort", "port", "mount",
                            "lake", "saint", "national", "federal", "supreme", "royal", "free", "democratic",
                            "international", "american", "general", "first", "public", "special"})
# Indefinite pronouns and determiners that open sentences ("Any bad blood ...") but name no one.
_INDEFINITES = frozenset({"any", "another", "anyone", "anybody", "everyone", "everybody", "someone", "somebody",
                          "nobody", "none", "nothing", "everything", "something", "anything"})
_QUANTIFIER_SUBJECTS = {"neither", "either", "both", "all", "some", "many", "most", "few", "several", "others",
                        "talks", "critics", "supporters", "voters", "residents", "protesters", "experts"}
_NOBODY = _INDEFINITES | _QUANTIFIER_SUBJECTS


# A verb after a name: "Cruz said", "Carson has", "Lind will", "Hale told".
_VERB_AFTER = re.compile(r"(?:is|was|has|had|have|will|would|can|could|may|might|should|must|does|did|also|not|"
                         r"never|said|told|wrote|spoke|\w+ed|\w+s)\b")


def _conjuncts(toks: list[Token]) -> list[list[Token]] | None:
    """The parts of a subject that coordinates names ("Britain, France and Germany", "Mr. Trump and his
    aides"), or None when a part opens with neither a capital nor "his", "her" or "their", or runs long."""
    parts: list[list[Token]] = [[]]
    for t in toks:
        if t.text == "," or t.lower == "and":
            if parts[-1]:
                parts.append([])
        elif t.kind == "w" or t.text == "&":
            parts[-1].append(t)
    if not parts[-1]:
        parts.pop()
    lex = lexicon()
    if len(parts) < 2 or any(len(p) > 8 or not (p[0].is_cap or p[0].lower in ("his", "her", "their") and
                                                 not p[-1].is_cap or p[0].lower == "the" and len(p) > 1 and
                                                 p[1].is_cap) for p in parts):
        return None
    for p in parts[:-1]:
        last = norm_word(p[-1].text)
        if last in lex.titles or last == "state" or len(p) >= 2 and norm_word(p[0].text) not in lex.titles and \
                _a_group(p[0].text):
            return None  # titles of one person ("Former Secretary of State and Democratic frontrunner Hillary
            # Clinton"), or a group's ("Strategists for Barack Obama and Clinton")
    return parts


def is_nationality(word: str) -> bool:
    """A word of nationality or origin ("Russian", "U.S.", "Saudi"); not a title that ends like one
    ("Councilman", "Chairwoman")."""
    return _NATIONALITY.match(word) is not None and norm_word(word) not in lexicon().titles


def _gender_of_title(title: list[str]) -> bool | None:
    """True for a woman's title ("Mrs.", "Queen"), False for a man's ("Mr.", "Sir"), None for neither."""
    if not title:
        return None
    lex = lexicon()
    words = {norm_word(w) for w in title}
    if words & lex.female_titles:
        return True
    return False if words & lex.male_titles else None


def _sex_of_given_name(word: str) -> bool | None:
    """True for a woman's given name, False for a man's, None for neither or unknown. Namesakes are told apart by
    it, not by a title seen with the surname: "Mr. Khan" after "Khizr and Ghazala Khan" finds Ghazala Khan, and a
    later "Ms. Khan" must still find her."""
    first = norm_word(word)
    lex = lexicon()
    return True if first in lex.female_names else False if first in lex.male_names else None


def _plural_head_before_preposition(words: list[str]) -> bool:
    """A plural noun in lower case before the first preposition: "Six newspapers in New Jersey", "thousands of
    Germans"."""
    cut = next((k for k, w in enumerate(words) if k and norm_word(w) in PREPOSITIONS), 0)
    head = words[cut - 1] if cut else ""
    return head[:1].islower() and head.endswith("s") and not head.endswith("ss")


def _a_group(name: str) -> bool:
    """A subject that names a group or a thing, not a person: "Analysts", "Officials", "Neither", "Aid
    groups" (its last word in lower case), "Legislative leaders in North Carolina" (its head a plural noun)."""
    if " " in name:
        words = name.split()
        if not words[-1][:1].isupper() and not _PARTICLE_NAME.match(words[-1]):
            return True
        return _plural_head_before_preposition(words)
    w = norm_word(name)
    lex = lexicon()
    single = w[:-1] if w.endswith("s") else w
    return not name[:1].isupper() or w in _QUANTIFIER_SUBJECTS or \
        (w.endswith("s") and (single in lex.person_nouns or single in lex.org_nouns)) or \
        w.endswith("ists") and len(w) > 6  # "Meteorologists", "Economists", "Activists"


# Single capitalised words that name a party, a faith or a people, never one man or woman.
_AFFILIATIONS = {"republican", "republicans", "democrat", "democrats", "democratic", "gop", "catholic", "catholics",
                 "muslim", "muslims", "christian", "christians", "jewish", "jews", "evangelical", "evangelicals",
                 "liberal", "liberals", "conservative", "conservatives", "libertarian", "libertarians", "independent",
                 "independents", "americans", "millennials"}


# Words before "diplomat" that make it a country's foreign minister: "Washington's lead diplomat".
_TOP = frozenset({"top", "lead", "chief", "leading"})
# Words that name the United States as a diplomat's owner, whose foreign minister is its secretary of state.
_AMERICAN = frozenset({"washington", "america", "american", "u.s", "u.s.", "us", "united"})
# Words for a people that open an organisation's name, never a person's ("German" is also a given name: Germán).
_DEMONYMS = frozenset({"american", "british", "chinese", "russian", "french", "japanese", "mexican",
                       "canadian", "iranian", "israeli", "syrian", "saudi", "turkish", "european", "african", "asian",
                       "arab", "korean", "italian", "spanish", "scottish", "australian", "pakistani", "egyptian"})


def is_day_or_month(w: str) -> bool:
    """A word in lower case that is a month or a day of the week: capitalised, but no name ("conceded defeat late
    Tuesday night", "criticism on Sunday")."""
    lex = lexicon()
    return w in lex.months or w in lex.weekdays


def _a_day(name: str) -> bool:
    """A month or a day of the week ("October", "Monday"), which a sentence may open with."""
    return is_day_or_month(norm_word(name))


def _not_a_person(name: str) -> bool:
    """A subject that is a place, a month, a people or a party ("Florida", "Puerto Rico", "Chinese",
    "Republican"): no "he" or "she" refers to it."""
    w = norm_word(name)
    lex = lexicon()
    return w in lex.regions or w in lex.countries or w in lex.months or w in _AFFILIATIONS or (
        " " not in name and w.endswith(("ese", "ish")) and len(w) > 5) or \
        " " not in name and name.endswith("s") and is_nationality(name[:-1])  # ("Germans", "Iraqis")


def _is_title_phrase(words: list[Token]) -> bool:
    """ "Secretary of State" before a name is a title, not a prepositional phrase."""
    lex = lexicon()
    return bool(words) and all(norm_word(t.text) in lex.titles or norm_word(t.text) in ("of", "for", "the")
                               or t.is_cap for t in words)


# A family name that opens with a lowercase particle: "al-Kaddafi", "el-Sisi", "bin-Salman", "d'Estaing".
_PARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|an|at|az|ash|bin|ibn|abu|da|de|di|du|d|van|von|le|la)[-‘’'][A-Z]")


def _cappish(t: Token) -> bool:
    return t.is_cap or bool(_PARTICLE_NAME.match(t.text))


def _cappish_text(w: str) -> bool:
    return w[:1].isupper() or w[:1].isdigit() or bool(_PARTICLE_NAME.match(w))


def _institution_runs(words: list[Token], low: list[str]) -> list[tuple[int, int]]:
    """The capitalised runs of the words, the last two as one when they name one institution with "and": "the
    Centers for Disease Control and Prevention", "the Department of Health and Human Services" (a run with "of" or
    "for" that names an organisation or a group, and a short run after "and" that opens with no given name; the
    names of a list stand on their own)."""
    runs = _cap_runs(words)
    if len(runs) >= 2 and runs[-1][0] == runs[-2][1] + 1 and low[runs[-2][1]] == "and" and \
            runs[-1][1] - runs[-1][0] <= 3 and low[runs[-1][0]] not in lexicon().given_names and \
            ("of" in (inner := low[runs[-2][0]:runs[-2][1]]) or "for" in inner) and \
            (is_org_name([t.text for t in words[runs[-2][0]:runs[-2][1]]]) or
             _a_group(words[runs[-2][0] + (low[runs[-2][0]] == "the")].text)):
        runs[-2:] = [(runs[-2][0], runs[-1][1])]
    return runs


def _cap_runs(words: list[Token]) -> list[tuple[int, int]]:
    """(start, end) index ranges of capitalised runs, allowing inner connectors (Secretary of State,
    Ursula von der Leyen) and particle names (Moammar al-Kaddafi)."""
    runs = []
    i, n = 0, len(words)
    while i < n:
        if _cappish(words[i]) or _ACRONYM.match(words[i].text):
            j = i + 1
            while j < n:
                if _cappish(words[j]) or (words[j].text.isdigit() and len(words[j].text) <= 2):
                    j += 1
                    continue
                k = j
                while k < n and (norm_word(words[k].text) in CONNECTORS or words[k].text == "&"):
                    k += 1  # ("Procter & Gamble", "Pacific Gas & Electric Co.")
                if k > j and k < n and _cappish(words[k]):
                    j = k + 1
                    continue
                break
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _description_head(description: str) -> str:
    """The head noun of a description: the last word before a preposition ("A spokesman for the mayor"), and
    before an adjective that takes one ("A source close to the campaign", "a person familiar with the talks")."""
    words = description.split()
    cut = next((k for k, w in enumerate(words) if k and norm_word(w) in PREPOSITIONS), len(words))
    if cut >= 3 and norm_word(words[cut - 1]) in _ADJECTIVES_BEFORE_PREPOSITIONS:
        cut -= 1
    return norm_word(words[cut - 1])


# What an organisation or a person issues words in: "a statement from", "a letter by".
_DOCUMENTS = frozenset({"statement", "release", "letter", "memo", "email", "e-mail", "post", "tweet", "note"})
# Heads of descriptions that stand for someone the article does not name, or names by that title: "the source said"
# is no one named before, and "the spokesman" no one but a spokesman ("Her spokesman, Tom Berg, ...").
_UNNAMED_HEADS = frozenset({"source", "sources", "insider", "insiders", "person", "people", "spokesman", "spokeswoman",
                            "spokesperson"})

# Adjectives that describe someone by a preposition after them: "a source close to", "an official familiar with".
_ADJECTIVES_BEFORE_PREPOSITIONS = frozenset({"close", "closest", "familiar", "knowledgeable", "loyal", "briefed",
                                             "involved", "allied", "aligned", "connected", "sympathetic", "privy",
                                             "opposed", "friendly", "near"})


# Offices a person is introduced with, and that a later description names ("the senator"); a person who holds
# one is not described by another ("Mayor Ana Lind" is no "the prime minister"). Abbreviations and synonyms map
# to one word.
_OFFICES = frozenset({"president", "senator", "governor", "mayor", "minister", "chancellor", "secretary",
                      "representative", "ambassador", "judge", "justice", "general", "premier", "king", "queen",
                      "prince", "princess", "pope", "sheriff", "commissioner", "councillor", "speaker", "chair",
                      "treasurer", "comptroller", "prosecutor"})
_OFFICE_ABBREVIATIONS = {"sen": "senator", "gov": "governor", "rep": "representative", "congressman": "representative",
                         "congresswoman": "representative", "pres": "president", "gen": "general",
                         "amb": "ambassador", "sec": "secretary", "councilman": "councillor",
                         "councilwoman": "councillor", "councilor": "councillor", "chairperson": "chair",
                         "chairman": "chair", "chairwoman": "chair", "premier": "minister", "senate": "senator"}


def _office(word: str) -> str:
    """A title's word as the office it names: "gov" -> "governor", "chairman" -> "chair"."""
    return _OFFICE_ABBREVIATIONS.get(word, word)


def _names_someone(word: str) -> bool:
    """A title's word that names its holder ("senator", "spokesman", "gov"), not one that only qualifies a title
    ("former", "top", "US")."""
    return word in lexicon().person_nouns or _office(word) in _OFFICES


def _offices_held(ent: Entity) -> set[str]:
    """The words of an entity's titles, as offices: "Gov. John Kasich" -> {"governor"}."""
    return {_office(w) for t in ent.titles for w in t.split()}


# How far back (in characters) "the official" looks for "A DNC official": a few paragraphs.
_DESCRIBED_REACH = 1500


def _clean_description(text: str) -> str:
    return text.strip(" ,;:-—–")
