from datetime import date

import pytest

from murojaat.accounts.models import User
from murojaat.deadlines.calendar import get_calendar
from murojaat.deadlines.models import DayOff


@pytest.fixture
def admin_client(client, db):
    # No password: hashing one costs more than the rest of this file.
    client.force_login(User.objects.create_superuser("root", password=None))
    return client


def test_it_lists_rows_and_the_packages_days_of_the_selected_year(admin_client):
    DayOff.objects.create(date=date(2026, 4, 7), name="Regional day of mourning")
    response = admin_client.get("/admin/deadlines/dayoff/?date__year=2026", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Regional day of mourning" in page
    assert "in 2026" in page
    assert "2026-03-21" in page and "Nowruz" in page
    assert "2025-03-21" not in page


def test_the_list_shows_what_the_package_says_about_a_row(admin_client):
    DayOff.objects.create(date=date(2026, 3, 23), name="Navruz, moved")
    response = admin_client.get("/admin/deadlines/dayoff/", HTTP_ACCEPT_LANGUAGE="en")
    assert "Nowruz (observed)" in response.content.decode()


def test_saving_a_row_in_the_admin_moves_deadlines(admin_client):
    assert not get_calendar().is_day_off(date(2026, 4, 7))
    response = admin_client.post(
        "/admin/deadlines/dayoff/add/", {"date": "2026-04-07", "name": "Regional day of mourning"}
    )
    assert response.status_code == 302
    assert get_calendar().is_day_off(date(2026, 4, 7))
