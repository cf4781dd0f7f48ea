#!/usr/bin/env python3
"""Micro benchmark of the SSE decoder (the hot path of streaming).

Builds a realistic Messages stream (message_start, content_block_start, ping, N text deltas,
content_block_stop, message_delta, message_stop), cuts it into fixed-size chunks and reports
events per second for:

- ours, decoder only (``SSEDecoder.feed``), and decoder + ``json.loads`` of each event;
- ours end to end: ``Stream`` over an ``httpx.Response`` with ``decode = json.loads``;
- a plain loop: ``httpx.Response.iter_lines()`` + ``json.loads`` of every ``data:`` line
  (the floor: no SSE semantics at all);
- the official ``anthropic`` package's SSE decoder, when it is importable (install it in a
  separate virtualenv and put ``overlay/`` on ``PYTHONPATH`` to compare).

Each figure is the best of ``--repeat`` runs. Example:

    .venv/bin/python benchmarks/sse_decode.py --deltas 20000 --chunk-size 8192
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "overlay"))

import httpx
from _payloads import sse_stream  # the same stream run_all.py serves

from claude_api_client._core._sse import SSEDecoder
from claude_api_client._core._streaming import Stream


def chunked(body: bytes, size: int) -> list[bytes]:
    return [body[i : i + size] for i in range(0, len(body), size)]


def ours_decode_only(chunks: list[bytes]) -> int:
    feed = SSEDecoder().feed
    n = 0
    for chunk in chunks:
        n += len(feed(chunk))
    return n


def ours_decode_json(chunks: list[bytes]) -> int:
    feed = SSEDecoder().feed
    loads = json.loads
    n = 0
    for chunk in chunks:
        for sse in feed(chunk):
            loads(sse.data)
            n += 1
    return n


def _response(chunks: list[bytes]) -> httpx.Response:
    request = httpx.Request("POST", "https://api.anthropic.com/v1/messages")
    return httpx.Response(
        200,
        headers={"content-type": "text/event-stream"},
        stream=httpx.ByteStream(b"") if not chunks else _Chunks(chunks),
        request=request,
    )


class _Chunks(httpx.SyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._chunks)


def ours_stream(chunks: list[bytes]) -> int:
    n = 0
    with Stream(_response(chunks), lambda _name, data: json.loads(data)) as stream:
        for _ in stream:
            n += 1
    return n


def plain_iter_lines(chunks: list[bytes]) -> int:
    loads = json.loads
    n = 0
    response = _response(chunks)
    for line in response.iter_lines():
        if line.startswith("data: "):
            loads(line[6:])
            n += 1
    response.close()
    return n


def official_decode(chunks: list[bytes]) -> int | None:
    try:
        from anthropic._streaming import SSEDecoder as OfficialDecoder  # type: ignore[import-not-found]
    except ImportError:
        return None
    n = 0
    for _ in OfficialDecoder().iter_bytes(iter(chunks)):
        n += 1
    return n


def official_decode_json(chunks: list[bytes]) -> int | None:
    try:
        from anthropic._streaming import SSEDecoder as OfficialDecoder
    except ImportError:
        return None
    n = 0
    for sse in OfficialDecoder().iter_bytes(iter(chunks)):
        sse.json()
        n += 1
    return n


def best_rate(
    fn: Callable[[list[bytes]], int | None], chunks: list[bytes], repeat: int
) -> float | None:
    best = float("inf")
    events = 0
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn(chunks)
        elapsed = time.perf_counter() - start
        if result is None:
            return None
        events = result
        best = min(best, elapsed)
    return events / best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--deltas", type=int, default=20_000, help="content_block_delta events (default 20000)"
    )
    parser.add_argument(
        "--chunk-size", type=int, default=8192, help="bytes per chunk (default 8192)"
    )
    parser.add_argument(
        "--repeat", type=int, default=7, help="runs per case, best kept (default 7)"
    )
    args = parser.parse_args(argv)

    body = sse_stream(args.deltas)
    chunks = chunked(body, args.chunk_size)
    print(
        f"stream: {len(body):,} bytes, {args.deltas + 6:,} events, {len(chunks):,} chunks of {args.chunk_size} B"
    )
    cases: list[tuple[str, Callable[[list[bytes]], int | None]]] = [
        ("ours: decoder only", ours_decode_only),
        ("official anthropic: decoder only", official_decode),
        ("ours: decoder + json.loads", ours_decode_json),
        ("official anthropic: decoder + json", official_decode_json),
        ("ours: Stream over httpx + json.loads", ours_stream),
        ("plain httpx iter_lines + json.loads", plain_iter_lines),
    ]
    for label, fn in cases:
        rate = best_rate(fn, chunks, args.repeat)
        shown = "skipped (not importable)" if rate is None else f"{rate:>14,.0f} events/s"
        print(f"{label:<40} {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
