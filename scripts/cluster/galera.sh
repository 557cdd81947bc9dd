#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on this one machine, for the multi-instance suite
# (`test:cluster`) and for trying Bianmin "beyond one machine" (docs/scaling.md).
#
#   galera.sh up            start nodes 1–3 (1 bootstraps, 2 and 3 join by rsync SST); wait for
#                           wsrep_cluster_size = 3 everywhere; database bianmin_cluster; root over
#                           TCP from 127.0.0.1 without a password. Already up: nothing to do.
#   galera.sh down          stop nodes 3, 2, 1 (last node last) and remove every data directory.
#   galera.sh status        one line per node.
#   galera.sh kill-node N   kill -9 node N's mariadbd (the suite's failure test).
#   galera.sh start-node N  start node N again on its data directory: its position is recovered
#                           from InnoDB, so it catches up by IST (or SST when the gap is too old).
#
# Node N listens on 127.0.0.1 only: SQL 4305+N; group 4557+10N, IST +1, SST +2
# (4306/4567/4568/4569, 4307/4577/4578/4579, 4308/4587/4588/4589). GALERA_DIR moves the data
# (default /tmp/bianmin-galera). The machine's own MariaDB on 3306 is never touched.
set -euo pipefail

BASE=${GALERA_DIR:-/tmp/bianmin-galera}
NODES=(1 2 3)
DATABASE=bianmin_cluster
PROVIDER=/usr/lib/galera/libgalera_smm.so
# mariadbd refuses to run as root unless told to; as root the nodes run as `mysql`.
if [ "$(id -u)" = 0 ]; then RUN_AS=mysql; else RUN_AS=$(id -un); fi

sql_port() { echo $((4305 + $1)); }
group_port() { echo $((4557 + 10 * $1)); }
dir() { echo "$BASE/node$1"; }
sock() { echo "$(dir "$1")/mysqld.sock"; }
log() { printf '[galera] %s\n' "$*"; }
die() {
  log "$*" >&2
  exit 1
}

# Client on node N's socket as root (socket access needs no password).
client() {
  local n=$1
  shift
  mariadb --no-defaults -S "$(sock "$n")" -uroot "$@"
}
status_of() { client "$1" -Nse "SHOW GLOBAL STATUS LIKE '$2'" 2>/dev/null | awk '{print $2}'; }

require() {
  [ -r "$PROVIDER" ] || die "galera-4 is not installed ($PROVIDER missing): apt-get install -y galera-4"
  command -v rsync >/dev/null || die "rsync is needed for state transfer: apt-get install -y rsync"
  command -v mariadbd >/dev/null || die "mariadbd not found (mariadb-server)"
}

write_config() {
  local n=$1 d
  d=$(dir "$n")
  local group
  group=$(group_port "$n")
  local members=""
  for m in "${NODES[@]}"; do members+="${members:+,}127.0.0.1:$(group_port "$m")"; done
  cat >"$d/my.cnf" <<EOF
[mysqld]
user = $RUN_AS
datadir = $d/data
socket = $d/mysqld.sock
pid-file = $d/mysqld.pid
tmpdir = $d/tmp
log-error = $d/error.log
port = $(sql_port "$n")
bind-address = 127.0.0.1
skip-name-resolve
character-set-server = utf8mb4
collation-server = utf8mb4_unicode_ci
# The machine also runs the single MariaDB and three API instances: modest memory each.
innodb_buffer_pool_size = 128M
innodb_log_file_size = 32M
max_connections = 200
# What Galera requires: row-based write sets, interleaved auto-increment locks, InnoDB only.
binlog_format = ROW
default_storage_engine = InnoDB
innodb_autoinc_lock_mode = 2
wsrep_on = ON
wsrep_provider = $PROVIDER
wsrep_cluster_name = bianmin
wsrep_node_name = node$n
wsrep_node_address = 127.0.0.1
wsrep_cluster_address = gcomm://$members
# Three nodes on one host: each needs its own group, IST and SST port. A killed node is declared
# gone after 3 s instead of 5 (the survivors' writes wait for that verdict).
wsrep_provider_options = "gmcast.listen_addr=tcp://127.0.0.1:$group;ist.recv_addr=127.0.0.1:$((group + 1));evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S"
wsrep_sst_receive_address = 127.0.0.1:$((group + 2))
wsrep_sst_method = rsync
wsrep_slave_threads = 2
EOF
}

# Node N's mariadbd: the pid its launcher recorded, if that process is still node N's server (a
# stale file's number may belong to another process by now).
pid_of() {
  local f pid
  f="$(dir "$1")/node.pid"
  [ -s "$f" ] || return 1
  pid=$(cat "$f")
  { tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null | grep -q -- "--defaults-file=$(dir "$1")/my.cnf" || return 1
  echo "$pid"
}

# Every process started with one of our config files (a node whose pid file is gone, a recovery
# run): matched by the full path of this cluster's directory, nothing broader.
ours() {
  pgrep -f -- "--defaults-file=$BASE/node[0-9]+/my.cnf" || true
}

# Start node N in its own session (Ctrl-C in the terminal that ran `up` does not reach it), in the
# background. Extra arguments go to mariadbd (--wsrep-new-cluster, a start position).
launch() {
  local n=$1
  shift
  local d
  d=$(dir "$n")
  # The launcher records its pid, then becomes mariadbd: the pid is the server's from the start (its
  # own pid file appears only after a state transfer).
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$d/node.pid" mariadbd --defaults-file="$d/my.cnf" "$@" </dev/null >>"$d/stdout.log" 2>&1 &
  for _ in $(seq 1 50); do
    pid_of "$n" >/dev/null && return 0
    sleep 0.1
  done
  die "node $n did not start: $(tail -n 20 "$d/error.log" 2>/dev/null)"
}

# Wait until node N is Synced in a primary component of `want` nodes.
wait_synced() {
  local n=$1 want=$2 seconds=${3:-120}
  for _ in $(seq 1 $((seconds * 2))); do
    if ! pid_of "$n" >/dev/null; then die "node $n exited: $(tail -n 30 "$(dir "$n")/error.log" 2>/dev/null)"; fi
    if [ "$(status_of "$n" wsrep_local_state_comment)" = Synced ] && [ "$(status_of "$n" wsrep_cluster_size)" = "$want" ] &&
      [ "$(status_of "$n" wsrep_cluster_status)" = Primary ]; then
      return 0
    fi
    sleep 0.5
  done
  die "node $n not synced in a cluster of $want within ${seconds}s: $(tail -n 30 "$(dir "$n")/error.log" 2>/dev/null)"
}

healthy() {
  for n in "${NODES[@]}"; do
    pid_of "$n" >/dev/null || return 1
    [ "$(status_of "$n" wsrep_cluster_size)" = ${#NODES[@]} ] || return 1
    [ "$(status_of "$n" wsrep_local_state_comment)" = Synced ] || return 1
    mariadb --no-defaults --protocol=tcp -h127.0.0.1 -P"$(sql_port "$n")" -uroot -e "USE $DATABASE" 2>/dev/null || return 1
  done
}

stop_node() {
  local n=$1 pid
  pid=$(pid_of "$n") || return 0
  mysqladmin --no-defaults -S "$(sock "$n")" -uroot shutdown 2>/dev/null || kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 120); do
    [ -d "/proc/$pid" ] || return 0
    sleep 0.5
  done
  log "node $n did not stop in 60 s: kill -9 $pid"
  kill -9 "$pid" 2>/dev/null || true
}

down() {
  # The last node stops last: it holds the newest state (safe_to_bootstrap).
  for ((i = ${#NODES[@]} - 1; i >= 0; i--)); do stop_node "${NODES[i]}"; done
  local left
  left=$(ours)
  if [ -n "$left" ]; then
    log "killing leftover processes of $BASE: $(echo $left)"
    kill -9 $left 2>/dev/null || true
    sleep 1
  fi
  rm -rf "$BASE"
}

up() {
  require
  if healthy; then
    log "already up: ${#NODES[@]} nodes synced, SQL on 127.0.0.1:$(sql_port 1)-$(sql_port "${NODES[-1]}")"
    return 0
  fi
  [ -e "$BASE" ] && log "cleaning a stale or partial cluster in $BASE"
  down
  local started=$SECONDS
  mkdir -p "$BASE"
  for n in "${NODES[@]}"; do
    mkdir -p "$(dir "$n")/data" "$(dir "$n")/tmp"
    write_config "$n"
  done
  [ "$RUN_AS" = "$(id -un)" ] || chown -R "$RUN_AS:" "$BASE"
  local installs=()
  for n in "${NODES[@]}"; do
    mariadb-install-db --defaults-file="$(dir "$n")/my.cnf" --auth-root-authentication-method=normal \
      --skip-test-db >"$(dir "$n")/install.log" 2>&1 &
    installs+=($!)
  done
  for i in "${!installs[@]}"; do
    wait "${installs[i]}" || die "mariadb-install-db failed for node ${NODES[i]}: $(tail -n 5 "$(dir "${NODES[i]}")/install.log")"
  done

  launch 1 --wsrep-new-cluster
  wait_synced 1 1
  client 1 <<SQL
CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '';
GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
CREATE DATABASE IF NOT EXISTS $DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
SQL
  # The joiners at once: each takes a full copy (SST) from a synced donor; a busy donor makes the
  # second wait and retry by itself.
  for n in "${NODES[@]:1}"; do launch "$n"; done
  for n in "${NODES[@]}"; do wait_synced "$n" ${#NODES[@]}; done
  healthy || die "cluster formed but not usable over TCP"
  log "up in $((SECONDS - started)) s: ${#NODES[@]} nodes synced (wsrep_cluster_size = ${#NODES[@]}), database $DATABASE, SQL on 127.0.0.1:$(sql_port 1)-$(sql_port "${NODES[-1]}")"
}

status() {
  for n in "${NODES[@]}"; do
    if pid_of "$n" >/dev/null; then
      log "node $n: pid $(pid_of "$n"), port $(sql_port "$n"), $(status_of "$n" wsrep_local_state_comment), cluster size $(status_of "$n" wsrep_cluster_size), $(status_of "$n" wsrep_cluster_status)"
    else
      log "node $n: not running"
    fi
  done
}

kill_node() {
  local n=$1 pid
  pid=$(pid_of "$n") || die "node $n is not running"
  kill -9 "$pid"
  while [ -d "/proc/$pid" ]; do sleep 0.1; done
  log "node $n killed (pid $pid)"
}

start_node() {
  local n=$1 d position
  d=$(dir "$n")
  [ -f "$d/my.cnf" ] || die "node $n has no data directory: run up first"
  if pid_of "$n" >/dev/null; then
    log "node $n already running"
    return 0
  fi
  # After a crash grastate.dat says seqno -1: recover the last committed position from InnoDB, so
  # the node asks the donor only for what it missed (IST) instead of a full copy (SST).
  : >"$d/recover.log"
  [ "$RUN_AS" = "$(id -un)" ] || chown "$RUN_AS:" "$d/recover.log"
  mariadbd --defaults-file="$d/my.cnf" --wsrep-recover --log-error="$d/recover.log" </dev/null >/dev/null 2>&1 || true
  position=$(sed -n 's/.*WSREP: Recovered position: *//p' "$d/recover.log" | tail -n 1)
  local started=$SECONDS logged
  logged=$(stat -c %s "$d/error.log" 2>/dev/null || echo 0)
  launch "$n" ${position:+--wsrep-start-position="$position"}
  wait_synced "$n" ${#NODES[@]}
  local how="state transfer" recent
  recent=$(tail -c +"$((logged + 1))" "$d/error.log")
  if grep -q "rsync SST completed on joiner" <<<"$recent"; then
    how="SST: a full copy"
  elif grep -q "IST received" <<<"$recent"; then
    how="IST: $(sed -n 's/.*Receiving IST: \([0-9]*\) writesets.*/\1/p' <<<"$recent" | tail -n 1) missed write sets"
  fi
  log "node $n rejoined in $((SECONDS - started)) s by $how (recovered position ${position:-none})"
}

case ${1:-} in
  up) up ;;
  down) down && log "down: nodes stopped, $BASE removed" ;;
  status) status ;;
  kill-node) kill_node "${2:?node number}" ;;
  start-node) start_node "${2:?node number}" ;;
  *) die "usage: $0 up|down|status|kill-node N|start-node N" ;;
esac
