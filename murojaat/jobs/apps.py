from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "murojaat.jobs"
    label = "jobs"
