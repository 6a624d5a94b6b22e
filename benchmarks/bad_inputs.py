"""Bad-input corpus (issue 14): every kind of hostile input, ingested one by one into a fresh store
(SQLite, and PostgreSQL with --pg URL), and `extract` on the page-shaped ones. Prints, per input:
exit code, documents stored, errors, whether a traceback appeared, the longest stderr line, and
the command's peak RSS (GNU time).

    python benchmarks/bad_inputs.py [--pg postgresql+psycopg://...] [--huge-mb 1024]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

STORY = "An air strike hit a crowded market in Aleppo on Monday, killing five civilians, officials said."
HARMWATCH = [str(Path(sys.executable).parent / "harmwatch")]


def _warc(path: Path, bodies: list[bytes]) -> None:
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for n, body in enumerate(bodies):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
            w.write_record(
                w.create_warc_record(
                    f"https://news.example.org/{n}",
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=headers,
                )
            )


class _Zeros(io.RawIOBase):
    def __init__(self, n: int) -> None:
        self.left = n

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        k = min(len(b), self.left)
        b[:k] = bytes(k)
        self.left -= k
        return k


def random_lines(n: int, seed: int = 14) -> list[str]:
    """JSON lines with random values in every field (strings with NUL, lone surrogates, controls,
    huge and odd values; numbers, lists, nulls)."""
    r = random.Random(seed)
    alphabet = "ab \x00\x01\t\n\ud800\udfff\u202e\U0001f4a5é漢 <>&\"'\\:/."

    def value():
        k = r.random()
        if k < 0.6:
            return "".join(r.choice(alphabet) for _ in range(r.choice([0, 1, 5, 40, 300])))
        if k < 0.75:
            return r.choice([0, -1, 10**30, 3.5, True])
        if k < 0.9:
            return None
        return [value()]

    lines = []
    for _ in range(n):
        obj = {f: value() for f in ("id", "url", "published", "language", "title") if r.random() < 0.8}
        obj["text" if r.random() < 0.7 else "html"] = STORY + " " + str(value())
        lines.append(json.dumps(obj, ensure_ascii=r.random() < 0.5))
    return lines


def corpus(d: Path, huge_mb: int) -> dict[str, Path]:
    c: dict[str, Path] = {}
    nul_late = STORY + " " + "More. " * 2000 + "\x00 end"
    lines = [
        json.dumps(
            {"id": "good", "text": STORY, "url": "https://news.example.org/1", "published": "2023-05-10"}
        ),
        '{"id": "surrogate", "text": "x \\ud800 y ' + STORY + '"}',
        json.dumps({"id": "nul-late", "text": nul_late}),
        json.dumps({"id": "long-published", "text": STORY + " 2", "published": "2023-05-10 " + "x" * 40}),
        json.dumps({"id": "long-language", "text": STORY + " 3", "language": "l" * 30}),
        json.dumps({"id": "long-host", "text": STORY + " 4", "url": "https://" + "h" * 300 + ".org/"}),
        json.dumps({"id": "js-url", "text": STORY + " 5", "url": "javascript:alert(1)"}),
        '{"id": "broken", ',
        "[1, 2, 3]",
        json.dumps({"id": "long-id" * 100, "text": STORY + " 6"}),
    ]
    (p := d / "fields.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    c["jsonl: bad fields (10 lines)"] = p
    (p := d / "random.jsonl").write_text(
        "\n".join(random_lines(200)) + "\n", encoding="utf-8", errors="surrogatepass"
    )
    c["jsonl: 200 random lines"] = p
    p = d / "huge-line.jsonl"
    with p.open("wb") as fh:
        fh.write(b'{"text": "')
        for _ in range(huge_mb):
            fh.write(b"x" * 2**20)
        fh.write(b'"}\n' + lines[0].encode() + b"\n")
    c[f"jsonl: one {huge_mb} MB line + 1 good"] = p
    p = d / "huge-line.warc.gz"
    with gzip.open(p, "wb", compresslevel=1) as fh:
        for _ in range(1024):
            fh.write(b"W" * 2**20)
    c[f"warc.gz: one 1 GB line ({p.stat().st_size // 1024} KB)"] = p
    p = d / "bomb.warc.gz"
    with p.open("wb") as fh:  # a good record, a 2 GB gzip bomb, a good record: both good ones stored
        w = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
        for uri, payload, length in [
            ("https://before.example.org/", io.BytesIO(b"Before. " + STORY.encode()), None),
            ("https://bomb.example.org/", io.BufferedReader(_Zeros(2**31)), 2**31),
            ("https://after.example.org/", io.BytesIO(b"After. " + STORY.encode()), None),
        ]:
            w.write_record(
                w.create_warc_record(uri, "response", payload=payload, http_headers=headers, length=length)
            )
    c[f"warc.gz: good, 2 GB gzip bomb, good ({p.stat().st_size // 1024} KB)"] = p
    whole = d / "whole.warc.gz"
    _warc(whole, [(f"Report {n}. " + STORY * 40).encode() for n in range(5)])
    for frac in (0.7, 0.99):
        p = d / f"cut-{int(frac * 100)}.warc.gz"
        data = whole.read_bytes()
        p.write_bytes(data[: int(len(data) * frac)])
        c[f"warc.gz: 5 records cut at {int(frac * 100)}%"] = p
    p = d / "plain.rss"
    p.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>w</title>'
        f"<item><title>a</title><guid>p1</guid><description>{STORY}</description></item>"
        "<item><title>b</title><guid>p2</guid><description>&lt;p&gt;Shelling hit a school in Kharkiv on "
        "Friday, killing three children, the mayor said.&lt;/p&gt;</description></item></channel></rss>"
    )
    c["feed: plain-text and one-paragraph bodies"] = p
    p = d / "one-paragraph.html"
    p.write_text("<html><body><p>" + (STORY + " ") * (5_000_000 // (len(STORY) + 1)) + "</p></body></html>")
    c[f"html: one-paragraph page ({p.stat().st_size // 1000} KB)"] = p
    p = d / "nested.html"
    p.write_text("<html><body>" + "<div>" * 300 + f"<p>{STORY}</p>" + "</div>" * 300 + "</body></html>")
    c["html: content 300 levels deep"] = p
    (p := d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(4000))
    c["txt: binary"] = p
    (p := d / "latin1.txt").write_bytes(STORY.replace("market", "marché").encode("latin-1"))
    c["txt: invalid UTF-8"] = p
    (p := d / "empty.txt").write_bytes(b"")
    c["txt: empty"] = p
    return c


def run(cmd: list[str], env: dict[str, str]) -> tuple[int, str, int, float]:
    t0 = time.perf_counter()
    res = subprocess.run(
        ["/usr/bin/time", "-f", "MAXRSS %M", *cmd], capture_output=True, text=True, env=env, errors="replace"
    )
    wall = time.perf_counter() - t0
    rss = int(re.findall(r"MAXRSS (\d+)", res.stderr)[-1])
    err = "\n".join(x for x in res.stderr.splitlines() if not x.startswith("MAXRSS"))
    return res.returncode, err, rss // 1024, wall


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pg", help="a PostgreSQL URL to test too (its public schema is emptied)")
    ap.add_argument("--huge-mb", type=int, default=1024)
    ap.add_argument("--only", help="run only the inputs whose name contains this")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        inputs = corpus(d, a.huge_mb)
        if a.only:
            inputs = {k: v for k, v in inputs.items() if a.only in k}
        backends = [("sqlite", None)] + ([("postgresql", a.pg)] if a.pg else [])
        for backend, url in backends:
            print(f"\n== ingest into {backend} (workers 1) ==")
            print(
                f"{'input':52} {'rc':>3} {'stored':>6} {'errors':>6} {'tb':>3} {'maxline':>7} {'RSS MB':>7} {'s':>6}"
            )
            for name, path in inputs.items():
                if url:
                    from sqlalchemy import create_engine, text

                    eng = create_engine(url)
                    with eng.begin() as conn:
                        conn.execute(text("DROP SCHEMA public CASCADE"))
                        conn.execute(text("CREATE SCHEMA public"))
                    eng.dispose()
                    db = url
                else:
                    db = f"sqlite:///{d / (path.name + '.db')}"
                env = os.environ | {"HARMWATCH_DB": db}
                rc, err, rss, wall = run(
                    [*HARMWATCH, "ingest", str(path), "--workers", "1", "--format", "json"], env
                )
                stored = errors = -1
                m = re.search(r"ingested (\d+) new, (\d+) already stored, (\d+) failed", err)
                if m:
                    stored, errors = int(m.group(1)), int(m.group(3))
                tb = "Traceback" in err
                longest = max((len(x) for x in err.splitlines()), default=0)
                print(
                    f"{name:52} {rc:>3} {stored:>6} {errors:>6} {'YES' if tb else 'no':>3} {longest:>7} {rss:>7} {wall:>6.1f}"
                )
        print("\n== extract ==")
        for name, path in inputs.items():
            if path.suffix in (".html", ".txt"):
                rc, err, rss, wall = run([*HARMWATCH, "extract", str(path)], os.environ.copy())
                tb = "Traceback" in err
                first = (err.strip().splitlines() or [""])[-1][:70]
                print(f"{name:52} rc {rc} tb {'YES' if tb else 'no'} RSS {rss} MB {wall:.1f} s  {first}")
            elif path.suffix == ".jsonl":
                rc, err, rss, wall = run(
                    [*HARMWATCH, "extract", "--jsonl", str(path), "--workers", "1"], os.environ.copy()
                )
                tb = "Traceback" in err
                n_err = sum(1 for x in err.splitlines() if x.startswith("harmwatch: line"))
                print(
                    f"{name:52} rc {rc} tb {'YES' if tb else 'no'} line errors {n_err} RSS {rss} MB {wall:.1f} s"
                )


if __name__ == "__main__":
    main()
