#!/usr/bin/env bash
# Install and start Debian's PostgreSQL on 127.0.0.1 for the store/ingest tests, then print the
# SQLAlchemy URL to use as HARMWATCH_TEST_PG. Runs as root, non-interactively, on a fresh machine;
# safe to run again (each step checks before it acts).
#   usage: export HARMWATCH_TEST_PG="$(scripts/ci_postgres.sh)"
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
PGUSER_NAME=harmwatch
PGPASS=harmwatch
PGDB=harmwatch_test
PGPORT=${HARMWATCH_PG_PORT:-5432}

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
PGVER=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$PGVER main"; then
  pg_createcluster "$PGVER" main --port "$PGPORT" >&2
fi
# listen on loopback only (a conf.d file: Debian's postgresql.conf includes conf.d/)
mkdir -p "/etc/postgresql/$PGVER/main/conf.d"
printf "listen_addresses = '127.0.0.1'\nport = %s\n" "$PGPORT" > "/etc/postgresql/$PGVER/main/conf.d/harmwatch.conf"
if ! pg_lsclusters -h | awk -v v="$PGVER" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "$PGVER" main start >&2
fi
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q -h 127.0.0.1 -p $PGPORT" && break
  sleep 1
done
su postgres -c "psql -q -p $PGPORT -tAc \"SELECT 1 FROM pg_roles WHERE rolname='$PGUSER_NAME'\"" | grep -q 1 \
  || su postgres -c "psql -q -p $PGPORT -c \"CREATE ROLE $PGUSER_NAME LOGIN CREATEDB PASSWORD '$PGPASS'\"" >&2
su postgres -c "psql -q -p $PGPORT -tAc \"SELECT 1 FROM pg_database WHERE datname='$PGDB'\"" | grep -q 1 \
  || su postgres -c "createdb -p $PGPORT -O $PGUSER_NAME $PGDB" >&2
echo "postgresql+psycopg://$PGUSER_NAME:$PGPASS@127.0.0.1:$PGPORT/$PGDB"
