#!/usr/bin/env bash
# Fresh-venv package check (issue 14): build the wheel and the sdist from a clean clone (no make,
# no node_modules, no built assets), install each into a fresh virtualenv from PyPI, and run
# harmwatch outside any checkout: `demo` (the examples shipped in the package), `extract`,
# `ingest` of a JSONL into a fresh store, and `serve` answering 200 for the list page and for
# vendored static assets (leaflet, htmx). Prints sizes and times; exits 1 on the first failure.
#
#     bash scripts/check_package.sh [REPO (default: this checkout; its committed HEAD is built)]
#
# Needs: python3 (3.11+), git, npm (the build vendors the web assets) and the PyPI/npm registries.
set -euo pipefail
repo=$(cd "${1:-$(dirname "$0")/..}" && pwd)
work=$(mktemp -d /tmp/harmwatch-pkg.XXXXXX)
trap 'rm -rf "$work"' EXIT
export PIP_DISABLE_PIP_VERSION_CHECK=1
py=${PYTHON:-python3}
t() { date +%s.%N; }
el() { printf '%.1f' "$(echo "$(t) - $1" | bc)"; }

echo "== clean clone of $(git -C "$repo" rev-parse --short HEAD)"
git clone -q "$repo" "$work/clone"
$py -m venv "$work/tools"
"$work/tools/bin/pip" install -q build
s=$(t)
(cd "$work/clone" && "$work/tools/bin/python" -m build --outdir "$work/dist" >"$work/build.log" 2>&1) ||
  { tail -30 "$work/build.log"; echo "check_package: build FAILED"; exit 1; }
echo "build (sdist, then the wheel from the sdist): $(el "$s") s"
ls -l "$work/dist" | awk 'NR > 1 {printf "  %s %.1f MB\n", $9, $5 / 1048576}'
unzip -l "$work/dist"/*.whl | grep -E 'vendor/(leaflet.js|htmx.min.js)|examples/market_airstrike.txt' >/dev/null ||
  { echo "check_package: the wheel lacks web assets or examples"; exit 1; }

run_checks() { # $1: what to install (a wheel or an sdist)
  local what=$1 venv="$work/venv-$(basename "$1")" home="$work/home-$(basename "$1")"
  mkdir -p "$home/run"
  s=$(t)
  $py -m venv "$venv"
  "$venv/bin/pip" install -q "$what" || { echo "check_package: pip install $what FAILED"; exit 1; }
  echo "== $(basename "$what"): pip install $(el "$s") s, venv $(du -sm "$venv" | cut -f1) MB"
  # outside any checkout, with a home of its own (the gazetteer index goes to its cache dir)
  cd "$home/run"
  export HOME="$home" HARMWATCH_DB="sqlite:///$home/run/store.db"
  unset HARMWATCH_CACHE_DIR PYTHONPATH
  local hw="$venv/bin/harmwatch"
  s=$(t); "$hw" demo >demo.out 2>demo.err || { tail -5 demo.err; echo "check_package: demo FAILED"; exit 1; }
  echo "  demo: $(el "$s") s (first run: builds the gazetteer index), $(grep -c . demo.out) lines out"
  printf 'A drone strike hit a school in Kharkiv on Tuesday, killing four children, the governor said.\n' >r.txt
  s=$(t); "$hw" extract r.txt >extract.json 2>extract.err || { tail -5 extract.err; echo "check_package: extract FAILED"; exit 1; }
  grep -q '"events"' extract.json || { echo "check_package: extract printed no events"; exit 1; }
  echo "  extract: $(el "$s") s"
  printf '%s\n' \
    '{"id": "a", "text": "Shelling hit a market in Donetsk on Monday, killing three civilians, officials said.", "published": "2024-03-04"}' \
    '{"id": "b", "text": "An air strike on a hospital in Aleppo killed five people on Friday, medics said.", "published": "2024-03-08"}' >in.jsonl
  s=$(t); "$hw" ingest in.jsonl >ingest.out 2>ingest.err || { tail -5 ingest.err; echo "check_package: ingest FAILED"; exit 1; }
  grep -q "ingested 2 new" ingest.err || { tail -5 ingest.err; echo "check_package: ingest stored not 2"; exit 1; }
  echo "  ingest: $(el "$s") s: $(grep -o 'ingested [^;]*' ingest.err | head -1)"
  local port
  port=$($py -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "$hw" serve --host 127.0.0.1 --port "$port" --public >serve.out 2>serve.err &
  local pid=$! ok=0 code
  for _ in $(seq 1 120); do
    curl -s -o /dev/null "http://127.0.0.1:$port/static/app.css" && break
    sleep 0.5
  done
  for path in /incidents /static/vendor/leaflet.js /static/vendor/leaflet.css /static/vendor/htmx.min.js /static/vendor/uPlot.iife.min.js; do
    code=$(curl -s -o "$home/run/page" -w '%{http_code}' "http://127.0.0.1:$port$path")
    echo "  serve GET $path -> $code ($(wc -c <"$home/run/page") bytes)"
    [ "$code" = 200 ] || ok=1
  done
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  [ $ok = 0 ] || { tail -5 serve.err; echo "check_package: serve FAILED"; exit 1; }
  cd "$work"
}

run_checks "$(ls "$work"/dist/*.whl)"
run_checks "$(ls "$work"/dist/*.tar.gz)"
echo "check_package: OK (wheel and sdist)"
