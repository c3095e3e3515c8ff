#!/usr/bin/env bash
# Runs a private PostgreSQL 15 cluster from the machine's binaries on a loopback port.
#
#   scripts/local-postgres.sh start|stop|status|url [--dir DIR] [--port PORT] [--db NAME] [--fast]
#
# start   initialises DIR if needed, starts the server (reusing a running one), creates database
#         NAME if absent and prints its URL as the last line of stdout. Progress goes to stderr.
# stop    stops the server if it runs.
# status  exits 0 when the server runs, 3 otherwise.
# url     prints the URL.
# --fast  turns durability off (fsync, synchronous_commit, full_page_writes): for throwaway test
#         clusters only; a start without it turns durability back on.
set -euo pipefail

PG_BIN=/usr/lib/postgresql/15/bin
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

command_name="${1:-}"
if [[ $# -gt 0 ]]; then shift; fi

dir="$REPO_ROOT/.local/postgres"
port=55432
db=pageshare
fast=false

usage() {
  echo "usage: scripts/local-postgres.sh start|stop|status|url [--dir DIR] [--port PORT] [--db NAME] [--fast]" >&2
  exit 2
}

log() { echo "local-postgres: $*" >&2; }
die() { log "$*"; exit 1; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --dir) [[ $# -ge 2 ]] || usage; dir="$2"; shift 2 ;;
    --dir=*) dir="${1#*=}"; shift ;;
    --port) [[ $# -ge 2 ]] || usage; port="$2"; shift 2 ;;
    --port=*) port="${1#*=}"; shift ;;
    --db) [[ $# -ge 2 ]] || usage; db="$2"; shift 2 ;;
    --db=*) db="${1#*=}"; shift ;;
    --fast) fast=true; shift ;;
    -h|--help) usage ;;
    *) log "unknown argument: $1"; usage ;;
  esac
done

[[ "$port" =~ ^[0-9]+$ ]] && (( port >= 1024 && port <= 65535 )) || die "--port must be 1024..65535, got '$port'"
# Keeps the name safe to splice into SQL and a URL without quoting rules.
[[ "$db" =~ ^[A-Za-z_][A-Za-z0-9_]{0,62}$ ]] || die "--db must match [A-Za-z_][A-Za-z0-9_]*, got '$db'"

dir="$(realpath -m "$dir")"
data="$dir/data"
sockets="$dir/run"
logfile="$dir/postgres.log"
url="postgresql://postgres@127.0.0.1:$port/$db"

is_root() { [[ "$(id -u)" -eq 0 ]]; }

# initdb and the server refuse to run as root, so root runs them as the postgres OS user.
as_owner() {
  if is_root; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

ensure_binaries() {
  [[ -x "$PG_BIN/initdb" ]] && return 0
  if ! is_root; then
    die "PostgreSQL 15 is not installed ($PG_BIN/initdb missing). Install Debian's postgresql 15: sudo apt-get install -y postgresql-15"
  fi
  log "installing Debian's postgresql-15 with apt-get"
  # No default 'main' cluster on 5432: this script runs its own.
  mkdir -p /etc/postgresql-common
  if [[ ! -f /etc/postgresql-common/createcluster.conf ]] || ! grep -q '^create_main_cluster' /etc/postgresql-common/createcluster.conf; then
    echo "create_main_cluster = false" >> /etc/postgresql-common/createcluster.conf
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  # contrib (pg_trgm, citext, pgcrypto) ships inside postgresql-15 on Debian 12.
  apt-get install -y --no-install-recommends postgresql-15 >&2
  [[ -x "$PG_BIN/initdb" ]] || die "apt-get finished but $PG_BIN/initdb is still missing"
}

ensure_ownership() {
  is_root || return 0
  id postgres >/dev/null 2>&1 || die "running as root needs the 'postgres' OS user (it comes with Debian's postgresql package)"
  chown postgres:postgres "$dir"
  runuser -u postgres -- test -w "$dir" \
    || die "the postgres OS user cannot write $dir (is a parent folder closed to it?)"
}

# A postmaster.pid can outlive its server (killed machine, SIGKILL); its pid may by now belong to
# an unrelated process, which would make PostgreSQL refuse to start.
server_pid() {
  local pid_file="$data/postmaster.pid" pid
  [[ -f "$pid_file" ]] || return 1
  pid="$(head -n 1 "$pid_file" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [[ -r "/proc/$pid/cmdline" ]] || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q "postgres" || return 1
  # The pid must be the postmaster of *this* data folder (its working directory). When that cannot
  # be read (another user's process), assume it is: never delete the pid file of a live server.
  local cwd
  if cwd="$(readlink -f "/proc/$pid/cwd" 2>/dev/null)" && [[ -n "$cwd" ]]; then
    [[ "$cwd" == "$(readlink -f "$data")" ]] || return 1
  fi
  echo "$pid"
}

is_running() { server_pid >/dev/null; }

remove_stale_lock_files() {
  if [[ -f "$data/postmaster.pid" ]] && ! is_running; then
    log "removing stale $data/postmaster.pid"
    rm -f "$data/postmaster.pid"
  fi
  rm -f "$sockets"/.s.PGSQL.*.lock
}

write_settings() {
  local conf="$data/pageshare.conf"
  {
    echo "# Written by scripts/local-postgres.sh on every start; edit the script, not this file."
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $port"
    echo "unix_socket_directories = '$sockets'"
    echo "max_connections = 200"
    echo "shared_buffers = 128MB"
    echo "logging_collector = off"
    if [[ "$fast" == true ]]; then
      echo "fsync = off"
      echo "synchronous_commit = off"
      echo "full_page_writes = off"
    else
      echo "fsync = on"
      echo "synchronous_commit = on"
      echo "full_page_writes = on"
    fi
  } > "$conf.tmp"
  mv "$conf.tmp" "$conf"
  if is_root; then chown postgres:postgres "$conf"; fi
}

init_cluster() {
  [[ -f "$data/PG_VERSION" ]] && return 0
  log "initialising a cluster in $data"
  rm -rf "$data"
  as_owner mkdir -p "$data" "$sockets"
  as_owner chmod 700 "$data"
  # --auth=trust only writes local-socket and loopback (127.0.0.1/32, ::1/128) lines to pg_hba.conf,
  # and the server listens on 127.0.0.1 only.
  as_owner "$PG_BIN/initdb" --pgdata="$data" --username=postgres --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 >&2
  echo "include_if_exists = 'pageshare.conf'" | as_owner tee -a "$data/postgresql.conf" >/dev/null
}

psql_admin() {
  "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres "$@"
}

ensure_database() {
  local exists
  exists="$(psql_admin -tAc "select 1 from pg_database where datname = '$db'")"
  if [[ "$exists" != "1" ]]; then
    log "creating database $db"
    # Another start may create it between the check and here; that is fine.
    psql_admin -c "create database \"$db\"" >&2 2>/dev/null \
      || [[ "$(psql_admin -tAc "select 1 from pg_database where datname = '$db'")" == "1" ]] \
      || die "could not create database $db"
  fi
}

with_lock() {
  # Serialises concurrent starts and stops on the same folder. The server must not inherit fd 9,
  # or it would hold the lock for its whole life.
  exec 9>"$dir/.lock"
  flock 9
}

start() {
  ensure_binaries
  mkdir -p "$dir"
  # The server runs as another user when we are root; it needs a working directory it can read.
  cd "$dir"
  ensure_ownership
  with_lock
  init_cluster
  as_owner mkdir -p "$sockets"
  if is_running; then
    local running_port
    running_port="$(sed -n 's/^port = //p' "$data/pageshare.conf" 2>/dev/null || true)"
    if [[ -n "$running_port" && "$running_port" != "$port" ]]; then
      die "the cluster in $dir already runs on port $running_port; pass --port $running_port or stop it first"
    fi
    log "already running (pid $(server_pid)), reusing it"
  else
    remove_stale_lock_files
    write_settings
    log "starting PostgreSQL on 127.0.0.1:$port (log: $logfile)"
    if is_root; then touch "$logfile"; chown postgres:postgres "$logfile"; fi
    if ! as_owner "$PG_BIN/pg_ctl" --pgdata="$data" --log="$logfile" --wait --timeout=60 start >&2 9>&-; then
      tail -n 20 "$logfile" >&2 || true
      die "PostgreSQL did not start; see $logfile"
    fi
  fi
  ensure_database
  echo "$url"
}

stop() {
  [[ -d "$data" ]] || { log "no cluster in $dir"; return 0; }
  cd "$dir"
  with_lock
  if is_running; then
    log "stopping PostgreSQL in $data"
    as_owner "$PG_BIN/pg_ctl" --pgdata="$data" --mode=fast --wait --timeout=60 stop >&2
  else
    remove_stale_lock_files
    log "not running"
  fi
}

case "$command_name" in
  start) start ;;
  stop) stop ;;
  status)
    if [[ -d "$data" ]] && is_running; then
      log "running (pid $(server_pid)) at $url"
      exit 0
    fi
    log "not running"
    exit 3
    ;;
  url) echo "$url" ;;
  *) usage ;;
esac
