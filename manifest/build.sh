#!/usr/bin/env bash
# Builds the Teams app package (the zip to upload in Teams or the Teams admin centre) from manifest.json
# and the two icons, with the bot's Microsoft App ID filled in, and validates it offline first.
#
#   manifest/build.sh --app-id <guid> [--version 1.0.0] [--out artifacts/teams-app/certbot.zip]
#   CERTBOT_TEAMS_APP_ID=<guid> manifest/build.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
app_id=${CERTBOT_TEAMS_APP_ID:-}
version=""
out="$repo/artifacts/teams-app/certbot.zip"
while [ $# -gt 0 ]; do
  case "$1" in
    --app-id) app_id=$2; shift 2 ;;
    --version) version=$2; shift 2 ;;
    --out) out=$(realpath -m "$2"); shift 2 ;;
    -h|--help) sed -n '2,/^set /p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
if ! [[ $app_id =~ ^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$ ]] || [ "$app_id" = 00000000-0000-0000-0000-000000000000 ]; then
  echo "give the bot's Microsoft App ID (the Azure Bot's app registration, a GUID): --app-id <guid> or CERTBOT_TEAMS_APP_ID" >&2
  exit 2
fi
command -v node >/dev/null || { echo "node is required (Debian: apt-get install nodejs npm)" >&2; exit 2; }
[ -d "$here/tools/node_modules" ] || (cd "$here/tools" && npm ci --no-audit --no-fund --loglevel=error)

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp "$here/color.png" "$here/outline.png" "$stage/"
# The committed manifest carries a zero GUID; the package carries the real app id (app and bot share it).
APP_ID=$app_id VERSION=$version node -e '
  const fs = require("fs");
  const m = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  m.id = process.env.APP_ID;
  for (const b of m.bots) b.botId = process.env.APP_ID;
  if (process.env.VERSION) m.version = process.env.VERSION;
  fs.writeFileSync(process.argv[2], JSON.stringify(m, null, 2) + "\n");
' "$here/manifest.json" "$stage/manifest.json"
node "$here/tools/validate.js" "$stage/manifest.json"
mkdir -p "$(dirname "$out")"
rm -f "$out"
(cd "$stage" && python3 -m zipfile -c "$out" manifest.json color.png outline.png)
echo "Teams app package: $out"
