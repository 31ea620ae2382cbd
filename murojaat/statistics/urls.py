from django.urls import path

from murojaat.statistics import views

app_name = "statistics"
urlpatterns = [
    path("statistics/", views.public, name="public"),
    path("dashboard/", views.dashboard, name="dashboard"),
]
