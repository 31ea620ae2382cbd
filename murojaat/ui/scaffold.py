from django.shortcuts import render


def under_construction(request, **kwargs):
    return render(request, "ui/base.html", {})
