"""Latency of the review app's pages under load: N synthetic incidents in a SQLite store,
`harmwatch serve` in its own process on 127.0.0.1, C concurrent clients (closed loop) per page kind.
Prints p50/p95/p99 per page as a Markdown table.

    python benchmarks/web_load.py [--incidents 100000] [--clients 50] [--seconds 10] [--workers N] [--db PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
HARMWATCH = str(Path(sys.executable).with_name("harmwatch"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare(db_path: Path, incidents: int) -> None:
    from sqlalchemy import func, select

    from harmwatch.review.synthetic import fill
    from harmwatch.review.tables import User
    from harmwatch.review.users import add_user
    from harmwatch.store.db import open_db
    from harmwatch.store.tables import Incident

    db = open_db(f"sqlite:///{db_path}")
    with db.session() as s:
        have = s.scalar(select(func.count()).select_from(Incident)) or 0
    if have < incidents:
        t = time.perf_counter()
        fill(db, incidents - have, sources_per_incident=1, seed=11)
        print(f"filled {incidents - have:,} incidents in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    with db.session() as s:
        if not s.scalar(select(User).where(User.name == "bench")):
            add_user(s, "bench", "viewer", "bench-password")
    db.close()


async def login(base: str) -> dict[str, str]:
    async with httpx.AsyncClient(base_url=base) as c:
        page = (await c.get("/login")).text
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        r = await c.post(
            "/login", data={"username": "bench", "password": "bench-password", "csrf_token": token}
        )
        if r.status_code not in (200, 303):
            raise SystemExit(f"login failed: {r.status_code}")
        return dict(c.cookies)


class Connection:
    """One keep-alive HTTP/1.1 connection spoken directly over asyncio streams: a load client must
    cost far less CPU than the server it measures (on 2 cores, httpx's own per-request work took
    about as much CPU as the server's and so inflated every latency)."""

    def __init__(self, host: str, port: int, cookie: str) -> None:
        self.host, self.port, self.cookie = host, port, cookie
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(
            f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nAccept: text/html\r\n"
            f"Cookie: {self.cookie}\r\n\r\n".encode()
        )
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        headers = {
            k.strip().lower(): v.strip()
            for k, _, v in (line.partition(b":") for line in head.split(b"\r\n")[1:] if line)
        }
        if b"content-length" in headers:
            await self.reader.readexactly(int(headers[b"content-length"]))
        elif headers.get(b"transfer-encoding") == b"chunked":
            while size := int((await self.reader.readuntil(b"\r\n")).strip(), 16):
                await self.reader.readexactly(size + 2)
            await self.reader.readuntil(b"\r\n")
        if headers.get(b"connection") == b"close":
            self.close()
        return status

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def load(base: str, cookies: dict, make_path, clients: int, seconds: float) -> tuple[list[float], int]:
    """``clients`` closed-loop clients, each on its own keep-alive connection, for ``seconds``."""
    host, port = base.removeprefix("http://").split(":")
    cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
    lat: list[float] = []
    errors = 0
    stop = time.perf_counter() + seconds

    async def worker(rng: random.Random) -> None:
        nonlocal errors
        conn = Connection(host, int(port), cookie)
        while time.perf_counter() < stop:
            t = time.perf_counter()
            try:
                ok = await conn.get(make_path(rng)) == 200
            except (OSError, asyncio.IncompleteReadError, ValueError):  # dropped: an error, timed
                conn.close()
                ok = False
            lat.append((time.perf_counter() - t) * 1000)
            errors += not ok
        conn.close()

    await asyncio.gather(*(worker(random.Random(i)) for i in range(clients)))
    return lat, errors


def server_cpu_s(pid: int) -> float | None:
    """CPU seconds used so far by the server and its worker processes (Linux /proc; else None)."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        total = 0
        for p in [pid, *map(int, children)]:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime + stime, in clock ticks
        return total / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError):
        return None


def pct(values: list[float], p: float) -> float:
    return (
        statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1] if len(values) > 1 else values[0]
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--incidents", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "harmwatch-web-load.db")
    ap.add_argument("--target-p95-ms", type=float, default=100.0)
    ap.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="serve --workers (default: cores)"
    )
    args = ap.parse_args()
    prepare(args.db, args.incidents)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            HARMWATCH,
            "--db",
            f"sqlite:///{args.db}",
            "serve",
            "--port",
            str(port),
            "--workers",
            str(args.workers),
        ],
        stderr=subprocess.DEVNULL,
        env={**os.environ},
    )
    try:
        for _ in range(200):
            try:
                httpx.get(f"{base}/login", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        cookies = asyncio.run(login(base))
        n = args.incidents
        pages = {
            "list (/incidents)": lambda r: "/incidents",
            "list, filtered": lambda r: (
                f"/incidents?country={r.choice(['SY', 'YE', 'UA'])}&min_killed={r.randint(1, 90)}"
            ),
            "incident (/incidents/ID)": lambda r: f"/incidents/{r.randint(1, n)}",
            "search (/incidents?q=)": lambda r: (
                f"/incidents?q={r.choice(['market', 'school', 'camp', 'Aleppo+rubble'])}"
            ),
        }
        print(
            f"\n{n:,} incidents, {args.clients} concurrent clients, {args.seconds:.0f} s per page, SQLite, "
            f"{args.workers} server process(es), {os.cpu_count()} cores shared with the client\n"
        )
        print(
            "| page | requests | req/s | p50 ms | p95 ms | p99 ms | errors | server CPU ms/req | p95 ≤ target |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
        worst = 0.0
        for name, make in pages.items():
            cpu0 = server_cpu_s(server.pid)
            lat, errors = asyncio.run(load(base, cookies, make, args.clients, args.seconds))
            cpu1 = server_cpu_s(server.pid)
            cpu = f"{(cpu1 - cpu0) * 1000 / len(lat):.2f}" if cpu0 is not None and cpu1 is not None else "?"
            p95 = pct(lat, 95)
            worst = max(worst, p95)
            print(
                f"| {name} | {len(lat)} | {len(lat) / args.seconds:.0f} | {pct(lat, 50):.1f} | {p95:.1f} | "
                f"{pct(lat, 99):.1f} | {errors} | {cpu} | {'yes' if p95 <= args.target_p95_ms else 'NO'} |"
            )
        print(f"\nworst p95: {worst:.1f} ms (target {args.target_p95_ms:.0f} ms)")
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
