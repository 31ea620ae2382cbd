"""Delivery channels, one folder each (as healthchecks' `hc/integrations/<name>/`).

A channel is a sibling folder named after `Notification.Channel` whose
`adapter.py` exposes `send(notification) -> None` and raises `DeliveryError`
when the message did not go out and may be tried again later. Adding a
channel (Telegram, post) is adding a folder: nothing here lists them.
"""

from importlib import import_module


class DeliveryError(Exception):
    """The message was not delivered; the sender retries it with backoff.

    `permanent`: trying again cannot help (e.g. a phone number the gateway
    cannot reach), so the notification is marked failed at once.
    """

    def __init__(self, message: str, *, permanent: bool = False):
        super().__init__(message)
        self.permanent = permanent


def adapter_for(channel: str):
    """The adapter module of a channel: `channels/<channel>/adapter.py`."""
    if not channel.isidentifier():
        raise ValueError(f"not a channel name: {channel!r}")
    return import_module(f"{__name__}.{channel}.adapter")
