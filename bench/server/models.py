from django.db import models
from django.utils import timezone


class FloorRow(models.Model):
    """One row per request to the floor endpoint."""

    name = models.CharField(max_length=100)
    count = models.PositiveIntegerField()
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.name
