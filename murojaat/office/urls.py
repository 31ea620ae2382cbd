from django.urls import path

from murojaat.office.views import appeal, inbox, record, steps, templates

app_name = "office"
urlpatterns = [
    path("office/", inbox.inbox, name="inbox"),
    path("office/assign/", inbox.bulk_assign, name="bulk_assign"),
    path("office/record/", record.record, name="record"),
    path("office/record/slip/", record.slip, name="record_slip"),
    path("office/answer-templates/", templates.answer_templates, name="answer_templates"),
    path("office/answer-templates/new/", templates.answer_template_edit, name="answer_template_new"),
    path("office/answer-templates/<int:pk>/", templates.answer_template_edit, name="answer_template_edit"),
    path(
        "office/answer-templates/<int:pk>/delete/",
        templates.answer_template_delete,
        name="answer_template_delete",
    ),
    path("office/appeals/<str:code>/", appeal.appeal_page, name="appeal"),
    path("office/appeals/<str:code>/files/<str:attachment_id>/", appeal.attachment, name="attachment"),
    path("office/appeals/<str:code>/<slug:action>/", steps.step, name="step"),
]
