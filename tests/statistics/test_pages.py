"""The public statistics page and the officials' dashboard."""

import re
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from murojaat.statistics.refresh import counts_rebuild
from tests.appeals.factories import file_appeal

URL = "/statistics/"
JANUARY = {"start": "2026-01", "end": "2026-01"}


@pytest.fixture(autouse=True)
def months_around_the_data_set(monkeypatch):
    """The form offers the last 36 months; the hand-counted set lives in early 2026."""
    from murojaat.statistics import forms

    real = forms.recent_months
    monkeypatch.setattr(forms, "recent_months", lambda today=None, count=36: real(date(2026, 3, 1), count))


def get(client, **params):
    return client.get(URL, params, headers={"accept-language": "en"})


def test_it_shows_the_country_by_default_without_sign_in(client, appeals):
    response = get(client)
    assert response.status_code == 200
    html = response.content.decode()
    assert "How the state answers appeals" in html
    assert html.count("<h1") == 1


def test_it_shows_january_for_the_country_with_the_small_cells_withheld(client, appeals):
    html = get(client, **JANUARY).content.decode()
    assert "Uzbekistan: appeals received January 2026" in html
    assert "withheld" in html  # 8 appeals: below 10
    assert "fewer than 10 appeals are withheld" in html
    assert "Some figures on this page are withheld" in html


def test_it_shows_a_region_and_a_district(client, appeals, world):
    html = get(client, region=world.region.soato, **JANUARY).content.decode()
    assert f"{world.region.name}: appeals received" in html
    assert 'id="by-district"' in html and 'id="by-region"' not in html
    html = get(client, district=world.district_a.soato, **JANUARY).content.decode()
    assert f"{world.district_a.name}: appeals received" in html
    assert 'id="by-district"' not in html
    # The downloads are for the same selection.
    assert f"export.csv?from=2026-01-01&amp;to=2026-01-31&amp;district={world.district_a.soato}" in html


def test_it_publishes_figures_of_ten_or_more(client, world, appeals):
    from tests.appeals.factories import local
    from tests.statistics.dataset import NOW, file

    for day in range(1, 3):
        file(world, local(2026, 1, day, 9), channel="post")
    counts_rebuild(now=NOW)
    html = get(client, **JANUARY).content.decode()
    assert re.search(r'figure__number">10</span> Appeals received', html)


def test_every_chart_has_its_table(client, appeals):
    html = get(client, **{"start": "2025-12", "end": "2026-02"}).content.decode()
    charts = html.count("<svg")
    assert charts >= 10  # two trends, the map, eight splits
    assert html.count("<table") == charts
    assert html.count("<caption>") == charts
    assert 'style="' not in html  # the CSP forbids inline styles
    assert "<script>" not in html and "<script " not in html.replace('<script src="', "")


def test_the_map_has_a_legend_and_can_show_another_indicator(client, appeals):
    html = get(client, map="received", **JANUARY).content.decode()
    assert "Map of regions: Appeals received" in html
    assert "withheld or none" in html


@pytest.mark.parametrize(
    "params, field",
    [
        ({"region": "9999"}, "region"),
        ({"district": "abc"}, "district"),
        ({"start": "2026-02", "end": "2026-01"}, "start"),
        ({"start": "1990-01"}, "start"),
        ({"map": "pinfl"}, "map"),
    ],
)
def test_invalid_filters_give_a_clear_error_not_a_500(client, appeals, params, field):
    response = get(client, **params)
    assert response.status_code == 400
    html = response.content.decode()
    assert "<title>Error:" in html
    assert "error-summary" in html and f"#id_{field}" in html
    assert "<svg" not in html


def test_a_district_outside_the_chosen_region_is_refused(client, appeals, world):
    response = get(client, region="1703", district=world.district_a.soato)
    assert response.status_code == 400
    assert "This district is not in the chosen region" in response.content.decode()


def test_the_page_reads_count_tables_never_appeals(client, appeals, world):
    for params in ({}, {"region": world.region.soato}, {"district": world.district_a.soato, **JANUARY}):
        with CaptureQueriesContext(connection) as queries:
            assert get(client, **params).status_code == 200
        sql = " ".join(q["sql"] for q in queries.captured_queries)
        assert "appeals_appeal" not in sql
        assert len(queries.captured_queries) <= 30, len(queries.captured_queries)


def test_the_page_stays_light(client, appeals):
    import gzip

    from django.contrib.staticfiles import finders

    html = get(client).content
    assets = sum(
        len(gzip.compress(open(finders.find(p), "rb").read())) for p in ("ui/murojaat.css", "ui/enhance.js")
    )
    assert len(gzip.compress(html)) + assets < 60_000


# The officials' dashboard ------------------------------------------------


def sign_in(client, user):
    from tests.accounts.helpers import sign_in_verified

    sign_in_verified(client, user)


def overdue_appeal(world, organisation):
    appeal = file_appeal(world, at=timezone.now() - timedelta(days=40)).appeal
    if appeal.organisation_id != organisation.pk:
        appeal.organisation = organisation
        appeal.save(update_fields=["organisation"])
    return appeal


def test_the_dashboard_needs_an_official(client, world):
    response = client.get("/dashboard/")
    assert response.status_code == 302 and "next=%2Fdashboard%2F" in response["Location"]
    client.force_login(world.citizen)
    assert client.get("/dashboard/").status_code == 403


def test_an_official_sees_only_their_body(client, world):
    a = overdue_appeal(world, world.body_a)
    b = overdue_appeal(world, world.body_b)
    counts_rebuild()
    sign_in(client, world.executor_b)
    response = client.get("/dashboard/", headers={"accept-language": "en"})
    assert response.status_code == 200, response.get("Location")
    html = response.content.decode()
    assert b.tracking_code in html and a.tracking_code not in html
    assert "Koson tumani hokimligi" in html and "Qarshi tumani hokimligi" not in html
    assert "Bodies you supervise" not in html


def test_a_supervisor_sees_both_and_ranks_them(client, world):
    a = overdue_appeal(world, world.body_a)
    b = overdue_appeal(world, world.body_b)
    counts_rebuild()
    sign_in(client, world.supervisor)
    html = client.get("/dashboard/", headers={"accept-language": "en"}).content.decode()
    assert a.tracking_code in html and b.tracking_code in html
    assert "Bodies you supervise" in html
    assert "Qarshi tumani hokimligi" in html and "Koson tumani hokimligi" in html
    assert reverse("office:appeal", kwargs={"code": a.tracking_code}) in html


def test_the_dashboard_reads_appeals_once_for_the_overdue_list(client, world):
    overdue_appeal(world, world.body_a)
    counts_rebuild()
    sign_in(client, world.supervisor)
    client.get("/dashboard/")  # the session and second factor settle
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/dashboard/").status_code == 200
    appeal_reads = [q["sql"] for q in queries.captured_queries if 'FROM "appeals_appeal"' in q["sql"]]
    assert len(appeal_reads) == 1 and "LIMIT 50" in appeal_reads[0]
    assert len(queries.captured_queries) <= 25, len(queries.captured_queries)
