#!/usr/bin/env bash
# Sets up what Gyeore needs on a fresh Debian machine with the Swift toolchain, builds it,
# and runs the main job on the bundled seeds (results in out/).
#
#   bash scripts/setup.sh              # install what is missing, build, run on seeds/
#   bash scripts/setup.sh --deps-only  # only install what is missing (used by .ci/run)
#
# Packages: libicu-dev and pkg-config (build), libxml2-utils (xmllint, to validate TBX exports in
# the tests). Installs with apt-get only what is missing (run as root, or with sudo available), and runs
# `apt-get update` only when something must be installed.
set -euo pipefail
cd "$(dirname "$0")/.."

deps_only=false
[[ "${1:-}" == "--deps-only" ]] && deps_only=true

log() { printf 'setup: %s\n' "$*" >&2; }

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
for package in libicu-dev pkg-config libxml2-utils; do
  installed "$package" || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  log "installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

$deps_only && exit 0

log "building (release)"
swift build -c release --product gyeore
bin=.build/release/gyeore

mkdir -p out
for seed in seeds/*.txt; do
  name=$(basename "$seed" .txt)
  "$bin" normalize "$seed" > "out/$name.normalized.txt"
  "$bin" normalize --json "$seed" > "out/$name.normalized.jsonl"
  log "$seed -> out/$name.normalized.txt, out/$name.normalized.jsonl"
done
log "done"
