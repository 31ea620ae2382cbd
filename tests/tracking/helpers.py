"""Shared steps for the tracking pages' tests."""

from django.urls import reverse

from murojaat.appeals import codes


def appeal_url(appeal, name: str = "tracking:appeal") -> str:
    return reverse(name, args=[codes.display(appeal.tracking_code)])


def prove(client, receipt):
    """Find the appeal with its code and key, as a citizen does on /track/."""
    response = client.post(
        reverse("tracking:find"),
        {
            "code": receipt.appeal.tracking_code,
            "access_key": receipt.access_key,
        },
    )
    assert response.status_code == 302, response.content
    return response
