from django.urls import path

from murojaat.office import views

app_name = "office"
urlpatterns = [
    path("office/", views.inbox, name="inbox"),
    path("office/assign/", views.bulk_assign, name="bulk_assign"),
    path("office/answer-templates/", views.answer_templates, name="answer_templates"),
    path("office/answer-templates/new/", views.answer_template_edit, name="answer_template_new"),
    path("office/answer-templates/<int:pk>/", views.answer_template_edit, name="answer_template_edit"),
    path(
        "office/answer-templates/<int:pk>/delete/",
        views.answer_template_delete,
        name="answer_template_delete",
    ),
    path("office/appeals/<str:code>/", views.appeal_page, name="appeal"),
    path("office/appeals/<str:code>/files/<str:attachment_id>/", views.attachment, name="attachment"),
    path("office/appeals/<str:code>/<slug:action>/", views.step, name="step"),
]
