"""Server CPU per page request, measured in-process (no load client, no sockets): a SQLite store of N
synthetic incidents (benchmarks/web_load.py's generator), one signed-in user per role, and R requests
per page sent straight to the ASGI app (httpx's ASGITransport on one event loop: no sockets, no
thread portal). Prints CPU ms per request (process time) and the same for a static file request, the
cost of a request that touches no store (it is not a floor: a static file is read in a thread,
while the list's rows come from the page cache). On a loaded machine compare
these CPU figures, not wall times.

    python benchmarks/web_cpu.py [--incidents 2000] [--requests 300] [--profile incident]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import tempfile
import time
from pathlib import Path

PASSWORD = "bench-password-1"


async def measure(app, cookies: dict, user: str, pages: dict, args) -> None:
    import httpx

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver", cookies=cookies) as c:
        for name, path in pages.items():
            for _ in range(20):  # warm caches and imports
                await c.get(path())
            if args.profile and name == args.profile and user == "bench-ed":
                import cProfile
                import pstats

                prof = cProfile.Profile()
                prof.enable()
                for _ in range(args.requests):
                    await c.get(path())
                prof.disable()
                pstats.Stats(prof).sort_stats("tottime").print_stats(40)
            t = time.process_time()
            for _ in range(args.requests):
                r = await c.get(path())
                assert r.status_code == 200, (path(), r.status_code)
            ms = (time.process_time() - t) / args.requests * 1000
            print(f"| {user} | {name} | {ms:.2f} |", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--incidents", type=int, default=2000)
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--profile", choices=["incident", "list", "search"], default=None)
    args = ap.parse_args()

    from fastapi.testclient import TestClient

    from harmwatch.review.synthetic import fill
    from harmwatch.review.users import add_user
    from harmwatch.store.db import open_db
    from harmwatch.web.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(f"sqlite:///{Path(tmp) / 'bench.db'}")
        fill(db, args.incidents, sources_per_incident=1, seed=11)
        with db.session() as s:
            add_user(s, "bench", "viewer", PASSWORD)
            add_user(s, "bench-ed", "editor", PASSWORD)
        app = create_app(database=db)
        rng = random.Random(5)
        pages = {
            "static file": lambda: "/static/app.css",
            "list": lambda: f"/incidents?page={rng.randint(1, 20)}",
            "incident": lambda: f"/incidents/{rng.randint(1, args.incidents)}",
            "search": lambda: f"/incidents?q={rng.choice(['killed', 'market', 'drone', 'village'])}",
        }
        print(f"{args.incidents:,} incidents, {args.requests} requests per page, CPU ms/request")
        print("| user | page | CPU ms/req |\n|---|---|---|")
        for user in ("bench", "bench-ed"):
            c = TestClient(app)
            token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)
            r = c.post(
                "/login",
                data={"username": user, "password": PASSWORD, "csrf_token": token},
                follow_redirects=False,
            )
            assert r.status_code == 303, r.status_code
            asyncio.run(measure(app, dict(c.cookies), user, pages, args))
        db.close()


if __name__ == "__main__":
    main()
