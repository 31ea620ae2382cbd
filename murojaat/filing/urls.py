from django.urls import path

from murojaat.filing import views

app_name = "filing"
urlpatterns = [
    path("", views.start, name="start"),
    path("appeal/new/", views.kind, name="kind"),
    path("appeal/new/about/", views.about, name="about"),
    path("appeal/new/topic/", views.category, name="category"),
    path("appeal/new/region/", views.region, name="region"),
    path("appeal/new/district/", views.district, name="district"),
    path("appeal/new/mahalla/", views.mahalla, name="mahalla"),
    path("appeal/new/place/", views.place, name="place"),
    path("appeal/new/map/<str:soato>.svg", views.map_image, name="map"),
    path("appeal/new/files/", views.files, name="files"),
    path("appeal/new/who/", views.who, name="who"),
    path("appeal/new/details/", views.details, name="details"),
    path("appeal/new/check/", views.check, name="check"),
    path("appeal/sent/", views.done, name="done"),
]
