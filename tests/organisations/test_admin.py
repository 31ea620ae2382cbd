"""The admin pages for bodies and accounts open and search."""

import pytest

from murojaat.accounts.models import ApiToken, User


@pytest.fixture
def admin_client(client, world):
    superuser = User.objects.create_superuser(username="root", password="x-very-long-password-1", email="r@x.uz")
    client.force_login(superuser)
    return client


def test_bodies_can_be_searched_by_name_in_any_script(admin_client, world):
    world.body_b.name_uz_cyrl = "Косон тумани ҳокимлиги"
    world.body_b.save()

    latin = admin_client.get("/admin/organisations/organisation/", {"q": "Koson"})
    cyrillic = admin_client.get("/admin/organisations/organisation/", {"q": "Косон"})

    assert latin.status_code == cyrillic.status_code == 200
    assert "hokimiyat-1710229" in latin.text and "hokimiyat-1710224" not in latin.text
    assert "hokimiyat-1710229" in cyrillic.text


def test_bodies_can_be_filtered_by_region_kind_and_level(admin_client, world):
    response = admin_client.get("/admin/organisations/organisation/",
                                {"region": "1710", "kind__exact": "hokimiyat", "level__exact": "district"})

    assert response.status_code == 200
    assert "hokimiyat-1710224" in response.text and "hokimiyat-1710229" in response.text
    assert "gas-1710" not in response.text


def test_a_body_opens_for_editing(admin_client, world):
    response = admin_client.get(f"/admin/organisations/organisation/{world.body_a.pk}/change/")

    assert response.status_code == 200
    assert "Qarshi tumani hokimligi" in response.text


def test_users_can_be_found_by_pinfl_and_show_their_kind(admin_client, world):
    response = admin_client.get("/admin/accounts/user/", {"q": world.citizen.pinfl})

    assert response.status_code == 200
    assert "Karimova" in response.text and "Aliyev" not in response.text


def test_officials_can_be_filtered_by_role(admin_client, world):
    response = admin_client.get("/admin/accounts/user/", {"memberships__role__exact": "supervisor"})

    assert response.status_code == 200
    assert ">supervisor<" in response.text and ">executor_a<" not in response.text


def test_a_user_page_shows_patronymic_pinfl_and_memberships(admin_client, world):
    response = admin_client.get(f"/admin/accounts/user/{world.head_b.pk}/change/")

    assert response.status_code == 200
    assert 'name="middle_name"' in response.text and 'name="pinfl"' in response.text
    assert response.text.count('name="memberships-') > 0
    assert admin_client.get("/admin/accounts/user/add/").status_code == 200


def test_memberships_can_be_searched_by_body_and_filtered_by_region(admin_client, world):
    response = admin_client.get("/admin/accounts/membership/", {"q": "Koson", "region": "1710", "role__exact": "head"})

    assert response.status_code == 200
    assert ">head_b<" in response.text and ">head_a<" not in response.text


def test_api_tokens_are_listed_read_only(admin_client, world):
    token, _ = ApiToken.issue(world.executor_a)

    listing = admin_client.get("/admin/accounts/apitoken/", {"q": "executor_a"})
    detail = admin_client.get(f"/admin/accounts/apitoken/{token.pk}/change/")

    assert listing.status_code == 200 and ">executor_a<" in listing.text
    assert detail.status_code == 200 and 'name="expires_at"' not in detail.text  # shown, not editable
    assert admin_client.get("/admin/accounts/apitoken/add/").status_code == 403


def test_bodies_autocomplete_where_a_membership_is_edited(admin_client, world):
    response = admin_client.get("/admin/autocomplete/", {
        "app_label": "accounts", "model_name": "membership", "field_name": "organisation", "term": "Koson"})

    assert response.status_code == 200
    assert [r["id"] for r in response.json()["results"]] == [str(world.body_b.pk)]
