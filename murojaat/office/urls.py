from django.urls import path

from murojaat.ui.scaffold import under_construction

app_name = "office"
urlpatterns = [
    path("office/", under_construction, name="inbox"),
]
