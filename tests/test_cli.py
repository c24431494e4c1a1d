"""Every command through Typer's CliRunner on a real temporary SQLite file."""

import hashlib
import json
import sqlite3

import pytest

from conftest import SEEDS, invoke, jsonl


def counts(db) -> dict:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "quotes", "statements", "statement_members", "speakers", "sources")}
    finally:
        con.close()


def test_ingest_then_repeat_changes_nothing(runner, db_path):
    r = invoke(runner, ["ingest", str(SEEDS), "--db", str(db_path)])
    assert r.exit_code == 0, r.output
    assert "5 new articles" in r.output
    before = counts(db_path)
    assert before["articles"] == 5 and before["quotes"] > 30
    r2 = invoke(runner, ["ingest", str(SEEDS), "--db", str(db_path), "--json"])
    assert r2.exit_code == 0
    summary = json.loads(r2.output)
    assert summary["new"] == 0 and summary["skipped"] == 5
    assert {a["status"] for a in summary["articles"]} == {"already ingested"}
    assert counts(db_path) == before


def test_ingest_reads_outlet_date_title_from_sources_csv_and_text(runner, db_path):
    r = invoke(runner, ["sources", "--json"], input=None)
    invoke(runner, ["ingest", str(SEEDS), "--db", str(db_path)])
    r = invoke(runner, ["sources", "--db", str(db_path), "--json"])
    names = {row["name"] for row in jsonl(r.output)}
    assert {"The Times of Israel", "RFE/RL", "Arab News", "The Daily Star"} <= names


def test_ingest_stdin_with_flags(runner, db_path):
    text = "Editorial board meets.\n\n“The city budget is balanced for the first time,” Mayor Lina Ortiz said.\n"
    r = invoke(runner, ["ingest", "-", "--db", str(db_path), "--outlet", "City Gazette", "--date", "2020-03-04"],
               input=text.encode())
    assert r.exit_code == 0, r.output
    q = jsonl(invoke(runner, ["quotes", "--db", str(db_path), "--json"]).output)
    assert q[0]["speaker"] == "Lina Ortiz" and q[0]["outlet"] == "City Gazette" and q[0]["published"] == "2020-03-04"


def test_extract_json_shape_and_offsets(runner):
    path = SEEDS / "001_4fe4b1a771ba72d0.txt"
    r = invoke(runner, ["extract", str(path), "--json"])
    assert r.exit_code == 0, r.output
    (row,) = jsonl(r.output)
    assert row["doc"] == "001_4fe4b1a771ba72d0"
    text = path.read_bytes().decode("utf-8")
    for q in row["quotes"]:
        assert set(q) >= {"start", "end", "text", "speaker", "speaker_start", "speaker_end", "cue", "kind"}
        assert text[q["start"]:q["end"]] == q["text"]
        assert q["kind"] == "direct"
    first = row["quotes"][0]
    assert first["text"].startswith("We are quite concerned") and first["speaker"] == "Rex Tillerson"


def test_extract_indirect_adds_reported_speech(runner):
    r = invoke(runner, ["extract", str(SEEDS / "002_c76d129d2dc45aae.txt"), "--json", "--indirect"])
    quotes = jsonl(r.output)[0]["quotes"]
    indirect = [q for q in quotes if q["kind"] == "indirect"]
    assert any(q["speaker"] == "Sergei Lavrov" and q["text"].startswith("only Syrian army troops") for q in indirect)


def test_statements_json(runner, seeds_db):
    r = invoke(runner, ["statements", "--db", str(seeds_db), "--json"])
    rows = jsonl(r.output)
    assert rows and all({"id", "speaker", "members"} <= set(row) for row in rows)
    for row in rows:
        assert all({"doc", "article_id", "outlet", "start", "end", "text"} <= set(m) for m in row["members"])
        assert len({m["article_id"] for m in row["members"]}) >= 2
    lavrov = [row for row in rows if row["speaker"] == "Sergei Lavrov"]
    assert len(lavrov) == 2
    table = invoke(runner, ["statements", "--db", str(seeds_db)]).output
    assert "Sergei Lavrov" in table


def test_who_said_withdraw(runner, seeds_db):
    r = invoke(runner, ["who-said", "withdraw", "--db", str(seeds_db), "--json"])
    hits = jsonl(r.output)
    tillerson = [h for h in hits if h["speaker"] == "Rex Tillerson" and "withdraw its military" in h["fullest"]]
    assert len(tillerson) == 1  # the statement once...
    t = tillerson[0]
    assert sorted(t["outlets"]) == ["RFE/RL", "The Times of Israel"]  # ...carried by two outlets...
    wordings = {m["text"] for m in t["members"]}
    assert any(w.startswith("We think Iran needs") for w in wordings)  # ...with both wordings
    assert any(w.startswith("Iran needs to withdraw") for w in wordings)
    lavrov = [h for h in hits if h["speaker"] == "Sergei Lavrov" and "withdrawal of all non-Syrian forces" in h["fullest"]]
    assert len(lavrov) == 1 and len(lavrov[0]["outlets"]) == 2
    text = invoke(runner, ["who-said", "withdraw", "--db", str(seeds_db)]).output
    assert "Rex Tillerson" in text and "carried by 2 outlets" in text


def test_who_said_filters(runner, seeds_db):
    r = invoke(runner, ["who-said", "withdraw", "--db", str(seeds_db), "--json", "--speaker", "Lavrov"])
    assert {h["speaker"] for h in jsonl(r.output)} == {"Sergei Lavrov"}
    r = invoke(runner, ["who-said", "withdraw", "--db", str(seeds_db), "--json", "--limit", "1"])
    assert len(jsonl(r.output)) == 1


@pytest.mark.parametrize("term", ['"withdraw', "AND OR (", "withdraw)", "NEAR(", '*', "withdraw AND"])
def test_who_said_takes_stray_marks_and_operators_as_words(runner, seeds_db, term):
    r = invoke(runner, ["who-said", term, "--db", str(seeds_db)])
    assert "Traceback" not in r.output
    assert r.exit_code in (0, 1)
    if r.exit_code == 1:
        assert r.output.count("\n") == 1 and "Error:" in r.output


def test_diff_times_of_israel_and_rferl(runner, seeds_db):
    r = invoke(runner, ["diff", "Times of Israel", "RFE", "--db", str(seeds_db), "--json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    assert d["a"] == "The Times of Israel" and d["b"] == "RFE/RL"
    agree = [c for c in d["agreements"] if "destabilizing" in c["a"]["text"]]
    assert len(agree) == 1 and agree[0]["text_relation"] == "contained" and agree[0]["longer"] == "b"
    differ = [c for c in d["discrepancies"] if "withdraw its military" in c["a"]["text"]]
    assert len(differ) == 1 and differ[0]["text_relation"] == "reworded"
    ops = {(o["op"], o["text"]) for o in differ[0]["diff"]}
    assert ("delete", "We think") in ops and ("insert", "in Geneva.") in ops
    assert d["tally"]["agree"] == len(d["agreements"]) and d["tally"]["only_a"] == len(d["only_a"])
    text = invoke(runner, ["diff", "Times of Israel", "RFE", "--db", str(seeds_db)]).output
    assert "Agreements: 1" in text and "Discrepancies: 1" in text
    assert text.strip().splitlines()[-1].startswith("agree 1 / differ 1 / only The Times of Israel")


def test_diff_by_article_file_name_and_id(runner, seeds_db):
    r = invoke(runner, ["diff", "000_9c2843cacf2e0d2a.txt", "001_4fe4b1a771ba72d0", "--db", str(seeds_db), "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["tally"]["differ"] == 1
    r = invoke(runner, ["diff", "1", "2", "--db", str(seeds_db), "--json"])
    assert r.exit_code == 0, r.output


def test_diff_unknown_or_ambiguous_side_is_one_line(runner, seeds_db):
    r = invoke(runner, ["diff", "Nowhere Gazette", "RFE", "--db", str(seeds_db)])
    assert r.exit_code == 1 and r.output.count("\n") == 1 and "Nowhere Gazette" in r.output
    r = invoke(runner, ["diff", "The", "RFE", "--db", str(seeds_db)])
    assert r.exit_code == 1 and "several outlets" in r.output


def test_quotes_filters(runner, seeds_db):
    rows = jsonl(invoke(runner, ["quotes", "--db", str(seeds_db), "--json", "--speaker", "Zarif", "--kind", "direct"]).output)
    assert len(rows) == 2 and {r["speaker"] for r in rows} == {"Mohammad Javad Zarif"}
    sure = jsonl(invoke(runner, ["quotes", "--db", str(seeds_db), "--json", "--min-confidence", "0.9"]).output)
    every = jsonl(invoke(runner, ["quotes", "--db", str(seeds_db), "--json"]).output)
    assert 0 < len(sure) < len(every) and all(r["confidence"] >= 0.9 for r in sure)
    r = invoke(runner, ["quotes", "--db", str(seeds_db), "--kind", "sideways"])
    assert r.exit_code != 0


def test_speakers_and_aliases(runner, seeds_db):
    rows = jsonl(invoke(runner, ["speakers", "--db", str(seeds_db), "--json"]).output)
    by = {r["name"]: r for r in rows}
    assert "Tillerson" in by["Rex Tillerson"]["aliases"]
    assert by["Rex Tillerson"]["outlets"] == 2
    assert "ICG" in by["International Crisis Group"]["aliases"]
    assert "Rex Tillerson" in invoke(runner, ["speakers", "--db", str(seeds_db)]).output


def test_an_outlet_is_no_namesake_of_a_person_in_another_article(runner, db_path, tmp_path):
    """"The Hill reported" is the outlet: across articles it does not join a person called Hill."""
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "a.txt").write_text("Iowa voters undecided\n\n“Bernie excites me. Hillary reassures me,” said Marcus "
                                  "Hill, 34, of Ames.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Senators weigh endorsement\n\n“Several GOP senators are weighing an "
                                  "endorsement,” The Hill reported on Tuesday.\n", encoding="utf-8")
    assert invoke(runner, ["ingest", str(folder), "--db", str(db_path)]).exit_code == 0
    rows = {r["name"]: r for r in jsonl(invoke(runner, ["speakers", "--db", str(db_path), "--json"]).output)}
    assert rows["Marcus Hill"]["quotes"] == 1 and rows["The Hill"]["quotes"] == 1


def test_a_middle_initial_written_or_left_out_is_one_speaker(runner, db_path, tmp_path):
    """"Donald J. Trump" in one article and "Donald Trump" in another are one speaker; "George W. Bush" and "George
    H. W. Bush" stay two."""
    folder = tmp_path / "three"
    folder.mkdir()
    for name, (who, words) in {"a": ("Donald J. Trump", "We will build the wall"),
                               "b": ("Donald Trump", "Mexico will pay for it"),
                               "c": ("George W. Bush", "Mission accomplished for the troops"),
                               "d": ("George H. W. Bush", "Read my lips, no new taxes")}.items():
        (folder / f"{name}.txt").write_text(f"Campaign trail\n\n“{words},” {who} said on Monday.\n", encoding="utf-8")
    assert invoke(runner, ["ingest", str(folder), "--db", str(db_path)]).exit_code == 0
    rows = {r["name"]: r for r in jsonl(invoke(runner, ["speakers", "--db", str(db_path), "--json"]).output)}
    assert rows["Donald J. Trump"]["quotes"] == 2 and "Donald Trump" in rows["Donald J. Trump"]["aliases"]
    assert rows["George W. Bush"]["quotes"] == 1 and rows["George H. W. Bush"]["quotes"] == 1


def test_show_statement(runner, seeds_db):
    rows = jsonl(invoke(runner, ["statements", "--db", str(seeds_db), "--json"]).output)
    sid = next(r["id"] for r in rows if any("withdraw its military" in m["text"] for m in r["members"]))
    r = invoke(runner, ["show", str(sid), "--db", str(seeds_db), "--json"])
    view = json.loads(r.output)
    assert len(view["members"]) == 2 and view["comparisons"][0]["text_relation"] == "reworded"
    assert all(c["paragraph"][c["start"]:c["end"]] for c in view["contexts"])
    text = invoke(runner, ["show", str(sid), "--db", str(seeds_db)]).output
    assert "RFE/RL" in text and "The Times of Israel" in text
    r = invoke(runner, ["show", "99999", "--db", str(seeds_db)])
    assert r.exit_code == 1 and "no statement 99999" in r.output


# -- bad input: one line naming the file or argument, non-zero exit, no traceback, database unchanged --

def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def bad_inputs(tmp_path):
    empty_dir = tmp_path / "empty_dir"
    empty_dir.mkdir()
    (empty_dir / "notes.csv").write_text("a,b\n")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    return {"missing": str(tmp_path / "nope.txt"), "folder without articles": str(empty_dir),
            "binary": str(binary), "empty": str(empty)}


@pytest.mark.parametrize("case", ["missing", "folder without articles", "binary", "empty"])
def test_bad_input_is_refused_with_one_line_and_nothing_stored(runner, seeds_copy, bad_inputs, case):
    before = _digest(seeds_copy)
    bad = bad_inputs[case]
    r = invoke(runner, ["ingest", str(SEEDS / "000_9c2843cacf2e0d2a.txt"), bad, "--db", str(seeds_copy)])
    assert r.exit_code == 1
    assert r.output.count("\n") == 1 and r.output.startswith("Error: ") and bad in r.output
    assert "Traceback" not in r.output
    assert _digest(seeds_copy) == before


def test_db_that_is_not_sqlite(runner, tmp_path):
    fake = tmp_path / "notes.db"
    fake.write_text("these are my notes, not a database\n")
    r = invoke(runner, ["ingest", str(SEEDS), "--db", str(fake)])
    assert r.exit_code == 1 and r.output.count("\n") == 1 and "not a SQLite database" in r.output
    assert fake.read_text() == "these are my notes, not a database\n"


def test_db_of_another_program_is_left_alone(runner, tmp_path):
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    before = _digest(other)
    r = invoke(runner, ["quotes", "--db", str(other)])
    assert r.exit_code == 1 and "another program" in r.output
    assert _digest(other) == before


def test_non_utf8_file_is_read_with_a_stated_fallback(runner, tmp_path, db_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Ministers met in Zürich.\n\n“We reached a fair deal for everyone,” said Jörg Müller.\n"
                  .encode("cp1252"))
    r = invoke(runner, ["ingest", str(f), "--db", str(db_path)])
    assert r.exit_code == 0, r.output
    assert "Warning:" in r.output and "latin.txt" in r.output and "Windows-1252" in r.output
    rows = jsonl(invoke(runner, ["quotes", "--db", str(db_path), "--json"]).output)
    assert rows[0]["speaker"] == "Jörg Müller"


def test_default_db_comes_from_claims_db_env(runner, tmp_path, monkeypatch):
    target = tmp_path / "from_env.db"
    monkeypatch.setenv("CLAIMS_DB", str(target))
    from cli.app import app
    r = runner.invoke(app, ["ingest", str(SEEDS / "002_c76d129d2dc45aae.txt")], prog_name="claims")
    assert r.exit_code == 0, r.output
    assert target.exists() and counts(target)["articles"] == 1


def test_short_name_resolves_to_full_name_across_articles(runner, tmp_path, db_path):
    one = tmp_path / "one.txt"
    one.write_text("Prime Minister David Okafor opened the summit.\n\n“We have a deal on the table,” Okafor said.\n")
    two = tmp_path / "two.txt"
    two.write_text("Talks went on late.\n\n“The deal is done and signed by all sides,” Okafor told reporters.\n")
    for f in (one, two):
        assert invoke(runner, ["ingest", str(f), "--db", str(db_path)]).exit_code == 0
    rows = jsonl(invoke(runner, ["quotes", "--db", str(db_path), "--json"]).output)
    assert {r["speaker"] for r in rows} == {"David Okafor"}


def test_statements_carry_confidence_and_min_confidence_leaves_out_weak_reports(runner, seeds_db):
    db = ["--db", str(seeds_db)]
    every = jsonl(invoke(runner, ["statements", "--json"] + db).output)
    tillerson = next(s for s in every if "quite concerned about the recent incident" in
                     " ".join(m["text"] for m in s["members"]))
    weak = [m for m in tillerson["members"] if m["member_confidence"] is not None and m["member_confidence"] < 0.8]
    assert weak and all(len(m["text"].split()) <= 3 for m in weak)  # the two-word fragments
    assert all(m["evidence"] and m["linked_to"] for m in tillerson["members"])
    sure = jsonl(invoke(runner, ["statements", "--json", "--min-confidence", "0.8"] + db).output)
    kept = next(s for s in sure if s["id"] == tillerson["id"])
    assert len(kept["members"]) == len(tillerson["members"]) - len(weak) and kept["confidence"] >= 0.8


def test_show_explains_why_each_report_belongs(runner, seeds_db):
    sid = jsonl(invoke(runner, ["statements", "--json", "--db", str(seeds_db)]).output)[0]["id"]
    r = invoke(runner, ["show", str(sid), "--db", str(seeds_db)])
    assert r.exit_code == 0 and "the same statement" in r.output and "same speaker" in r.output
