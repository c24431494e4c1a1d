"""A deterministic corpus of news articles with known truth, for measuring statement matching.

    python bench/generate.py OUT_DIR --articles 2000 --seed 1

writes ``OUT_DIR/*.txt`` (one article each), ``OUT_DIR/sources.csv`` (outlet, date, title per file,
read by ``claims ingest``) and ``OUT_DIR/truth.json``: every underlying statement (speaker, words,
day, place) and every report of it (file, character offsets of the quoted words, the speaker the
article names, the stated day and its calendar date, place or medium, intermediary, and the
variations the outlet applied).

Each statement is reported by 1 to 8 outlets. Outlets differ in house style (curly or straight or
single marks, British or American spelling, speaker before or after the quote, inverted "said X")
and each report may vary the words: case, punctuation, spelling, truncation, an extra clause,
one or two words swapped, a different translation of the same sentence, a wrong speaker, a
different stated day or place, a quote cut mid-sentence with the rest paraphrased outside the
marks. Hard negatives are built in: one speaker says several different things on one topic in
one week, and different speakers use the same stock phrase.

Everything is drawn from one ``random.Random(seed)``: the same arguments write the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

FIRST_M = ["Adrian", "Boris", "Carlos", "Dmitri", "Emil", "Farid", "Goran", "Hassan", "Ivan", "Jamal", "Karim",
           "Lukas", "Marek", "Nikolai", "Omar", "Pavel", "Rashid", "Sergei", "Tomas", "Viktor", "Yusuf", "Zoran",
           "Anton", "Bilal", "Darius", "Elias", "Felix", "Hamid", "Igor", "Javad"]
FIRST_F = ["Alina", "Beatriz", "Carmen", "Dalia", "Elena", "Farah", "Greta", "Hana", "Irina", "Julia", "Katya",
           "Leila", "Maria", "Nadia", "Olga", "Petra", "Rania", "Sofia", "Tamara", "Vera", "Yasmin", "Zeynep"]
LAST = ["Abadi", "Borisov", "Castell", "Demir", "Esfahani", "Farkas", "Galan", "Horvat", "Ibrahim", "Jovanovic",
        "Kovac", "Lindqvist", "Marchetti", "Novak", "Orlov", "Petrov", "Qadiri", "Rahimi", "Salazar", "Tahir",
        "Usmanov", "Valdez", "Wolff", "Yilmaz", "Zhukov", "Aziz", "Brandt", "Cerny", "Dragan", "Ekman",
        "Ferrante", "Grigoryan", "Haddad", "Isaksen", "Jansen", "Karimov", "Lazarev", "Mansour", "Nazari",
        "Ostrowski", "Pahlavan", "Rostami", "Sokolov", "Tarasov", "Vidal", "Weber", "Zaki", "Moradi"]
# more surnames, composed: a root and an ending ("Vel" + "ayati"), for corpora with thousands of speakers
ROOTS = ["Vel", "Tal", "Mor", "Kar", "Sad", "Nov", "Bar", "Hal", "Dor", "Rez", "Mal", "Gor", "Lev", "Sam", "Ter",
         "Zar", "Pol", "Kur", "Fel", "Bel", "Ros", "Mir", "Dan", "Ash", "Kov", "Sar", "Tor", "Gal", "Ben", "Ner"]
ENDINGS = ["ayati", "enko", "ovic", "ani", "escu", "berg", "stein", "ides", "oglu", "ski", "ieri", "mann", "ova",
           "elli", "arov", "uddin", "akis", "sson", "ez", "ouri"]
# never more speakers than this: a large corpus has more reports of each, as real news does
MAX_SPEAKERS = 6000
# transliteration variants an outlet may use for the same person
VARIANTS = [("ov", "off"), ("i", "y"), ("kh", "k"), ("q", "k"), ("ou", "u"), ("j", "dj")]
TITLES = ["Foreign Minister", "Defence Minister", "Prime Minister", "President", "Interior Minister",
          "Energy Minister", "army spokesman", "Deputy Foreign Minister", "Secretary of State", "UN envoy",
          "opposition leader", "central bank governor", "Finance Minister", "parliament speaker"]
COUNTRIES = ["Arvenia", "Belgravia", "Corland", "Dravia", "Estmark", "Fennor", "Galdova", "Hesperia",
             "Istra", "Jorvik", "Kalmar", "Lusatia"]
CITIES = ["Geneva", "Vienna", "Amman", "Doha", "Oslo", "Ankara", "Cairo", "Brussels", "Astana", "Muscat",
          "Helsinki", "Valletta"]
MEDIA = ["on Twitter", "in an interview with Bloomberg", "on state television", "in an interview with Reuters",
         "at a news conference", "in a speech to parliament"]
VIA = ["according to Fars News", "quoted by ISNA", "according to the state news agency",
       "quoted by Interfax", "according to a transcript released by his office"]
OUTLETS = [  # name, marks, spelling, style
    ("Northern Ledger", "curly", "us", "after"),
    ("The Capital Times", "straight", "us", "before"),
    ("Harbour Post", "single", "uk", "after"),
    ("Globe Wire", "curly", "us", "inverted"),
    ("Daily Meridian", "curly", "uk", "before"),
    ("Eastern Courier", "straight", "us", "after"),
    ("The Observer Review", "single", "uk", "inverted"),
    ("Continental News", "straight", "us", "before"),
]
TOPICS = [  # (noun phrase, verbs that fit it, objects)
    ("the ceasefire", ["hold", "collapse", "survive", "be extended"]),
    ("the border crossing", ["reopen", "stay closed", "be inspected", "be handed over"]),
    ("the fuel subsidy", ["end", "be restored", "be cut", "be reviewed"]),
    ("the peace talks", ["resume", "stall", "move to a new venue", "include the rebels"]),
    ("the sanctions", ["be lifted", "be tightened", "stay in place", "hurt ordinary families"]),
    ("the grain corridor", ["stay open", "be expanded", "be guarded by the navy", "close"]),
    ("the election", ["be postponed", "go ahead", "be monitored", "be held in spring"]),
    ("the pipeline", ["be finished", "be rerouted", "be shut down", "carry more gas"]),
    ("the prisoner exchange", ["take place", "be delayed", "include civilians", "fall through"]),
    ("the troop withdrawal", ["begin", "be completed", "be reversed", "take months"]),
]
SUBJECTS = ["We", "Our government", "This country", "Our people", "The region", "Everyone here", "Our allies"]
MODALS = ["will", "must", "cannot", "should", "will never", "are ready to", "do not intend to"]
VERBS = ["accept", "support", "negotiate", "tolerate", "defend", "reject", "guarantee", "review", "protect",
         "finance", "delay", "discuss", "welcome", "abandon", "demand", "oppose"]
OBJECTS = ["any agreement that ignores our security", "a plan drawn up without our consent",
           "the rights of every citizen", "a timetable imposed from outside", "the decisions of the council",
           "the presence of foreign forces", "a settlement that rewards aggression",
           "the neutrality of the monitors", "the return of the refugees", "the reconstruction of the port",
           "the independence of the courts", "a new round of inspections", "the freedom of navigation",
           "the cost of the recovery", "the safety of aid workers", "the integrity of our borders"]
# Objects are also composed (determiner, adjective, noun, modifier: about 40,000 of them), so that
# statements drawn independently do not collide word for word, as real ones rarely do.
DETERMINERS = ["the", "any", "a", "every"]
ADJECTIVES = ["new", "revised", "temporary", "permanent", "regional", "joint", "partial", "binding",
              "limited", "fresh", "formal", "gradual", "broader", "urgent", "unilateral", "secret", "costly",
              "modest", "sweeping", "fragile"]
NOUNS = ["proposal", "deadline", "inquiry", "budget", "mission", "blockade", "treaty", "referendum", "tariff",
         "curfew", "embargo", "amnesty", "audit", "reform", "loan", "census", "patrol", "convoy", "tribunal",
         "quota", "levy", "subsidy", "survey", "ban", "merger", "pact", "reserve", "exemption", "moratorium",
         "bailout"]
MODIFIERS = ["for the northern provinces", "on fuel imports", "without a vote in parliament",
             "backed by the neighbors", "for the coastal towns", "on the mining sector", "in the capital",
             "for the farmers", "on foreign banks", "at the eastern ports", "for the next two years",
             "under international supervision", "for the border villages", "on grain exports",
             "without public consultation", "agreed in secret talks", "for the displaced families",
             "on arms shipments"]
TAILS = ["and we expect our partners to do the same", "whatever the pressure from abroad",
         "because the people deserve nothing less", "as long as the violence continues",
         "before the end of the year", "if the other side keeps its word",
         "even if it takes longer than planned", "and nobody should doubt our resolve"]
STOCK = ["a two-way street", "all options are on the table", "the ball is in their court",
         "we will not be intimidated", "a red line for us", "time is running out"]
# word -> another translation of it (different words, same meaning)
SYNONYMS = {
    "accept": "agree to", "support": "back", "negotiate": "bargain over", "tolerate": "put up with",
    "defend": "stand up for", "reject": "refuse", "guarantee": "ensure", "review": "reconsider",
    "protect": "safeguard", "finance": "pay for", "delay": "postpone", "discuss": "talk about",
    "welcome": "embrace", "abandon": "give up", "demand": "insist on", "oppose": "resist",
    "will never": "shall never", "cannot": "can not", "must": "have to", "should": "ought to",
    "are ready to": "stand ready to", "do not intend to": "have no plans to", "will": "are going to",
    "agreement": "deal", "plan": "scheme", "consent": "approval", "rights": "entitlements",
    "timetable": "schedule", "decisions": "rulings", "presence": "deployment", "settlement": "accord",
    "return": "homecoming", "reconstruction": "rebuilding", "independence": "autonomy", "cost": "price",
    "safety": "security", "integrity": "inviolability", "whatever": "regardless of", "expect": "want",
    "deserve": "merit", "nothing less": "no less", "violence": "fighting", "doubt": "question",
    "people": "nation", "partners": "allies", "pressure": "pressures", "longer": "more time",
    "new": "fresh", "revised": "amended", "temporary": "interim", "permanent": "lasting", "regional": "area-wide",
    "joint": "shared", "partial": "incomplete", "binding": "obligatory", "limited": "restricted",
    "formal": "official", "gradual": "phased", "broader": "wider", "urgent": "pressing",
    "unilateral": "one-sided", "secret": "covert", "costly": "expensive", "modest": "small",
    "sweeping": "far-reaching", "fragile": "shaky", "proposal": "offer", "deadline": "cut-off date",
    "inquiry": "investigation", "budget": "spending plan", "mission": "operation", "treaty": "pact",
    "tariff": "import duty", "embargo": "boycott", "audit": "review of the books", "reform": "overhaul",
    "loan": "credit", "patrol": "sweep", "convoy": "column", "tribunal": "court", "quota": "allocation",
    "levy": "charge", "survey": "poll", "ban": "prohibition", "merger": "consolidation",
    "reserve": "stockpile", "exemption": "waiver", "moratorium": "freeze", "bailout": "rescue package",
    "provinces": "regions", "imports": "purchases from abroad", "neighbors": "neighboring states",
    "towns": "settlements", "sector": "industry", "capital": "capital city", "farmers": "growers",
    "banks": "lenders", "ports": "harbors", "supervision": "oversight", "villages": "hamlets",
    "exports": "sales abroad", "consultation": "debate", "talks": "negotiations", "families": "households",
    "shipments": "deliveries",
}
BRITISH = {"defense": "defence", "organization": "organisation", "recognize": "recognise", "center": "centre",
           "neighbor": "neighbour", "harbor": "harbour", "program": "programme", "favor": "favour",
           "labor": "labour", "prioritize": "prioritise", "stabilize": "stabilise", "mobilize": "mobilise"}
EXTRAS = ["in Geneva", "this week", "once and for all", "at any price", "for the sake of stability"]
FILLER = [
    "The remarks came as diplomats prepared for another round of meetings.",
    "Officials have been trading accusations for weeks.",
    "The dispute has unsettled markets across the region.",
    "Aid groups say the situation on the ground remains difficult.",
    "Talks last month ended without an agreement.",
    "Analysts expect the issue to dominate the coming summit.",
    "Neither side has published the full text of the proposals.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass
class Speaker:
    id: str
    first: str
    last: str
    title: str
    country: str
    female: bool
    variant: str | None = None  # another spelling of the surname some outlets use

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class StatementTruth:
    id: str
    speaker: str  # speaker id
    words: str
    day: str  # ISO date of the utterance
    place: str
    kind: str  # "statement" or "stock" (a stock phrase)
    members: list[dict] = field(default_factory=list)


def _speakers(rng: random.Random, n: int) -> list[Speaker]:
    out, seen = [], set()
    while len(out) < n:
        female = rng.random() < 0.35
        first = rng.choice(FIRST_F if female else FIRST_M)
        last = rng.choice(LAST) if rng.random() < 0.3 else rng.choice(ROOTS) + rng.choice(ENDINGS)
        if (first, last) in seen:
            continue
        seen.add((first, last))
        sp = Speaker(f"p{len(out):04d}", first, last, rng.choice(TITLES), rng.choice(COUNTRIES), female)
        if rng.random() < 0.15:
            for a, b in rng.sample(VARIANTS, len(VARIANTS)):
                if a in last.lower()[1:]:
                    sp.variant = last[0] + last[1:].replace(a, b, 1)
                    break
        out.append(sp)
    return out


def _sentence(rng: random.Random, topic: tuple[str, list[str]]) -> str:
    noun, acts = topic
    obj = rng.choice(OBJECTS) if rng.random() < 0.2 else \
        f"{rng.choice(DETERMINERS)} {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} {rng.choice(MODIFIERS)}"
    if obj.startswith("a "):
        obj = re.sub(r"^a (?=[aeiou])", "an ", obj)
    first = f"{rng.choice(SUBJECTS)} {rng.choice(MODALS)} {rng.choice(VERBS)} {obj}"
    if rng.random() < 0.6:
        first += f", and {noun} must {rng.choice(acts)}"
    if rng.random() < 0.5:
        first += f" {rng.choice(TAILS)}"
    return first + "."


def _too_close(a: str, b: str) -> bool:
    """Two different statements of one speaker must differ in most of their content words."""
    wa, wb = set(a.lower().strip(".").split()), set(b.lower().strip(".").split())
    return len(wa & wb) > 0.5 * min(len(wa), len(wb))


def _translate(rng: random.Random, words: str) -> str:
    """Another translation: most translatable phrases replaced, the sense kept."""
    out = words
    keys = sorted((k for k in SYNONYMS if re.search(rf"\b{re.escape(k)}\b", out)), key=len, reverse=True)
    done = 0
    for k in keys:
        if rng.random() < 0.8 and re.search(rf"\b{re.escape(k)}\b", out):
            out = re.sub(rf"\b{re.escape(k)}\b", SYNONYMS[k], out, count=1)
            done += 1
    if done == 0 and keys:
        k = keys[0]
        out = re.sub(rf"\b{re.escape(k)}\b", SYNONYMS[k], out, count=1)
    return out


def _swap(rng: random.Random, words: str) -> str:
    """One or two small words changed: "the hope for peace process" / "a hope for the peace process"."""
    toks = words.split(" ")
    idx = [i for i, w in enumerate(toks) if w.lower() in ("the", "a", "our", "any", "every", "and", "this")]
    if not idx:
        i = rng.randrange(1, len(toks))
        toks.insert(i, "the")
        return " ".join(toks)
    for i in rng.sample(idx, min(len(idx), rng.choice((1, 2)))):
        w = toks[i]
        repl = {"the": "a", "a": "the", "our": "the", "any": "every", "every": "any", "and": "but",
                "this": "the"}[w.lower()]
        toks[i] = repl.capitalize() if w[:1].isupper() else repl
    return " ".join(toks)


def _truncate(words: str) -> str:
    """Keep the words up to the first clause break (or drop the last third)."""
    body = words.rstrip(".")
    if ", and " in body:
        return body.split(", and ")[0]
    toks = body.split()
    return " ".join(toks[:max(4, (2 * len(toks)) // 3)])


def _british(words: str) -> str:
    for a, b in BRITISH.items():
        words = re.sub(rf"\b{a}", b, words)
    return words


def _day_phrase(rng: random.Random, day: dt.date, published: dt.date) -> str:
    back = (published - day).days
    if back == 0:
        return rng.choice(["today", f"on {WEEKDAYS[day.weekday()]}"])
    if back == 1 and rng.random() < 0.4:
        return "yesterday"
    if back > 7:  # more than a week back: the date itself
        return f"on {day.strftime('%B')} {day.day}"
    return f"{'last' if back == 7 else 'on'} {WEEKDAYS[day.weekday()]}"


def _marks(style: str) -> tuple[str, str]:
    return {"curly": ("“", "”"), "straight": ('"', '"'), "single": ("‘", "’")}[style]


class Writer:
    """Builds one article's text, keeping track of where each quote's words land."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, s: str) -> int:
        at = self.length
        self.parts.append(s)
        self.length += len(s)
        return at

    def text(self) -> str:
        return "".join(self.parts)


def generate(out: Path, articles: int, seed: int = 1) -> dict:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    n_speakers = max(20, min(articles // 8, MAX_SPEAKERS))
    speakers = _speakers(rng, n_speakers)
    base = dt.date(2018, 1, 1)
    statements: list[StatementTruth] = []
    # stories: one speaker, one topic, one week; several statements each (hard negatives)
    plan: list[tuple[StatementTruth, int]] = []  # statement, number of outlets reporting it
    target_reports = int(articles * 6)  # more than needed: N articles are then drawn from them
    reports = 0
    while reports < target_reports:
        sp = rng.choice(speakers)
        topic = rng.choice(TOPICS)
        week = base + dt.timedelta(days=rng.randrange(0, 700))
        place = rng.choice(CITIES)
        said: list[str] = []
        for _ in range(rng.choice((1, 1, 2, 3))):
            words = _sentence(rng, topic)
            # the same speaker on the same topic in the same week says something else, not a variant
            while any(_too_close(words, w) for w in said):
                words = _sentence(rng, topic)
            said.append(words)
            day = week + dt.timedelta(days=rng.randrange(0, 5))
            st = StatementTruth(f"s{len(statements):06d}", sp.id, words, day.isoformat(), place, "statement")
            statements.append(st)
            k = rng.choice((1, 1, 2, 2, 3, 3, 4, 5, 6, 8))
            plan.append((st, k))
            reports += k
        if rng.random() < 0.08:  # a stock phrase, said by several speakers, reported once each
            phrase = rng.choice(STOCK)
            for other in rng.sample(speakers, 2):
                words = phrase[0].upper() + phrase[1:] + "."
                st = StatementTruth(f"s{len(statements):06d}", other.id, words,
                                    (week + dt.timedelta(days=rng.randrange(0, 5))).isoformat(), place, "stock")
                statements.append(st)
                plan.append((st, 1))
                reports += 1
    # deal reports to articles: each article one outlet, one date, 3-8 reports from nearby days
    by_id = {s.id: s for s in speakers}
    slots: list[tuple[StatementTruth, int]] = []
    for st, k in plan:
        for outlet_i in rng.sample(range(len(OUTLETS)), k):
            slots.append((st, outlet_i))
    slots.sort(key=lambda x: (x[1], x[0].day, rng.random()))
    groups: list[tuple[int, list[tuple[StatementTruth, int]]]] = []
    i = 0
    while i < len(slots):
        outlet_i = slots[i][1]
        n = rng.randint(3, 8)
        group = [slots[i]]
        j = i + 1
        first_day = dt.date.fromisoformat(slots[i][0].day)
        while j < len(slots) and len(group) < n and slots[j][1] == outlet_i \
                and (dt.date.fromisoformat(slots[j][0].day) - first_day).days <= 4:
            group.append(slots[j])
            j += 1
        i = j
        groups.append((outlet_i, group))
    if len(groups) > articles:  # exactly the articles asked for, drawn from every outlet and day
        keep = set(rng.sample(range(len(groups)), articles))
        groups = [g for k, g in enumerate(groups) if k in keep]
    rows = []
    for file_no, (outlet_i, group) in enumerate(groups):
        rows.append(_write_article(rng, out, file_no, outlet_i, group, by_id, speakers))
    file_no = len(groups)
    with (out / "sources.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "outlet", "date", "url", "title"])
        w.writerows(rows)
    truth = {
        "seed": seed, "articles": file_no,
        "speakers": [asdict(s) | {"name": s.name} for s in speakers],
        "statements": [asdict(s) for s in statements if s.members],
    }
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=0), encoding="utf-8")
    return truth


def _write_article(rng: random.Random, out: Path, file_no: int, outlet_i: int,
                   group: list[tuple[StatementTruth, int]], by_id: dict[str, Speaker],
                   speakers: list[Speaker]) -> list[str]:
    outlet, marks, spelling, style = OUTLETS[outlet_i]
    latest = max(dt.date.fromisoformat(st.day) for st, _ in group)
    published = latest + dt.timedelta(days=rng.choice((0, 1, 1, 2, 3)))
    name = f"{file_no:06d}.txt"
    first_sp = by_id[group[0][0].speaker]
    title = f"{first_sp.last} speaks out on {rng.choice(TOPICS)[0][4:]}"
    w = Writer()
    w.add(title + "\n\n")
    w.add(rng.choice(FILLER) + "\n\n")
    named: set[str] = set()
    last_speaker = None
    o, c = _marks(marks)
    for st, _ in group:
        true_sp = by_id[st.speaker]
        variations: list[str] = []
        shown = true_sp
        if st.kind == "statement" and rng.random() < 0.04:
            shown = rng.choice([s for s in speakers if s.id != true_sp.id])
            variations.append("wrong_speaker")
        words = st.words
        r = rng.random()
        if st.kind == "stock":
            pass
        elif r < 0.10:
            words = _translate(rng, words)
            variations.append("translation")
        elif r < 0.22:
            words = _swap(rng, words)
            variations.append("swap")
        elif r < 0.32:
            words = _truncate(words)
            variations.append("truncated")
        elif r < 0.38:
            words = words.rstrip(".") + " " + rng.choice(EXTRAS) + "."
            variations.append("extra_clause")
        elif r < 0.44:
            words = words.replace(",", "").rstrip(".")
            variations.append("punctuation")
        elif r < 0.48:
            words = words[0].lower() + words[1:]
            variations.append("case")
        if spelling == "uk":
            british = _british(words)
            if british != words:
                variations.append("spelling")
            words = british
        cut_rest = None
        if st.kind == "statement" and "truncated" not in variations and rng.random() < 0.05 and ", and " in words:
            words, rest = words.split(", and ", 1)
            cut_rest = rest.rstrip(".")
            variations.append("cut")
        day = dt.date.fromisoformat(st.day)
        place, medium, via = st.place, None, None
        if rng.random() < 0.05:
            day = day - dt.timedelta(days=rng.choice((1, 2)))
            variations.append("different_day")
        if rng.random() < 0.05:
            place = rng.choice([p for p in CITIES if p != st.place])
            variations.append("different_place")
        if rng.random() < 0.15:
            medium = rng.choice(MEDIA)
        if rng.random() < 0.1:
            via = rng.choice(VIA)
        day_words = _day_phrase(rng, day, published) if day <= published else None
        surname = shown.variant if shown.variant and outlet_i % 2 else shown.last
        if shown.id == last_speaker and shown.id in named:
            who = "she" if shown.female else "he"
        elif shown.id in named:
            who = surname
        else:
            who = f"{shown.country}'s {shown.title} {shown.first} {surname}" if rng.random() < 0.5 \
                else f"{shown.first} {surname}, the {shown.country} {shown.title.lower()},"
            named.add(shown.id)
        last_speaker = shown.id
        tail = f"{f' {day_words}' if day_words else ''} {medium or f'in {place}'}{f', {via}' if via else ''}"
        if style == "before" or who.endswith(","):  # X said ...: “words.”
            w.add(f"{who[0].upper() + who[1:]} said{tail}: {o}")
            shown_words = words
            start = w.add(shown_words)
            w.add(c)
        else:  # “words,” X said ... / “words,” said X ...
            shown_words = words.rstrip(".")
            start = w.add(o + shown_words) + len(o)
            verb = f" said {who}" if style == "inverted" and " " in who else f" {who} said"
            w.add(f",{c}{verb}{tail}.")
        if cut_rest:
            w.add(f" {('She' if shown.female else 'He')} added that {cut_rest[0].lower() + cut_rest[1:]}.")
        w.add("\n\n")
        if rng.random() < 0.5:
            w.add(rng.choice(FILLER) + "\n\n")
        st.members.append({
            "file": name, "outlet": outlet, "start": start, "end": start + len(shown_words), "text": shown_words,
            "speaker_shown": f"{shown.first} {surname}", "speaker_shown_id": shown.id, "published": published.isoformat(),
            "stated_day": day_words, "stated_date": day.isoformat() if day_words else None,
            "place": medium or f"in {place}", "via": via, "variations": variations or ["verbatim"],
        })
    (out / name).write_text(w.text(), encoding="utf-8")
    return [name, outlet, published.isoformat(), "", title]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    truth = generate(args.out, args.articles, args.seed)
    n_members = sum(len(s["members"]) for s in truth["statements"])
    print(f"{truth['articles']} articles, {len(truth['statements'])} statements, {n_members} reports -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
