#!/usr/bin/env bash
# A PostgreSQL streaming replica beside a primary, on Debian (postgresql-common's pg_createcluster and pg_ctlcluster).
# Run as root on the machine that is to hold the replica:
#   deploy/postgres-replica.sh up       creates the replication role and slot on the primary, clones it with
#                                       pg_basebackup (standby.signal and primary_conninfo written by -R), starts it
#   deploy/postgres-replica.sh status   whether the replica is in recovery, streaming, and how far behind
#   deploy/postgres-replica.sh check APP  migrates a scratch database on the primary with APP (a published Marrakesh.dll),
#                                       starts APP on a multi-host connection string with Target Session Attributes=
#                                       prefer-standby, reads through it and shows which server answered; drops it after
#   deploy/postgres-replica.sh down     stops and drops the replica cluster and its slot; the primary keeps running
# Settings (environment): PG_VERSION (15), PRIMARY_HOST (127.0.0.1), PRIMARY_PORT (5432), PRIMARY_CLUSTER (main, only
# when the primary is on this machine: its pg_hba.conf is checked), REPLICA_CLUSTER (replica), REPLICA_PORT (5433),
# REPLICATION_PASSWORD (generated once and kept in ~postgres/.pgpass). The primary is never stopped or restarted: a
# Debian cluster's defaults (wal_level=replica, max_wal_senders=10, hot_standby=on) already allow a streaming replica.
set -euo pipefail
version=${PG_VERSION:-15}
primary_host=${PRIMARY_HOST:-127.0.0.1}
primary_port=${PRIMARY_PORT:-5432}
primary_cluster=${PRIMARY_CLUSTER:-main}
replica=${REPLICA_CLUSTER:-replica}
replica_port=${REPLICA_PORT:-5433}
slot=${replica//[^a-z0-9_]/_}_slot
role=replicator
pgpass=~postgres/.pgpass

as_postgres() { (cd / && runuser -u postgres -- "$@"); }
local_primary() { as_postgres psql -X -q -At -p "$primary_port" -d postgres "$@"; } # over the socket, as the superuser
on_replica() { as_postgres psql -X -q -At -p "$replica_port" -d postgres "$@"; }

up() {
  if pg_lsclusters -h | awk -v v="$version" -v c="$replica" '$1 == v && $2 == c' | grep -q .; then
    echo "Cluster $version/$replica exists already; '$0 down' first to rebuild it." >&2
    exit 1
  fi
  # The replication role, with a password the standby finds in ~postgres/.pgpass.
  local password=${REPLICATION_PASSWORD:-}
  if [ -z "$password" ] && [ -f "$pgpass" ]; then
    password=$(awk -F: -v r="$role" '$4 == r { print $5; exit }' "$pgpass")
  fi
  [ -n "$password" ] || password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  local_primary -v role="$role" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I WITH REPLICATION LOGIN', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I WITH PASSWORD %L', :'role', :'password') \gexec
SQL
  touch "$pgpass"; chown postgres:postgres "$pgpass"; chmod 600 "$pgpass"
  sed -i "/:$role:/d" "$pgpass"
  echo "$primary_host:$primary_port:replication:$role:$password" >>"$pgpass"
  # Debian's default pg_hba.conf lets a password log in for replication from 127.0.0.1; a remote replica needs a line.
  if [ -f "/etc/postgresql/$version/$primary_cluster/pg_hba.conf" ] &&
     ! grep -Eq "^host\s+replication\s+(all|$role)\s+$primary_host/32" "/etc/postgresql/$version/$primary_cluster/pg_hba.conf"; then
    echo "host replication $role $primary_host/32 scram-sha-256" >>"/etc/postgresql/$version/$primary_cluster/pg_hba.conf"
    local_primary -c "SELECT pg_reload_conf()" >/dev/null
  fi
  # A physical slot: the primary keeps the WAL the replica has not received yet, so a pause does not break it.
  local_primary -c "SELECT pg_create_physical_replication_slot('$slot') WHERE NOT EXISTS (SELECT FROM pg_replication_slots WHERE slot_name = '$slot')" >/dev/null

  # An empty cluster gives the replica its own configuration (port, logs, service); its data is then the primary's.
  pg_createcluster "$version" "$replica" --port "$replica_port" >/dev/null
  local data
  data=$(pg_lsclusters -h | awk -v v="$version" -v c="$replica" '$1 == v && $2 == c { print $6 }')
  find "$data" -mindepth 1 -delete
  as_postgres pg_basebackup -h "$primary_host" -p "$primary_port" -U "$role" -w -D "$data" -X stream -S "$slot" -R -c fast
  pg_ctlcluster "$version" "$replica" start
  for _ in $(seq 1 50); do
    [ "$(on_replica -c 'SELECT status FROM pg_stat_wal_receiver' 2>/dev/null)" = streaming ] && break
    sleep 0.2
  done
  status
}

status() {
  echo "replica $version/$replica on port $replica_port: in recovery = $(on_replica -c 'SELECT pg_is_in_recovery()'), receiver = $(on_replica -c 'SELECT status FROM pg_stat_wal_receiver')"
  echo "primary on port $primary_port sees: $(local_primary -c "SELECT application_name || ' ' || state || ', replay lag ' || coalesce(replay_lag::text, '0') FROM pg_stat_replication" | paste -sd';')"
}

down() {
  if pg_lsclusters -h | awk -v v="$version" -v c="$replica" '$1 == v && $2 == c' | grep -q .; then
    pg_dropcluster --stop "$version" "$replica"
  fi
  local_primary -c "SELECT pg_drop_replication_slot('$slot') FROM pg_replication_slots WHERE slot_name = '$slot'" >/dev/null
  echo "replica $version/$replica dropped; the primary runs on"
}

check() { # APP: a server on both hosts that prefers the standby must read from the replica
  local app=$1 port=5341 db=marrakesh_replica_check
  local credentials="Database=$db;Username=${APP_USER:-marrakesh};Password=${APP_PASSWORD:-marrakesh}"
  local_primary -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db OWNER ${APP_USER:-marrakesh}"
  MARRAKESH_DB="Host=$primary_host;Port=$primary_port;$credentials" dotnet "$app" migrate >/dev/null
  # The schema reaches the replica within the replay lag; the server refuses to start on a schema behind its code.
  until [ "$(on_replica -d "$db" -c "SELECT count(*) FROM pg_tables WHERE tablename = '__EFMigrationsHistory'" 2>/dev/null)" = 1 ]; do sleep 0.2; done
  MARRAKESH_DB="Host=$primary_host:$primary_port,127.0.0.1:$replica_port;Target Session Attributes=prefer-standby;Application Name=marrakesh-reads;$credentials" \
    MARRAKESH_AUTO_MIGRATE=false ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    dotnet "$app" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do kill -0 $pid || exit 1; sleep 0.2; done
  local states
  states=$(curl -sf "http://127.0.0.1:$port/api/states?pageSize=1" | grep -o '"total":[0-9]*')
  echo "read through the multi-host connection: $states"
  # Npgsql meets every host once (type loading, is it a standby?); the queries themselves go to the standby.
  local seen="SELECT count(*) || ' connection(s), last query: ' || coalesce(max(left(regexp_replace(query, '\s+', ' ', 'g'), 70)), '-') FROM pg_stat_activity WHERE application_name = 'marrakesh-reads'"
  echo "replica: $(on_replica -c "$seen")"
  echo "primary: $(local_primary -c "$seen")"
  kill $pid; wait $pid 2>/dev/null || true
  local_primary -c "DROP DATABASE $db WITH (FORCE)"
}

case "${1:-}" in
  check) check "${2:?usage: $0 check path/to/Marrakesh.dll}" ;;
  up) up ;;
  status) status ;;
  down) down ;;
  *) echo "usage: $0 up|status|down" >&2; exit 2 ;;
esac
