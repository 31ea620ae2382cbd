"""Acting for a company: a person chooses one of the legal entities their
identity lists; what they file is then the company's, with them as the
signatory, and every representative of the company sees its appeals."""

import re

import pytest
from django.test import Client

from murojaat.accounts.selectors import ACTING_AS_KEY
from murojaat.appeals import codes
from murojaat.appeals.models import Appeal
from murojaat.audit.models import AuditEvent
from tests.appeals.factories import file_appeal
from tests.filing.conftest import send, walk

ACTING = "/my/acting-as/"
NON = {"tin": "301234567", "name": '"QARSHI NON" MCHJ', "is_basic": True}
QURILISH = {"tin": "302345678", "name": '"NASAF QURILISH" MCHJ', "is_basic": False}
COMPANY_DETAILS = {
    "organisation_name": "", "tin": "", "address": "Qarshi sh., Nasaf 5", "signatory_name": "",
    "signatory_position": "direktor", "phone": "", "email": "",
}


@pytest.fixture
def client():
    return Client(HTTP_ACCEPT_LANGUAGE="en")


def _represents(user, *entities, asserted=""):
    user.legal_entities = list(entities)
    user.asserted_legal_tin = asserted
    user.save(update_fields=["legal_entities", "asserted_legal_tin"])
    return user


def _choose(client, tin):
    return client.post(ACTING, {"tin": tin})


def test_choosing_an_entity_the_person_represents_is_kept_and_audited(world, client):
    _represents(world.citizen, NON, QURILISH, asserted=NON["tin"])
    client.force_login(world.citizen)
    home = client.get("/my/").content.decode()
    assert 'href="/my/acting-as/"' in home and "Acting as: Karimova Dilnoza" in home
    page = client.get(ACTING).content.decode()
    assert page.count("<h1") == 1 and 'type="radio"' in page
    assert "signed with its e-signature key" in page and page.count("signed with its e-signature key") == 1

    response = _choose(client, QURILISH["tin"])
    assert response.status_code == 302 and response["Location"] == "/my/"
    assert client.session[ACTING_AS_KEY] == QURILISH["tin"]
    assert "Acting as: &quot;NASAF QURILISH&quot; MCHJ" in client.get("/my/").content.decode()
    event = AuditEvent.objects.get(action="account.acting_as_chosen")
    assert event.actor == world.citizen and event.payload["tin"] == QURILISH["tin"]

    assert _choose(client, "").status_code == 302  # back to acting as oneself
    assert ACTING_AS_KEY not in client.session
    assert AuditEvent.objects.filter(action="account.acting_as_chosen").count() == 2


@pytest.mark.parametrize("language, words", [("en", "organisations you represent"), ("ru", "организаций")])
def test_a_tin_not_theirs_is_refused_and_changes_nothing(world, language, words):
    _represents(world.citizen, NON)
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.force_login(world.citizen)
    assert _choose(client, NON["tin"]).status_code == 302
    response = _choose(client, QURILISH["tin"])  # a real company, but not one this person represents
    assert response.status_code == 200
    assert words in response.content.decode()
    assert client.session[ACTING_AS_KEY] == NON["tin"]
    assert AuditEvent.objects.filter(action="account.acting_as_chosen").count() == 1


def test_an_appeal_filed_while_acting_is_the_companys_with_the_person_as_signatory(world, client):
    _represents(world.citizen, NON)
    client.force_login(world.citizen)
    _choose(client, NON["tin"])
    walk(client, world, upto="who", district={"territory": world.district_b.soato})
    who = client.get("/appeal/new/who/").content.decode()
    assert re.search(r'<input(?=[^>]*value="legal_entity")(?=[^>]*checked)[^>]*>', who)  # the company by default
    walk(client, world, upto="details", who={"applicant_type": "legal_entity"},
         district={"territory": world.district_b.soato})
    details = client.get("/appeal/new/details/").content.decode()
    for prefilled in ('value="&quot;QARSHI NON&quot; MCHJ"', 'value="301234567"', 'value="Karimova Dilnoza"'):
        assert prefilled in details
    answers = {**COMPANY_DETAILS, "organisation_name": NON["name"], "tin": NON["tin"],
               "signatory_name": world.citizen.full_name()}
    assert client.post("/appeal/new/details/", answers).status_code == 302
    check = client.get("/appeal/new/check/").content.decode()
    assert "QARSHI NON" in check and "Karimova Dilnoza" in check
    assert send(client).status_code == 302
    appeal = Appeal.objects.select_related("applicant").get()
    assert appeal.applicant_type == "legal_entity"
    assert appeal.applicant.organisation_name == NON["name"] and appeal.applicant.tin == NON["tin"]
    assert appeal.applicant.signatory_name == world.citizen.full_name()
    assert appeal.applicant_user == world.citizen


def test_the_company_tin_wins_over_what_was_typed(world, client):
    _represents(world.citizen, NON)
    client.force_login(world.citizen)
    _choose(client, NON["tin"])
    walk(client, world, who={"applicant_type": "legal_entity"}, district={"territory": world.district_b.soato},
         details={**COMPANY_DETAILS, "organisation_name": "Boshqa MChJ", "tin": "309999999",
                  "signatory_name": "Boshqa Odam"})
    send(client)
    applicant = Appeal.objects.select_related("applicant").get().applicant
    assert (applicant.tin, applicant.signatory_name) == (NON["tin"], world.citizen.full_name())


def test_another_representative_sees_the_companys_appeal_while_acting_for_it(world, client):
    _represents(world.citizen, NON)
    _represents(world.outsider, NON, QURILISH)
    filed = file_appeal(world, user=world.citizen, applicant_type="legal_entity", full_name="",
                        organisation_name=NON["name"], tin=NON["tin"], signatory_name="Karimova Dilnoza",
                        summary="Kompaniya murojaati")
    other_company = file_appeal(world, applicant_type="legal_entity", full_name="",
                                organisation_name=QURILISH["name"], tin=QURILISH["tin"],
                                signatory_name="Aliyev Bobur", summary="Qurilish murojaati")
    code = codes.display(filed.appeal.tracking_code)

    client.force_login(world.outsider)
    assert code not in client.get("/my/").content.decode()  # as himself: not his appeal
    _choose(client, NON["tin"])
    html = client.get("/my/").content.decode()
    assert code in html and "Kompaniya murojaati" in html
    assert codes.display(other_company.appeal.tracking_code) not in html
    assert 'id="acting-for"' in html


def test_a_person_acting_as_themselves_does_not_see_company_appeals(world, client):
    _represents(world.citizen, NON)
    filed = file_appeal(world, applicant_type="legal_entity", full_name="", organisation_name=NON["name"],
                        tin=NON["tin"], signatory_name="Aliyev Bobur", summary="Kompaniya murojaati")
    client.force_login(world.citizen)
    assert codes.display(filed.appeal.tracking_code) not in client.get("/my/").content.decode()
    _choose(client, NON["tin"])
    _choose(client, "")
    assert codes.display(filed.appeal.tracking_code) not in client.get("/my/").content.decode()


def test_a_person_with_no_legal_entities_gets_no_link(world, client):
    client.force_login(world.citizen)
    assert "/my/acting-as/" not in client.get("/my/").content.decode()
    assert client.get(ACTING)["Location"] == "/my/"
    assert _choose(client, NON["tin"]).status_code == 302
    assert ACTING_AS_KEY not in client.session
    assert not AuditEvent.objects.filter(action="account.acting_as_chosen").exists()
