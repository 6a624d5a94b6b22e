// Map (Leaflet with country outlines and names shipped offline, clustered markers) and timeline (uPlot) of the filtered incidents.
// Text from the store (places, names) only ever goes into the page as textContent, never as HTML.
// The list filtered to a map area (south,west,north,east), the other filters kept.
function areaHref(query, bounds) {
  const params = new URLSearchParams(query);
  const down = (x) => Math.floor(x * 1e4) / 1e4;
  const up = (x) => Math.ceil(x * 1e4) / 1e4;
  params.set("bbox", [down(bounds.getSouth()), down(bounds.getWest()), up(bounds.getNorth()), up(bounds.getEast())].join(","));
  params.delete("page");
  return `/incidents?${params}`;
}

function popup(p, query) {
  const box = document.createElement("div");
  const link = document.createElement("a");
  link.href = `/incidents/${Number(p.id)}`;
  link.textContent = `#${Number(p.id)}`;
  box.append(link, ` ${p.place || ""} (${p.killed ?? "?"} killed) `);
  const here = document.createElement("a");
  here.href = areaHref(query, L.latLng(p.lat, p.lon).toBounds(2000));
  here.className = "hw-here";
  here.textContent = "list incidents here";
  box.append(here);
  return box;
}

// Country outlines and names from the vendored world atlas (no tile server); names as text only.
function basemap(map, mapEl, topo) {
  if (!window.topojson) return;
  L.geoJSON(topojson.feature(topo, topo.objects.countries), {
    style: { color: "#777", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
    interactive: false,
    onEachFeature: (feature, layer) => {
      const name = feature.properties && feature.properties.name;
      if (!name) return;
      const label = document.createElement("span");
      label.textContent = name;
      layer.bindTooltip(label, { permanent: true, direction: "center", className: "hw-country", interactive: false });
    },
  }).addTo(map);
  // names only once they fit: from zoom 4 (at world view they would cover the map)
  const labels = () => mapEl.classList.toggle("hw-labels", map.getZoom() >= 4);
  map.on("zoomend", labels);
  labels();
}

(async function () {
  const data = document.getElementById("viz-data");
  if (!data) return;
  const query = data.dataset.query || "";
  const get = (path) => fetch(`${path}?${query}`, { credentials: "same-origin" }).then((r) => (r.ok ? r.json() : {}));
  const [{ points = [] }, { months = [] }] = await Promise.all([get("/api/incidents/map"), get("/api/incidents/timeline")]);
  const mapEl = document.getElementById("map");
  if (mapEl && window.L) {
    const map = L.map(mapEl, { worldCopyJump: true, attributionControl: false, maxZoom: 12 }).setView([25, 30], 2);
    fetch("/static/vendor/countries-110m.json").then((r) => r.json()).then((topo) => {
      basemap(map, mapEl, topo);
      // clustered markers; a click on a cluster lists the incidents in its area (and so zooms to them)
      const clustered = typeof L.markerClusterGroup === "function";
      const layer = clustered
        ? L.markerClusterGroup({ zoomToBoundsOnClick: false, showCoverageOnHover: false, maxClusterRadius: 40 })
        : L.featureGroup();
      for (const p of points) {
        layer.addLayer(L.circleMarker([p.lat, p.lon], { radius: 4 + Math.min(10, Math.sqrt(p.killed || 0)), color: "#b00", weight: 1, className: "hw-marker" })
          .bindPopup(() => popup(p, query)));
      }
      if (clustered) layer.on("clusterclick", (e) => { location.href = areaHref(query, e.layer.getBounds()); });
      layer.addTo(map);
      if (points.length) map.fitBounds(layer.getBounds().pad(0.3), { maxZoom: 5 });
      mapEl.dataset.ready = String(points.length);  // for tests and scripts: markers are placed
    });
  }
  const tlEl = document.getElementById("timeline");
  if (tlEl && window.uPlot && months.length) {
    const xs = months.map((m) => Date.parse(m.month + "-01T00:00:00Z") / 1000);
    const ys = months.map((m) => m.incidents);
    // counts: whole-number ticks only (uPlot would otherwise label 0.5, 1.5 ...)
    const counts = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000];
    new uPlot({ width: tlEl.clientWidth || 600, height: 280, title: "Incidents per month",
      scales: { y: { range: (u, min, max) => [0, Math.max(1, Math.ceil(max))] } },
      axes: [{}, { incrs: counts, values: (u, vals) => vals.map((v) => String(Math.round(v))) }],
      series: [{}, { label: "incidents", stroke: "#b00", fill: "rgba(187,0,0,.15)" }] }, [xs, ys], tlEl);
  }
})();

// A form posted after the session expired comes back here after the login (?resume=1): what was
// typed is put back. Values are kept in this tab's sessionStorage only, from the last submit.
(function () {
  const key = (form) => `hw-draft:${location.pathname}:${form.id}`;
  for (const form of document.querySelectorAll("form[id]")) {
    form.addEventListener("submit", () => {
      const values = {};
      for (const el of form.elements) {
        if (el.name && el.name !== "csrf_token" && el.type !== "hidden" && el.type !== "submit") {
          values[el.name] = el.type === "checkbox" ? el.checked : el.value;
        }
      }
      try { sessionStorage.setItem(key(form), JSON.stringify(values)); } catch (e) { /* storage off */ }
    });
    if (!new URLSearchParams(location.search).has("resume")) continue;
    let saved = null;
    try { saved = JSON.parse(sessionStorage.getItem(key(form)) || "null"); } catch (e) { saved = null; }
    if (!saved) continue;
    for (const [name, value] of Object.entries(saved)) {
      const el = form.elements.namedItem(name);
      if (!el || el instanceof RadioNodeList) continue;
      if (el.type === "checkbox") el.checked = Boolean(value); else el.value = String(value);
    }
    form.classList.add("resumed");
  }
})();
