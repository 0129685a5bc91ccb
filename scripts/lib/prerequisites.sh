# Installs the Debian packages CertBot's tests and lab need, only those missing. Sourced by scripts/*.
# Needs root (the lab starts sshd in private mount namespaces); uses sudo when run as another user.

certbot_as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

certbot_install_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing ${missing[*]} ..."
  export DEBIAN_FRONTEND=noninteractive
  # Another process may hold the dpkg lock for a while on a fresh machine: wait instead of failing.
  certbot_as_root apt-get -o DPkg::Lock::Timeout=300 update -qq
  certbot_as_root apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

certbot_require_dotnet() {
  command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet on PATH)." >&2; return 1; }
}
