"""Scores on real, independently annotated text: the sample articles, the PolNeAR dev split, and the first
PolNeAR train articles for what confidence means.

Floors sit a little under the measured figures, so a change that breaks extraction fails here.
"""


from conftest import POLNEAR, SEEDS, invoke, load_eval, needs_shared

pytestmark = needs_shared


def test_seed_quotes_meet_the_issue_targets(runner, tmp_path):
    r = invoke(runner, ["extract", *map(str, sorted(SEEDS.glob("*.txt"))), "--json"])
    pred = tmp_path / "q.jsonl"
    pred.write_text(r.output)
    res = load_eval("seeds_eval").score_quotes(str(pred), False)
    assert res["recall"] == 1.0
    # 31 required quotes; the two predictions the gold file lacks are real partial quotes: Tillerson's
    # "quite concerned" in 000's body (the gold lists only the standfirst's) and the lede's "cleaned out"
    # in 003 (the gold's q23 offsets point at the unquoted headline). 31 / 33 = 0.939.
    assert res["precision"] >= 0.93
    assert res["speaker_accuracy"] == 1.0


def test_seed_statements_are_exact(runner, seeds_db, tmp_path):
    r = invoke(runner, ["statements", "--json", "--db", str(seeds_db)])
    pred = tmp_path / "s.jsonl"
    pred.write_text(r.output)
    res = load_eval("seeds_eval").score_statements(str(pred), False)
    assert res["pair_precision"] == 1.0 and res["pair_recall"] == 1.0


def test_polnear_dev_floor(runner, tmp_path):
    ev = load_eval("polnear_eval")
    docs = ev.Corpus(str(POLNEAR)).load_split("dev")
    from claims.extract import extract
    preds = {d["doc"]: [q.as_json() for q in extract(d["text"])] for d in docs}
    res = ev.score(docs, preds, direct_only=True)
    assert res["attribution"]["f1"] >= 0.64  # reported speech, with kind "indirect"
    assert res["direct"]["precision"] >= 0.94
    assert res["direct"]["f1"] >= 0.96
    assert res["direct"]["speaker_span_acc"] >= 0.905
    assert res["e2e"]["f1"] >= 0.88
    assert res["counts"]["text_mismatch"] == 0 and res["counts"]["invalid_pred"] == 0


def test_confidence_ranks_quotes_by_how_often_their_speaker_is_right():
    """On real news (the first 200 PolNeAR train articles), the quotes given a high confidence have the right
    speaker far more often than the rest, and the rest about as often as their confidence says."""
    ev = load_eval("polnear_eval")
    docs = ev.Corpus(str(POLNEAR)).load_split("train")[:200]
    from claims.extract import extract
    sure, rest, rest_conf = [0, 0], [0, 0], 0.0
    for d in docs:
        text = d["text"]
        golds = ev.gold_direct_quotes(text, d["attributions"])
        preds = [q.as_json() for q in extract(text, indirect=False)]
        matched = ev.greedy_match([ev.trim_frags(text, [(q["start"], q["end"])]) for q in preds],
                                  [ev.trim_frags(text, [(g["start"], g["end"])]) for g in golds])
        for i, q in enumerate(preds):
            right = i in matched and ev.speaker_checks(q, golds[matched[i]])[1]
            bucket = sure if q["confidence"] >= 0.8 else rest
            bucket[0] += 1
            bucket[1] += right
            if bucket is rest:
                rest_conf += q["confidence"]
    assert sure[0] > 1000 and rest[0] > 100
    assert sure[1] / sure[0] >= 0.93 and sure[1] / sure[0] - rest[1] / rest[0] >= 0.1
    assert abs(rest_conf / rest[0] - rest[1] / rest[0]) <= 0.15  # calibrated, not merely ranked
