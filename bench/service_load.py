"""Latency of the HTTP service under concurrent load, on loopback.

    .venv/bin/python bench/service_load.py [--clients 50] [--requests 200] [--workers 1]

Starts ``beritaner serve`` in a subprocess on 127.0.0.1 (a free port), waits for
/health, sends one warm-up request, then ``--serial`` requests from one client (the
unqueued service time), then ``--requests`` POST /extract of the same seed article from
``--clients`` concurrent asyncio clients (httpx, one connection each), and prints a
markdown table: latency p50/p90/p99/max per request (client-side, connect included),
throughput, and how many answers were not 200. Bounded: at most 5,000
requests and 500 clients; loopback only. The client runs in this process and shares
the machine's cores with the server: the figures are for that set-up.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "seeds" / "002_polres_malang_curanmor.txt"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(port: int, args: argparse.Namespace) -> tuple[subprocess.Popen, float]:
    flags = ["--workers", str(args.workers), "--timeout", "120"]
    if args.model:
        flags += ["--model", args.model]
    log = tempfile.TemporaryFile()
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "beritaner.io.cli", "serve", "--port", str(port), *flags],
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    deadline = time.monotonic() + 300
    while True:
        if proc.poll() is not None:
            log.seek(0)
            sys.exit(f"server exited ({proc.returncode}):\n{log.read().decode(errors='replace')}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return proc, time.perf_counter() - started
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            os.killpg(proc.pid, signal.SIGKILL)
            sys.exit("server did not start within 300 s")
        time.sleep(0.1)


async def load(url: str, payload: bytes, clients: int, requests: int) -> tuple[list[float], list[int], float]:
    latencies: list[float] = []
    statuses: list[int] = []
    queue: asyncio.Queue[int] = asyncio.Queue()
    for number in range(requests):
        queue.put_nowait(number)

    async def client() -> None:
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as http:
            while True:
                try:
                    queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                began = time.perf_counter()
                try:
                    response = await http.post("/extract", content=payload,
                                               headers={"content-type": "application/json"})
                    statuses.append(response.status_code)
                except httpx.HTTPError:
                    statuses.append(0)
                latencies.append(time.perf_counter() - began)

    began = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    return latencies, statuses, time.perf_counter() - began


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--serial", type=int, default=20,
                        help="requests from a single client first, for the unqueued latency (0: skip)")
    parser.add_argument("--model", help="passed to beritaner serve --model (default: the shipped one)")
    args = parser.parse_args()
    if not (1 <= args.clients <= 500 and 1 <= args.requests <= 5000 and 0 <= args.serial <= 1000):
        sys.exit("keep it bounded: 1-500 clients, 1-5000 requests, 0-1000 serial requests")

    text = ARTICLE.read_text(encoding="utf-8")
    gold = json.loads(ARTICLE.with_suffix(".json").read_text(encoding="utf-8"))
    payload = json.dumps({"text": text, "reference_date": gold["reference_date"]}).encode()
    port = free_port()
    proc, startup = start_server(port, args)
    url = f"http://127.0.0.1:{port}"
    try:
        first = httpx.post(url + "/extract", content=payload, timeout=120,
                           headers={"content-type": "application/json"})
        first.raise_for_status()
        entities = len(first.json()["entities"])
        pipeline = httpx.get(url + "/health").json()["pipeline"]
        runs = [(1, args.serial)] if args.serial else []
        runs.append((args.clients, args.requests))
        measured = [(c, r, *asyncio.run(load(url, payload, c, r))) for c, r in runs]
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=60)

    words = len(text.split())
    in_project_venv = Path(sys.prefix).resolve() == (ROOT / ".venv").resolve()
    python = ".venv/bin/python" if in_project_venv else "python"
    command = "\n".join([
        "```",
        (f"# in a fresh venv with pip install \".[test]\" ({sys.prefix})\n" if not in_project_venv else "")
        + f"{python} bench/service_load.py --clients {args.clients} --requests {args.requests} "
        f"--workers {args.workers}" + (f" --model {args.model}" if args.model else "")
        + (f" --serial {args.serial}" if args.serial != 20 else ""),
        "```",
    ])
    print(f"## Service load: {args.requests} × POST /extract, {args.clients} concurrent clients, "
          f"{args.workers} worker(s)\n")
    print(f"Article: `{ARTICLE.relative_to(ROOT)}` ({len(payload):,} bytes, {words} words, "
          f"{entities} entities). Pipeline: {', '.join(pipeline)}.\n")
    print("| requests | clients | workers | errors | p50 ms | p90 ms | p99 ms | max ms | mean ms | requests/s | words/s |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    errors = 0
    for clients, _requests, latencies, statuses, wall in measured:
        errors += sum(1 for s in statuses if s != 200)
        ms = [1000 * x for x in latencies]
        print(f"| {len(ms)} | {clients} | {args.workers} | {sum(1 for s in statuses if s != 200)} | "
              f"{percentile(ms, 50):.0f} | {percentile(ms, 90):.0f} | {percentile(ms, 99):.0f} | "
              f"{max(ms):.0f} | {statistics.fmean(ms):.0f} | {len(ms) / wall:.1f} | "
              f"{len(ms) * words / wall:,.0f} |")
    print("\nThe first row (one client, one request at a time) is the service time; under 50 "
          "concurrent clients a request also waits for those queued before it.")
    print(f"\nServer start-up to a healthy /health: {startup:.1f} s. Client and server share "
          f"this machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.1f} at the end.\n")
    print(command)
    if errors:
        sys.exit(f"{errors} requests failed")


if __name__ == "__main__":
    main()
