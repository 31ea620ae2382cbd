"""Benchmark of suggested routing on the Kursk appeals (not a test).

    .venv/bin/python bench/routing.py [--data PATH] [--rows 100000]

1. 5-fold cross-validation for `executor` and `topic`: our router beside a
   plain word TF-IDF + logistic regression baseline, on the same folds. The
   router's probability scale, label-name weight and threshold are chosen
   inside each fold's training part (nested), never on the scored fold.
2. Suggestions per second on one core, one text at a time, both models.
3. Training time on --rows synthetic appeals (the real ones replicated with
   words dropped and swapped), both models.

The data set is public benchmark material and never copied into the
repository (see ../shared/data/README.md); without it the benchmark says so
and exits.
"""

import os

# One core: set before numpy and scipy start their thread pools.
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_name] = "1"

import argparse  # noqa: E402
import csv  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import f1_score  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from murojaat.routing.learner import _splits, cross_validate, train_router  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "kursk-appeals-ru" / "train.csv"


def baseline():
    return make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=1000))


def baseline_cross_validate(texts, labels, folds=5):
    labels = np.asarray(labels)
    texts = np.asarray(texts, dtype=object)
    top1, top3, predicted, truths = [], [], [], []
    for train, test in _splits(labels, folds, 0):
        model = baseline().fit(texts[train], labels[train])
        probabilities = model.predict_proba(texts[test])
        order = np.argsort(-probabilities, axis=1)[:, :3]
        names = model.classes_[order]
        top1.extend(names[:, 0] == labels[test])
        top3.extend((names == labels[test][:, None]).any(axis=1))
        predicted.extend(names[:, 0])
        truths.extend(labels[test])
    return {
        "top1": float(np.mean(top1)), "top3": float(np.mean(top3)),
        "macro_f1": float(f1_score(truths, predicted, average="macro", zero_division=0)),
    }


def perturbed_copies(texts, labels, rows, seed=0):
    """`rows` appeals made from the real ones: each copy loses about a tenth
    of its words and has two neighbours swapped, so no two are identical."""
    rng = random.Random(seed)
    out_texts, out_labels = [], []
    while len(out_texts) < rows:
        i = rng.randrange(len(texts))
        words = [w for w in texts[i].split() if rng.random() > 0.1] or texts[i].split()
        if len(words) > 2:
            j = rng.randrange(len(words) - 1)
            words[j], words[j + 1] = words[j + 1], words[j]
        out_texts.append(" ".join(words))
        out_labels.append(labels[i])
    return out_texts, out_labels


def per_second(suggest_one, texts):
    start = time.perf_counter()
    for text in texts:
        suggest_one(text)
    return len(texts) / (time.perf_counter() - start)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--rows", type=int, default=100_000, help="synthetic appeals for the training time")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    path = Path(args.data)
    if not path.exists():
        print(f"bench/routing.py: {path} is absent; nothing to measure.")
        return 0
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    warnings.filterwarnings("ignore")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    texts = [r["text"] for r in rows]
    print(f"{len(rows)} appeals from {path}; {args.folds}-fold cross-validation, same folds for both models\n")

    print(f"{'target':9} {'model':9} {'top-1':>6} {'top-3':>6} {'macro-F1':>8} {'auto-routed':>11} {'precision':>9}")
    for target in ("executor", "topic"):
        labels = [r[target] for r in rows]
        ours = cross_validate(texts, labels, folds=args.folds)
        base = baseline_cross_validate(texts, labels, folds=args.folds)
        precision = ours["precision_at_threshold"]
        print(f"{target:9} {'router':9} {ours['top1']:6.3f} {ours['top3']:6.3f} {ours['macro_f1']:8.3f} "
              f"{ours['coverage_at_threshold']:11.1%} {precision if precision is not None else float('nan'):9.3f}")
        print(f"{'':9} {'':9} label-name weight chosen in each fold's training folds: {ours['name_weights']}")
        print(f"{'':9} {'baseline':9} {base['top1']:6.3f} {base['top3']:6.3f} {base['macro_f1']:8.3f}")
        print(f"{'':9} {'ratio':9} {ours['top1'] / base['top1']:6.2f} {ours['top3'] / base['top3']:6.2f} "
              f"{ours['macro_f1'] / max(base['macro_f1'], 1e-9):8.2f}\n", flush=True)

    labels = [r["executor"] for r in rows]
    router, _ = train_router(texts, labels)
    base_model = baseline().fit(texts, labels)
    sample = texts[:1000]
    ours_rate = per_second(lambda t: router.suggest(t, 3), sample)
    base_rate = per_second(lambda t: base_model.predict_proba([t]), sample)
    print(f"suggestions per second, one core, one at a time: router {ours_rate:,.0f}   baseline {base_rate:,.0f}")

    synthetic_texts, synthetic_labels = perturbed_copies(texts, labels, args.rows)
    start, cpu_start = time.perf_counter(), time.process_time()
    train_router(synthetic_texts, synthetic_labels)
    ours_seconds, ours_cpu = time.perf_counter() - start, time.process_time() - cpu_start
    # CPU seconds beside wall seconds: on a shared machine the wall clock
    # also counts other people's work on the same core.
    print(f"training on {args.rows:,} synthetic appeals: router {ours_seconds:.1f} s ({ours_cpu:.1f} s CPU)",
          end="   ", flush=True)
    start = time.perf_counter()
    baseline().fit(synthetic_texts, synthetic_labels)
    print(f"baseline {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
