# Helpers of scripts/lab: where the lab's runtime directory is, publishing the lab's binaries only when
# its sources changed, and stopping a lab by its pid record when the binaries are gone.

# lab_runtime_dir <repo> <args...>: absolute path of --dir (or --dir=...), default <repo>/.lab.
lab_runtime_dir() {
  local repo=$1 dir="" previous=""
  shift
  for arg in "$@"; do
    case "$previous" in --dir) dir=$arg ;; esac
    case "$arg" in --dir=*) dir=${arg#--dir=} ;; esac
    previous=$arg
  done
  [ -n "$dir" ] || dir="$repo/.lab"
  case "$dir" in /*) ;; *) dir="$PWD/$dir" ;; esac
  printf '%s\n' "$dir"
}

# lab_check_runtime_dir <dir>: refuses a directory that holds anything but a lab's own entries, since the
# lab replaces bin/ (and up recreates etc/, nodes/ ...) there: a typo such as --dir / must not touch /bin.
lab_check_runtime_dir() {
  local dir=$1 entry name
  [ -d "$dir" ] || return 0
  for entry in "$dir"/* "$dir"/.[!.]*; do
    [ -e "$entry" ] || [ -L "$entry" ] || continue
    name=${entry##*/}
    case "$name" in
      inventory.json|certbot.json|lab.pid.json|lab.pid.json.tmp|bin|bin.new|etc|home|sftp|nodes|ca) ;;
      *) echo "certbot-lab: $dir is not a lab runtime directory (it holds $name): use a new or empty directory" >&2; return 1 ;;
    esac
  done
}

# lab_source_stamp <repo>: changes whenever a source file of the lab (or a shared build file) changes.
lab_source_stamp() {
  local repo=$1
  {
    find "$repo/src/CertBot.Lab" \( -name bin -o -name obj \) -prune -o -type f -printf '%P %s %T@\n' | LC_ALL=C sort
    for f in Directory.Build.props Directory.Packages.props global.json .editorconfig; do
      [ -f "$repo/$f" ] && stat -c '%n %s %Y' "$repo/$f"
    done
  } | sha256sum | cut -d' ' -f1
}

# lab_publish <repo> <runtime dir>: <dir>/bin holds the current build of src/CertBot.Lab.
# One shared publish (under a lock, so parallel test labs build once), then a copy per runtime directory.
lab_publish() {
  local repo=$1 dir=$2 stamp cache lock
  stamp=$(lab_source_stamp "$repo")
  if [ -f "$dir/bin/.source-stamp" ] && [ "$(cat "$dir/bin/.source-stamp")" = "$stamp" ]; then
    return 0
  fi
  cache="$repo/artifacts/lab-bin"
  lock="$repo/artifacts/.lab-publish.lock"
  mkdir -p "$repo/artifacts" "$dir"
  (
    # The copy is made under the lock too: another lab's publish may be replacing the shared build.
    flock 9
    if [ ! -f "$cache/.source-stamp" ] || [ "$(cat "$cache/.source-stamp")" != "$stamp" ]; then
      echo "Building the lab ..." >&2
      rm -rf "$cache"
      # Another build may hold the project's obj/ files for a moment: one retry.
      dotnet publish "$repo/src/CertBot.Lab/CertBot.Lab.csproj" -c Release -o "$cache" -nologo -v q -clp:ErrorsOnly >&2 \
        || dotnet publish "$repo/src/CertBot.Lab/CertBot.Lab.csproj" -c Release -o "$cache" -nologo -v q -clp:ErrorsOnly >&2
      printf '%s\n' "$stamp" > "$cache/.source-stamp"
    fi
    rm -rf "$dir/bin.new"
    cp -a "$cache" "$dir/bin.new"
  ) 9>"$lock"
  chmod -R a+rX "$dir/bin.new"
  rm -rf "$dir/bin"
  mv "$dir/bin.new" "$dir/bin"
}

# lab_down_by_record <runtime dir>: `down` without the binaries. Each sshd and all of its logins live in
# their own mount namespace (recorded in lab.pid.json). A recorded namespace number can be reused by
# another lab once ours is gone, so a namespace counts as ours only while one of its processes sees this
# lab's own etc/passwd (the launcher does the same check).
lab_down_by_record() {
  local dir=$1 record="$1/lab.pid.json" namespaces round pids=()
  [ -f "$record" ] || { echo "No lab running in $dir"; return 0; }
  namespaces=$(grep -o '"mountNamespace": *"mnt:\[[0-9]*\]"' "$record" | grep -o 'mnt:\[[0-9]*\]' || true)
  for round in $(seq 1 50); do
    mapfile -t pids < <(lab_processes_of "$dir" "$namespaces")
    [ ${#pids[@]} -eq 0 ] && break
    if [ "$round" -lt 30 ]; then kill -TERM "${pids[@]}" 2>/dev/null || true; else kill -KILL "${pids[@]}" 2>/dev/null || true; fi
    sleep 0.05
  done
  if [ ${#pids[@]} -gt 0 ]; then
    echo "certbot-lab: processes of the lab did not stop: ${pids[*]}" >&2
    return 1
  fi
  rm -f "$record"
  echo "Lab stopped: $dir"
}

# lab_processes_of <runtime dir> <namespaces>: running pids in those namespaces that belong to this lab.
lab_processes_of() {
  local dir=$1 namespaces=$2 line p ns pid state
  declare -A members=() ours=()
  [ -n "$namespaces" ] || return 0
  # One find lists every process's namespace; only the few in a recorded namespace are looked at closer.
  while read -r p ns; do
    grep -qxF "$ns" <<<"$namespaces" || continue
    p=${p%/ns}
    read -r _ _ state _ < "$p/stat" 2>/dev/null || continue
    [ "$state" = Z ] && continue
    pid=${p#/proc/}
    members[$ns]="${members[$ns]:-} $pid"
    cmp -s "$p/root/etc/passwd" "$dir/etc/passwd" && ours[$ns]=1
  done < <(find /proc/[0-9]*/ns/mnt -maxdepth 0 -printf '%h %l\n' 2>/dev/null | grep -F -f <(printf '%s\n' "$namespaces"))
  for ns in "${!ours[@]}"; do
    for pid in ${members[$ns]}; do echo "$pid"; done
  done
}
