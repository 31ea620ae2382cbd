#!/usr/bin/env bash
# The whole suite, from scratch: installs what the tests need (Python packages
# into .venv, PostgreSQL, Chromium and axe-core: see ensure-*.sh), starts a PostgreSQL cluster on
# 127.0.0.1 only if none is listening, and runs the suite on SQLite and then on
# PostgreSQL, then on SQLite again at the year's last and first minutes. Extra
# arguments go to pytest (e.g. scripts/test.sh -k deadlines).
set -euo pipefail
cd "$(dirname "$0")/.."

make --no-print-directory install-test
BIN=.venv/bin

echo "== ruff"
$BIN/ruff check .

PG_PORT="${MUROJAAT_TEST_PG_PORT:-5439}"
PG_URL="postgres://murojaat:murojaat@127.0.0.1:${PG_PORT}/murojaat"
bash scripts/ensure-postgres.sh "$PG_PORT"
bash scripts/ensure-browser.sh
# The browser tests fail instead of skipping when Chromium or axe-core is missing.
export MUROJAAT_BROWSER_TESTS=required

export MUROJAAT_ENV=test
echo "== pytest on SQLite"
DATABASE_URL="sqlite:///$(pwd)/var/test.sqlite3" $BIN/pytest -n 2 "$@"
echo "== pytest on PostgreSQL"
# Browser tests (marker `browser`) run in the SQLite pass only: they test what
# pages show and do, not the database, and they are the slowest part.
DATABASE_URL="$PG_URL" $BIN/pytest -n 2 -m "not browser" --ignore=tests/crash "$@"
# The same tests on SQLite at the two moments where date arithmetic breaks:
# the last half-minute of the year (a deadline "in five minutes" is tomorrow,
# next month and next year; December's last twelve months are this year) and
# half past midnight on 1 January (the UTC date is still 31 December). Each
# test starts at that local time with the clock ticking (tests/conftest.py).
# This year's end, so the clock only ever moves forward from the real date.
YEAR=$(date +%Y)
for moment in "${YEAR}-12-31T23:59:30" "$((YEAR + 1))-01-01T00:30"; do
  echo "== pytest on SQLite, the clock at $moment (Asia/Tashkent)"
  DATABASE_URL="sqlite:///$(pwd)/var/test.sqlite3" $BIN/pytest -n 2 -m "not browser" --ignore=tests/crash \
    --clock="$moment" "$@"
done
# tests/crash kills the app's workers and crashes and restarts this PostgreSQL
# cluster while appeals are posted. Beside other tests (xdist) the restart would
# break them, so it runs alone, after the passes above; it fails instead of
# skipping when it cannot restart the cluster. Only on a full run: with pytest
# arguments (a path, -k) run it by hand as below.
if [ $# -eq 0 ]; then
  echo "== crash test on PostgreSQL (alone: it restarts the cluster)"
  DATABASE_URL="$PG_URL" MUROJAAT_CRASH_TESTS=required $BIN/pytest -n 0 tests/crash
fi
