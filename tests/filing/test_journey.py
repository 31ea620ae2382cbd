"""The whole journey, as a citizen would go through it."""

from murojaat.appeals.models import Appeal, ApplicantType
from murojaat.audit.models import AuditEvent  # noqa: F401 - the audit app records the receipt

from .conftest import TEXT, send, url, walk


def test_it_files_an_individuals_appeal_from_start_to_done(client, world, mahallas):
    assert client.get(url("start")).status_code == 200
    response = client.get(url("kind"))
    assert response.status_code == 200
    walk(client, world)
    check = client.get(url("check"))
    assert check.status_code == 200
    assert "Karimova Dilnoza Akmalovna" in check.content.decode()
    assert Appeal.objects.count() == 0  # nothing saved before "Send"

    response = send(client)
    assert response.status_code == 302 and response.url == url("done")
    appeal = Appeal.objects.get()
    assert appeal.text == TEXT
    assert appeal.kind == "complaint"
    assert appeal.category == world.roads
    assert appeal.territory == world.district_a
    assert appeal.mahalla.code == "1710224-001"
    assert appeal.organisation == world.body_a
    assert appeal.channel == "web"
    assert appeal.applicant.full_name == "Karimova Dilnoza Akmalovna"
    assert appeal.applicant.phone == "+998901234567"
    assert appeal.applicant_user is None


def test_it_files_a_legal_entitys_appeal(client, world):
    walk(
        client,
        world,
        who={"applicant_type": "legal_entity"},
        district={"territory": world.district_b.soato},
        details={
            "organisation_name": "“Qarshi Don” MChJ",
            "tin": "301234567",
            "address": "Qarshi sh., Nasaf 5",
            "signatory_name": "Aliyev Bobur",
            "signatory_position": "direktor",
            "phone": "",
            "email": "",
        },
    )
    page = client.get(url("check")).content.decode()
    assert "“Qarshi Don” MChJ" in page and "direktor" in page
    send(client)
    appeal = Appeal.objects.get()
    assert appeal.applicant_type == ApplicantType.LEGAL_ENTITY
    assert appeal.applicant.organisation_name == "“Qarshi Don” MChJ"
    assert appeal.applicant.tin == "301234567"
    assert appeal.applicant.signatory_name == "Aliyev Bobur"
    assert appeal.applicant.signatory_position == "direktor"
    assert appeal.territory == world.district_b
    assert appeal.mahalla is None


def test_it_skips_the_mahalla_step_in_a_district_without_mahallas(client, world, mahallas):
    walk(client, world, upto="district")
    response = client.post(url("district"), {"territory": world.district_b.soato})
    assert response.url == url("place")
    assert client.get(url("mahalla")).url == url("place")


def test_it_accepts_cyrillic_text_and_names(client, world):
    text = "Кўчамиздаги йўл уч ойдан бери бузилган, илтимос таъмирлаб беринг."
    walk(
        client,
        world,
        about={"text": text, "summary": "Йўл бузилган"},
        details={"full_name": "Каримова Дилноза", "address": "Қарши тумани, Мустақиллик кўчаси 12"},
    )
    send(client)
    appeal = Appeal.objects.get()
    assert appeal.text == text
    assert appeal.summary == "Йўл бузилган"
    assert appeal.applicant.full_name == "Каримова Дилноза"


def test_the_appeal_is_in_the_language_of_the_page(client, world):
    for code in ("ru", "uz-cyrl", "kaa"):
        client.cookies["django_language"] = code
        walk(client, world)
        send(client)
    assert list(Appeal.objects.order_by("received_at", "pk").values_list("language", flat=True)) == [
        "ru",
        "uz-cyrl",
        "kaa",
    ]


def test_a_signed_in_citizen_finds_her_details_filled_in_and_the_appeal_linked(client, world):
    client.force_login(world.citizen)
    walk(client, world, upto="details")
    page = client.get(url("details")).content.decode()
    assert 'value="Karimova Dilnoza"' in page
    assert 'value="dilnoza@example.uz"' in page
    assert f'value="{world.citizen.pinfl}"' in page
    client.post(
        url("details"),
        {
            "full_name": "Karimova Dilnoza",
            "address": "Qarshi, Nasaf 1",
            "email": "dilnoza@example.uz",
            "phone": "",
            "pinfl": world.citizen.pinfl,
        },
    )
    send(client)
    assert Appeal.objects.get().applicant_user == world.citizen


def test_an_official_filing_is_not_linked_to_the_officials_account(client, world):
    client.force_login(world.registrar_a)
    walk(client, world)
    send(client)
    assert Appeal.objects.get().applicant_user is None


def test_change_links_return_to_the_check_page(client, world, mahallas):
    walk(client, world)
    page = client.get(url("check")).content.decode()
    for step in (
        "kind",
        "about",
        "category",
        "region",
        "district",
        "mahalla",
        "place",
        "files",
        "who",
        "details",
    ):
        assert f'href="{url(step, change=True)}"' in page
    response = client.post(url("about"), {"text": TEXT + " Yana bir gap.", "summary": "", "change": "1"})
    assert response.url == url("check")
    back = client.get(url("about", change=True)).content.decode()
    assert f'class="back-link" href="{url("check")}"' in back


def test_changing_the_region_asks_for_the_district_again_then_returns_to_check(client, world, mahallas):
    walk(client, world)
    response = client.post(url("region"), {"region": "1703", "change": "1"})
    assert response.url == url("district", change=True)
    assert client.get(url("check")).url == url("district")
    andijan_district = (
        client.get(url("district", change=True)).context["form"].fields["territory"].widget.choices[0][0]
    )
    response = client.post(url("district"), {"territory": andijan_district, "change": "1"})
    # The point on the old region's map is dropped, so the map is asked again.
    assert response.url == url("place", change=True)
    response = client.post(
        url("place"), {"latitude": "", "longitude": "", "action": "continue", "change": "1"}
    )
    assert response.url == url("check")
    assert client.get(url("check")).status_code == 200


def test_changing_to_a_legal_entity_asks_for_its_details(client, world):
    walk(client, world)
    response = client.post(url("who"), {"applicant_type": "legal_entity", "change": "1"})
    assert response.url == url("details", change=True)
    page = client.get(url("details", change=True)).content.decode()
    assert 'name="organisation_name"' in page
