# A throwaway PostgreSQL cluster on 127.0.0.1 for the store tests. Sourced by scripts/test.
# Started as the postgres system user (initdb refuses root), stopped by pg_ctl; nothing else is touched.

CERTBOT_PG_DIR=${CERTBOT_PG_DIR:-/tmp/certbot-test-pg}
CERTBOT_PG_PORT=${CERTBOT_PG_PORT:-55432}

certbot_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

certbot_pg_up() {
  local bin password
  bin=$(certbot_pg_bin)
  [ -n "$bin" ] || { echo "PostgreSQL server binaries not found" >&2; return 1; }
  certbot_pg_down
  password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  rm -rf "$CERTBOT_PG_DIR"; mkdir -p "$CERTBOT_PG_DIR"
  printf '%s\n' "$password" > "$CERTBOT_PG_DIR/pwfile"
  chown -R postgres:postgres "$CERTBOT_PG_DIR"; chmod 700 "$CERTBOT_PG_DIR"
  runuser -u postgres -- "$bin/initdb" -D "$CERTBOT_PG_DIR/data" -U postgres --pwfile="$CERTBOT_PG_DIR/pwfile" \
    --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$CERTBOT_PG_DIR/initdb.log"
  runuser -u postgres -- "$bin/pg_ctl" -D "$CERTBOT_PG_DIR/data" -l "$CERTBOT_PG_DIR/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -c port=$CERTBOT_PG_PORT -c unix_socket_directories=$CERTBOT_PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
  export CERTBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$CERTBOT_PG_PORT;Username=postgres;Password=$password;Database=postgres"
}

certbot_pg_down() {
  local bin; bin=$(certbot_pg_bin)
  if [ -n "$bin" ] && [ -f "$CERTBOT_PG_DIR/data/postmaster.pid" ]; then
    runuser -u postgres -- "$bin/pg_ctl" -D "$CERTBOT_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
}
