"""A Django app only the benchmarks install (settings `bench.server.settings`).

It adds one endpoint, `POST /bench/floor`, the floor the intake benchmark is
measured against: django-ninja validates a small JSON body and the ORM inserts
one row, through the same middleware, server and database settings as the real
site. Production never loads it: `murojaat.settings` does not name this app,
and its table is created by the benchmark (`migrate --run-syncdb`, no
migrations of its own).
"""
