#!/usr/bin/env bash
# Installs the Debian packages Meridian needs when they are missing, and does nothing otherwise.
# Each entry: a file that shows the package is there, and the package that provides it.
#
#   scripts/ensure-system-packages.sh            what the site needs (gettext, Pango, and for
#                                                certificate PDFs the Noto CJK fonts, HarfBuzz's
#                                                subsetter and its hb-subset tool)
#   scripts/ensure-system-packages.sh --browser  also what the browser tests need: Debian's
#                                                Chromium (driven by Playwright through its
#                                                executable_path, no browser download) and a
#                                                CJK font, so Chinese pages render as text
set -euo pipefail

needed=(
  "/usr/bin/msgfmt gettext"
  "/usr/lib/x86_64-linux-gnu/libpango-1.0.so.0 libpango-1.0-0"
  "/usr/lib/x86_64-linux-gnu/libpangoft2-1.0.so.0 libpangoft2-1.0-0"
  "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc fonts-noto-cjk"
  "/usr/lib/x86_64-linux-gnu/libharfbuzz-subset.so.0 libharfbuzz-subset0"
  "/usr/bin/hb-subset libharfbuzz-bin"
)
browser=(
  "/usr/bin/chromium chromium"
  "/usr/bin/chromedriver chromium-driver"
  "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc fonts-wqy-microhei"
)

for arg in "$@"; do
  case "$arg" in
    --browser) needed+=("${browser[@]}") ;;
    *) echo "usage: $0 [--browser]" >&2; exit 2 ;;
  esac
done

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
