#!/usr/bin/env bash
# Murojaat in production on one machine, everything on 127.0.0.1:
#   PostgreSQL (its own cluster "murojaat-prod" on port 5440, durable settings),
#   migrations, static files collected and compressed (WhiteNoise),
#   the app under granian (WSGI, WEB_WORKERS processes x WEB_THREADS threads),
#   and TASK_WORKERS `murojaat worker` processes (the background work of murojaat/jobs/).
# A TLS proxy (nginx, see deploy/nginx.conf) is expected in front: it sends
# X-Forwarded-Proto and X-Forwarded-For, and the app trusts both (BEHIND_TLS_PROXY).
#
#   scripts/production.sh start    set up what is missing, start everything, return
#   scripts/production.sh run      the same in the foreground; Ctrl+C stops everything
#   scripts/production.sh stop     stop the app, the workers and the database (data is kept)
#   scripts/production.sh status   what runs, where the logs are
#   scripts/production.sh env      print the environment the processes run with (no secrets)
#
# Settings (environment): PROD_DIR (var/production: secrets, logs, pids, static,
# media), PORT (8000), PROD_PG_PORT (5440), WEB_WORKERS (2), WEB_THREADS (4),
# TASK_WORKERS (2), ALLOWED_HOSTS (127.0.0.1,localhost), ACCESS_LOG (0), and any
# variable of the README's configuration table, passed through to the app.
# Needs root or sudo the first time, to install and create the PostgreSQL cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
BIN="$ROOT/.venv/bin"

PROD_DIR="${PROD_DIR:-$ROOT/var/production}"
PORT="${PORT:-8000}"
PG_PORT="${PROD_PG_PORT:-5440}"
WEB_WORKERS="${WEB_WORKERS:-2}"
WEB_THREADS="${WEB_THREADS:-4}"
TASK_WORKERS="${TASK_WORKERS:-2}"
# Workers run at a lower CPU priority than the web app: when many people write
# at once the machine answers them first, and receipts, sealing and scans catch
# up as soon as it has a spare moment (bench/intake.py prints the backlog).
WORKER_NICE="${WORKER_NICE:-10}"
CLUSTER="murojaat-prod"
DB_NAME="murojaat_prod"
DB_USER="murojaat_prod"

SECRETS="$PROD_DIR/secrets"
LOGS="$PROD_DIR/logs"
RUN="$PROD_DIR/run"

SUDO=""
AS_PG=(runuser -u postgres --)
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; AS_PG=(sudo -u postgres); fi

say() { echo "== $*"; }

pg_version() { ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -1; }

app_env() {
  export MUROJAAT_ENV=production
  export MUROJAAT_VAR_DIR="$PROD_DIR/var"
  export STATIC_ROOT="${STATIC_ROOT:-$PROD_DIR/static}"
  export MEDIA_ROOT="${MEDIA_ROOT:-$PROD_DIR/media}"
  export SECRET_KEY_FILE="$SECRETS/secret_key"
  export DATABASE_URL_FILE="$SECRETS/database_url"
  export ALLOWED_HOSTS="${ALLOWED_HOSTS:-127.0.0.1,localhost}"
  export BEHIND_TLS_PROXY="${BEHIND_TLS_PROXY:-1}"
  # The benchmarks (bench/) name their own settings, which add a floor endpoint.
  export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-murojaat.settings}"
  unset SECRET_KEY DATABASE_URL
}

# --- PostgreSQL ------------------------------------------------------------------------------

ensure_postgres() {
  if ! command -v pg_createcluster >/dev/null 2>&1 || [ -z "$(pg_version)" ]; then
    say "installing PostgreSQL from Debian's packages"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
  fi
  local version; version="$(pg_version)"
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version $CLUSTER"; then
    say "creating PostgreSQL $version cluster '$CLUSTER' on 127.0.0.1:$PG_PORT"
    $SUDO pg_createcluster "$version" "$CLUSTER" --port "$PG_PORT" -- --data-checksums >/dev/null
  fi
  # Our settings, rewritten on every start so that a new release's settings
  # reach a cluster made by an older one. Settings of your own go in another
  # file of conf.d named after this one (zz-local.conf): the last file read wins.
  # Unlike the test cluster, this one keeps fsync and synchronous commit:
  # an appeal acknowledged with 201 must survive a power cut.
  $SUDO tee "/etc/postgresql/$version/$CLUSTER/conf.d/murojaat.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
max_connections = 100
shared_buffers = 512MB
effective_cache_size = 4GB
work_mem = 16MB
maintenance_work_mem = 256MB
# After each checkpoint the first change to a page writes the whole page to
# WAL. Compressed with lz4 (PostgreSQL 15+) that cost the task workers' writes
# 0.9 ms of database CPU an appeal, against 4.7 ms with pglz ('on').
wal_compression = $( [ "${version%%.*}" -ge 15 ] && echo lz4 || echo on )
checkpoint_timeout = 15min
max_wal_size = 4GB
# Replicas and point-in-time recovery need WAL kept for them (README: backups).
wal_level = replica
max_wal_senders = 5
log_min_duration_statement = 500
log_line_prefix = '%m [%p] %q%u@%d '
CONF
  if pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; then
    # Already running: settings that need no restart apply now.
    $SUDO pg_ctlcluster "$version" "$CLUSTER" reload 2>/dev/null || true
  fi
  $SUDO pg_ctlcluster "$version" "$CLUSTER" start 2>/dev/null || true
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break
    sleep 1
  done
  pg_isready -q -h 127.0.0.1 -p "$PG_PORT" || { echo "PostgreSQL did not start on port $PG_PORT" >&2; exit 1; }

  local password
  if [ -s "$SECRETS/database_password" ]; then
    password="$(cat "$SECRETS/database_password")"
  else
    password="$("$BIN/python" -c 'import secrets; print(secrets.token_hex(24))')"
    (umask 077; printf '%s\n' "$password" >"$SECRETS/database_password")
  fi
  # The role's password is set to the stored one every time, so the file is the truth.
  "${AS_PG[@]}" psql -q -p "$PG_PORT" -v ON_ERROR_STOP=1 -v pw="$password" <<SQL
SELECT format('CREATE ROLE $DB_USER LOGIN') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER')
\gexec
ALTER ROLE $DB_USER WITH LOGIN PASSWORD :'pw';
SQL
  if ! "${AS_PG[@]}" psql -p "$PG_PORT" -tAc "SELECT 1 FROM pg_database WHERE datname='$DB_NAME'" | grep -q 1; then
    "${AS_PG[@]}" createdb -p "$PG_PORT" -O "$DB_USER" "$DB_NAME"
  fi
  (umask 077; printf 'postgres://%s:%s@127.0.0.1:%s/%s\n' "$DB_USER" "$password" "$PG_PORT" "$DB_NAME" \
    >"$SECRETS/database_url")
}

stop_postgres() {
  local version; version="$(pg_version)"
  if [ -n "$version" ] && pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$version $CLUSTER"; then
    say "stopping PostgreSQL cluster '$CLUSTER'"
    $SUDO pg_ctlcluster "$version" "$CLUSTER" stop 2>/dev/null || true
  fi
}

# --- secrets -----------------------------------------------------------------------------------

ensure_secret_key() {
  if [ ! -s "$SECRETS/secret_key" ]; then
    say "generating SECRET_KEY into $SECRETS/secret_key"
    (umask 077; "$BIN/python" -c 'import secrets; print(secrets.token_urlsafe(64))' >"$SECRETS/secret_key")
  fi
}

# --- processes ---------------------------------------------------------------------------------

running() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

start_process() {  # name, command...
  local name="$1"; shift
  if running "$RUN/$name.pid"; then
    echo "   $name already runs (pid $(cat "$RUN/$name.pid"))"
    return
  fi
  # setsid: a process group of its own, so stop can signal it and its children.
  setsid "$@" >>"$LOGS/$name.log" 2>&1 </dev/null &
  echo $! >"$RUN/$name.pid"
  echo "   $name: pid $!, log $LOGS/$name.log"
}

stop_process() {  # name
  local pidfile="$RUN/$1.pid"
  if ! running "$pidfile"; then rm -f "$pidfile"; return; fi
  local pid; pid="$(cat "$pidfile")"
  # SIGTERM: granian finishes the requests in hand; a worker finishes its task.
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "   $1 did not stop in 30 s: killing it"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
  echo "   $1 stopped"
}

wait_until_serving() {
  for _ in $(seq 1 60); do
    if "$BIN/python" - "$PORT" <<'PY' 2>/dev/null; then return 0; fi
import sys, urllib.request
with urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/healthz", timeout=2) as r:
    sys.exit(0 if r.status == 200 else 1)
PY
    sleep 0.5
  done
  echo "The app did not answer on 127.0.0.1:$PORT/healthz; see $LOGS/web.log" >&2
  return 1
}

start() {
  mkdir -p "$PROD_DIR" "$LOGS" "$RUN" "$PROD_DIR/var"
  (umask 077; mkdir -p "$SECRETS")
  chmod 700 "$SECRETS"
  make --no-print-directory install >>"$LOGS/setup.log" 2>&1 || { tail -20 "$LOGS/setup.log"; exit 1; }
  if [ "${MEDIA_STORAGE:-}" = s3 ]; then "$BIN/pip" install --quiet -e '.[s3]'; fi
  ensure_secret_key
  ensure_postgres
  app_env
  say "migrating"
  "$BIN/murojaat" migrate --noinput >>"$LOGS/setup.log" 2>&1 || { tail -20 "$LOGS/setup.log"; exit 1; }
  say "collecting static files (compressed, with hashed names)"
  "$BIN/murojaat" collectstatic --noinput >>"$LOGS/setup.log" 2>&1 || { tail -20 "$LOGS/setup.log"; exit 1; }
  say "checking the deployment"
  "$BIN/murojaat" check --deploy --fail-level WARNING
  say "starting"
  local access=()
  [ "${ACCESS_LOG:-0}" = 1 ] && access=(--access-log)
  start_process web "$BIN/granian" --interface wsgi --host 127.0.0.1 --port "$PORT" \
    --workers "$WEB_WORKERS" --blocking-threads "$WEB_THREADS" \
    --respawn-failed-workers --workers-kill-timeout 30 --no-ws --log-level warning "${access[@]}" \
    murojaat.wsgi:application
  for n in $(seq 1 "$TASK_WORKERS"); do
    start_process "worker-$n" "$ROOT/scripts/below-web.sh" "$WORKER_NICE" "$BIN/murojaat" worker
  done
  wait_until_serving
  status
}

stop() {
  say "stopping"
  stop_process web
  for pidfile in "$RUN"/worker-*.pid; do
    [ -e "$pidfile" ] && stop_process "$(basename "$pidfile" .pid)"
  done
  stop_postgres
}

status() {
  echo "Murojaat (production settings) on http://127.0.0.1:$PORT  (health: /healthz)"
  echo "  Requests must come through the TLS proxy, or say so themselves:"
  echo "    curl -H 'X-Forwarded-Proto: https' http://127.0.0.1:$PORT/"
  for pidfile in "$RUN"/*.pid; do
    [ -e "$pidfile" ] || continue
    local name; name="$(basename "$pidfile" .pid)"
    if running "$pidfile"; then state="runs, pid $(cat "$pidfile")"; else state="stopped"; fi
    printf '  %-10s %-22s log %s\n' "$name" "$state" "$LOGS/$name.log"
  done
  if pg_isready -q -h 127.0.0.1 -p "$PG_PORT" 2>/dev/null; then db="runs"; else db="stopped"; fi
  printf '  %-10s %-22s log %s\n' postgresql "$db" "/var/log/postgresql/postgresql-$(pg_version)-$CLUSTER.log"
  echo "  Set-up log: $LOGS/setup.log   Secrets: $SECRETS (mode 700)"
  echo "  Stop: scripts/production.sh stop"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  env) app_env; env | grep -E '^(MUROJAAT_[A-Z_]*|STATIC_ROOT|MEDIA_ROOT|SECRET_KEY_FILE|DATABASE_URL_FILE|ALLOWED_HOSTS|BEHIND_TLS_PROXY|DJANGO_SETTINGS_MODULE)=' | sort ;;
  run)
    nap=""
    trap 'stop; [ -n "$nap" ] && kill "$nap" 2>/dev/null; exit 0' INT TERM
    start
    echo "Running in the foreground: Ctrl+C stops everything."
    while true; do sleep 3600 & nap=$!; wait "$nap"; done
    ;;
  *)
    sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
