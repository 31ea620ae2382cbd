"""Who may open the officials' pages."""

from django.urls import reverse

from tests.accounts.helpers import totp_device
from tests.office.helpers import appeals


def test_it_sends_a_visitor_to_sign_in_and_back(client, world):
    response = client.get(reverse("office:inbox") + "?due=today")
    assert response.status_code == 302
    assert response.url == reverse("accounts:login") + "?next=%2Foffice%2F%3Fdue%3Dtoday"


def test_it_refuses_a_citizen(client, world):
    client.force_login(world.citizen)
    assert client.get(reverse("office:inbox")).status_code == 403


def test_it_sends_a_personal_data_role_without_a_verified_code_to_the_code_step(client, world):
    appeal = appeals(world, 1)[0]
    totp_device(world.registrar_a)
    client.force_login(world.registrar_a)  # password given, code not
    for url in (
        reverse("office:inbox"),
        reverse("office:appeal", args=[appeal.tracking_code]),
        reverse("office:step", args=[appeal.tracking_code, "forward"]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("accounts:verify") + "?next=")


def test_it_sends_a_personal_data_role_without_an_app_to_enrol(client, world):
    client.force_login(world.executor_a)
    response = client.get(reverse("office:inbox"))
    assert response.url.startswith(reverse("accounts:enrol"))


def test_it_refuses_a_step_posted_without_a_verified_code(client, world):
    appeal = appeals(world, 1)[0]
    client.force_login(world.registrar_a)
    response = client.post(reverse("office:step", args=[appeal.tracking_code, "register"]))
    assert response.status_code == 302
    appeal.refresh_from_db()
    assert appeal.status == "received"


def test_it_lets_a_supervisor_in_without_a_code(client, world):
    client.force_login(world.supervisor)
    assert client.get(reverse("office:inbox")).status_code == 200


def test_it_hides_another_body_s_appeal_as_missing(signed_in, world):
    appeal = appeals(world, 1)[0]
    client = signed_in(world.executor_b)
    assert client.get(reverse("office:appeal", args=[appeal.tracking_code])).status_code == 404
    assert client.get(reverse("office:step", args=[appeal.tracking_code, "answer"])).status_code == 404


def test_it_tells_browsers_not_to_keep_office_pages(signed_in, world):
    response = signed_in(world.registrar_a).get(reverse("office:inbox"))
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
