# Helpers of scripts/run: background processes recorded by pid and stopped in reverse order, waiting for a
# URL, the approvers overlay of the lab's configuration. Sourced.

RUN_PIDS=()

# run_background <log> <command...>: starts a command in its own process group, records its pid (also in
# RUN_LAST_PID; not called in $(...), whose subshell would lose the record).
run_background() {
  local log=$1; shift
  setsid "$@" >"$log" 2>&1 < /dev/null &
  RUN_LAST_PID=$!
  RUN_PIDS+=("$RUN_LAST_PID")
}

# run_stop_all: TERM to each recorded process group (newest first), KILL after 10 s.
run_stop_all() {
  local pid i
  for ((i=${#RUN_PIDS[@]}-1; i>=0; i--)); do
    pid=${RUN_PIDS[$i]}
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  done
  for i in $(seq 1 100); do
    local alive=0
    for pid in "${RUN_PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ $alive = 0 ] && break
    sleep 0.1
  done
  for pid in "${RUN_PIDS[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
  RUN_PIDS=()
}

# run_wait_url <url> <seconds> <pid> <log>: until the URL answers 2xx; fails early when the process died.
run_wait_url() {
  local url=$1 seconds=$2 pid=$3 log=$4 i
  for i in $(seq 1 $((seconds * 4))); do
    curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the process for $url exited; its log ($log) ends with:" >&2
      tail -n 30 "$log" >&2
      return 1
    fi
    sleep 0.25
  done
  echo "$url did not answer within $seconds s; see $log" >&2
  return 1
}

# run_port_free <port>: fails with a message when something listens on 127.0.0.1:<port> already.
run_port_free() {
  if ss -Hltn "sport = :$1" | grep -q .; then
    echo "port $1 is taken (ss -ltnp 'sport = :$1' shows by whom): stop that process first" >&2
    return 1
  fi
}

# run_config_with_approvers <lab certbot.json> <out> <principal>: the lab's clusters with that approver on
# each (configuration arrays merge by index, so a separate overlay could attach approvers to the wrong
# cluster; one complete file cannot). Written 0600: it holds the lab's passwords.
run_config_with_approvers() {
  local lab=$1 out=$2 approver=$3
  (umask 077 && APPROVER=$approver node -e '
    const fs = require("fs");
    const config = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    for (const cluster of config.CertBot.Clusters) cluster.Approvers = [process.env.APPROVER];
    fs.writeFileSync(process.argv[2], JSON.stringify(config, null, 2) + "\n", { mode: 0o600 });
  ' "$lab" "$out")
}
