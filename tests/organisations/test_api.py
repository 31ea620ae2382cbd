"""GET /api/v1/organisations and /api/v1/organisations/{code}."""

from murojaat.organisations.models import Level, OrganisationKind
from tests.conftest import organisation


def codes(response) -> list[str]:
    return [item["code"] for item in response.json()["items"]]


def test_it_lists_bodies_with_their_parent_and_territory(client, world):
    response = client.get("/api/v1/organisations", {"kind": "hokimiyat", "territory": "1710224"})

    assert response.status_code == 200
    assert response.json() == {
        "items": [{"code": "hokimiyat-1710224", "name": "Qarshi tumani hokimligi", "kind": "hokimiyat",
                   "level": "district", "parent": "hokimiyat-1710", "territory": "1710224"}],
        "count": 1,
    }


def test_a_region_filter_includes_the_bodies_of_its_districts(client, world):
    response = client.get("/api/v1/organisations", {"territory": "1710", "kind": "hokimiyat"})

    assert codes(response) == ["hokimiyat-1710", "hokimiyat-1710224", "hokimiyat-1710229"]


def test_it_filters_by_level_and_by_name(client, world):
    assert codes(client.get("/api/v1/organisations", {"level": "region", "territory": "1710"})) == [
        "gas-1710", "hokimiyat-1710"]
    assert codes(client.get("/api/v1/organisations", {"q": "koson", "territory": "1710"})) == ["hokimiyat-1710229"]


def test_a_name_search_finds_russian_names_too(client, world):
    world.body_b.name_ru = "Хокимият Касанского района"
    world.body_b.save()

    assert codes(client.get("/api/v1/organisations", {"q": "Касанского"})) == ["hokimiyat-1710229"]


def test_inactive_bodies_are_not_listed(client, world):
    world.body_b.is_active = False
    world.body_b.save()

    assert "hokimiyat-1710229" not in codes(client.get("/api/v1/organisations", {"territory": "1710"}))
    assert client.get("/api/v1/organisations/hokimiyat-1710229").status_code == 404


def test_it_pages_the_list(client, world):
    first = client.get("/api/v1/organisations", {"territory": "1710", "limit": 2}).json()
    rest = client.get("/api/v1/organisations", {"territory": "1710", "limit": 2, "offset": 2}).json()

    assert first["count"] == rest["count"] == 4
    assert len(first["items"]) == 2 and len(rest["items"]) == 2
    assert not {i["code"] for i in first["items"]} & {i["code"] for i in rest["items"]}


def test_names_follow_the_readers_language(client, world):
    world.body_a.name_ru = "Хокимият Каршинского района"
    world.body_a.name_en = "Hokimiyat of Qarshi District"
    world.body_a.save()

    def name(language):
        response = client.get("/api/v1/organisations/hokimiyat-1710224", headers={"accept-language": language})
        return response.json()["name"]

    assert name("ru") == "Хокимият Каршинского района"
    assert name("en") == "Hokimiyat of Qarshi District"
    assert name("uz") == "Qarshi tumani hokimligi"
    assert name("uz-Cyrl") == "Қарши тумани ҳокимлиги"  # transliterated when no Cyrillic name is stored


def test_the_detail_gives_contacts(client, world):
    organisation("ministry-health", "Sog‘liqni saqlash vazirligi", OrganisationKind.HEALTH, Level.NATIONAL,
                 email="murojaat@ssv.demo.uz", phone="+998 71 200 00 00")

    body = client.get("/api/v1/organisations/ministry-health").json()

    assert body["territory"] is None and body["parent"] is None
    assert (body["email"], body["phone"]) == ("murojaat@ssv.demo.uz", "+998 71 200 00 00")


def test_an_unknown_code_is_a_404_in_the_common_error_shape(client, world):
    response = client.get("/api/v1/organisations/no-such-body")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_an_unknown_kind_is_refused(client, world):
    response = client.get("/api/v1/organisations", {"kind": "bakery"})

    assert response.status_code == 422
    assert "kind" in response.json()["fields"]
