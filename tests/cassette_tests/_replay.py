"""Running one scenario through the public client under vcrpy, and reading its cassette back."""

from __future__ import annotations

import inspect
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import yaml

from _support.wire import sse_json_events

from ._vcr import cassette_path, make_vcr, recording
from ._wire import BASE_URL, CASSETTES, Scenario

TEST_KEY = "test-key"


@dataclass
class Run:
    """What a replay produced: the requests the SDK sent and the cassette that answered."""

    sent: list[httpx.Request] = field(default_factory=list)
    cassette: Any = None


def api_key() -> str:
    return os.environ["ANTHROPIC_API_KEY"] if recording() else TEST_KEY


def sync_client(run: Run) -> Any:
    from claude_api_client import Anthropic

    http = httpx.Client(event_hooks={"request": [run.sent.append]})
    return Anthropic(api_key=api_key(), base_url=BASE_URL, max_retries=0, http_client=http)


def async_client(run: Run) -> Any:
    from claude_api_client import AsyncAnthropic

    async def capture(request: httpx.Request) -> None:
        run.sent.append(request)

    http = httpx.AsyncClient(event_hooks={"request": [capture]})
    return AsyncAnthropic(api_key=api_key(), base_url=BASE_URL, max_retries=0, http_client=http)


@contextmanager
def replay(scenario: Scenario, run: Run) -> Iterator[None]:
    """vcrpy around the block: replay (or, under scripts/record, record) the scenario."""
    record = recording()
    config = make_vcr(record=record, secrets=(api_key(),) if record else ())
    with config.use_cassette(cassette_path(CASSETTES, scenario.name)) as cassette:
        run.cassette = cassette
        yield
    if not record:
        assert cassette.play_count == len(cassette), "not every recorded interaction was played"


def target(client: Any, scenario: Scenario) -> Any:
    node = client.beta if scenario.beta else client
    for name in scenario.call:
        node = getattr(node, name)
    return node


def call(client: Any, scenario: Scenario) -> Any:
    kwargs = dict(scenario.args)
    if scenario.betas:
        kwargs["betas"] = list(scenario.betas)
    return target(client, scenario)(*scenario.posargs, **kwargs)


async def acall(client: Any, scenario: Scenario) -> Any:
    result = call(client, scenario)
    if inspect.isawaitable(result):
        result = await result
    return result


# --- reading a cassette back ---------------------------------------------------------------


@dataclass
class Recorded:
    method: str
    uri: str
    request_headers: dict[str, str]
    request_body: bytes | None
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    def jsonl(self) -> list[Any]:
        return [json.loads(line) for line in self.body.decode().splitlines() if line.strip()]

    def sse(self) -> list[tuple[str, Any]]:
        """The (event, data) pairs of an SSE body, parsed by the test itself."""
        return sse_json_events(self.body)


def _flat(headers: dict[str, Any]) -> dict[str, str]:
    return {k.lower(): (v[0] if isinstance(v, list) else v) for k, v in (headers or {}).items()}


def _bytes(value: Any) -> bytes:
    if value is None:
        return b""
    return value.encode("utf-8") if isinstance(value, str) else bytes(value)


def recorded(scenario: Scenario) -> list[Recorded]:
    """The interactions of the scenario's cassette file, as written on disk."""
    path = CASSETTES / f"{scenario.name}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for item in data["interactions"]:
        req, resp = item["request"], item["response"]
        body = req.get("body")
        out.append(
            Recorded(
                method=req["method"],
                uri=req["uri"],
                request_headers=_flat(req.get("headers", {})),
                request_body=None if body is None else _bytes(body),
                status=resp["status"]["code"],
                headers=_flat(resp.get("headers", {})),
                body=_bytes(resp["body"]["string"]),
            )
        )
    return out


def read_bytes(result: Any) -> bytes:
    """A download's bytes, whatever it returns: bytes, or a binary response object."""
    if isinstance(result, (bytes, bytearray)):
        return bytes(result)
    for name in ("read", "content"):
        value = getattr(result, name, None)
        if callable(value):
            value = value()
        if isinstance(value, (bytes, bytearray)):
            return bytes(value)
    if hasattr(result, "iter_bytes"):
        return b"".join(result.iter_bytes())
    raise TypeError(f"cannot read bytes out of {type(result).__name__}")


async def aread_bytes(result: Any) -> bytes:
    """The same for an async call's result: its `read`/`aread` may be coroutines, its
    `iter_bytes` asynchronous; anything else is read as `read_bytes` does."""
    for name in ("read", "aread"):
        method = getattr(result, name, None)
        value = method() if callable(method) else None
        if inspect.isawaitable(value):
            value = await value
        if isinstance(value, (bytes, bytearray)):
            return bytes(value)
    if hasattr(result, "iter_bytes"):
        return b"".join([chunk async for chunk in result.iter_bytes()])
    return read_bytes(result)


def as_list(result: Any) -> list[Any]:
    """JSON-lines results, whether a list or an iterator."""
    return list(result)


async def aas_list(result: Any) -> list[Any]:
    if hasattr(result, "__aiter__"):
        return [item async for item in result]
    return list(result)
