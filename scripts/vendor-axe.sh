#!/usr/bin/env bash
# Refreshes the copy of axe-core that the browser tests inject into pages
# (tests/browser/vendor/axe-core/), from the npm registry through `npm pack`.
#
#   scripts/vendor-axe.sh [VERSION]     default: the version in tests/browser/vendor/axe-core/VERSION
#
# The tests never download anything: they read the committed axe.min.js and check its SHA-256
# against the VERSION file, so a hand-edited copy fails loudly.
set -euo pipefail
cd "$(dirname "$0")/.."
target=tests/browser/vendor/axe-core
version=${1:-$(sed -n 's/^version=//p' "$target/VERSION")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "axe-core@$version" >/dev/null && tar xzf axe-core-*.tgz)
cp "$work/package/axe.min.js" "$work/package/LICENSE" "$target/"
{
    echo "version=$version"
    echo "sha256=$(sha256sum "$target/axe.min.js" | cut -d' ' -f1)"
} >"$target/VERSION"
echo "axe-core $version vendored in $target"
