import pytest

from murojaat.routing import store
from murojaat.routing.learner import train_router
from murojaat.routing.models import RouterModel
from tests.routing.corpus import training_rows


@pytest.fixture(autouse=True)
def fresh_cache():
    store.forget_loaded()
    yield
    store.forget_loaded()


@pytest.fixture(scope="module")
def corpus():
    rows = training_rows()
    return [t for t, _ in rows], [label for _, label in rows]


def test_a_stored_router_round_trips(db, corpus):
    texts, labels = corpus
    router, metrics = train_router(texts, labels)
    row = store.router_save(target="category", router=router, trained_on=len(texts), metrics=metrics)
    assert (row.version, row.trained_on, row.threshold) == (1, 60, router.threshold)
    assert row.metrics["top1"] == metrics["top1"]

    loaded = store.load_current("category")
    assert loaded is not router
    assert loaded.suggest("Pensiya berilmayapti") == router.suggest("Pensiya berilmayapti")
    assert store.load_current("organisation") is None


def test_it_loads_once_and_notices_a_newer_version(db, corpus, monkeypatch, django_assert_num_queries):
    texts, labels = corpus
    store.router_train_and_save(target="category", texts=texts, labels=labels)
    first = store.load_current("category")
    with django_assert_num_queries(0):
        assert store.load_current("category") is first

    store.router_train_and_save(target="category", texts=texts[:40] + texts[45:], labels=labels[:40] + labels[45:])
    assert store.load_current("category") is first  # not checked again yet
    monkeypatch.setattr(store, "CHECK_EVERY", 0)
    with django_assert_num_queries(2):  # the newest version number, then that row
        assert store.load_current("category") is not first
    with django_assert_num_queries(1):  # only the version number: nothing new
        store.load_current("category")
    assert RouterModel.objects.filter(target="category").count() == 2


def test_suggest_carries_the_threshold_and_version(db, corpus):
    texts, labels = corpus
    row = store.router_train_and_save(target="organisation", texts=texts, labels=labels)
    suggestions = store.suggest("Мактабда ўқитувчи йўқ", "organisation", k=2)
    assert suggestions[0][0] == "school-issues"
    assert len(suggestions) == 2
    assert suggestions.threshold == row.threshold and suggestions.version == row.version
    assert store.should_auto_route(suggestions) == (suggestions[0][1] >= row.threshold)


def test_without_a_model_there_is_nothing_to_suggest_or_route(db):
    suggestions = store.suggest("gaz yo‘q", "category")
    assert suggestions == []
    assert not store.should_auto_route(suggestions)


def test_it_refuses_an_unknown_target(db, corpus):
    texts, labels = corpus
    router, metrics = train_router(texts, labels)
    with pytest.raises(ValueError):
        store.router_save(target="colour", router=router, trained_on=1, metrics=metrics)
