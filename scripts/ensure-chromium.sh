#!/usr/bin/env bash
# Browser tests need Debian's Chromium at /usr/bin/chromium (never a downloaded browser).
# As root, install it (and a font) with apt; otherwise say in one line what to run.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests …"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  exit 0
fi
echo "Browser tests need Chromium: run 'sudo apt-get install -y chromium' (Debian) and try again." >&2
exit 1
