// Map (Leaflet with country outlines, admin-1 borders and names shipped offline, clustered markers) and
// timeline (uPlot, incidents or killed per month, a date brush that filters the list) of the filtered incidents.
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
  // panes, bottom up: land (250), admin-1 borders and names (350), incident markers (overlay, 400),
  // clusters and place names (markers, 600)
  map.createPane("hw-land").style.zIndex = 250;
  map.createPane("hw-admin1").style.zIndex = 350;
  L.geoJSON(topojson.feature(topo, topo.objects.countries), {
    style: { color: "#777", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
    interactive: false,
    pane: "hw-land",
    onEachFeature: (feature, layer) => {
      const name = feature.properties && feature.properties.name;
      if (!name) return;
      const label = document.createElement("span");
      label.textContent = name;
      layer.bindTooltip(label, { permanent: true, direction: "center", className: "hw-country", interactive: false });
    },
  }).addTo(map);
  // names only once they fit: from zoom 4 (at world view they would cover the map); admin-1 names
  // from zoom 6 and the incidents' place names from zoom 7 (CSS shows each by these classes)
  const labels = () => {
    const z = map.getZoom();
    mapEl.classList.toggle("hw-labels", z >= 4);
    mapEl.classList.toggle("hw-admin1-names", z >= ADMIN1_NAMES);
    mapEl.classList.toggle("hw-towns", z >= 7);
  };
  map.on("zoomend", labels);
  labels();
  admin1Layer(map, mapEl);
}

const ADMIN1_BORDERS = 4;  // zoom from which the states' and provinces' borders show
const ADMIN1_NAMES = 6;  // and their names
const MAX_NAMES = 250;  // names placed at once (those in view)

// Admin-1 borders and names (Natural Earth, simplified at build time: static/vendor/admin1.json),
// loaded the first time the map is zoomed in far enough; names are placed for the area in view only.
function admin1Layer(map, mapEl) {
  let data = null, loading = null, borders = null;
  const names = L.layerGroup();
  const placed = new Map();
  const load = () => loading || (loading = fetch("/static/vendor/admin1.json").then((r) => (r.ok ? r.json() : null)).then((topo) => {
    if (!topo || !topo.objects || !topo.objects.borders) return;
    data = topo;
    borders = L.geoJSON(topojson.feature(topo, topo.objects.borders), {
      style: { color: "#a89e90", weight: 0.7, dashArray: "4 3", fill: false }, interactive: false, className: "hw-admin1", pane: "hw-admin1",
    });
    update();
  }).catch(() => null));
  const nameMarker = (row) => {
    const label = document.createElement("span");
    label.textContent = row[2];
    return L.marker([row[1], row[0]], {
      icon: L.divIcon({ html: label, className: "hw-admin1-name", iconSize: null }), interactive: false, keyboard: false, pane: "hw-admin1",
    });
  };
  function update() {
    const z = map.getZoom();
    if (z < ADMIN1_BORDERS) {
      if (borders && map.hasLayer(borders)) map.removeLayer(borders);
      if (map.hasLayer(names)) map.removeLayer(names);
      return;
    }
    if (!data) { load(); return; }
    if (!map.hasLayer(borders)) borders.addTo(map);
    if (z < ADMIN1_NAMES) { if (map.hasLayer(names)) map.removeLayer(names); return; }
    const view = map.getBounds().pad(0.1);
    const want = new Set();
    for (let i = 0; i < data.labels.length && want.size < MAX_NAMES; i++) {
      const row = data.labels[i];
      if (view.contains([row[1], row[0]])) want.add(i);
    }
    for (const [i, m] of placed) if (!want.has(i)) { names.removeLayer(m); placed.delete(i); }
    for (const i of want) if (!placed.has(i)) { const m = nameMarker(data.labels[i]); placed.set(i, m); names.addLayer(m); }
    if (!map.hasLayer(names)) names.addTo(map);
    mapEl.dataset.admin1 = String(placed.size);  // for tests: names placed
  }
  map.on("moveend zoomend", update);
  update();
}

// The incidents' place names (one label per place, beside its markers; shown from zoom 7 by CSS),
// as text only. A layer of their own: markers at one place stay clustered at every zoom.
function townLabels(map, points) {
  const placed = new Map();  // name -> [lat, lon] of its labels: one per name within about 30 km
  const group = L.layerGroup();
  let n = 0;
  for (const p of points) {
    if (!p.place || n >= 500) continue;
    const near = placed.get(p.place) || [];
    if (near.some(([a, b]) => Math.abs(a - p.lat) < 0.3 && Math.abs(b - p.lon) < 0.3)) continue;
    placed.set(p.place, [...near, [p.lat, p.lon]]);
    n += 1;
    const label = document.createElement("span");
    label.textContent = p.place;
    group.addLayer(L.marker([p.lat, p.lon], {
      icon: L.divIcon({ html: label, className: "hw-town", iconSize: null }), interactive: false, keyboard: false,
    }));
  }
  group.addTo(map);
}

// The timeline: incidents or killed per month (uPlot); dragging across months sets the list's
// since/until filter to them (the filter form's own fields, so every other filter stays).
const MEASURES = { incidents: "Incidents per month", killed: "Killed per month (each incident's low figure)" };

function monthEnd(seconds) {
  const d = new Date(seconds * 1000);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
}

function timeline(tlEl, months) {
  const xs = months.map((m) => Date.parse(m.month + "-01T00:00:00Z") / 1000);
  const picker = document.getElementById("timeline-measure");
  let measure = "incidents";
  try { measure = sessionStorage.getItem("hw-timeline-measure") || "incidents"; } catch (e) { /* storage off */ }
  if (!(measure in MEASURES)) measure = "incidents";
  if (picker) picker.value = measure;
  // counts: whole-number ticks only (uPlot would otherwise label 0.5, 1.5 ...)
  const counts = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000, 500000, 1000000];
  const nearest = (t) => {
    let best = 0;
    for (let i = 1; i < xs.length; i++) if (Math.abs(xs[i] - t) < Math.abs(xs[best] - t)) best = i;
    return best;
  };
  const brushed = (u) => {
    if (u.select.width < 2) return;
    const a = nearest(u.posToVal(u.select.left, "x"));
    const b = nearest(u.posToVal(u.select.left + u.select.width, "x"));
    const form = document.getElementById("filters");
    if (!form) return;
    form.elements.namedItem("since").value = months[Math.min(a, b)].month + "-01";
    form.elements.namedItem("until").value = monthEnd(xs[Math.max(a, b)]);
    form.requestSubmit();
  };
  let plot = null;
  const draw = () => {
    if (plot) plot.destroy();
    const ys = months.map((m) => Number(m[measure]) || 0);
    const color = measure === "killed" ? "#6a1b9a" : "#b00";
    plot = new uPlot({
      width: tlEl.clientWidth || 600, height: 260, title: MEASURES[measure],
      cursor: { drag: { x: true, y: false, setScale: false } },
      select: { show: true },
      scales: { y: { range: (u, min, max) => [0, Math.max(1, Math.ceil(max))] } },
      axes: [{}, { incrs: counts, values: (u, vals) => vals.map((v) => String(Math.round(v))) }],
      series: [{}, { label: measure, stroke: color, fill: measure === "killed" ? "rgba(106,27,154,.15)" : "rgba(187,0,0,.15)" }],
      hooks: { setSelect: [brushed] },
    }, [xs, ys], tlEl);
    tlEl.dataset.measure = measure;  // for tests: what is drawn
  };
  if (picker) picker.addEventListener("change", () => {
    measure = picker.value in MEASURES ? picker.value : "incidents";
    try { sessionStorage.setItem("hw-timeline-measure", measure); } catch (e) { /* storage off */ }
    draw();
  });
  draw();
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
        const marker = L.circleMarker([p.lat, p.lon], { radius: 4 + Math.min(10, Math.sqrt(p.killed || 0)), color: "#b00", weight: 1, className: "hw-marker" })
          .bindPopup(() => popup(p, query));
        layer.addLayer(marker);
      }
      if (clustered) layer.on("clusterclick", (e) => { location.href = areaHref(query, e.layer.getBounds()); });
      layer.addTo(map);
      townLabels(map, points);
      if (points.length) map.fitBounds(layer.getBounds().pad(0.3), { maxZoom: 5 });
      mapEl.dataset.ready = String(points.length);  // for tests and scripts: markers are placed
      window.hwMap = map;  // for tests and scripts: the map, to zoom it
    });
  }
  const tlEl = document.getElementById("timeline");
  if (tlEl && window.uPlot && months.length) timeline(tlEl, months);
  else if (tlEl) {
    const none = document.createElement("p");
    none.className = "muted timeline-empty";
    none.textContent = "No dated incidents in this filter.";
    tlEl.replaceChildren(none);
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
