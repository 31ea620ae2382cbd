from django.urls import path

from murojaat.ui.scaffold import under_construction

app_name = "statistics"
urlpatterns = [
    path("statistics/", under_construction, name="public"),
    path("dashboard/", under_construction, name="dashboard"),
]
