"""`murojaat routing train|evaluate`: train, store and score the routers."""

import json

from django.core.management.base import BaseCommand, CommandError

from murojaat.routing.data import appeals_with_final_routing, label_names, read_labelled_file
from murojaat.routing.learner import cross_validate, evaluate
from murojaat.routing.models import Target
from murojaat.routing.store import load_current, router_train_and_save


def _file_options(parser, *, data_required: bool):
    parser.add_argument("--data", required=data_required,
                        help="Labelled file: CSV with a header, or JSON lines.")
    parser.add_argument("--text-field", default="text", help="Column or key holding the text (default: text).")
    parser.add_argument("--label-field", default="label", help="Column or key holding the label (default: label).")
    parser.add_argument("--target", choices=Target.values, default=Target.ORGANISATION,
                        help="Which router: category or organisation (default: organisation).")


class Command(BaseCommand):
    help = (
        "Suggested routing. `train` learns from answered and closed appeals (or from --data FILE) and stores "
        "a new model version; `evaluate --data FILE` scores the stored model without learning, or runs "
        "k-fold cross-validation on the file with --cross-validate. Figures are printed as JSON."
    )

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        train = sub.add_parser("train", help="Train and store a new model version.")
        _file_options(train, data_required=False)
        train.add_argument("--all-targets", action="store_true",
                           help="From the database: train both category and organisation.")
        evaluate_ = sub.add_parser("evaluate", help="Score the stored model, or cross-validate, on a file.")
        _file_options(evaluate_, data_required=True)
        evaluate_.add_argument("--cross-validate", action="store_true",
                               help="Run k-fold cross-validation on the file instead of scoring the stored model.")
        evaluate_.add_argument("--folds", type=int, default=5)

    def handle(self, *args, action, **options):
        if action == "train":
            self._train(options)
        else:
            self._evaluate(options)

    def _labelled(self, options):
        try:
            texts, labels = read_labelled_file(
                options["data"], text_field=options["text_field"], label_field=options["label_field"]
            )
        except (OSError, KeyError, ValueError) as exc:
            raise CommandError(f"cannot read {options['data']}: {exc}") from exc
        if not texts:
            raise CommandError(f"{options['data']}: no labelled rows")
        return texts, labels

    def _train(self, options):
        if options["data"]:
            # A file's labels are their own names (the Kursk bodies' names).
            sources = {options["target"]: (*self._labelled(options), None)}
        else:
            targets = Target.values if options["all_targets"] else [options["target"]]
            sources = {target: (*appeals_with_final_routing(target), label_names(target)) for target in targets}
        report = {}
        for target, (texts, labels, names) in sources.items():
            if len(set(labels)) < 2:
                raise CommandError(f"{target}: need appeals with at least two different labels, found "
                                   f"{len(texts)} appeals with {len(set(labels))}")
            stored = router_train_and_save(target=target, texts=texts, labels=labels, label_names=names)
            report[target] = {"version": stored.version, "trained_on": stored.trained_on,
                              "threshold": stored.threshold, "held_out": stored.metrics}
        self.stdout.write(json.dumps(report, ensure_ascii=False, indent=2))

    def _evaluate(self, options):
        texts, labels = self._labelled(options)
        if options["cross_validate"]:
            if options["folds"] < 2:
                raise CommandError("--folds must be at least 2")
            result = cross_validate(texts, labels, folds=options["folds"])
        else:
            router = load_current(options["target"])
            if router is None:
                raise CommandError(f"no {options['target']} model is stored yet: run `murojaat routing train`")
            result = evaluate(router, texts, labels)
        self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
