"""Retraining the routers from the appeals whose routing is final."""

import logging

from murojaat.routing.data import appeals_with_final_routing, label_names
from murojaat.routing.models import Target
from murojaat.routing.store import router_train_and_save

logger = logging.getLogger(__name__)

# Below this, held-out figures mean nothing and the old model is kept.
MIN_TRAINING_APPEALS = 30


def routers_retrain() -> dict:
    """Train both targets from the appeals whose routing is final; a target
    with too few appeals or a single label keeps its current model."""
    outcome = {}
    for target in Target.values:
        texts, labels = appeals_with_final_routing(target)
        if len(texts) < MIN_TRAINING_APPEALS or len(set(labels)) < 2:
            outcome[target] = f"skipped: {len(texts)} appeals, {len(set(labels))} labels"
            continue
        stored = router_train_and_save(target=target, texts=texts, labels=labels, label_names=label_names(target))
        outcome[target] = f"version {stored.version} on {stored.trained_on} appeals"
        logger.info("router %s retrained: %s", target, outcome[target])
    return outcome
