"""The start page, the topic list with its search and suggestions, the map."""

import pytest

from murojaat.filing import geo
from murojaat.routing import store

from .conftest import url, walk


def test_the_start_page_explains_the_kinds_the_terms_and_starts_the_journey(client, world, settings):
    html = client.get(url("start")).content.decode()
    for words in ("An application", "A suggestion", "A complaint", "tracking code", "access key"):
        assert words in html
    assert "answered within 15 days" in html
    assert f'href="{url("kind")}"' in html and "Start now" in html
    assert 'href="/track/"' in html and 'href="/login/"' in html
    assert html.count("<h1") == 1


def test_the_start_page_follows_the_deadline_settings(client, world, settings):
    settings.DEADLINE_DAY_MODE = "working"
    assert "answered within 15 working days" in client.get(url("start")).content.decode()


def test_the_kind_page_is_one_question_with_hints(client, world):
    html = client.get(url("kind")).content.decode()
    assert html.count("<h1") == 1
    assert "What do you want to send?" in html
    assert 'aria-describedby="id_kind_0-hint"' in html
    assert f'class="back-link" href="{url("start")}"' in html


def test_topics_are_grouped_and_searchable_without_javascript(client, world):
    walk(client, world, upto="category")
    html = client.get(url("category")).content.decode()
    assert "Kommunal xizmatlar" in html and "Yo‘llar va transport" in html
    assert 'data-filter-for="category-list"' in html
    assert f'id="category-{world.roads.code}"' in html and f'id="category-{world.gas.code}"' in html
    searched = client.get(url("category") + "?q=gaz").content.decode()
    assert f'id="category-{world.gas.code}"' in searched
    assert f'id="category-{world.roads.code}"' not in searched
    assert "1 topic matches “gaz”." in searched
    # The other script finds it too.
    assert f'id="category-{world.gas.code}"' in client.get(url("category") + "?q=газ").content.decode()


def test_topics_are_suggested_from_the_text_when_a_model_is_stored(client, world, monkeypatch):
    monkeypatch.setattr(
        store,
        "suggest",
        lambda text, target, k=3: store.Suggestions(
            [(world.roads.code, 0.72), (world.gas.code, 0.2), ("unknown-code", 0.05)], threshold=0.9
        ),
    )
    walk(client, world, upto="category")
    html = client.get(url("category")).content.decode()
    assert "Suggested for what you wrote" in html
    assert 'id="category-suggested-1"' in html and "72% likely" in html
    assert "20% likely" in html
    assert 'id="category-suggested-3"' not in html


def test_without_a_model_the_topic_page_shows_the_list_quietly(client, world):
    store.forget_loaded()
    walk(client, world, upto="category")
    response = client.get(url("category"))
    assert response.status_code == 200
    assert "Suggested for what you wrote" not in response.content.decode()


def test_a_broken_model_does_not_break_the_page(client, world, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("model file damaged")

    monkeypatch.setattr(store, "suggest", broken)
    walk(client, world, upto="category")
    assert client.get(url("category")).status_code == 200


def test_the_mahalla_list_shows_the_districts_mahallas(client, world, mahallas):
    walk(client, world, upto="mahalla")
    html = client.get(url("mahalla")).content.decode()
    assert "Nasaf MFY" in html and "Odina MFY" in html
    assert 'value="none"' in html


def test_a_click_on_the_map_without_javascript_marks_a_point(client, world):
    walk(client, world, upto="place")
    region_map = geo.region_map(world.region.soato)
    response = client.post(url("place"), {"map.x": "160", "map.y": "98"})
    assert response.status_code == 302 and response.url.startswith(url("place"))
    draft = client.session["filing_draft"]
    lat, lon = region_map.to_point(160, 98)
    assert (draft["latitude"], draft["longitude"]) == (lat, lon)
    assert region_map.south < lat < region_map.north and region_map.west < lon < region_map.east
    page = client.get(url("place"))
    html = page.content.decode()
    assert f'value="{lat:.6f}"' in html
    assert 'type="image" name="map"' in html
    assert f'width="{region_map.width}" height="{region_map.height}"' in html
    assert "place" not in draft["answered"]
    client.post(url("place"), {"latitude": f"{lat:.6f}", "longitude": f"{lon:.6f}", "action": "continue"})
    assert "place" in client.session["filing_draft"]["answered"]


def test_enter_in_a_text_box_is_not_a_click_on_the_map(client, world):
    walk(client, world, upto="place")
    response = client.post(url("place"), {"map.x": "0", "map.y": "0", "latitude": "", "longitude": ""})
    assert response.url == url("files")
    assert client.session["filing_draft"].get("latitude") is None


@pytest.mark.parametrize("soato", ["1703", "1710", "1726", "1735"])
def test_the_map_pixels_and_coordinates_agree(soato):
    region_map = geo.region_map(soato)
    lat, lon = region_map.to_point(region_map.width / 2, region_map.height / 2)
    x, y = region_map.to_pixel(lat, lon)
    assert abs(x - region_map.width / 2) < 0.1 and abs(y - region_map.height / 2) < 0.1
    assert geo.in_country(lat, lon)
    assert region_map.to_point(region_map.width + 5, 0) is None


def test_the_map_image_is_an_svg_with_the_marker(client, world):
    response = client.get("/appeal/new/map/1710.svg?lat=38.8&lon=65.8")
    assert response["Content-Type"] == "image/svg+xml"
    body = response.content.decode()
    assert body.startswith("<svg") and "<circle" in body and "style=" not in body
    assert client.get("/appeal/new/map/9999.svg").status_code == 404
