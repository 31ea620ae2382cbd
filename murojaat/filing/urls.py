from django.urls import path

from murojaat.ui.scaffold import under_construction

app_name = "filing"
urlpatterns = [
    path("", under_construction, name="start"),
    path("appeal/new/", under_construction, name="kind"),
]
