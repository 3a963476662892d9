#!/usr/bin/env bash
# Sets up what Gyeore needs on a fresh Debian machine with the Swift toolchain, builds it,
# and runs the main job on the bundled seeds (results in out/).
#
#   bash scripts/setup.sh              # install what is missing, build, run on seeds/
#   bash scripts/setup.sh --deps-only  # only install what is missing (used by .ci/run)
#
# Packages: libicu-dev and pkg-config (build), libmecab-dev (morphological analysis), libxml2-utils
# (xmllint, to validate TBX exports in the tests), chromium and fonts-nanum (the tests open the
# HTML alignment report in a headless browser with a Korean font). Dictionaries: NK-HanDic (North Korean) and
# HanDic (South Korean) MeCab dictionaries, fetched as wheels with pip and unpacked into deps/
# (ignored by git; BSD-3-Clause, Yoshinori Sugai). Installs with apt-get only what is missing (run as root, or with sudo available), and runs
# `apt-get update` only when something must be installed.
set -euo pipefail
cd "$(dirname "$0")/.."

deps_only=false
[[ "${1:-}" == "--deps-only" ]] && deps_only=true

log() { printf 'setup: %s\n' "$*" >&2; }

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
for package in libicu-dev pkg-config libmecab-dev libxml2-utils chromium fonts-nanum; do
  installed "$package" || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  log "installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# MeCab dictionaries: a pinned version of each wheel; unpacked only when missing.
DICTIONARY_VERSION=26.10.17
fetch_dictionary() { # name
  local name=$1 target=deps/$1
  if [[ -f "$target/sys.dic" && "$(cat "$target/.version" 2>/dev/null)" == "$DICTIONARY_VERSION" ]]; then return; fi
  log "fetching the $name dictionary ($DICTIONARY_VERSION)"
  local wheels
  wheels=$(mktemp -d)
  python3 -m pip download --no-deps --quiet --disable-pip-version-check -d "$wheels" "$name==$DICTIONARY_VERSION"
  rm -rf "$target" && mkdir -p "$target"
  python3 - "$wheels"/"$name"-*.whl "$name" "$target" <<'PY'
import sys, zipfile, os
wheel, name, target = sys.argv[1:4]
prefix = f"{name}/dicdir/"
with zipfile.ZipFile(wheel) as archive:
    for member in archive.namelist():
        if member.startswith(prefix) and not member.endswith("/"):
            with open(os.path.join(target, member[len(prefix):]), "wb") as out:
                out.write(archive.read(member))
PY
  echo "$DICTIONARY_VERSION" > "$target/.version"
  rm -rf "$wheels"
}
fetch_dictionary nkhandic
fetch_dictionary handic

$deps_only && exit 0

log "building (release)"
swift build -c release --product gyeore
bin=.build/release/gyeore

mkdir -p out
for seed in seeds/*.txt; do
  name=$(basename "$seed" .txt)
  "$bin" normalize "$seed" > "out/$name.normalized.txt"
  "$bin" normalize --json "$seed" > "out/$name.normalized.jsonl"
  "$bin" normalize --to sk --explain "$seed" > "out/$name.south-korean.txt"
  "$bin" terms "$seed" > "out/$name.terms.jsonl"
  log "$seed -> out/$name.{normalized.txt,normalized.jsonl,south-korean.txt,terms.jsonl}"
done
# The main job: the quotations of all seeds, grouped by statement, with their differences.
"$bin" align seeds/*.txt > out/alignment.json
"$bin" align --format html seeds/*.txt > out/alignment.html
"$bin" align --format text --all seeds/*.txt > out/alignment.txt
log "seeds/*.txt -> out/alignment.{json,html,txt}"
log "done"
