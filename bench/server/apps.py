from django.apps import AppConfig


class BenchServerConfig(AppConfig):
    name = "bench.server"
    label = "bench_server"
    default_auto_field = "django.db.models.BigAutoField"
