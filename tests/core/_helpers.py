"""Helpers of the core tests: ready-made clients and replies (the clock and the recorder are
tests/_support's)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from _support.clock import WALL_START, FakeClock
from _support.recorder import Recorder, Reply
from claude_api_client._core._base_client import AsyncAPIClient, SyncAPIClient
from claude_api_client._core._options import RequestOptions

API_KEY = "sk-ant-api03-TOPSECRET-0123456789abcdef"
__all__ = ["WALL_START", "FakeClock", "Recorder", "Reply"]


def json_reply(status: int = 200, body: object = None, **headers: str) -> httpx.Response:
    content = json.dumps({"ok": True} if body is None else body).encode()
    all_headers = {"content-type": "application/json", "request-id": "req_test_1"}
    all_headers.update({k.replace("_", "-"): v for k, v in headers.items()})
    return httpx.Response(status, headers=all_headers, content=content)


def error_reply(
    status: int, error_type: str = "api_error", message: str = "boom", **headers: str
) -> httpx.Response:
    body = {
        "type": "error",
        "error": {"type": error_type, "message": message},
        "request_id": "req_err",
    }
    return json_reply(status, body, request_id="req_err", **headers)


Handler = Callable[[httpx.Request], httpx.Response]


def _options(
    http_class: Any,
    handler: Handler,
    *,
    clock: FakeClock | None = None,
    api_key: str | None = API_KEY,
    **kwargs: Any,
) -> dict[str, Any]:
    """A client's arguments: `handler` answers on a MockTransport, waits go to `clock`."""
    http = http_class(transport=httpx.MockTransport(handler))
    policy = (clock or FakeClock()).policy()
    return {"api_key": api_key, "http_client": http, "retry_policy": policy, **kwargs}


def sync_client(handler: Handler, **options: Any) -> SyncAPIClient:
    return SyncAPIClient(**_options(httpx.Client, handler, **options))


def async_client(handler: Handler, **options: Any) -> AsyncAPIClient:
    return AsyncAPIClient(**_options(httpx.AsyncClient, handler, **options))


def get(path: str = "/v1/models", **kwargs: Any) -> RequestOptions:
    return RequestOptions(method="get", path=path, **kwargs)


def post(path: str = "/v1/messages", **kwargs: Any) -> RequestOptions:
    return RequestOptions(method="post", path=path, **kwargs)
