# Helpers for Microsoft's Agents Playground (npm @microsoft/m365agentsplayground, pinned in
# tests/CertBot.EndToEnd.Tests/playground/package-lock.json). Sourced by scripts/run and scripts/test.

playground_dir() { printf '%s\n' "$1/tests/CertBot.EndToEnd.Tests/playground"; }

# npm_ci_if_stale <dir>: node and npm from Debian when missing, then `npm ci` of the folder's pinned lock
# when node_modules is missing or older than the lock.
npm_ci_if_stale() {
  local dir=$1
  command -v node >/dev/null && command -v npm >/dev/null || certbot_install_packages nodejs npm
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "npm ci in ${dir#"$PWD"/} ..." >&2
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
}

# playground_install <repo>: the Agents Playground and playwright-core. The Playground's licence is for
# evaluation: it is installed here, never committed.
playground_install() {
  npm_ci_if_stale "$(playground_dir "$1")"
}

# playground_command <repo> <port> <config file> <bot endpoint>: the command line that starts one
# Playground. loopback.js keeps its listener on 127.0.0.1 (by itself it listens on every interface).
playground_command() {
  local dir
  dir=$(playground_dir "$1")
  printf '%s\0' env TEAMSAPPTESTER_BROWSER=none "M365_AGENTS_PLAYGROUND_CONFIG_PATH=$3" \
    "M365_AGENTS_PLAYGROUND_LOGFILE=${3%.yml}.log" \
    node --require "$dir/loopback.js" "$dir/node_modules/@microsoft/m365agentsplayground/cli.js" \
    -e "$4" -c msteams -p "$2" --su "http://127.0.0.1:$2/_connector" --disable-telemetry
}
