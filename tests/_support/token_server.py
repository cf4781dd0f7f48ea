"""A 127.0.0.1 server for the credentials tests: the token endpoint (`POST /v1/oauth/token`,
answering what the test queued) and an API that checks the bearer token it is sent."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

from tests._support.http_server import HTTPServing, QuietHandler

__all__ = ["TokenServer", "write_profile"]


class TokenServer(HTTPServing):
    """`grants`: the token endpoint's answers, in order (the last repeats), each
    `(status, json body)`; `valid`: the bearer tokens the API accepts (others get 401);
    `seen`: every request as `(method, path, headers, body)`."""

    def __init__(self) -> None:
        self.grants: list[tuple[int, Any]] = [
            (200, {"access_token": "minted-1", "expires_in": 600})
        ]
        self.valid: set[str] = {"minted-1"}
        self.seen: list[tuple[str, str, dict[str, str], Any]] = []
        self.exchanges = 0
        self.lock = threading.Lock()
        server = self

        class Handler(QuietHandler):
            def _reply(self, status: int, body: Any) -> None:
                data = body if isinstance(body, bytes) else json.dumps(body).encode()
                self.answer(status, "application/json", data, {"request-id": "req_test"})

            def _handle(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length) if length else b""
                body = json.loads(raw) if raw else None
                headers = {k.lower(): v for k, v in self.headers.items()}
                with server.lock:
                    server.seen.append((self.command, self.path, headers, body))
                if self.path == "/v1/oauth/token":
                    with server.lock:
                        index = min(server.exchanges, len(server.grants) - 1)
                        server.exchanges += 1
                    self._reply(*server.grants[index])
                    return
                token = headers.get("authorization", "").removeprefix("Bearer ")
                if token in server.valid or headers.get("x-api-key"):
                    self._reply(200, {"ok": True, "path": self.path})
                else:
                    self._reply(
                        401,
                        {
                            "type": "error",
                            "error": {"type": "authentication_error", "message": "bad token"},
                        },
                    )

            do_GET = do_POST = _handle

        super().__init__(Handler)

    def api_requests(self) -> list[tuple[str, str, dict[str, str], Any]]:
        return [r for r in self.seen if r[1] != "/v1/oauth/token"]

    def token_requests(self) -> list[tuple[str, str, dict[str, str], Any]]:
        return [r for r in self.seen if r[1] == "/v1/oauth/token"]


def write_profile(
    config_dir: Path,
    name: str,
    config: dict[str, Any],
    credentials: dict[str, Any] | None = None,
) -> None:
    """`configs/<name>.json` (0644) and, given, `credentials/<name>.json` (0600)."""
    (config_dir / "configs").mkdir(parents=True, exist_ok=True)
    path = config_dir / "configs" / f"{name}.json"
    path.write_text(json.dumps(config))
    os.chmod(path, 0o644)
    if credentials is not None:
        (config_dir / "credentials").mkdir(parents=True, exist_ok=True, mode=0o700)
        secret = config_dir / "credentials" / f"{name}.json"
        secret.write_text(json.dumps(credentials))
        os.chmod(secret, 0o600)
