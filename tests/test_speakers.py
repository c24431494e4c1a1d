"""One person, one speaker across articles: transliterations meet, and a user's merge or split holds for
every later ingest. Through the CLI, on a real SQLite file."""

import pytest
from conftest import invoke, jsonl

from claims.normalize import name_key


@pytest.mark.parametrize("a, b, same", [
    ("Yasmin Zaki", "Yasmin Zaky", True),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy", True),
    ("Ivan Borisov", "Ivan Borisoff", True),
    ("Karim Qadiri", "Karim Kadiri", True),
    ("Muammar Gaddafi", "Muammar Qaddafi", True),
    ("Ivan Petrov", "Igor Petrov", False),  # two people of one family name
    ("Rex Tillerson", "Rex Tiller", False),
])
def test_name_keys_meet_for_transliterations_only(a, b, same):
    assert (name_key(a) == name_key(b)) is same


def _article(tmp_path, name, outlet, date, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return ["ingest", str(p), "--outlet", outlet, "--date", date]


def _speakers(runner, db):
    return {s["name"]: s for s in jsonl(invoke(runner, ["speakers", "--db", str(db), "--json"]).output)}


WORDS = "We will never leave this land, whatever the pressure from our neighbors may be."


def test_a_transliterated_name_joins_its_speaker(runner, db_path, tmp_path):
    invoke(runner, _article(tmp_path, "a.txt", "Ledger", "2020-05-04",
                            f"Yasmin Zaki said on Monday: “{WORDS}”\n") + ["--db", str(db_path)])
    invoke(runner, _article(tmp_path, "b.txt", "Courier", "2020-05-05",
                            f"“{WORDS}” Yasmin Zaky said on Monday.\n") + ["--db", str(db_path)])
    sp = _speakers(runner, db_path)
    assert list(sp) == ["Yasmin Zaki"] and "Yasmin Zaky" in sp["Yasmin Zaki"]["aliases"]
    (st,) = jsonl(invoke(runner, ["statements", "--db", str(db_path), "--json"]).output)
    assert st["speaker"] == "Yasmin Zaki" and st["articles"] == 2


def test_merge_and_split_hold_for_later_ingests(runner, db_path, tmp_path):
    db = ["--db", str(db_path)]
    assert invoke(runner, _article(tmp_path, "a.txt", "Ledger", "2020-05-04",
                                   f"Libyan leader Muammar Gaddafi said on Monday: “{WORDS}”\n") + db).exit_code == 0
    invoke(runner, _article(tmp_path, "b.txt", "Courier", "2020-05-05",
                            f"“{WORDS}” Colonel Moammar al-Kaddafi said on Monday.\n") + db)
    assert {"Muammar Gaddafi", "Moammar al-Kaddafi"} <= set(_speakers(runner, db_path))
    r = invoke(runner, ["speakers", "merge", "Muammar Gaddafi", "Moammar al-Kaddafi", "--json"] + db)
    assert r.exit_code == 0, r.output
    change = jsonl(r.output)[0]
    assert change["action"] == "merge" and change["quotes"] == 2
    sp = _speakers(runner, db_path)
    assert "Moammar al-Kaddafi" not in sp and sp["Muammar Gaddafi"]["quotes"] == 2
    (st,) = jsonl(invoke(runner, ["statements", "--db", str(db_path), "--json"]).output)
    assert st["speaker"] == "Muammar Gaddafi" and st["articles"] == 2
    # a later article with the merged name goes to the kept speaker
    invoke(runner, _article(tmp_path, "c.txt", "Post", "2020-06-20",
                            "Moammar al-Kaddafi said on Friday: “Our oil belongs to the people of this country.”\n") + db)
    assert _speakers(runner, db_path)["Muammar Gaddafi"]["quotes"] == 3
    # split it off again: its quotes, and later ones, are its own
    r = invoke(runner, ["speakers", "split", "Moammar al-Kaddafi", "--json"] + db)
    assert r.exit_code == 0, r.output
    assert jsonl(r.output)[0]["quotes"] == 2
    invoke(runner, _article(tmp_path, "d.txt", "Post", "2020-07-20",
                            "Moammar al-Kaddafi said on Friday: “The desert will answer those who attack us.”\n") + db)
    sp = _speakers(runner, db_path)
    assert sp["Moammar al-Kaddafi"]["quotes"] == 3 and sp["Muammar Gaddafi"]["quotes"] == 1


@pytest.mark.parametrize("args", [
    ["speakers", "merge", "Nobody Here", "Rex Tillerson"],
    ["speakers", "merge", "Rex Tillerson", "Rex Tillerson"],
    ["speakers", "split", "Nobody Here"],
])
def test_speaker_corrections_name_the_problem(runner, seeds_copy, args):
    r = invoke(runner, args + ["--db", str(seeds_copy)])
    assert r.exit_code == 1 and r.output.count("\n") == 1 and "Error:" in r.output
    assert "Traceback" not in r.output
