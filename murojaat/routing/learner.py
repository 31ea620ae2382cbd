"""The routing model in plain Python: learn labels from texts, suggest labels
for a new text with probabilities, and score itself. No Django here; storage
is `murojaat.routing.store`.

What predicts where an appeal goes: the topic words (gas, pothole, pension)
and the place (district, town, street). Both live in words whose endings vary
(Uzbek and Russian are inflected: ko‘chada, ko‘chamizdagi; дорога, дороги,
дорожного) and in two scripts. So each text is folded to the script-free
search key (`murojaat.language.keys.search_key`), then described by its
words, their 5-letter stems and pairs of neighbouring stems ("ulits lenin",
"gaz yoq"). The stems do what character n-grams do for inflection at a tenth
of the cost, which is what makes 500+ suggestions a second on one core.

Each candidate also has a name ("Льговского района", "Qarshi tumani
hokimligi"), and an appeal that names the place or the body points at it even
when earlier appeals to that body were few. `LabelNames` scores how much of
each label's name (its rarer words, as stems) the text contains; the weight of
that score beside the classifier's is chosen, like the probability scale, on
held-out predictions, so a data set where names do not help gets weight 0.

The classifier is complement naive Bayes over TF-IDF: on the Kursk appeals it
was as accurate as linear SVMs and logistic regression (within 0.01 top-1,
see bench/routing.py) while training in one pass over the data instead of one
pass per label per epoch, so 100,000 appeals train in seconds, not hours.
"""

import math
import warnings
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import f1_score
from sklearn.model_selection import KFold, StratifiedKFold
from sklearn.naive_bayes import ComplementNB

from murojaat.language.keys import search_key

# Long letters repeat themselves; the first few thousand characters say where
# they belong, and the cap keeps one suggestion's cost bounded.
MAX_CHARS = 3000
STEM = 5
AUTO_ROUTE_PRECISION = 0.95
# Never auto-route: no threshold reached the precision on held-out data.
NEVER = 1.01
# Fewer held-out suggestions than this above a threshold prove nothing.
MIN_SUPPORT = 20
# Weights of the label-name score tried on held-out predictions (0: names ignored).
NAME_WEIGHTS = (0.0, 1.0, 2.0, 4.0, 8.0, 16.0)
# Held-out rows (at most) on which the probability scale and name weight are fitted.
CALIBRATION_ROWS = 5000


def appeal_tokens(text: str) -> list[str]:
    words = [w for w in search_key(text[:MAX_CHARS]).split() if len(w) > 1]
    tokens = list(words)
    stems = [w[:STEM] for w in words]
    tokens.extend("~" + s for w, s in zip(words, stems, strict=True) if len(w) > STEM)
    tokens.extend(a + "_" + b for a, b in zip(stems, stems[1:], strict=False))
    return tokens


def _already_tokens(tokens):
    return tokens


NAME_STEM_MIN = 4
# Words whose name stems are remembered (a vocabulary's worth; bounded).
CACHE_WORDS = 200_000


def _name_stem(word: str) -> str:
    """A name word without its likely ending: Russian and Uzbek endings are
    at most about three letters (льговского, lgovskogo -> lgovsk)."""
    return word[: max(NAME_STEM_MIN, len(word) - 3)]


class LabelNames:
    """How much of each label's name an appeal's words contain.

    `names` maps a label to the names it goes by (a body's name in every
    language, its territory's); a label without names is its own name, as in
    a file whose labels are the bodies' names. A name word meets a text word
    when one's stem starts with the other's (Льгов, Льгове, Льговского
    района). Words that many labels share (района, города, komiteti) weigh
    little: each stem counts by its inverse frequency among the labels, and a
    label's score is the weighted share of its name found, from 0 to 1.
    Text words are stemmed the same way (Льгове -> lgov)."""

    def __init__(self, labels: Sequence[str], names: Mapping[str, Sequence[str]] | None = None):
        names = names or {}
        stems_of_label = []
        for label in labels:
            words = set()
            for name in names.get(label) or [label]:
                words.update(w for w in search_key(str(name)).split() if len(w) >= NAME_STEM_MIN and not w.isdigit())
            stems_of_label.append({_name_stem(w) for w in words})
        frequency: dict[str, int] = defaultdict(int)
        for stems in stems_of_label:
            for stem in stems:
                frequency[stem] += 1
        count = len(stems_of_label)
        idf = {stem: math.log((count + 1) / (n + 0.5)) for stem, n in frequency.items()}
        # stem -> [(label index, share of that label's name)]
        self.labels_of_stem: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for index, stems in enumerate(stems_of_label):
            total = sum(idf[s] for s in stems)
            for stem in stems:
                if total > 0:
                    self.labels_of_stem[stem].append((index, idf[stem] / total))
        self.labels_of_stem = dict(self.labels_of_stem)
        # Every prefix (NAME_STEM_MIN letters or more) of a stem -> the stems,
        # for text words shorter than the stem (Льгов in Льговск-).
        prefixes: dict[str, set[str]] = defaultdict(set)
        for stem in self.labels_of_stem:
            for end in range(NAME_STEM_MIN, len(stem) + 1):
                prefixes[stem[:end]].add(stem)
        self.prefixes = {p: tuple(s) for p, s in prefixes.items()}
        self.lengths = sorted({len(s) for s in self.labels_of_stem})
        self.size = count

    def scores(self, words) -> np.ndarray:
        """One row: the share of each label's name that `words` contain."""
        row = np.zeros(self.size)
        found = set()
        cache = self.__dict__.setdefault("_cache", {})
        for word in set(words):
            if len(word) < NAME_STEM_MIN:
                continue
            stems = cache.get(word)
            if stems is None:
                stems = self._stems_met(word)
                if len(cache) < CACHE_WORDS:
                    cache[word] = stems
            found.update(stems)
        for stem in found:
            for index, share in self.labels_of_stem[stem]:
                row[index] += share
        return row

    def _stems_met(self, word: str) -> tuple[str, ...]:
        stem = _name_stem(word)
        found = set(self.prefixes.get(stem, ()))
        for length in self.lengths:
            if length > len(stem):
                break
            if stem[:length] in self.labels_of_stem:
                found.add(stem[:length])
        return tuple(found)

    def __getstate__(self):
        # The per-word cache is rebuilt as words come; it is not stored.
        return {k: v for k, v in self.__dict__.items() if k != "_cache"}

    def scores_tokens(self, token_lists: Sequence[list[str]]) -> np.ndarray:
        """`scores` of each appeal from its `appeal_tokens` (the plain words
        are the tokens without ~ and _)."""
        if not token_lists:
            return np.zeros((0, self.size))
        return np.vstack([self.scores(_plain_words(tokens)) for tokens in token_lists])


def _plain_words(tokens):
    return (t for t in tokens if "_" not in t and not t.startswith("~"))


@dataclass
class Router:
    """A trained router. Pickled into `RouterModel.blob` by our own trainer."""

    alpha: float = 0.3
    threshold: float = NEVER
    temperature: float = 1.0
    # Weight of the label-name score (0: names not used; models stored before
    # names existed unpickle with these defaults).
    name_weight: float = 0.0
    label_names: dict | None = field(default=None, repr=False)
    names: LabelNames | None = field(default=None, repr=False)
    vectorizer: TfidfVectorizer | None = field(default=None, repr=False)
    classifier: ComplementNB | None = field(default=None, repr=False)
    weights: np.ndarray | None = field(default=None, repr=False)

    @property
    def labels(self) -> list[str]:
        return list(self.classifier.classes_) if self.classifier is not None else []

    def fit_tokens(self, token_lists: Sequence[list[str]], labels: Sequence[str]) -> "Router":
        self.vectorizer = TfidfVectorizer(
            analyzer=_already_tokens, sublinear_tf=True, dtype=np.float32,
            min_df=2 if len(token_lists) >= 20000 else 1,
        )
        features = self.vectorizer.fit_transform(token_lists)
        self.classifier = ComplementNB(alpha=self.alpha).fit(features, np.asarray(labels))
        # The classifier keeps its weights as labels x words; multiplying a
        # sparse text by their transpose makes scipy copy the whole matrix on
        # every call (tens of MB). One contiguous words x labels copy, made once,
        # is what lets a single suggestion take under a millisecond.
        self.weights = np.ascontiguousarray(self.classifier.feature_log_prob_.T, dtype=np.float32)
        self.names = LabelNames(list(self.classifier.classes_), self.label_names)
        return self

    def combined_scores(self, scores: np.ndarray, name_scores: np.ndarray | None) -> np.ndarray:
        """Classifier scores on the probability scale plus the weighted
        label-name scores: what the softmax turns into probabilities."""
        scaled = scores * self.temperature
        if self.name_weight and name_scores is not None:
            scaled = scaled + self.name_weight * name_scores
        return scaled

    def scores_tokens(self, token_lists: Sequence[list[str]]) -> np.ndarray:
        """Naive Bayes log-likelihoods (ComplementNB.predict_joint_log_proba)."""
        scores = np.asarray(self.vectorizer.transform(token_lists) @ self.weights, dtype=np.float64)
        if len(self.classifier.classes_) == 1:
            scores += self.classifier.class_log_prior_
        return scores

    def _scores_one(self, tokens: list[str]) -> np.ndarray:
        """`scores_tokens` for one text without scikit-learn's per-call input
        checks, which cost several times the arithmetic: TF-IDF as the
        vectorizer computes it (sublinear tf, idf, L2 norm), then a weighted
        sum of the words' rows of the weights."""
        vocabulary = self.vectorizer.vocabulary_
        counts: dict[int, int] = {}
        for token in tokens:
            index = vocabulary.get(token)
            if index is not None:
                counts[index] = counts.get(index, 0) + 1
        if not counts:
            return self.scores_tokens([tokens])[0]
        indices = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
        values = (1.0 + np.log(tf)) * self.vectorizer.idf_[indices]
        values /= np.sqrt(np.dot(values, values))
        return np.asarray(values @ self.weights[indices], dtype=np.float64)

    def _name_scores(self, token_lists) -> np.ndarray | None:
        if not self.name_weight or self.names is None:
            return None
        return self.names.scores_tokens(token_lists)

    def probabilities_tokens(self, token_lists: Sequence[list[str]]) -> np.ndarray:
        return _softmax(self.combined_scores(self.scores_tokens(token_lists), self._name_scores(token_lists)))

    def suggest(self, text: str, k: int = 3) -> list[tuple[str, float]]:
        return self.suggest_many([text], k)[0]

    def suggest_many(self, texts: Sequence[str], k: int = 3) -> list[list[tuple[str, float]]]:
        token_lists = [appeal_tokens(t) for t in texts]
        scores = np.vstack([self._scores_one(t) for t in token_lists]) if texts else np.zeros((0, 1))
        probabilities = _softmax(self.combined_scores(scores, self._name_scores(token_lists) if texts else None))
        classes = self.classifier.classes_
        best = np.argsort(-probabilities, axis=1)[:, :k]
        return [[(str(classes[i]), float(row[i])) for i in order] for row, order in zip(probabilities, best, strict=True)]


def train_router(texts: Sequence[str], labels: Sequence[str], *, alpha: float = 0.3,
                 label_names: Mapping[str, Sequence[str]] | None = None) -> tuple[Router, dict]:
    """A router trained on all the texts, its probability scale, label-name
    weight and auto-routing threshold chosen on held-out predictions, and the
    held-out metrics that justified them. `label_names`: the names each label
    goes by (see `LabelNames`); without it each label is its own name."""
    if len(set(labels)) < 2:
        raise ValueError("routing needs at least two different labels to learn from")
    tokens = [appeal_tokens(t) for t in texts]
    labels = np.asarray(labels)
    label_names = dict(label_names) if label_names else None
    held_out, temperature, name_weight = _held_out_predictions(tokens, labels, alpha=alpha, label_names=label_names)
    threshold = choose_threshold(*held_out)
    metrics = {**score(*held_out, threshold=threshold), "held_out": "cross-validation",
               "name_weight": name_weight}
    router = Router(alpha=alpha, threshold=threshold, temperature=temperature, name_weight=name_weight,
                    label_names=label_names).fit_tokens(tokens, labels)
    return router, metrics


def _held_out_predictions(tokens, labels, *, alpha, label_names=None):
    """(true labels, class names per row ranked, probabilities ranked) for
    every row, each predicted by a model that did not see it, and the
    temperature and label-name weight that make those probabilities honest
    (lowest log-loss). Small sets use 3-fold cross-validation; large ones one
    80/20 split, which is plenty."""
    splits = list(_splits(labels, 3))
    if len(labels) >= 5000:
        splits = splits[:1]
    folds = []
    for train, test in splits:
        router = Router(alpha=alpha, label_names=label_names).fit_tokens([tokens[i] for i in train], labels[train])
        test_tokens = [tokens[i] for i in test]
        scores = router.scores_tokens(test_tokens)
        folds.append((labels[test], router.classifier.classes_, scores, router.names.scores_tokens(test_tokens)))
    temperature, name_weight = _fit_temperature(folds)
    truths, ranked_labels, ranked_probs = [], [], []
    for fold_truths, classes, scores, name_scores in folds:
        probabilities = _softmax(scores * temperature + name_weight * name_scores)
        order = np.argsort(-probabilities, axis=1)[:, :3]
        truths.extend(fold_truths)
        ranked_labels.extend(classes[order])
        ranked_probs.extend(np.take_along_axis(probabilities, order, axis=1))
    return (np.asarray(truths), np.asarray(ranked_labels), np.asarray(ranked_probs)), temperature, name_weight


def _softmax(scores: np.ndarray) -> np.ndarray:
    scores = scores - scores.max(axis=1, keepdims=True)
    np.exp(scores, out=scores)
    return scores / scores.sum(axis=1, keepdims=True)


def _fit_temperature(folds) -> tuple[float, float]:
    """Naive Bayes scores rank well but their softmax is far too flat (or too
    sharp); one scale factor, chosen to minimise the log-loss on held-out
    rows, turns them into probabilities an official can read as such. The
    weight of the label-name scores is chosen with it, the same way. Folds
    are (truths, classes, scores[, name scores]); a few thousand rows
    measure a log-loss well enough, so larger folds are sampled."""
    prepared = []
    for fold in folds:
        truths, classes, scores = fold[:3]
        index = {c: i for i, c in enumerate(classes)}
        rows = np.array([r for r, t in enumerate(truths) if t in index], dtype=np.int64)
        if len(rows) > CALIBRATION_ROWS:
            rows = np.random.default_rng(0).choice(rows, CALIBRATION_ROWS, replace=False)
        if not len(rows):
            continue
        true = np.array([index[truths[r]] for r in rows], dtype=np.int64)
        name_scores = fold[3][rows] if len(fold) > 3 and fold[3] is not None else None
        prepared.append((scores[rows], name_scores, true))
    best, best_loss = (1.0, 0.0), math.inf
    for name_weight in NAME_WEIGHTS:
        if name_weight and all(n is None for _, n, _ in prepared):
            continue
        for temperature in np.geomspace(0.1, 3000, 60):
            loss = _log_loss(prepared, temperature, name_weight)
            if loss is not None and loss < best_loss:
                best, best_loss = (float(temperature), name_weight), loss
    return best


def _log_loss(prepared, temperature, name_weight):
    loss = count = 0
    for scores, name_scores, true in prepared:
        scaled = scores * temperature
        if name_weight and name_scores is not None:
            scaled += name_weight * name_scores
        scaled -= scaled.max(axis=1, keepdims=True)
        log_norm = np.log(np.exp(scaled).sum(axis=1))
        loss += float((log_norm - scaled[np.arange(len(true)), true]).sum())
        count += len(true)
    return loss / count if count else None


def _splits(labels: np.ndarray, folds: int, seed: int = 0):
    counts = np.unique(labels, return_counts=True)[1]
    with warnings.catch_warnings():
        # Labels rarer than the number of folds are spread as well as they can be.
        warnings.simplefilter("ignore", UserWarning)
        if counts.max() >= folds:
            yield from StratifiedKFold(folds, shuffle=True, random_state=seed).split(labels, labels)
        else:
            yield from KFold(folds, shuffle=True, random_state=seed).split(labels)


def choose_threshold(truths, ranked_labels, ranked_probs, *, precision: float = AUTO_ROUTE_PRECISION,
                     min_support: int = MIN_SUPPORT) -> float:
    """The lowest top-1 probability above which the held-out suggestions were
    right at least `precision` of the time (with one wrong one added, so that
    a handful of lucky suggestions cannot set it), so that auto-routing covers as
    many appeals as it can without going below that precision. NEVER when no
    cut with enough held-out suggestions reaches it."""
    if len(truths) == 0:
        return NEVER
    confidence = ranked_probs[:, 0]
    order = np.argsort(-confidence, kind="stable")
    correct = (ranked_labels[order, 0] == truths[order]).astype(float)
    # Counted as if one more routed appeal had been wrong: 21 right of 22 is
    # not yet proof of 95% (on 300 held-out appeals such a cut routed the next
    # unseen ones 6 right of 9), 60 right of 62 is.
    running_precision = np.cumsum(correct) / np.arange(2, len(correct) + 2)
    sorted_confidence = confidence[order]
    # Only cut between distinct probabilities: everything at a tie is routed alike.
    last_of_tie = np.append(sorted_confidence[1:] < sorted_confidence[:-1], True)
    good = np.flatnonzero((running_precision >= precision) & last_of_tie & (np.arange(len(correct)) + 1 >= min_support))
    if len(good) == 0:
        return NEVER
    return float(sorted_confidence[good[-1]])


def score(truths, ranked_labels, ranked_probs, *, threshold: float) -> dict:
    """top-1 and top-3 accuracy, macro-F1 of the top suggestion, and precision
    and coverage of auto-routing at `threshold`."""
    n = len(truths)
    if n == 0:
        return {"count": 0}
    top1 = ranked_labels[:, 0] == truths
    top3 = (ranked_labels[:, :3] == truths[:, None]).any(axis=1)
    routed = ranked_probs[:, 0] >= threshold
    return {
        "count": int(n),
        "top1": round(float(top1.mean()), 4),
        "top3": round(float(top3.mean()), 4),
        "macro_f1": round(float(f1_score(truths, ranked_labels[:, 0], average="macro", zero_division=0)), 4),
        "threshold": round(threshold, 6),
        "coverage_at_threshold": round(float(routed.mean()), 4),
        "precision_at_threshold": round(float(top1[routed].mean()), 4) if routed.any() else None,
    }


def evaluate(router: Router, texts: Sequence[str], labels: Sequence[str]) -> dict:
    """Score a trained router on labelled texts it does not learn from. A label
    the router never saw counts as a miss."""
    suggestions = router.suggest_many(list(texts), k=3)
    return score(*_ranked(labels, suggestions), threshold=router.threshold)


def _ranked(labels, suggestions):
    width = max((len(s) for s in suggestions), default=0)
    names = np.array([[label for label, _ in s] + [""] * (width - len(s)) for s in suggestions], dtype=object)
    probs = np.array([[p for _, p in s] + [0.0] * (width - len(s)) for s in suggestions], dtype=float)
    return np.asarray(labels, dtype=object), names, probs


def cross_validate(texts: Sequence[str], labels: Sequence[str], *, folds: int = 5, seed: int = 0,
                   alpha: float = 0.3, label_names: Mapping[str, Sequence[str]] | None = None) -> dict:
    """k-fold cross-validation: every row scored by a router trained on the
    other folds, each with the threshold, probability scale and label-name
    weight its own training folds chose (nested: the scored fold chooses
    nothing)."""
    tokens = [appeal_tokens(t) for t in texts]
    labels = np.asarray(labels)
    per_fold, truths, names, probs, name_weights = [], [], [], [], []
    routed_correct = routed_total = 0
    for train, test in _splits(labels, folds, seed):
        train_tokens = [tokens[i] for i in train]
        held_out, temperature, name_weight = _held_out_predictions(
            train_tokens, labels[train], alpha=alpha, label_names=label_names
        )
        threshold = choose_threshold(*held_out)
        router = Router(alpha=alpha, threshold=threshold, temperature=temperature, name_weight=name_weight,
                        label_names=label_names).fit_tokens(train_tokens, labels[train])
        name_weights.append(name_weight)
        probabilities = router.probabilities_tokens([tokens[i] for i in test])
        order = np.argsort(-probabilities, axis=1)[:, :3]
        fold_names = router.classifier.classes_[order]
        fold_probs = np.take_along_axis(probabilities, order, axis=1)
        fold_score = score(labels[test], fold_names, fold_probs, threshold=threshold)
        per_fold.append(fold_score)
        routed = fold_probs[:, 0] >= threshold
        routed_total += int(routed.sum())
        routed_correct += int((fold_names[routed, 0] == labels[test][routed]).sum())
        truths.extend(labels[test])
        names.extend(fold_names)
        probs.extend(fold_probs)
    overall = score(np.asarray(truths), np.asarray(names), np.asarray(probs), threshold=math.nan)
    overall.pop("threshold")
    overall["coverage_at_threshold"] = round(routed_total / len(truths), 4)
    overall["precision_at_threshold"] = round(routed_correct / routed_total, 4) if routed_total else None
    overall["folds"] = folds
    overall["thresholds"] = [f["threshold"] for f in per_fold]
    overall["name_weights"] = name_weights
    return overall

