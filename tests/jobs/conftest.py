"""The worker's tests run appeals through notifications: the same fixtures."""

from tests.notifications.conftest import immediate_tasks, make_appeal, sms_to_file  # noqa: F401
