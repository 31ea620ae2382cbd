"""On real appeals (public benchmark data, read from ../shared/data, never
copied): the router must beat a plain word TF-IDF + logistic regression on the
same folds. Kept small (450 rows of the eight busiest bodies, 3 folds) so
the suite stays fast; the full comparison is bench/routing.py."""

import csv
import warnings
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

from murojaat.routing.learner import _splits, cross_validate

KURSK = Path(__file__).resolve().parents[3] / "shared" / "data" / "kursk-appeals-ru" / "train.csv"


@pytest.mark.skipif(not KURSK.exists(), reason="../shared/data/kursk-appeals-ru is absent")
def test_router_beats_the_word_baseline_on_real_appeals():
    with KURSK.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    busiest = {body for body, _ in Counter(r["executor"] for r in rows).most_common(8)}
    rows = [r for r in rows if r["executor"] in busiest][:450]
    texts = np.array([r["text"] for r in rows], dtype=object)
    labels = np.array([r["executor"] for r in rows])

    ours = cross_validate(list(texts), list(labels), folds=3)

    hits = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for train, test in _splits(labels, 3):
            baseline = make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=300)).fit(texts[train], labels[train])
            hits.extend(baseline.predict(texts[test]) == labels[test])
    assert ours["top1"] > float(np.mean(hits))
    if ours["precision_at_threshold"] is not None:
        assert ours["precision_at_threshold"] >= 0.85  # 0.95 on each fold's own held-out data
