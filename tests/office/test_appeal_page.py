"""The appeal page: facts, both scripts, the applicant's details on request
(each opening in the audit trail), files, timeline, similar appeals, actions."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from murojaat.attachments.services import attachment_add
from murojaat.audit.models import AuditEvent
from tests.appeals.factories import file_appeal
from tests.attachments.files import png
from tests.office.helpers import appeals, due_in


def page(appeal, **query):
    url = reverse("office:appeal", args=[appeal.tracking_code])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def openings(appeal) -> int:
    return AuditEvent.objects.filter(action="personal_data.viewed", object_id=str(appeal.pk)).count()


def test_it_shows_the_facts_and_the_text_in_both_scripts(signed_in, world):
    appeal = appeals(world, 1)[0]
    due_in(appeal, days=-1)
    html = signed_in(world.registrar_a).get(page(appeal)).content.decode()
    assert "<h1" in html and html.count("<h1") == 1
    assert "Complaint" in html and "Received" in html
    assert world.body_a.name in html and world.roads.name in html and world.district_a.name in html
    assert "tag--overdue" in html
    assert "Mustaqillik ko‘chasi 1-uy" in html  # as written
    assert "Мустақиллик" in html  # the reading in Cyrillic beside it
    assert "Reading in the other script" in html


def test_it_opens_the_applicant_s_details_only_on_request_and_records_each_opening(signed_in, world):
    appeal = appeals(world, 1)[0]
    client = signed_in(world.registrar_a)
    first = client.get(page(appeal)).content.decode()
    assert "Aliyev Sardor 0" not in first
    assert "Show the applicant" in first
    assert openings(appeal) == 0

    shown = client.get(page(appeal, applicant="show")).content.decode()
    assert "Aliyev Sardor 0" in shown and appeal.applicant.phone in shown
    assert openings(appeal) == 1
    client.get(page(appeal, applicant="show"))
    assert openings(appeal) == 2
    event = AuditEvent.objects.filter(action="personal_data.viewed").last()
    assert event.actor == world.registrar_a
    assert event.payload["tracking_code"] == appeal.tracking_code


def test_it_never_shows_a_supervisor_personal_data(signed_in, world):
    appeal = appeals(world, 1)[0]
    html = signed_in(world.supervisor).get(page(appeal, applicant="show")).content.decode()
    assert "Aliyev Sardor 0" not in html and "+998 90 000 0000" not in html
    assert "Show the applicant" not in html
    assert "does not open applicants' personal data" in html
    assert openings(appeal) == 0


def test_it_lists_files_and_downloads_them_as_attachments(signed_in, world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    appeal = appeals(world, 1)[0]
    attached = attachment_add(appeal=appeal, upload=("photo.png", png()))
    client = signed_in(world.executor_a)
    html = client.get(page(appeal)).content.decode()
    link = reverse("office:attachment", args=[appeal.tracking_code, attached.code])
    assert link in html and "photo.png" in html
    response = client.get(link)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert (
        client.get(reverse("office:attachment", args=[appeal.tracking_code, "not-a-uuid"])).status_code == 404
    )
    other = signed_in(world.executor_b)
    assert other.get(link).status_code == 404


def test_it_shows_the_full_timeline(signed_in, world):
    appeal = appeals(world, 1)[0]
    from murojaat.appeals import actions

    actions.appeal_register(appeal=appeal, actor=world.registrar_a)
    actions.appeal_assign(appeal=appeal, actor=world.registrar_a, executor=world.executor_a)
    html = signed_in(world.head_a).get(page(appeal)).content.decode()
    timeline = html[html.index('class="timeline"') :]
    for label in ("Received", "Register", "Assign"):
        assert label in timeline
    assert "Executor_A" in html


def test_it_shows_the_same_applicant_s_earlier_appeal(signed_in, world):
    earlier = file_appeal(world, user=world.citizen).appeal
    later = file_appeal(
        world,
        user=world.citizen,
        text="Yo‘l hali ham ta’mirlanmadi, chuqurlar kattalashdi, mashinalar buzilmoqda.",
    ).appeal
    html = signed_in(world.registrar_a).get(page(later)).content.decode()
    section = html[html.index('id="similar-title"') :]
    assert earlier.tracking_code[:4] in section
    assert "same applicant" in section


def test_it_offers_the_steps_the_role_allows(signed_in, world):
    appeal = appeals(world, 1)[0]
    registrar = signed_in(world.registrar_a).get(page(appeal)).content.decode()
    for action in ("register", "forward", "merge", "mark_repeated"):
        assert f'data-action="{action}"' in registrar
    assert 'data-action="leave_without_consideration"' not in registrar
    head = signed_in(world.head_a).get(page(appeal)).content.decode()
    assert 'data-action="leave_without_consideration"' in head
    executor = signed_in(world.executor_a).get(page(appeal)).content.decode()
    assert "data-action=" not in executor
    assert "No step is open to your role at this stage." in executor


def test_it_has_no_inline_styles_or_scripts(signed_in, world):
    appeal = appeals(world, 1)[0]
    html = signed_in(world.registrar_a).get(page(appeal, applicant="show")).content.decode()
    assert "style=" not in html
    assert "<script>" not in html and "onclick" not in html


def test_it_keeps_its_query_count_with_a_long_timeline(signed_in, world):
    from murojaat.appeals import actions

    appeal = appeals(world, 1)[0]
    client = signed_in(world.head_a)
    client.get(page(appeal))
    with CaptureQueriesContext(connection) as short:
        client.get(page(appeal))
    actions.appeal_register(appeal=appeal, actor=world.registrar_a)
    actions.appeal_assign(appeal=appeal, actor=world.registrar_a, executor=world.executor_a)
    actions.appeal_assign(appeal=appeal, actor=world.head_a, executor=world.head_a)
    actions.appeal_set_extra_study(appeal=appeal, actor=world.head_a, reason="Qo‘shimcha o‘rganish kerak.")
    with CaptureQueriesContext(connection) as long:
        client.get(page(appeal))
    # The assignee now exists (one more row to read is already joined): same count.
    assert len(long) == len(short)
