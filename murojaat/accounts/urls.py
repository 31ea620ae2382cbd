from django.urls import path

from murojaat.accounts import views

app_name = "accounts"
urlpatterns = [
    path("login/", views.sign_in, name="login"),
    path("login/code/", views.verify, name="verify"),
    path("login/set-up-app/", views.enrol, name="enrol"),
    path("login/oneid/", views.identity_start, name="identity_start"),
    path("login/oneid/return/", views.identity_return, name="identity_return"),
    path("logout/", views.sign_out, name="logout"),
    # Included before the admin in murojaat/urls.py: the admin signs in here too,
    # so staff give the second factor like everyone else.
    path("admin/login/", views.admin_sign_in, name="admin_login"),
]
