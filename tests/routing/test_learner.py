import copy
import pickle

import numpy as np
import pytest

from murojaat.language.keys import search_key
from murojaat.routing.learner import (
    NAME_WEIGHTS,
    NEVER,
    LabelNames,
    Router,
    choose_threshold,
    evaluate,
    score,
    train_router,
)
from murojaat.routing.store import Suggestions, should_auto_route
from tests.routing.corpus import PARAPHRASES, training_rows


@pytest.fixture(scope="module")
def trained():
    rows = training_rows()
    return train_router([t for t, _ in rows], [label for _, label in rows])


def test_it_routes_unseen_paraphrases_in_every_script(trained):
    router, _ = trained
    for text, label in PARAPHRASES:
        best_label, probability = router.suggest(text)[0]
        assert best_label == label, text
        assert 0 < probability <= 1


def test_a_cyrillic_paraphrase_gets_the_same_suggestion_as_its_latin_original(trained):
    router, _ = trained
    latin = router.suggest("Bizning ko‘chada gaz yo‘q, gaz bosimi yo‘q, qozon ishlamayapti")
    cyrillic = router.suggest("Бизнинг кўчада газ йўқ, газ босими йўқ, қозон ишламаяпти")
    assert [label for label, _ in latin] == [label for label, _ in cyrillic]


def test_suggestions_are_ranked_probabilities(trained):
    router, _ = trained
    suggestions = router.suggest("Pensiya kechikmoqda", k=5)
    probabilities = [p for _, p in suggestions]
    assert len(suggestions) == 5
    assert probabilities == sorted(probabilities, reverse=True)
    assert sum(probabilities) == pytest.approx(1.0, abs=1e-6)


def test_training_reports_held_out_figures_and_a_threshold(trained):
    router, metrics = trained
    assert metrics["count"] == 60
    assert metrics["top1"] >= 0.7
    assert router.threshold == pytest.approx(metrics["threshold"], abs=1e-6)
    if router.threshold != NEVER:
        assert metrics["precision_at_threshold"] >= 0.95


def test_evaluate_scores_a_router_without_learning(trained):
    router, _ = trained
    texts, labels = zip(*PARAPHRASES, strict=True)
    result = evaluate(router, texts, labels)
    assert result["top1"] == 1.0 and result["top3"] == 1.0 and result["count"] == len(PARAPHRASES)
    unseen_label = evaluate(router, ["gaz yo‘q"], ["no-such-label"])
    assert unseen_label["top1"] == 0.0


def test_it_refuses_to_learn_a_single_label():
    with pytest.raises(ValueError):
        train_router(["gaz yo‘q", "gaz kerak"], ["gas", "gas"])


def _held_out(confidences, correct):
    truths = np.array(["a"] * len(correct), dtype=object)
    labels = np.array([["a" if ok else "b", "c", "d"] for ok in correct], dtype=object)
    probs = np.array([[c, 0.0, 0.0] for c in confidences])
    return truths, labels, probs


def test_threshold_is_the_lowest_cut_that_keeps_precision():
    # 40 sure and right, then 10 less sure of which 5 wrong.
    confidences = [0.99] * 40 + [0.6] * 10
    correct = [True] * 40 + [True, False] * 5
    threshold = choose_threshold(*_held_out(confidences, correct))
    assert threshold == 0.99
    assert score(*_held_out(confidences, correct), threshold=threshold)["precision_at_threshold"] == 1.0
    assert score(*_held_out(confidences, correct), threshold=threshold)["coverage_at_threshold"] == 0.8


def test_threshold_goes_lower_when_the_less_sure_are_right_too():
    confidences = [0.99] * 40 + [0.6] * 10
    assert choose_threshold(*_held_out(confidences, [True] * 50)) == 0.6


def test_it_never_auto_routes_when_precision_is_out_of_reach_or_unproven():
    assert choose_threshold(*_held_out([0.9] * 50, [True, False] * 25)) == NEVER
    assert choose_threshold(*_held_out([0.9] * 5, [True] * 5)) == NEVER  # too few to prove anything
    # 21 right of 22 is 95.5%, but one more wrong would make it 91%: not proven.
    assert choose_threshold(*_held_out([0.9] * 22, [True] * 21 + [False])) == NEVER


def test_should_auto_route_follows_the_model_threshold():
    assert should_auto_route(Suggestions([("gas", 0.97), ("roads", 0.02)], threshold=0.95))
    assert not should_auto_route(Suggestions([("gas", 0.90), ("roads", 0.08)], threshold=0.95))
    assert not should_auto_route(Suggestions([], threshold=0.5))
    assert not should_auto_route(Suggestions([("gas", 1.0)], threshold=NEVER))
    assert should_auto_route([("gas", 0.97)], threshold=0.9)
    assert not should_auto_route([("gas", 0.97)])  # a bare list carries no threshold


def test_an_untrained_router_has_no_labels():
    assert Router().labels == []


def test_an_appeal_that_names_the_place_points_at_that_body():
    bodies = ["Администрация Льговского района", "Администрация Курского района", "Администрация города Курска",
              "Комитет здравоохранения Курской области", "qarshi", "koson"]
    names = LabelNames(bodies, {"qarshi": ["Qarshi tumani hokimligi", "Қарши тумани ҳокимлиги"],
                                "koson": ["Koson tumani hokimligi", "Косон тумани ҳокимлиги"]})

    def best(text):
        row = names.scores(search_key(text).split())
        return bodies[int(np.argmax(row))], row

    body, row = best("Во Льгове, на улице Ленина, не убирают снег")
    assert body == "Администрация Льговского района" and row[0] > 0.3 and row[2] == 0
    # The other script, another ending: the body's Latin and Cyrillic names both meet it.
    body, row = best("Қаршида йўл бузилган")
    assert body == "qarshi" and row[5] == 0
    # Words that bodies' names share say nothing about which of them.
    shared = best("администрация района")[1]
    assert shared[0] == shared[1] and shared[2] < shared[0]


def test_training_chooses_how_much_the_names_count(trained):
    router, metrics = trained
    assert metrics["name_weight"] in NAME_WEIGHTS
    assert router.name_weight == metrics["name_weight"]


def test_a_model_stored_before_label_names_still_suggests(trained):
    router = copy.deepcopy(trained[0])
    for attribute in ("name_weight", "label_names", "names"):
        router.__dict__.pop(attribute)
    restored = pickle.loads(pickle.dumps(router))
    assert restored.name_weight == 0.0
    assert restored.suggest("Mahallamizda gaz yo‘q", 3)
