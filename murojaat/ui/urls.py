from django.urls import path

from murojaat.ui import views

app_name = "ui"
urlpatterns = [
    path("display/", views.display_settings, name="display"),
]
