#!/usr/bin/env python3
"""The server of the scaling benchmarks (``scaling.py``), in a process of its own.

Every answer is generated on the fly from the request, so that a 1 GB download or a 100,000-line
JSONL costs the server no memory, and the server never limits a client. The size of each answer
comes from the request itself, so one server serves every size:

- ``GET /v1/messages/batches/msgbatch_jsonl_<N>`` and ``…/results``: a finished batch and its
  ``N`` JSONL result lines (the official client reads ``results_url`` from the batch first).
- ``GET /v1/files/file_<N>/content``: ``N`` bytes.
- ``POST /v1/files``: reads and discards the upload in chunks, answers its metadata.
- ``GET /v1/models`` with header ``x-bench-total: N``: ``N`` models, in pages of ``limit``.
- ``POST /v1/messages`` with header ``x-bench-blocks: K``: a message of ``K`` text blocks; with
  ``x-bench-tool-bytes: S`` and ``"stream": true``: a tool_use block whose input of ``S`` bytes
  arrives as ``input_json_delta`` events of 64 bytes; ``x-bench-sleep: SECONDS`` delays the answer.

Prints ``READY <base_url>`` once listening, then serves until stdin closes.
"""

from __future__ import annotations

import json
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

CHUNK = 1 << 20
FILE_BLOCK = bytes(range(256)) * (CHUNK // 256)
DELTA_BYTES = 64


def tool_input(size: int) -> str:
    """A JSON object of about `size` bytes, nested a little, as a real tool input would be."""
    items = []
    total = 20
    i = 0
    while total < size:
        item = json.dumps({"id": i, "name": f"item-{i}", "tags": ["a", "b"], "note": "x" * 40})
        items.append(item)
        total += len(item) + 1
        i += 1
    return '{"items": [' + ",".join(items) + "]}"


def sse(event: str, data: dict[str, object]) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode()


def message(content: list[dict[str, object]], stop_reason: str = "end_turn") -> dict[str, object]:
    return {
        "id": "msg_bench",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5",
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": {"input_tokens": 10, "output_tokens": 10},
    }


def result_line(i: int) -> bytes:
    line = {
        "custom_id": f"req-{i}",
        "result": {"type": "succeeded", "message": message([{"type": "text", "text": "ok " * 8}])},
    }
    return json.dumps(line, separators=(",", ":")).encode() + b"\n"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in separate writes

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    # --- helpers ---------------------------------------------------------------------------------

    def _json(self, body: object, status: int = 200) -> None:
        data = json.dumps(body, separators=(",", ":")).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.send_header("request-id", "req_bench")
        self.end_headers()
        self.wfile.write(data)

    def _chunked(self, content_type: str, parts: object) -> None:
        self.send_response(200)
        self.send_header("content-type", content_type)
        self.send_header("transfer-encoding", "chunked")
        self.send_header("request-id", "req_bench")
        self.end_headers()
        buffer = bytearray()
        for part in parts:  # type: ignore[attr-defined]
            buffer += part
            if len(buffer) >= 65536:
                self._write_chunk(bytes(buffer))
                buffer.clear()
        if buffer:
            self._write_chunk(bytes(buffer))
        self.wfile.write(b"0\r\n\r\n")

    def _write_chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")

    def _drain(self) -> int:
        length = int(self.headers.get("content-length") or 0)
        left = length
        while left:
            got = self.rfile.read(min(CHUNK, left))
            if not got:
                break
            left -= len(got)
        return length

    # --- routes ----------------------------------------------------------------------------------

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        path = url.path
        if m := re.fullmatch(r"/v1/messages/batches/msgbatch_jsonl_(\d+)/results", path):
            n = int(m.group(1))
            self._chunked("application/binary", (result_line(i) for i in range(n)))
        elif m := re.fullmatch(r"/v1/messages/batches/(msgbatch_jsonl_\d+)", path):
            base = f"http://{self.headers['host']}"
            self._json(
                {
                    "id": m.group(1),
                    "type": "message_batch",
                    "processing_status": "ended",
                    "request_counts": {
                        "processing": 0,
                        "succeeded": 1,
                        "errored": 0,
                        "canceled": 0,
                        "expired": 0,
                    },
                    "ended_at": "2026-01-01T00:00:00Z",
                    "created_at": "2026-01-01T00:00:00Z",
                    "expires_at": "2026-01-02T00:00:00Z",
                    "archived_at": None,
                    "cancel_initiated_at": None,
                    "results_url": f"{base}/v1/messages/batches/{m.group(1)}/results",
                }
            )
        elif m := re.fullmatch(r"/v1/files/file_(\d+)/content", path):
            self._send_bytes(int(m.group(1)))
        elif path == "/v1/models":
            self._models(parse_qs(url.query))
        else:
            self._json(
                {"type": "error", "error": {"type": "not_found_error", "message": path}}, 404
            )

    def _send_bytes(self, n: int) -> None:
        self.send_response(200)
        self.send_header("content-type", "application/octet-stream")
        self.send_header("content-length", str(n))
        self.end_headers()
        left = n
        while left:
            block = FILE_BLOCK if left >= CHUNK else FILE_BLOCK[:left]
            self.wfile.write(block)
            left -= len(block)

    def _models(self, query: dict[str, list[str]]) -> None:
        total = int(self.headers.get("x-bench-total") or 20)
        limit = int(query.get("limit", ["20"])[0])
        after = query.get("after_id", [None])[0]
        start = int(after.rsplit("-", 1)[1]) + 1 if after else 0
        ids = [f"claude-bench-{i}" for i in range(start, min(start + limit, total))]
        data = [
            {
                "type": "model",
                "id": model_id,
                "display_name": model_id,
                "created_at": "2026-01-01T00:00:00Z",
            }
            for model_id in ids
        ]
        self._json(
            {
                "data": data,
                "has_more": start + limit < total,
                "first_id": ids[0] if ids else None,
                "last_id": ids[-1] if ids else None,
            }
        )

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        if path == "/v1/files":
            size = self._drain()
            self._json(
                {
                    "id": "file_uploaded",
                    "type": "file",
                    "filename": "upload.bin",
                    "mime_type": "application/octet-stream",
                    "size_bytes": size,
                    "created_at": "2026-01-01T00:00:00Z",
                    "downloadable": False,
                }
            )
        elif path == "/v1/messages":
            length = int(self.headers.get("content-length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            if delay := float(self.headers.get("x-bench-sleep") or 0):
                time.sleep(delay)
            if tool_bytes := int(self.headers.get("x-bench-tool-bytes") or 0):
                self._tool_stream(tool_bytes)
            else:
                blocks = int(self.headers.get("x-bench-blocks") or 1)
                text = "A sentence of text in one content block of the answer. "
                content = [{"type": "text", "text": f"{i}: {text}"} for i in range(blocks)]
                assert body.get("stream") is not True, "streaming is only for x-bench-tool-bytes"
                self._json(message(content))
        else:
            self._json(
                {"type": "error", "error": {"type": "not_found_error", "message": path}}, 404
            )

    def _tool_stream(self, size: int) -> None:
        text = tool_input(size)

        def events() -> object:
            start = message([])
            start["stop_reason"] = None
            yield sse("message_start", {"type": "message_start", "message": start})
            block = {"type": "tool_use", "id": "toolu_bench", "name": "record", "input": {}}
            yield sse(
                "content_block_start",
                {"type": "content_block_start", "index": 0, "content_block": block},
            )
            for i in range(0, len(text), DELTA_BYTES):
                delta = {"type": "input_json_delta", "partial_json": text[i : i + DELTA_BYTES]}
                yield sse(
                    "content_block_delta",
                    {"type": "content_block_delta", "index": 0, "delta": delta},
                )
            yield sse("content_block_stop", {"type": "content_block_stop", "index": 0})
            yield sse(
                "message_delta",
                {
                    "type": "message_delta",
                    "delta": {"stop_reason": "tool_use", "stop_sequence": None},
                    "usage": {"output_tokens": 10},
                },
            )
            yield sse("message_stop", {"type": "message_stop"})

        self._chunked("text/event-stream; charset=utf-8", events())


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024


def main() -> int:
    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print("READY", f"http://127.0.0.1:{server.server_address[1]}", flush=True)
    sys.stdin.read()
    server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
