"""Plain-text e-mail: every mail client and screen reader shows it the same way."""

import smtplib

from django.conf import settings
from django.core.mail import EmailMessage

from murojaat.notifications.channels import DeliveryError
from murojaat.notifications.messages import render


def send(notification) -> None:
    message = render(
        event=notification.event,
        language=notification.language,
        channel=notification.channel,
        context=notification.context,
    )
    email = EmailMessage(
        subject=message.subject,
        body=message.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[notification.address],
        # A retried message keeps its id, so a mail server that saw the first
        # attempt can recognise the second.
        headers={"Message-ID": f"<notification-{notification.pk}@murojaat>"},
    )
    try:
        email.send(fail_silently=False)
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"e-mail to {notification.address} failed: {exc}") from exc
