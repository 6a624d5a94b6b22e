// Map (Leaflet with country outlines shipped offline) and timeline (uPlot) of the filtered incidents.
(async function () {
  const query = document.getElementById("viz-data")?.dataset.query || "";
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
        L.circleMarker([p.lat, p.lon], { radius: 4 + Math.min(10, Math.sqrt(p.killed || 0)), color: "#b00", weight: 1 })
          .bindPopup(`<a href="/incidents/${p.id}">#${p.id}</a> ${p.place || ""} (${p.killed ?? "?"} killed)`)));
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
