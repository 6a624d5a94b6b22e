// Map (Leaflet with country outlines shipped offline) and timeline (uPlot) of the filtered incidents.
// Text from the store (places, names) only ever goes into the page as textContent, never as HTML.
function popup(p) {
  const box = document.createElement("div");
  const link = document.createElement("a");
  link.href = `/incidents/${Number(p.id)}`;
  link.textContent = `#${Number(p.id)}`;
  box.append(link, ` ${p.place || ""} (${p.killed ?? "?"} killed)`);
  return box;
}

(async function () {
  const data = document.getElementById("viz-data");
  if (!data) return;
  const query = data.dataset.query || "";
  const get = (path) => fetch(`${path}?${query}`, { credentials: "same-origin" }).then((r) => (r.ok ? r.json() : {}));
  const [{ points = [] }, { months = [] }] = await Promise.all([get("/api/incidents/map"), get("/api/incidents/timeline")]);
  const mapEl = document.getElementById("map");
  if (mapEl && window.L) {
    const map = L.map(mapEl, { worldCopyJump: true, attributionControl: false }).setView([25, 30], 2);
    fetch("/static/vendor/countries-110m.json").then((r) => r.json()).then((topo) => {
      if (window.topojson) {
        L.geoJSON(topojson.feature(topo, topo.objects.countries), {
          style: { color: "#777", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
        }).addTo(map);
      }
      const layer = L.featureGroup(points.map((p) =>
        L.circleMarker([p.lat, p.lon], { radius: 4 + Math.min(10, Math.sqrt(p.killed || 0)), color: "#b00", weight: 1, className: "hw-marker" })
          .bindPopup(() => popup(p))));
      layer.addTo(map);
      if (points.length) map.fitBounds(layer.getBounds().pad(0.3), { maxZoom: 7 });
    });
  }
  const tlEl = document.getElementById("timeline");
  if (tlEl && window.uPlot && months.length) {
    const xs = months.map((m) => Date.parse(m.month + "-01T00:00:00Z") / 1000);
    const ys = months.map((m) => m.incidents);
    new uPlot({ width: tlEl.clientWidth || 600, height: 280, title: "Incidents per month",
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
