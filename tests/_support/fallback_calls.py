"""The calls the refusal-fallback comparison makes, written once for either package: each takes
the package module (`anthropic` or `claude_api_client`, used the same way) and a client maker,
and returns JSON-able results (messages and stream events as their dicts, errors by class name).

Run by our tests directly, and by tests/_support/official_fallback_probe.py with the official
package's interpreter.
"""

from __future__ import annotations

import asyncio
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from typing import Any

HISTORY = [{"role": "user", "content": "Tell me something"}]
CALLS = (
    "non_streaming",
    "non_streaming_patches",
    "non_streaming_exhausted",
    "streaming_mid",
    "streaming_pre",
    "streaming_skip_failed",
    "streaming_all_failed",
    "streaming_prefill_rejected",
    "streaming_no_token",
    "streaming_fast_retry",
    "streaming_failed_not_capacity",
    "streaming_tool_prefill",
    "streaming_thinking_prefill",
    "stream_helper_final_message",
    "streaming_input_transformations",
    "streaming_stitched_by_the_api",
    "raw_responses",
    "pinned_state",
    "seams_stripped",
    "async_non_streaming",
    "async_streaming",
)


def _client(pkg: Any, base_url: str, api_key: str, fallbacks: list[Any], **kwargs: Any) -> Any:
    middleware = pkg.BetaRefusalFallbackMiddleware(fallbacks, **kwargs)
    return pkg.Anthropic(base_url=base_url, api_key=api_key, max_retries=0, middleware=[middleware])


def _async_client(pkg: Any, base_url: str, api_key: str, fallbacks: list[Any]) -> Any:
    middleware = pkg.BetaRefusalFallbackMiddleware(fallbacks)
    return pkg.AsyncAnthropic(
        base_url=base_url, api_key=api_key, max_retries=0, middleware=[middleware]
    )


def _events(stream: Any) -> list[Any]:
    return [event.to_dict(mode="json") for event in stream]


def _create(client: Any, **params: Any) -> Any:
    params = {"model": "refuse-a", "max_tokens": 64, "messages": HISTORY, **params}
    try:
        result = client.beta.messages.create(**params)
    except Exception as error:
        return {"error": type(error).__name__, "status": getattr(error, "status_code", None)}
    return _events(result) if params.get("stream") else result.to_dict(mode="json")


def _one_create(fallbacks: list[str], **params: Any) -> Callable[[Any, str, str], Any]:
    """A call that makes one `create` (`params` over `_create`'s) through a client whose
    middleware falls back to the models `fallbacks`, in order."""

    def call(pkg: Any, base_url: str, api_key: str) -> Any:
        client = _client(pkg, base_url, api_key, [{"model": model} for model in fallbacks])
        return _create(client, **params)

    return call


non_streaming = _one_create(["refuse-b", "accept-c"])


def non_streaming_patches(pkg: Any, base_url: str, api_key: str) -> Any:
    fallbacks = [
        {"model": "accept-b", "max_tokens": 32, "output_config": {"effort": None}, "speed": None},
    ]
    client = _client(
        pkg, base_url, api_key, fallbacks, betas=["fallback-credit-2026-07-01", "extra-beta"]
    )
    return _create(
        client,
        thinking={"type": "between_tools"},
        output_config={"effort": "low"},
        speed="fast",
        metadata={"user_id": "user-1"},
        betas=["context-1m-2025-08-07"],
    )


non_streaming_exhausted = _one_create(["refuse-b", "overloaded-c"])
streaming_mid = _one_create(["refuse-b", "accept-c"], stream=True)
streaming_pre = _one_create(["early-b", "accept-c"], model="early-a", stream=True)
streaming_skip_failed = _one_create(["overloaded-b", "accept-c"], stream=True)
streaming_all_failed = _one_create(["overloaded-b"], stream=True)
streaming_prefill_rejected = _one_create(["strict-b"], stream=True)
streaming_no_token = _one_create(["accept-b"], model="notoken-a", stream=True)
streaming_fast_retry = _one_create(["ratelimited-b"], speed="fast", stream=True)
streaming_failed_not_capacity = _one_create(["broken-b"], stream=True)
streaming_tool_prefill = _one_create(["accept-b"], model="tooler-a", stream=True)
streaming_thinking_prefill = _one_create(["accept-b"], model="thinker-a", stream=True)


def stream_helper_final_message(pkg: Any, base_url: str, api_key: str) -> Any:
    client = _client(pkg, base_url, api_key, [{"model": "refuse-b"}, {"model": "accept-c"}])
    with client.beta.messages.stream(model="refuse-a", max_tokens=64, messages=HISTORY) as stream:
        text = "".join(stream.text_stream)
        return [text, stream.get_final_message().to_dict(mode="json")]


def streaming_input_transformations(pkg: Any, base_url: str, api_key: str) -> Any:
    client = _client(pkg, base_url, api_key, [{"model": "transforming-b"}])
    return [
        _create(client, stream=True),
        _create(client, model="early-a", stream=True),
        _create(client),
    ]


streaming_stitched_by_the_api = _one_create(["accept-b"], model="stitched-a", stream=True)


def raw_responses(pkg: Any, base_url: str, api_key: str) -> Any:
    client = _client(pkg, base_url, api_key, [{"model": "refuse-b"}, {"model": "accept-c"}])
    params: Any = {"model": "refuse-a", "max_tokens": 64, "messages": HISTORY}
    raw = client.beta.messages.with_raw_response.create(**params)
    streamed = client.beta.messages.with_raw_response.create(**params, stream=True)
    with client.beta.messages.with_streaming_response.create(**params, stream=True) as response:
        lines = [line for line in response.iter_lines() if line.startswith("event:")]
    return [raw.parse().to_dict(mode="json"), _events(streamed.parse()), lines]


def pinned_state(pkg: Any, base_url: str, api_key: str) -> Any:
    client = _client(pkg, base_url, api_key, [{"model": "refuse-b"}, {"model": "accept-c"}])
    state = pkg.BetaFallbackState()
    with state:
        first = _create(client)
        after_first = state.index
        second = _create(client, stream=True)
    return [first, after_first, second, state.index]


def seams_stripped(pkg: Any, base_url: str, api_key: str) -> Any:
    seam = {
        "type": "fallback",
        "from": {"model": "refuse-a"},
        "to": {"model": "accept-c"},
        "trigger": {"type": "refusal", "category": None},
    }
    history = [
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": [seam]},
        {"role": "user", "content": "Hi again"},
        {"role": "assistant", "content": [seam, {"type": "text", "text": "Hello"}]},
        {"role": "user", "content": "Bye"},
    ]
    client = _client(pkg, base_url, api_key, [{"model": "accept-c"}])
    return _create(client, model="accept-a", messages=history)


def async_non_streaming(pkg: Any, base_url: str, api_key: str) -> Any:
    async def run() -> Any:
        client = _async_client(
            pkg, base_url, api_key, [{"model": "refuse-b"}, {"model": "accept-c"}]
        )
        message = await client.beta.messages.create(
            model="refuse-a", max_tokens=64, messages=HISTORY
        )
        return message.to_dict(mode="json")

    return asyncio.run(run())


def async_streaming(pkg: Any, base_url: str, api_key: str) -> Any:
    async def run() -> Any:
        client = _async_client(
            pkg, base_url, api_key, [{"model": "early-b"}, {"model": "accept-c"}]
        )
        stream = await client.beta.messages.create(
            model="refuse-a", max_tokens=64, messages=HISTORY, stream=True
        )
        return [event.to_dict(mode="json") async for event in stream]

    return asyncio.run(run())


CALL: dict[str, Callable[[Any, str, str], Any]] = {name: globals()[name] for name in CALLS}


MARK = "/fallback-call/"
"""Path of the request sent before each call of `run_all` (answered 404, recorded by the
server): where one call's requests start in the server's log."""


def run_all(pkg: Any, base_url: str, api_key: str, calls: Iterable[str]) -> list[Any]:
    """Each call's result, in order, each call's requests preceded by a `MARK` request."""
    results = []
    for name in calls:
        try:
            urllib.request.urlopen(base_url + MARK + name, timeout=30).close()
        except urllib.error.HTTPError:
            pass
        results.append(CALL[name](pkg, base_url, api_key))
    return results
