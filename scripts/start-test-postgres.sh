#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on 127.0.0.1 for the integration suites and prints the
# TEST_DATABASE_URL to use. Installs Debian's postgresql first if it is missing (needs root).
# Usage: eval "$(scripts/start-test-postgres.sh)"   # then: npm test
set -euo pipefail

port="${RAPPORT_TEST_PG_PORT:-54329}"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing PostgreSQL from Debian's packages…" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

# PostgreSQL refuses to run as root: use the postgres account the Debian package creates.
run_as=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
  run_as=(runuser -u postgres --)
fi

data=$(mktemp -d /tmp/rapport-pg.XXXXXX)
[ "$(id -u)" = 0 ] && chown postgres "$data"
"${run_as[@]}" "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
"${run_as[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
  -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
# From here on a server runs: if creating the database fails, stop it rather than leave it behind.
trap '"${run_as[@]}" "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1; rm -rf "$data"' ERR
"${run_as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres rapport_test
trap - ERR

echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/rapport_test"
echo "export RAPPORT_TEST_PG_DATA=$data"
