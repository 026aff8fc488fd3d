#!/usr/bin/env bash
# Installs the Debian packages Meridian needs when they are missing, and does nothing otherwise.
# Each entry: a file that shows the package is there, and the package that provides it.
set -euo pipefail

needed=(
  "/usr/bin/msgfmt gettext"
  "/usr/lib/x86_64-linux-gnu/libpango-1.0.so.0 libpango-1.0-0"
  "/usr/lib/x86_64-linux-gnu/libpangoft2-1.0.so.0 libpangoft2-1.0-0"
)

missing=()
for entry in "${needed[@]}"; do
  read -r probe package <<<"$entry"
  [ -e "$probe" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing system packages: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "Please install as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
