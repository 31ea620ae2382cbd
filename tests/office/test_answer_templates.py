"""Answer templates: kept per organisation, managed on a page and in the admin."""

from django.urls import reverse

from murojaat.office.models import AnswerTemplate

TEXT = "Murojaatingiz ko‘rib chiqildi. Ta’mirlash ishlari rejaga kiritildi."


def test_it_adds_changes_and_deletes_a_template_of_the_body(signed_in, world):
    client = signed_in(world.executor_a)
    form = client.get(reverse("office:answer_template_new"))
    assert form.status_code == 200
    response = client.post(
        reverse("office:answer_template_new"),
        {"organisation": str(world.body_a.pk), "title": "Yo‘l ta’miri", "text": TEXT},
        follow=True,
    )
    assert "is saved" in response.content.decode()
    template = AnswerTemplate.objects.get()
    assert template.organisation == world.body_a
    client.post(
        reverse("office:answer_template_edit", args=[template.pk]),
        {"organisation": str(world.body_a.pk), "title": "Yo‘llar", "text": TEXT},
    )
    template.refresh_from_db()
    assert template.title == "Yo‘llar"
    client.post(reverse("office:answer_template_delete", args=[template.pk]))
    assert not AnswerTemplate.objects.exists()


def test_it_asks_for_a_title_and_a_text(signed_in, world):
    response = signed_in(world.head_a).post(
        reverse("office:answer_template_new"), {"organisation": str(world.body_a.pk), "title": "", "text": ""}
    )
    assert response.status_code == 200
    assert "<title>Error:" in response.content.decode()
    assert not AnswerTemplate.objects.exists()


def test_it_keeps_another_body_s_templates_out_of_reach(signed_in, world):
    theirs = AnswerTemplate.objects.create(organisation=world.body_b, title="Koson", text=TEXT)
    client = signed_in(world.executor_a)
    assert "Koson" not in client.get(reverse("office:answer_templates")).content.decode()
    assert client.get(reverse("office:answer_template_edit", args=[theirs.pk])).status_code == 404
    assert client.post(reverse("office:answer_template_delete", args=[theirs.pk])).status_code == 404
    refused = client.post(
        reverse("office:answer_template_new"),
        {"organisation": str(world.body_b.pk), "title": "X", "text": TEXT},
    )
    assert refused.status_code == 200
    assert AnswerTemplate.objects.count() == 1


def test_it_lets_a_supervisor_read_but_not_write_templates(signed_in, world):
    client = signed_in(world.supervisor)
    assert client.get(reverse("office:answer_templates")).status_code == 200
    assert client.get(reverse("office:answer_template_new")).status_code == 404


def test_it_is_in_the_admin(client, world):
    from django.contrib import admin

    assert AnswerTemplate in admin.site._registry
