from django.db import models
from django.utils import timezone


class DemoDataset(models.Model):
    """Marks what the demo loader has already generated, so `murojaat demo`
    run twice changes nothing the second time."""

    name = models.CharField(max_length=64, unique=True)
    seed = models.IntegerField()
    size = models.PositiveIntegerField()
    loaded_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.name} ({self.size})"
