"""The admin pages for territories and mahallas."""

import pytest

from murojaat.territories.demo import load_demo_mahallas
from murojaat.territories.models import Mahalla, Territory

pytestmark = pytest.mark.django_db


def test_territories_can_be_searched_in_any_script_and_by_soato(admin_client):
    for query in ("Каршинский", "1710224", "Qarshi tumani"):
        response = admin_client.get("/admin/territories/territory/", {"q": query})
        assert response.status_code == 200
        assert "1710224" in response.content.decode(), query


def test_territories_filter_by_region_includes_its_districts(admin_client):
    region = Territory.objects.get(soato="1710")
    response = admin_client.get("/admin/territories/territory/", {"region": region.pk})
    shown = {t.soato for t in response.context["cl"].result_list}
    assert shown == {"1710", *Territory.objects.filter(parent=region).values_list("soato", flat=True)}


def test_the_soato_code_cannot_be_changed_once_saved(admin_client):
    qarshi = Territory.objects.get(soato="1710224")
    page = admin_client.get(f"/admin/territories/territory/{qarshi.pk}/change/").content.decode()
    assert 'name="soato"' not in page
    assert 'name="soato"' in admin_client.get("/admin/territories/territory/add/").content.decode()


def test_mahallas_filter_by_region_and_search_by_district_soato(admin_client):
    load_demo_mahallas()
    region = Territory.objects.get(soato="1710")
    response = admin_client.get("/admin/territories/mahalla/", {"region": region.pk})
    regions = {m.territory.parent.soato for m in response.context["cl"].result_list}
    assert regions == {"1710"}
    response = admin_client.get("/admin/territories/mahalla/", {"q": "1735401"})
    assert {m.territory.soato for m in response.context["cl"].result_list} == {"1735401"}
    assert response.context["cl"].result_count == Mahalla.objects.filter(territory__soato="1735401").count()
