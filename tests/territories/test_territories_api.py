"""GET /api/v1/territories and /api/v1/territories/{soato}/mahallas."""

import pytest

from murojaat.territories.demo import load_demo_mahallas

pytestmark = pytest.mark.django_db

URL = "/api/v1/territories"


def soatos(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["soato"] for item in response.json()]


def test_it_lists_regions_without_signing_in(client):
    codes = soatos(client.get(URL, {"level": "region"}))
    assert len(codes) == 14
    assert codes == sorted(codes)


def test_it_lists_the_districts_and_cities_of_a_region(client):
    codes = soatos(client.get(URL, {"parent": "1710"}))
    assert len(codes) == 15
    assert {"1710224", "1710229", "1710401"} <= set(codes)
    assert all(code.startswith("1710") for code in codes)


def test_it_describes_each_territory(client):
    response = client.get(URL, {"parent": "1735", "q": "nukus sh"}, HTTP_ACCEPT_LANGUAGE="uz")
    assert response.json() == [{
        "soato": "1735401", "level": "district", "kind": "city", "parent": "1735", "name": "Nukus shahri",
        "names": {"uz": "Nukus shahri", "uz-cyrl": "Нукус шаҳри", "kaa": "Nókis qalası",
                  "ru": "город Нукус", "en": "Nukus City"},
    }]


@pytest.mark.parametrize(
    ("query", "expected"),
    [("qarshi", {"1710224", "1710401"}), ("КАРШИ", {"1710224", "1710401"}), ("қарши т", {"1710224"}),
     ("qarshi district", {"1710224"}), ("nókis", {"1735225", "1735401"}), ("17102", {"1710207", "1710250"})],
)
def test_it_finds_names_in_any_language_and_case(client, query, expected):
    assert expected <= set(soatos(client.get(URL, {"q": query})))


def test_a_query_narrows_the_list(client):
    assert soatos(client.get(URL, {"q": "koson tumani"})) == ["1710229"]


def test_it_finds_a_name_typed_with_an_ascii_apostrophe(client):
    assert soatos(client.get(URL, {"q": "farg'ona vil"})) == ["1730"]


def test_it_rejects_an_unknown_level(client):
    response = client.get(URL, {"level": "village"})
    assert response.status_code == 422
    assert response.json()["code"] == "invalid"


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("ru", "Каршинский район"), ("uz-Cyrl", "Қарши тумани"), ("en-GB,en;q=0.8", "Qarshi District"),
     ("uz", "Qarshi tumani")],
)
def test_it_names_territories_in_the_requested_language(client, accept_language, expected):
    response = client.get(URL, {"parent": "1710"}, HTTP_ACCEPT_LANGUAGE=accept_language)
    names = {item["soato"]: item["name"] for item in response.json()}
    assert names["1710224"] == expected


def test_it_lists_the_mahallas_of_a_district_in_the_requested_language(client):
    load_demo_mahallas()
    response = client.get(f"{URL}/1735401/mahallas", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 200
    mahallas = response.json()
    assert 12 <= len(mahallas) <= 25
    berdaq = next(m for m in mahallas if m["names"]["uz"] == "Berdaq MFY")
    assert berdaq["name"] == "МСГ «Бердах»"
    assert berdaq["names"]["kaa"] == "Berdaq MPJ"
    assert berdaq["district"] == "1735401"
    assert set(berdaq["names"]) == {"uz", "uz-cyrl", "kaa", "ru", "en"}


def test_it_answers_404_for_an_unknown_territory(client):
    response = client.get(f"{URL}/1799999/mahallas")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_the_openapi_schema_describes_the_responses(client):
    schema = client.get("/api/v1/openapi.json").json()
    territory = schema["components"]["schemas"]["TerritoryOut"]
    assert set(territory["properties"]) == {"soato", "level", "kind", "parent", "name", "names"}
    assert "uz-cyrl" in schema["components"]["schemas"]["Names"]["properties"]
    assert "q" in {p["name"] for p in schema["paths"]["/api/v1/territories"]["get"]["parameters"]}
