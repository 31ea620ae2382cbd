"""/track/: finding an appeal with its tracking code and access key."""

from django.urls import reverse

from murojaat.appeals import codes
from murojaat.appeals.models import Appeal
from murojaat.audit.models import AuditEvent
from murojaat.tracking import proof
from tests.appeals.factories import file_appeal
from tests.tracking.helpers import appeal_url, prove

FIND = "/track/"
NO_MATCH = "No appeal matches this tracking code and access key."


def test_it_has_the_find_page_at_its_url():
    assert reverse("tracking:find") == FIND


def test_it_shows_the_form_with_labels(client, db):
    response = client.get(FIND)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert 'name="code"' in html and 'name="access_key"' in html
    assert 'id="id_code"' in html and 'id="id_access_key"' in html


def test_it_prefills_the_code_from_the_qr_link(client, db):
    response = client.get(FIND + "?code=K7MX-4QTP-9WR2")
    assert 'value="K7MX-4QTP-9WR2"' in response.content.decode()


def test_it_opens_the_appeal_with_the_right_pair(world, client):
    receipt = file_appeal(world)
    response = prove(client, receipt)
    assert response["Location"] == appeal_url(receipt.appeal)
    # The key never travels in a URL.
    assert receipt.access_key not in response["Location"]
    assert client.get(response["Location"]).status_code == 200


def test_it_forgives_case_spaces_and_dashes(world, client):
    receipt = file_appeal(world)
    code = codes.display(receipt.appeal.tracking_code).lower().replace("-", " - ")
    key = " " + codes.display(receipt.access_key, group=2).lower() + " "
    response = client.post(FIND, {"code": code, "access_key": key})
    assert response.status_code == 302
    assert response["Location"] == appeal_url(receipt.appeal)


def test_it_reads_o_as_zero_and_l_as_one(world, client):
    receipt = file_appeal(world)
    misread = receipt.appeal.tracking_code.replace("0", "O").replace("1", "l")
    response = client.post(FIND, {"code": misread, "access_key": receipt.access_key})
    assert response.status_code == 302


def test_it_says_the_same_for_a_wrong_code_and_a_wrong_key(world, client):
    receipt = file_appeal(world)
    other = file_appeal(world, text="Boshqa murojaat matni: ko‘cha chiroqlari yonmayapti, iltimos tuzating.")
    wrong_key = client.post(FIND, {"code": receipt.appeal.tracking_code, "access_key": other.access_key})
    wrong_code = client.post(FIND, {"code": "ZZZZ-ZZZZ-ZZZZ", "access_key": receipt.access_key})
    assert wrong_key.status_code == wrong_code.status_code == 200
    for response in (wrong_key, wrong_code):
        html = response.content.decode()
        assert NO_MATCH in html
        assert "<title>Error:" in html
    # Nothing in the pages tells which half was wrong.
    assert _errors(wrong_key) == _errors(wrong_code)


def _errors(response):
    form = response.context["form"]
    return (form.non_field_errors(), dict(form.errors))


def test_a_wrong_pair_changes_nothing(world, client):
    receipt = file_appeal(world)
    before = (Appeal.objects.values().get(pk=receipt.appeal.pk), AuditEvent.objects.count())
    client.post(FIND, {"code": receipt.appeal.tracking_code, "access_key": "WRONGKEY"})
    after = (Appeal.objects.values().get(pk=receipt.appeal.pk), AuditEvent.objects.count())
    assert before == after
    assert proof.SESSION_KEY not in client.session
    # And the appeal page still refuses this browser.
    response = client.get(appeal_url(receipt.appeal))
    assert response.status_code == 302


def test_it_keeps_what_was_typed_after_a_wrong_pair(world, client):
    receipt = file_appeal(world)
    response = client.post(FIND, {"code": receipt.appeal.tracking_code, "access_key": "abcd-efgh"})
    html = response.content.decode()
    assert f'value="{receipt.appeal.tracking_code}"' in html
    assert 'value="abcd-efgh"' in html


def test_it_asks_for_each_missing_half(world, client):
    receipt = file_appeal(world)
    only_code = client.post(FIND, {"code": receipt.appeal.tracking_code, "access_key": ""})
    assert only_code.context["form"].errors == {"access_key": ["Enter the access key."]}
    only_key = client.post(FIND, {"code": " - ", "access_key": receipt.access_key})
    assert only_key.context["form"].errors == {"code": ["Enter the tracking code."]}
    for response in (only_code, only_key):
        assert NO_MATCH not in response.content.decode()
        assert 'href="#id_' in response.content.decode()  # the summary links to the field
    assert proof.SESSION_KEY not in client.session


def test_it_does_not_prove_a_key_for_the_signed_in_owner_who_types_it_wrong(world, client):
    receipt = file_appeal(world, user=world.citizen)
    client.force_login(world.citizen)
    response = client.post(FIND, {"code": receipt.appeal.tracking_code, "access_key": "WRONGKEY"})
    assert NO_MATCH in response.content.decode()


def test_it_remembers_only_the_appeals_proved_in_this_browser(world, client):
    first, second = (
        file_appeal(world),
        file_appeal(world, text="Ikkinchi murojaat: suv quvuri yorilgan, tuzating."),
    )
    prove(client, first)
    assert client.get(appeal_url(first.appeal)).status_code == 200
    assert client.get(appeal_url(second.appeal)).status_code == 302
    prove(client, second)
    assert client.get(appeal_url(first.appeal)).status_code == 200
    assert client.get(appeal_url(second.appeal)).status_code == 200


def test_it_renews_the_session_id_on_success(world, client):
    receipt = file_appeal(world)
    before = client.session.session_key
    prove(client, receipt)
    assert client.session.session_key != before


def test_the_session_remembers_a_proof_not_the_access_key(world, client):
    receipt = file_appeal(world)
    prove(client, receipt)
    stored = client.session[proof.SESSION_KEY]
    assert receipt.access_key not in str(stored)
    assert receipt.appeal.access_key_hash not in str(stored)
    assert client.get(appeal_url(receipt.appeal)).status_code == 200


def test_a_proof_stops_opening_the_appeal_once_its_key_changes(world, client):
    receipt = file_appeal(world)
    prove(client, receipt)
    Appeal.objects.filter(pk=receipt.appeal.pk).update(access_key_hash=Appeal.hash_access_key("NEWKEY12"))
    response = client.get(appeal_url(receipt.appeal))
    assert response.status_code in (302, 404)
    assert codes.normalise(receipt.appeal.tracking_code) not in client.session.get(proof.SESSION_KEY, {})
