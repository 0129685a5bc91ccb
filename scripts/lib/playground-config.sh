#!/usr/bin/env bash
# Writes an Agents Playground configuration (.m365agentsplayground.yml, schema 0.1.1) to stdout for one of
# CertBot's demo users. The Playground cannot switch users while it runs, so `scripts/run` and the
# end-to-end test start one Playground per user, both in the same team and channel:
#
#   scripts/lib/playground-config.sh requester   # Rita Requester asks for runs (not an approver)
#   scripts/lib/playground-config.sh approver    # Alan Approver, approver of lab-east and lab-west
#   scripts/lib/playground-config.sh approvers   # prints the CertBot principals of the approvers
#
# The Playground insists on exactly five users besides the current one.
set -euo pipefail

REQUESTER_AAD=11111111-1111-4111-8111-111111111111
APPROVER_AAD=22222222-2222-4222-8222-222222222222

user() { # id name upn aad given surname
  printf '  - { id: "%s", name: %s, userPrincipleName: %s, aadObjectId: %s, givenName: %s, surname: %s, email: %s }\n' "$1" "$2" "$3" "$4" "$5" "$6" "$3"
}

current() { # id name upn aad given surname
  printf 'currentUser:\n  id: "%s"\n  name: %s\n  userPrincipleName: %s\n  aadObjectId: %s\n  givenName: %s\n  surname: %s\n  email: %s\n' "$1" "$2" "$3" "$4" "$5" "$6" "$3"
}

rita=("29:rita-requester" "Rita Requester" "rita@lab.example" "$REQUESTER_AAD" Rita Requester)
alan=("29:alan-approver" "Alan Approver" "alan@lab.example" "$APPROVER_AAD" Alan Approver)

case "${1:-}" in
  requester) me=("${rita[@]}"); other=("${alan[@]}") ;;
  approver) me=("${alan[@]}"); other=("${rita[@]}") ;;
  approvers) echo "aad:$APPROVER_AAD"; exit 0 ;;
  *) sed -n '2,/^set /p' "$0" | grep '^#' | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac

cat <<YAML
version: "0.1.1"
tenantId: 00000000-0000-0000-0000-0000000000001
bot:
  id: 00000000-0000-0000-0000-00000000000011
  name: CertBot
YAML
current "${me[@]}"
echo "users:"
user "${other[@]}"
user "29:nina-network" "Nina Network" "nina@lab.example" 33333333-3333-4333-8333-333333333333 Nina Network
user "29:omar-ops" "Omar Ops" "omar@lab.example" 44444444-4444-4444-8444-444444444444 Omar Ops
user "29:vera-voice" "Vera Voice" "vera@lab.example" 55555555-5555-4555-8555-555555555555 Vera Voice
user "29:sam-security" "Sam Security" "sam@lab.example" 66666666-6666-4666-8666-666666666666 Sam Security
cat <<YAML
personalChat:
  id: personal-chat-${me[4],,}
groupChat:
  id: group-chat-id
  name: UC Operations Chat
team:
  id: team-uc-ops
  name: UC Operations
  aadGroupId: 00000000-0000-0000-0000-000000000031
  channels:
    - id: channel-certificates
      name: Certificates
YAML
