from django.urls import path

from murojaat.ui.scaffold import under_construction

app_name = "accounts"
urlpatterns = [
    path("login/", under_construction, name="login"),
    path("logout/", under_construction, name="logout"),
]
