"""The attribution lexicon (``lexicon.toml``) loaded once, with inflections derived from lemmas."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

_VOWELS = set("aeiou")
# Words that make "in/at/on ..." after a cue a medium or occasion ("in an interview with Reuters", "on
# state television", "at a news conference") rather than a town.
MEDIA_WORDS = frozenset({
    "twitter", "facebook", "instagram", "telegram", "youtube", "television", "tv", "radio", "cnn", "fox", "msnbc",
    "interview", "statement", "speech", "conference", "briefing", "rally", "address", "podcast", "broadcast",
    "post", "tweet", "video", "op-ed", "letter", "meeting", "summit", "hearing"})


def inflect(lemma: str) -> set[str]:
    """Regular English forms of a verb: base, 3rd person, past, gerund ("note" -> notes, noted, noting)."""
    forms = {lemma}
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(lemma + "es")
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if _doubles(lemma):  # "slam" -> slammed, slamming
        forms.update((lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"))
        return forms
    if lemma.endswith("e"):
        forms.add(lemma + "d")
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        forms.add(lemma[:-1] + "ied")
    else:
        forms.add(lemma + "ed")
    if lemma.endswith("ie"):
        forms.add(lemma[:-2] + "ying")
    elif lemma.endswith("e") and not lemma.endswith("ee"):
        forms.add(lemma[:-1] + "ing")
    else:
        forms.add(lemma + "ing")
    return forms


def _doubles(lemma: str) -> bool:
    """A verb of one syllable that ends in one vowel and one consonant doubles it before "-ed" and "-ing"
    ("slam", "sob", "chat"; not "blast", "scream", "mock", "row"). Longer verbs stressed on their last syllable
    ("admit", "rebut") are listed in [irregular]."""
    return len(lemma) >= 3 and lemma[-1] not in _VOWELS and lemma[-1] not in "wxy" and lemma[-2] in _VOWELS \
        and lemma[-3] not in _VOWELS and sum(ch in _VOWELS for ch in lemma[:-2]) == 0


def _forms(lemma: str, irregular: dict[str, list[str]]) -> set[str]:
    """A lemma's forms: its [irregular] entry, else the regular ones."""
    return set(irregular[lemma]) if lemma in irregular else inflect(lemma)


class Lexicon:
    """Cue verbs (form -> lemma), skip words and speaker vocabulary, read from ``lexicon.toml``."""

    def __init__(self, data: dict) -> None:
        cues = data["cues"]
        irregular: dict[str, list[str]] = data.get("irregular", {})
        noun_base = set(cues.get("noun_base", {}).get("lemmas", []))
        manner = set(cues.get("manner", {}).get("lemmas", []))
        self.lemmas: set[str] = set(cues["speech"]) | set(cues["stance"]) | manner
        self.speech_lemmas: set[str] = set(cues["speech"])
        self.before_only: set[str] = set(cues.get("before_only", {}).get("lemmas", []))
        self.no_claim: set[str] = set(cues.get("no_claim", {}).get("lemmas", [])) | manner
        self.claim_only: set[str] = set(cues.get("claim_only", {}).get("lemmas", []))
        self.after_only: set[str] = set(cues.get("after_only", {}).get("lemmas", [])) | manner
        self.noun_base: set[str] = noun_base
        self.naming: set[str] = set().union(
            *(_forms(w, irregular) for w in cues.get("naming", {}).get("lemmas", [])))
        self.inverted_stance: set[str] = set(cues.get("inverted_stance", {}).get("lemmas", []))
        self.event_forms: frozenset[str] = frozenset().union(
            *(_forms(w, irregular) for w in cues.get("event", {}).get("lemmas", [])))
        self.cue_forms: dict[str, str] = {}
        # the bare form of a lemma that is also a noun ("hope", "claim"): a cue only after a plural subject
        self.bare_forms: set[str] = set()
        for lemma in sorted(self.lemmas):
            forms = _forms(lemma, irregular)
            if lemma in noun_base:
                forms.discard(lemma)
                self.bare_forms.add(lemma)
            for form in forms:
                self.cue_forms.setdefault(form, lemma)
        # "support" -> {"for"}: words whose object after the preposition is a reported topic
        self.topics: dict[str, set[str]] = {}
        for prep, words in data.get("topics", {}).items():
            for form in words:
                self.topics.setdefault(form, set()).add(prep)
        # multi-word cues by their first word: "shot" -> [("back",), ...]
        self.phrase_heads: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(data["phrases"]["cues"], key=len, reverse=True):
            head, *rest = phrase.split()
            self.phrase_heads.setdefault(head, []).append(tuple(rest))
        # every word that may be a cue in some use: a quick "no" for all the rest
        self.cue_words: frozenset[str] = frozenset(self.cue_forms) | self.bare_forms | frozenset(self.phrase_heads)
        skip = data["skip"]
        self.adverbs: set[str] = set(skip["adverbs"])
        self.weekdays: tuple[str, ...] = tuple(skip["weekdays"])
        self.months: set[str] = set(skip["months"])
        self.regions: set[str] = set(skip.get("regions", []))
        self.countries: frozenset[str] = frozenset(skip["countries"])
        spk = data["speakers"]
        self.plural_titles: dict[str, str] = dict(spk["plural_titles"])  # "sens" -> "sen"
        self.titles: set[str] = set(spk["titles"]) | set(self.plural_titles)
        self.person_nouns: set[str] = set(spk["person_nouns"])
        self.trade_nouns: frozenset[str] = frozenset(spk["trade_nouns"])
        self.org_nouns: set[str] = set(spk["org_nouns"]) | self.trade_nouns
        self.org_words: set[str] = set(spk["org_words"])
        self.surname_org_words: frozenset[str] = frozenset(spk["surname_org_words"])
        self.the_outlets: frozenset[str] = frozenset(spk["the_outlets"])
        self.pronouns_person: set[str] = set(spk["pronouns_person"])
        self.pronouns_female: set[str] = set(spk["pronouns_female"])
        self.pronouns_org: set[str] = set(spk["pronouns_org"])
        self.pronouns_plural: set[str] = set(spk["pronouns_plural"])
        self.pronouns: set[str] = self.pronouns_person | self.pronouns_org | self.pronouns_plural
        self.female_titles: set[str] = set(spk["female_titles"])
        self.female_names: set[str] = set(spk["female_names"])
        self.male_titles: set[str] = set(spk["male_titles"])
        self.male_names: set[str] = set(spk["male_names"]) - self.female_names
        self.given_names: frozenset[str] = frozenset(self.female_names | self.male_names)
        self.anonymous: set[str] = set(spk["anonymous"])

    def phrase_at(self, words: list[str]) -> str | None:
        """The multi-word cue that ``words`` (lower case) begin with, if any ("shot back")."""
        for rest in self.phrase_heads.get(words[0], ()) if words else ():
            if tuple(words[1:1 + len(rest)]) == rest:
                return " ".join((words[0], *rest))
        return None

    def cue_lemma(self, word: str) -> str | None:
        """The lemma of a cue-verb form ("told" -> "tell"), or None."""
        return self.cue_forms.get(word.lower())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The package's lexicon, parsed once per process."""
    text = resources.files("claims.extract").joinpath("lexicon.toml").read_text(encoding="utf-8")
    return Lexicon(tomllib.loads(text))
