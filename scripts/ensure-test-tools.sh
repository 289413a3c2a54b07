#!/usr/bin/env bash
# Export tests read the exported files with real tools: xmllint (schema validation) and
# python3 with NetworkX. As root, install what is missing with apt (Debian packages
# libxml2-utils, python3-networkx); otherwise say in one line what to run.
set -euo pipefail
missing=()
command -v xmllint >/dev/null || missing+=(libxml2-utils)
# Either the Python on PATH or Debian's own may carry NetworkX (the tests try both).
python3 -c 'import networkx' >/dev/null 2>&1 || /usr/bin/python3 -c 'import networkx' >/dev/null 2>&1 ||
  missing+=(python3-networkx)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} for the export tests …"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "Export tests need ${missing[*]}: run 'sudo apt-get install -y ${missing[*]}' (Debian) and try again." >&2
exit 1
