from __future__ import annotations

from typing import Any

import httpx
import pytest

from claude_api_client._core._casts import json_cast
from claude_api_client._core._options import RequestOptions

from ._helpers import Recorder, json_reply, post, sync_client


def timeout_sent(options: RequestOptions, **client_kwargs: Any) -> dict[str, float | None]:
    recorder = Recorder([json_reply()])
    sync_client(recorder, **client_kwargs).request(options, json_cast)
    timeout: dict[str, float | None] = recorder.requests[0].extensions["timeout"]
    return timeout


def spread(read: float | None, connect: float | None = 5.0) -> dict[str, float | None]:
    return {"connect": connect, "read": read, "write": read, "pool": read}


def test_default_timeout() -> None:
    assert timeout_sent(post(json_body={})) == spread(600.0)


@pytest.mark.parametrize(
    "expected, read",
    [(28.0, 600.0), (599.9, 600.0), (1800.0, 1800.0), (3600.0, 3600.0), (28_125.0, 3600.0)],
)
def test_long_calls_get_an_adaptive_read_timeout(expected: float, read: float) -> None:
    assert timeout_sent(post(json_body={}, expected_seconds=expected)) == spread(read)


def test_streams_keep_the_default() -> None:
    options = post(json_body={}, expected_seconds=3600.0, stream=True)
    assert timeout_sent(options) == spread(600.0)


def test_per_call_timeout_wins() -> None:
    options = post(json_body={}, expected_seconds=3600.0, timeout=20.0)
    assert timeout_sent(options) == spread(20.0, connect=20.0)
    options = post(json_body={}, timeout=httpx.Timeout(7.0, connect=1.0))
    assert timeout_sent(options) == spread(7.0, connect=1.0)
    assert timeout_sent(post(json_body={}, timeout=None)) == spread(None, connect=None)


def test_a_client_timeout_chosen_by_the_caller_is_not_adapted() -> None:
    options = post(json_body={}, expected_seconds=3600.0)
    assert timeout_sent(options, timeout=30.0) == spread(30.0, connect=30.0)


def test_with_options_timeout() -> None:
    recorder = Recorder([json_reply()])
    client = sync_client(recorder).with_options(timeout=12.0)
    client.request(post(json_body={}, expected_seconds=3600.0), json_cast)
    assert recorder.requests[0].extensions["timeout"] == spread(12.0, connect=12.0)
