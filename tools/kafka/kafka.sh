#!/usr/bin/env bash
# Single-node Apache Kafka broker (KRaft, combined broker+controller) run from Maven Central jars,
# for tests and local development. No Docker, no tarball: the jars come from tools/kafka/pom.xml.
#
#   tools/kafka/kafka.sh install   resolve the broker jars into the cache (once)
#   tools/kafka/kafka.sh start     install if needed, format storage if needed, start, wait for 127.0.0.1:9092
#   tools/kafka/kafka.sh stop      stop the broker started by this script
#   tools/kafka/kafka.sh status    exit 0 if 127.0.0.1:9092 accepts connections
#   tools/kafka/kafka.sh reset     stop and delete the data folder (all topics and offsets)
#
# Environment:
#   KAFKA_CACHE_DIR  jars, config, pid file and broker logs  (default: $HOME/.cache/bridge-kafka/<kafka version>)
#   KAFKA_PORT       client port                             (default: 9092)
#   KAFKA_CONTROLLER_PORT  KRaft controller port             (default: 9093)
#   KAFKA_DATA_DIR   topic data, formatted KRaft storage     (default: $KAFKA_CACHE_DIR/data, or data-<port>
#                    for a port other than 9092)
#   KAFKA_RUN_DIR    config, pid file and broker logs        (default: $KAFKA_CACHE_DIR/run, or run-<port>)
#   KAFKA_HEAP_OPTS  JVM heap options                        (default: -Xms512m -Xmx512m)
#   KAFKA_START_TIMEOUT_S  seconds start waits for 127.0.0.1:9092 (default: 90)
#   JAVA_HOME        Java 17+ to use (default: java on PATH)
#
# Clients connect to 127.0.0.1:9092 only; 9093 is the KRaft controller port, which clients must not use.
# A second broker (e.g. one a fault drill may stop) runs beside it with its own ports: KAFKA_PORT=19092
# KAFKA_CONTROLLER_PORT=19093 keep their own data and run folders.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
POM="$SCRIPT_DIR/pom.xml"

HOST=127.0.0.1
BROKER_PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
[[ "$BROKER_PORT" =~ ^[0-9]+$ && "$CONTROLLER_PORT" =~ ^[0-9]+$ ]] || { echo "kafka: KAFKA_PORT and KAFKA_CONTROLLER_PORT must be numbers" >&2; exit 2; }
START_TIMEOUT_S="${KAFKA_START_TIMEOUT_S:-90}"
STOP_TIMEOUT_S=30

KAFKA_VERSION="$(sed -n 's:.*<kafka\.version>\(.*\)</kafka\.version>.*:\1:p' "$POM" | head -n1)"
[[ -n "$KAFKA_VERSION" ]] || { echo "kafka: cannot read kafka.version from $POM" >&2; exit 1; }

CACHE="${KAFKA_CACHE_DIR:-$HOME/.cache/bridge-kafka/$KAFKA_VERSION}"
SUFFIX=""
[[ "$BROKER_PORT" == 9092 ]] || SUFFIX="-$BROKER_PORT"
DATA_DIR="${KAFKA_DATA_DIR:-$CACHE/data$SUFFIX}"
LIBS="$CACHE/libs"
INSTALLED_MARKER="$LIBS/.installed"
RUN_DIR="${KAFKA_RUN_DIR:-$CACHE/run$SUFFIX}"
LOG_DIR="$RUN_DIR/logs"
PID_FILE="$RUN_DIR/kafka.pid"
SERVER_PROPS="$RUN_DIR/server.properties"
LOG4J_PROPS="$RUN_DIR/log4j.properties"
STORAGE_DIR="$DATA_DIR/kraft-combined-logs"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

log() { echo "kafka: $*"; }
die() { echo "kafka: $*" >&2; exit 1; }

port_open() { # port -> 0 if $HOST:port accepts a TCP connection
  timeout 2 bash -c "exec 3<>/dev/tcp/$HOST/$1" 2>/dev/null
}

# Serialise install/start/stop/reset so parallel callers (e.g. several test runners) do not race.
# The broker is started with fd 9 closed, so it never holds this lock.
take_lock() {
  mkdir -p "$CACHE"
  exec 9>"$CACHE/.lock"
  flock -w 300 9 || die "timed out waiting for $CACHE/.lock"
}

pom_digest() { sha256sum "$POM" | cut -d' ' -f1; }

broker_pid() { # prints the pid from the pid file if that process is our broker
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  # guard against pid reuse: the process must be a kafka.Kafka JVM
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'kafka\.Kafka' || return 1
  echo "$pid"
}

run_tool() { # runs a Kafka class with the cached class path, quietly
  "$JAVA" -Xmx256m -cp "$LIBS/*" -Dlog4j.configuration="file:$LOG4J_PROPS" -Dkafka.logs.dir="$LOG_DIR" "$@"
}

do_install() {
  if [[ -f "$INSTALLED_MARKER" && "$(cat "$INSTALLED_MARKER")" == "$(pom_digest)" ]]; then
    log "jars for Kafka $KAFKA_VERSION already in $LIBS"
    return 0
  fi
  command -v mvn >/dev/null || die "mvn not found (needed once to resolve the Kafka jars)"
  log "resolving Kafka $KAFKA_VERSION jars from Maven Central into $LIBS"
  rm -rf "$LIBS"
  mkdir -p "$LIBS"
  # Output goes to a file: even with -q -B, Maven 3.8 prints stray ANSI reset codes.
  if ! mvn -q -B -f "$POM" dependency:copy-dependencies -DoutputDirectory="$LIBS" >"$CACHE/install.log" 2>&1; then
    sed 's/\x1b\[[0-9;]*m//g' "$CACHE/install.log" >&2
    die "mvn failed to resolve the jars of $POM (see $CACHE/install.log)"
  fi
  ls "$LIBS"/kafka_2.13-"$KAFKA_VERSION".jar >/dev/null 2>&1 || die "kafka_2.13-$KAFKA_VERSION.jar missing in $LIBS"
  pom_digest >"$INSTALLED_MARKER"
  log "installed $(find "$LIBS" -name "*.jar" | wc -l) jars"
}

write_config() {
  mkdir -p "$RUN_DIR" "$LOG_DIR" "$DATA_DIR"
  cat >"$SERVER_PROPS" <<EOF
# Generated by tools/kafka/kafka.sh -- edits are overwritten on every start.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$HOST:$CONTROLLER_PORT
listeners=PLAINTEXT://$HOST:$BROKER_PORT,CONTROLLER://$HOST:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$HOST:$BROKER_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$STORAGE_DIR
num.partitions=3
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
delete.topic.enable=true
EOF
  cat >"$LOG4J_PROPS" <<'EOF'
# Generated by tools/kafka/kafka.sh. INFO and above to ${kafka.logs.dir}/server.log, WARN and above to the console.
log4j.rootLogger=INFO, stdout, kafkaAppender

log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.Threshold=WARN
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n

log4j.appender.kafkaAppender=org.apache.log4j.DailyRollingFileAppender
log4j.appender.kafkaAppender.DatePattern='.'yyyy-MM-dd
log4j.appender.kafkaAppender.File=${kafka.logs.dir}/server.log
log4j.appender.kafkaAppender.layout=org.apache.log4j.PatternLayout
log4j.appender.kafkaAppender.layout.ConversionPattern=[%d] %p %m (%c)%n

log4j.logger.kafka.request.logger=WARN
log4j.logger.org.apache.kafka.clients=WARN
EOF
}

format_storage() {
  if [[ -f "$STORAGE_DIR/meta.properties" ]]; then
    log "storage already formatted in $STORAGE_DIR"
    return 0
  fi
  local cluster_id
  cluster_id="$(run_tool kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n1)"
  [[ "$cluster_id" =~ ^[A-Za-z0-9_-]{22}$ ]] || die "StorageTool random-uuid gave '$cluster_id'"
  run_tool kafka.tools.StorageTool format -t "$cluster_id" -c "$SERVER_PROPS" >"$LOG_DIR/format.out" 2>&1 \
    || { cat "$LOG_DIR/format.out" >&2; die "formatting $STORAGE_DIR failed"; }
  log "formatted storage in $STORAGE_DIR (cluster id $cluster_id)"
}

show_log_tail() { # $1: size of server.log before this start (only what this start logged is shown)
  local from="${1:-0}" size
  size="$(stat -c %s "$LOG_DIR/server.log" 2>/dev/null || echo 0)"
  ((size >= from)) || from=0 # rolled over meanwhile
  echo "---- last lines of $LOG_DIR/server.log ----" >&2
  if ((size > from)); then
    tail -c +"$((from + 1))" "$LOG_DIR/server.log" | tail -n 40 >&2
  else
    echo "(nothing logged by this start)" >&2
  fi
  if [[ -s "$LOG_DIR/kafka.out" ]]; then
    echo "---- last lines of $LOG_DIR/kafka.out ----" >&2
    tail -n 20 "$LOG_DIR/kafka.out" >&2
  fi
}

do_start() {
  if port_open "$BROKER_PORT"; then
    log "already running: $HOST:$BROKER_PORT accepts connections"
    return 0
  fi
  do_install
  local pid log_from=0
  if pid="$(broker_pid)"; then
    log "broker process $pid exists but $HOST:$BROKER_PORT is closed; waiting for it"
  else
    rm -f "$PID_FILE"
    if port_open "$CONTROLLER_PORT"; then
      die "$HOST:$CONTROLLER_PORT is taken by another process; cannot start the controller"
    fi
    write_config
    format_storage
    : >"$LOG_DIR/kafka.out"
    log_from="$(stat -c %s "$LOG_DIR/server.log" 2>/dev/null || echo 0)"
    # shellcheck disable=SC2086  # KAFKA_HEAP_OPTS is a list of options
    nohup "$JAVA" ${KAFKA_HEAP_OPTS:--Xms512m -Xmx512m} -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
      -Djava.awt.headless=true \
      -Dlog4j.configuration="file:$LOG4J_PROPS" -Dkafka.logs.dir="$LOG_DIR" \
      -cp "$LIBS/*" kafka.Kafka "$SERVER_PROPS" \
      </dev/null >>"$LOG_DIR/kafka.out" 2>&1 9>&- &
    pid=$!
    echo "$pid" >"$PID_FILE"
    log "started Kafka $KAFKA_VERSION (pid $pid), waiting for $HOST:$BROKER_PORT"
  fi
  local started=$SECONDS
  until port_open "$BROKER_PORT"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      show_log_tail "$log_from"
      die "broker exited during start-up"
    fi
    if ((SECONDS - started >= START_TIMEOUT_S)); then
      show_log_tail "$log_from"
      die "$HOST:$BROKER_PORT not accepting connections after ${START_TIMEOUT_S}s (pid $pid still running; logs in $LOG_DIR)"
    fi
    sleep 0.5
  done
  log "ready on $HOST:$BROKER_PORT after $((SECONDS - started))s (logs: $LOG_DIR/server.log)"
}

do_stop() {
  local pid
  if ! pid="$(broker_pid)"; then
    rm -f "$PID_FILE"
    if port_open "$BROKER_PORT"; then
      log "not started by this script, leaving it alone: $HOST:$BROKER_PORT is served by another process"
    else
      log "not running"
    fi
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  local waited=0
  while kill -0 "$pid" 2>/dev/null && ((waited < STOP_TIMEOUT_S * 2)); do
    sleep 0.5
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    log "stopped (pid $pid killed with SIGKILL after ${STOP_TIMEOUT_S}s)"
  else
    log "stopped (pid $pid)"
  fi
  rm -f "$PID_FILE"
}

do_status() {
  if port_open "$BROKER_PORT"; then
    local pid
    if pid="$(broker_pid)"; then
      log "running (pid $pid) on $HOST:$BROKER_PORT"
    else
      log "running on $HOST:$BROKER_PORT (not started by this script)"
    fi
    return 0
  fi
  log "not running"
  return 1
}

do_reset() {
  do_stop
  rm -rf "$DATA_DIR"
  log "deleted $DATA_DIR"
}

usage() {
  echo "usage: ${0##*/} install|start|stop|status|reset   (repo: $REPO_ROOT)" >&2
  exit 2
}

case "${1:-}" in
  install) take_lock; do_install ;;
  start) take_lock; do_start ;;
  stop) take_lock; do_stop ;;
  status) do_status ;;
  reset) take_lock; do_reset ;;
  *) usage ;;
esac
