#!/usr/bin/env bash
# The metrics-at-scale benchmark (bench/scale.ts) times igraph in Debian's /usr/bin/python3.
# As root, install python3-igraph with apt when it is missing; otherwise say in one line what
# to run. Not part of `npm test`.
set -euo pipefail
if /usr/bin/python3 -c 'import igraph' >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing python3-igraph for the benchmark …" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-igraph >/dev/null
  exit 0
fi
echo "The benchmark needs igraph for /usr/bin/python3: run 'sudo apt-get install -y python3-igraph' (Debian) and try again." >&2
exit 1
