"""GET /api/v1/categories: the tree, in the reader's language."""

import pytest

from murojaat.categories.models import Category
from murojaat.demo.categories import load_categories


@pytest.fixture
def taxonomy(db):
    load_categories()


def test_it_gives_groups_with_their_leaves_in_order(client, taxonomy):
    groups = client.get("/api/v1/categories", headers={"accept-language": "en"}).json()

    assert [g["code"] for g in groups][:3] == ["utilities", "roads-transport", "housing"]
    utilities = groups[0]
    assert (utilities["name"], utilities["responsible_kind"]) == ("Utilities", None)
    assert [c["code"] for c in utilities["children"]] == [
        "gas-supply", "electricity-supply", "water-supply", "sewerage", "waste-collection", "heating-hot-water"]
    assert utilities["children"][0] == {
        "code": "gas-supply", "name": "Gas supply",
        "description": "No gas or low pressure at home, gas meters and gas bills.",
        "responsible_kind": "gas_supplier", "responsible_level": "region",
    }
    assert sum(len(g["children"]) for g in groups) == 41


@pytest.mark.parametrize(
    ("language", "name", "description_start"),
    [
        ("ru", "Газоснабжение", "Нет газа"),
        ("uz", "Gaz ta’minoti", "Uyga gaz"),
        ("uz-Cyrl", "Газ таъминоти", "Уйга газ"),  # no Cyrillic description: the Latin one is transliterated
        ("kaa", "Gaz támiynatı", "Uyga gaz"),  # no Karakalpak description: Uzbek Latin before Russian
    ],
)
def test_names_and_descriptions_follow_the_readers_language(client, taxonomy, language, name, description_start):
    gas = client.get("/api/v1/categories", headers={"accept-language": language}).json()[0]["children"][0]

    assert gas["name"] == name
    assert gas["description"].startswith(description_start)


def test_inactive_categories_are_hidden(client, taxonomy):
    Category.objects.filter(code="sewerage").update(is_active=False)
    Category.objects.filter(code="corruption").update(is_active=False)

    groups = client.get("/api/v1/categories").json()

    assert "corruption" not in [g["code"] for g in groups]
    assert "sewerage" not in [c["code"] for c in groups[0]["children"]]


def test_the_tree_costs_two_queries(client, taxonomy, django_assert_num_queries):
    with django_assert_num_queries(2):
        client.get("/api/v1/categories")
