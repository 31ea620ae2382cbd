from django.urls import path

from murojaat.ui.scaffold import under_construction

app_name = "tracking"
urlpatterns = [
    path("track/", under_construction, name="find"),
    path("my/appeals/", under_construction, name="mine"),
]
