from django.urls import path

from murojaat.cabinet import views

app_name = "cabinet"
urlpatterns = [
    path("my/", views.home, name="home"),
    path("my/settings/", views.settings_page, name="settings"),
    path("my/sessions/end/", views.sessions_end, name="sessions_end"),
    path("my/data.json", views.data_download, name="data"),
    path("my/correction/", views.correction, name="correction"),
    path("my/acting-as/", views.acting_as, name="acting_as"),
]
