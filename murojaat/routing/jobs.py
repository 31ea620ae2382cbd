"""The routing app's background work, run by `murojaat worker` (murojaat/jobs/)."""

from datetime import timedelta

from murojaat.jobs.registry import periodic_job
from murojaat.routing.actions import routers_retrain

# The suggestions learn from where officials finally sent appeals; a day's
# decisions barely move a model trained on months of them, and training reads
# every appeal whose routing is final, so once a day is enough.
periodic_job("routers_retrain", routers_retrain, every=timedelta(days=1))
