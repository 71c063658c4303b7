#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (a browser downloaded by an npm
# package cannot be fetched here). Install it when it is missing.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "The browser tests need Chromium at $chromium_path: install Debian's 'chromium' package or set CHROMIUM_PATH." >&2
  exit 1
fi
