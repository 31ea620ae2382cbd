from django.urls import path

from murojaat.tracking import views

app_name = "tracking"
urlpatterns = [
    path("track/", views.find, name="find"),
    path("track/<str:code>/", views.appeal_page, name="appeal"),
    path("track/<str:code>/rate/", views.rate, name="rate"),
    path("track/<str:code>/contest/", views.contest, name="contest"),
    path("track/<str:code>/sent/", views.contested, name="contested"),
    path("track/<str:code>/files/<uuid:file_id>/", views.download, name="download"),
    path("my/appeals/", views.mine, name="mine"),
]
