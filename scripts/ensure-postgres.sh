#!/usr/bin/env bash
# Make sure a PostgreSQL server for the tests listens on 127.0.0.1:PORT with a
# role and database "murojaat" (password "murojaat", allowed to create the
# test databases). Installs Debian's postgresql package when it is missing and
# creates a dedicated cluster "murojaat" that listens on loopback only.
set -euo pipefail
PORT="${1:-5439}"

if pg_isready -q -h 127.0.0.1 -p "$PORT" 2>/dev/null; then
  exit 0
fi

SUDO=""
AS_PG=(runuser -u postgres --)
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; AS_PG=(sudo -u postgres); fi

if ! command -v pg_createcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  echo "== installing PostgreSQL from Debian's packages"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi

VERSION="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VERSION murojaat"; then
  echo "== creating PostgreSQL $VERSION cluster 'murojaat' on 127.0.0.1:$PORT"
  $SUDO pg_createcluster "$VERSION" murojaat --port "$PORT" >/dev/null
  # Debian's postgresql.conf includes conf.d/. A test cluster trades
  # durability for speed: it holds nothing worth keeping.
  $SUDO tee "/etc/postgresql/$VERSION/murojaat/conf.d/murojaat-test.conf" >/dev/null <<'CONF'
listen_addresses = '127.0.0.1'
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
fi
$SUDO pg_ctlcluster "$VERSION" murojaat start || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$PORT" && break
  sleep 1
done

"${AS_PG[@]}" psql -q -p "$PORT" -v ON_ERROR_STOP=1 <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'murojaat') THEN
    CREATE ROLE murojaat LOGIN PASSWORD 'murojaat' CREATEDB;
  END IF;
END $$;
SQL
if ! "${AS_PG[@]}" psql -p "$PORT" -tAc "SELECT 1 FROM pg_database WHERE datname='murojaat'" | grep -q 1; then
  "${AS_PG[@]}" createdb -p "$PORT" -O murojaat murojaat
fi
