"""A one-shot raw HTTP server on 127.0.0.1, for faults that a mock transport cannot produce."""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Script:
    """What the server writes after reading the request: a head, then body pieces, then an end."""

    head: bytes
    pieces: list[bytes] = field(default_factory=list)
    end: str = "close"  # "close" (FIN), "reset" (RST), or "hang" (wait until the client leaves)


def head(
    *, length: int | None = None, chunked: bool = False, request_id: str = "req_test"
) -> bytes:
    lines = [
        "HTTP/1.1 200 OK",
        "content-type: text/event-stream; charset=utf-8",
        f"request-id: {request_id}",
    ]
    if length is not None:
        lines.append(f"content-length: {length}")
    elif chunked:
        lines.append("transfer-encoding: chunked")
    else:
        lines.append("connection: close")  # the body runs until the server closes
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def chunk_frame(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


@contextmanager
def serve_once(script: Script) -> Iterator[str]:
    """Serve one connection with ``script``; yields the base URL."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(10)
    port = server.getsockname()[1]
    done = threading.Event()

    def run() -> None:
        try:
            conn, _ = server.accept()
        except OSError:
            return
        with conn:
            conn.settimeout(10)
            received = b""
            while b"\r\n\r\n" not in received:  # the request head (our tests send no body)
                piece = conn.recv(65536)
                if not piece:
                    return
                received += piece
            conn.sendall(script.head)
            for piece in script.pieces:
                conn.sendall(piece)
            if script.end == "reset":
                # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            elif script.end == "hang":
                done.wait(10)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        done.set()
        server.close()
        thread.join(10)
