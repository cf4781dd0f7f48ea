"""What beta calls put on the wire beyond the caller's arguments (openapi: x-default-flags,
x-replaced-by): the operation's own betas, and the deprecated `output_format` moved."""

from __future__ import annotations

import asyncio
import json
import warnings
from typing import Any

import httpx
import pytest

from _support.payloads import message_body
from claude_api_client import Anthropic, AnthropicError, AsyncAnthropic

MESSAGE = message_body(None, model="m")
FORMAT = {"type": "json_schema", "schema": {"type": "object", "additionalProperties": False}}
ARGS: dict[str, Any] = {
    "model": "m",
    "max_tokens": 5,
    "messages": [{"role": "user", "content": "x"}],
}


def _handler(seen: list[httpx.Request]) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("count_tokens"):
            return httpx.Response(200, json={"input_tokens": 3})
        return httpx.Response(200, json=MESSAGE)

    return handle


def _client(seen: list[httpx.Request]) -> Anthropic:
    return Anthropic(
        api_key="k",
        base_url="http://127.0.0.1:9",
        http_client=httpx.Client(transport=httpx.MockTransport(_handler(seen))),
    )


def _body(request: httpx.Request) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(request.content)
    return body


def test_output_format_is_sent_as_output_config_format_with_a_warning() -> None:
    seen: list[httpx.Request] = []
    client = _client(seen)
    with pytest.warns(DeprecationWarning, match="output_format") as caught:
        client.beta.messages.create(**ARGS, output_format=FORMAT)
    assert caught[0].filename == __file__  # points at the caller's line
    body = _body(seen[0])
    assert "output_format" not in body
    assert body["output_config"] == {"format": FORMAT}


def test_output_format_joins_other_output_config_fields() -> None:
    seen: list[httpx.Request] = []
    client = _client(seen)
    with pytest.warns(DeprecationWarning):
        client.beta.messages.count_tokens(
            model="m",
            messages=[{"role": "user", "content": "x"}],
            output_format=FORMAT,
            output_config={"effort": "low"},
        )
    assert _body(seen[0])["output_config"] == {"effort": "low", "format": FORMAT}


def test_both_forms_are_refused_before_sending() -> None:
    seen: list[httpx.Request] = []
    client = _client(seen)
    with pytest.raises(AnthropicError, match=r"output_format and output_config\.format"):
        client.beta.messages.create(**ARGS, output_format=FORMAT, output_config={"format": FORMAT})
    with pytest.raises(AnthropicError, match="output_format"):
        client.beta.messages.stream(**ARGS, output_format=FORMAT, output_config={"format": FORMAT})
    assert seen == []


def test_output_format_none_and_output_config_alone_are_untouched() -> None:
    seen: list[httpx.Request] = []
    client = _client(seen)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client.beta.messages.create(**ARGS, output_format=None, output_config={"format": FORMAT})
    assert _body(seen[0]) == {**ARGS, "output_config": {"format": FORMAT}}


def test_stream_moves_it_too() -> None:
    seen: list[httpx.Request] = []
    client = _client(seen)
    with pytest.warns(DeprecationWarning):
        manager = client.beta.messages.stream(**ARGS, output_format=FORMAT)
    assert seen == []  # nothing sent before `with`
    del manager


def test_async_warning_points_at_the_caller() -> None:
    seen: list[httpx.Request] = []

    async def run() -> list[warnings.WarningMessage]:
        client = AsyncAnthropic(
            api_key="k",
            base_url="http://127.0.0.1:9",
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(_handler(seen))),
        )
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            await client.beta.messages.create(**ARGS, output_format=FORMAT)
        return caught

    caught = asyncio.run(run())
    assert [w.filename for w in caught if w.category is DeprecationWarning] == [__file__]
    assert _body(seen[0])["output_config"] == {"format": FORMAT}


def test_beta_count_tokens_adds_its_beta_after_the_callers() -> None:
    seen: list[httpx.Request] = []
    client = _client(seen)
    client.beta.messages.count_tokens(model="m", messages=[{"role": "user", "content": "x"}])
    client.beta.messages.count_tokens(
        model="m", messages=[{"role": "user", "content": "x"}], betas=["token-counting-2024-11-01"]
    )
    client.messages.count_tokens(model="m", messages=[{"role": "user", "content": "x"}])
    client.beta.messages.create(**ARGS)
    headers = [r.headers.get("anthropic-beta") for r in seen]
    assert headers == ["token-counting-2024-11-01", "token-counting-2024-11-01", None, None]
    assert all("beta" not in r.url.params for r in seen)
    with pytest.raises(TypeError, match="betas"):
        client.beta.messages.count_tokens(
            model="m",
            messages=[{"role": "user", "content": "x"}],
            betas="a-1",  # type: ignore[arg-type]
        )


def test_betas_given_as_omit_still_send_the_operations_own() -> None:
    from claude_api_client import omit

    seen: list[httpx.Request] = []
    _client(seen).beta.messages.count_tokens(model="m", messages=ARGS["messages"], betas=omit)
    assert seen[0].headers["anthropic-beta"] == "token-counting-2024-11-01"
