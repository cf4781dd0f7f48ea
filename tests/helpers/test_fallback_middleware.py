"""BetaRefusalFallbackMiddleware and BetaFallbackState against the simulator answering with the
scripted model of tests/_support/fallback_script.py (a model's name says how it answers:
`refuse-…` declines after "Partial answer", `early-…` before writing anything, `accept-…`
serves). What the caller gets and what the server was sent, spelled out; the same calls are
compared with the official package's in test_fallback_official.py."""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path
from typing import Any

import pytest

from claude_api_client import (
    Anthropic,
    AnthropicError,
    AsyncAnthropic,
    BetaFallbackState,
    BetaRefusalFallbackMiddleware,
)
from claude_api_client.lib.middleware import DEFAULT_BETAS, _blocks, _splice
from claude_api_client.testing import LocalAPIServer
from claude_api_client.testing.pytest_plugin import claude_bedrock_client as claude_bedrock_client

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "_support"))
import fallback_script

HISTORY = [{"role": "user", "content": "Tell me something"}]
LOGGER = "claude_api_client.lib.middleware"
CREDIT = "fallback-credit-2026-07-01"


@pytest.fixture
def api(server: LocalAPIServer) -> LocalAPIServer:
    fallback_script.install(server)
    return server


def _client(api: LocalAPIServer, *models: str, **options: Any) -> Anthropic:
    entries = [{"model": m} for m in models]
    middleware = BetaRefusalFallbackMiddleware(entries, **options)  # type: ignore[arg-type]
    return api.client(max_retries=0, middleware=[middleware])


def _sent(api: LocalAPIServer) -> list[dict[str, Any]]:
    return [r.json() for r in api.requests_for("messages_create")]


def _events(client: Anthropic, **params: Any) -> list[dict[str, Any]]:
    params = {"model": "refuse-a", "max_tokens": 64, "messages": HISTORY, **params}
    return [e.to_dict() for e in client.beta.messages.create(stream=True, **params)]


def _seam(from_model: str, to_model: str, category: str | None = "cyber") -> dict[str, Any]:
    return {
        "type": "fallback",
        "from": {"model": from_model},
        "to": {"model": to_model},
        "trigger": {"type": "refusal", "category": category},
    }


def _token(model: str) -> dict[str, str]:
    return {"token": f"fct-{model}", "mode": "best_effort"}


# --- without streaming -----------------------------------------------------------------------


def test_a_declined_message_is_asked_of_each_fallback_until_one_accepts(
    api: LocalAPIServer,
) -> None:
    client = _client(api, "refuse-b", "accept-c")
    message = client.beta.messages.create(model="refuse-a", max_tokens=64, messages=HISTORY)

    assert message.model == "accept-c"
    assert message.stop_reason == "end_turn"
    assert [b.to_dict() for b in message.content] == [
        _seam("refuse-a", "refuse-b"),
        _seam("refuse-b", "accept-c"),
        {"type": "text", "text": "Served by accept-c"},
    ]
    sent = _sent(api)
    assert [b["model"] for b in sent] == ["refuse-a", "refuse-b", "accept-c"]
    assert "fallback_credit_token" not in sent[0]
    assert sent[1]["fallback_credit_token"] == _token("refuse-a")
    assert sent[2]["fallback_credit_token"] == _token("refuse-b")
    assert all(body["messages"] == HISTORY for body in sent)  # no prefill without streaming
    for request in api.requests_for("messages_create"):
        assert request.betas == [CREDIT]
        assert request.headers["x-stainless-helper"] == "fallback-refusal-middleware"


def test_each_entry_patches_the_callers_own_parameters(api: LocalAPIServer) -> None:
    entries: Any = [
        {"model": "refuse-b", "max_tokens": 16},
        {"model": "accept-c", "output_config": {"effort": None}, "speed": None},
    ]
    client = api.client(max_retries=0, middleware=[BetaRefusalFallbackMiddleware(entries)])
    client.beta.messages.create(
        model="refuse-a",
        max_tokens=64,
        messages=HISTORY,
        thinking={"type": "between_tools"},
        output_config={"effort": "low"},
        speed="fast",
        metadata={"user_id": "u-1"},
    )
    _, second, third = _sent(api)
    # one entry's changes never reach the next request: each starts from the caller's
    assert second["max_tokens"] == 16 and third["max_tokens"] == 64
    assert second["output_config"] == {"effort": "low"} and "output_config" not in third
    assert second["speed"] == "fast" and "speed" not in third
    assert second["thinking"] == third["thinking"] == {"type": "disabled"}
    assert second["metadata"] == third["metadata"] == {"user_id": "u-1"}


def test_a_failed_fallback_is_the_calls_error(api: LocalAPIServer) -> None:
    from claude_api_client import OverloadedError

    client = _client(api, "overloaded-b", "accept-c")
    with pytest.raises(OverloadedError):
        client.beta.messages.create(model="refuse-a", max_tokens=64, messages=HISTORY)
    assert [b["model"] for b in _sent(api)] == ["refuse-a", "overloaded-b"]


def test_the_last_refusal_is_the_answer_when_the_chain_ends(api: LocalAPIServer) -> None:
    client = _client(api, "refuse-b")
    message = client.beta.messages.create(model="refuse-a", max_tokens=64, messages=HISTORY)
    assert message.model == "refuse-b" and message.stop_reason == "refusal"
    assert [b.type for b in message.content] == ["text"]  # no seam on a declined answer


# --- streaming --------------------------------------------------------------------------------


def test_a_mid_stream_refusal_is_spliced_into_one_stream(api: LocalAPIServer) -> None:
    events = _events(_client(api, "refuse-b", "accept-c"))

    starts = [e for e in events if e["type"] == "message_start"]
    assert len(starts) == 1 and starts[0]["message"]["id"] == "msg_refuse-a"
    blocks = [e for e in events if e["type"] == "content_block_start"]
    assert [b["index"] for b in blocks] == [0, 1, 2, 3, 4]
    assert blocks[1]["content_block"] == _seam("refuse-a", "refuse-b")
    assert blocks[3]["content_block"] == _seam("refuse-b", "accept-c")
    stops = [e["index"] for e in events if e["type"] == "content_block_stop"]
    assert stops == [0, 1, 2, 3, 4]  # the declined answers' open blocks are closed
    (delta,) = [e for e in events if e["type"] == "message_delta"]
    assert delta["delta"]["stop_reason"] == "end_turn"
    iterations = delta["usage"]["iterations"]
    assert [(i["type"], i["model"]) for i in iterations] == [
        ("message", "refuse-a"),
        ("message", "refuse-b"),
        ("fallback_message", "accept-c"),
    ]
    assert events[-1]["type"] == "message_stop"

    _, second, third = _sent(api)
    partial = {"type": "text", "text": "Partial answer"}
    assert second["messages"] == [*HISTORY, {"role": "assistant", "content": [partial]}]
    assert third["messages"] == [*HISTORY, {"role": "assistant", "content": [partial, partial]}]
    assert second["fallback_credit_token"] == _token("refuse-a")
    assert third["fallback_credit_token"] == _token("refuse-b")


def test_the_stream_helper_reads_the_spliced_message(api: LocalAPIServer) -> None:
    client = _client(api, "refuse-b", "accept-c")
    with client.beta.messages.stream(model="refuse-a", max_tokens=64, messages=HISTORY) as s:
        text = "".join(s.text_stream)
        message = s.get_final_message()
    assert text == "Partial answerPartial answerServed by accept-c after 2 prefill blocks"
    assert message.model == "accept-c"  # named by the last fallback block
    assert [b.type for b in message.content] == ["text", "fallback", "text", "fallback", "text"]
    assert message.usage.iterations is not None and len(message.usage.iterations) == 3


def test_a_refusal_before_any_output_leaves_no_trace(api: LocalAPIServer) -> None:
    events = _events(_client(api, "early-b", "accept-c"), model="early-a")
    assert events[0]["type"] == "message_start"
    # the serving answer opens the stream, under the first answer's id
    assert events[0]["message"]["id"] == "msg_early-a"
    assert events[0]["message"]["model"] == "accept-c"
    blocks = [e["content_block"] for e in events if e["type"] == "content_block_start"]
    assert blocks == [
        _seam("early-a", "early-b"),
        _seam("early-b", "accept-c"),
        {"type": "text", "text": ""},
    ]
    assert [r["messages"] for r in _sent(api)] == [HISTORY] * 3  # nothing to prefill


def test_a_fallback_that_fails_is_skipped_and_its_token_carried(api: LocalAPIServer) -> None:
    events = _events(_client(api, "overloaded-b", "accept-c"))
    blocks = [e["content_block"] for e in events if e["type"] == "content_block_start"]
    assert blocks[1] == _seam("refuse-a", "accept-c")
    (delta,) = [e for e in events if e["type"] == "message_delta"]
    assert [i["model"] for i in delta["usage"]["iterations"]] == ["refuse-a", "accept-c"]
    sent = _sent(api)
    assert [b["model"] for b in sent] == ["refuse-a", "overloaded-b", "accept-c"]
    assert (
        sent[1]["fallback_credit_token"] == sent[2]["fallback_credit_token"] == _token("refuse-a")
    )


@pytest.mark.parametrize(
    ("failing", "recommended"), [("overloaded-b", "overloaded-b"), ("broken-b", None)]
)
def test_when_every_fallback_fails_the_refusal_is_shown_after_all(
    api: LocalAPIServer, failing: str, recommended: str | None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger=LOGGER):
        events = _events(_client(api, failing))
    assert [e["type"] for e in events][-2:] == ["message_delta", "message_stop"]
    delta = events[-2]
    assert delta["delta"]["stop_reason"] == "refusal"
    assert delta["delta"]["stop_details"]["recommended_model"] == recommended
    assert [i["model"] for i in delta["usage"]["iterations"]] == ["refuse-a"]
    assert any(failing in r.getMessage() for r in caplog.records if r.name == LOGGER)


def test_a_rejected_prefill_is_retried_without_it(api: LocalAPIServer) -> None:
    events = _events(_client(api, "strict-b"))
    texts = [e["delta"]["text"] for e in events if e["type"] == "content_block_delta"]
    assert "".join(texts) == "Partial answerServed by strict-b"
    _, with_prefill, without = _sent(api)
    assert with_prefill["messages"][-1]["role"] == "assistant"
    assert without["messages"] == HISTORY
    assert without["fallback_credit_token"] == _token("refuse-a")


def test_a_mid_stream_refusal_without_a_token_is_the_answer(
    api: LocalAPIServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger=LOGGER):
        events = _events(_client(api, "accept-b"), model="notoken-a")
    assert events[-2]["delta"]["stop_reason"] == "refusal"
    assert "iterations" not in events[-2]["usage"]  # passed through as it came
    assert len(_sent(api)) == 1
    assert any("fallback_credit_token" in r.getMessage() for r in caplog.records)


def test_fast_mode_is_dropped_after_a_capacity_error_unless_the_entry_asks_for_it(
    api: LocalAPIServer,
) -> None:
    _events(_client(api, "ratelimited-b"), speed="fast")
    _, fast, plain = _sent(api)
    assert fast["speed"] == "fast" and "speed" not in plain

    api.reset()
    middleware = BetaRefusalFallbackMiddleware([{"model": "ratelimited-b", "speed": "fast"}])
    client = api.client(max_retries=0, middleware=[middleware])
    events = _events(client, speed="fast")
    assert len(_sent(api)) == 2  # not retried: the entry wants fast mode
    assert events[-2]["delta"]["stop_details"]["recommended_model"] == "ratelimited-b"


def test_the_prefill_rebuilds_tool_input_and_drops_trailing_thinking(api: LocalAPIServer) -> None:
    _events(_client(api, "accept-b"), model="tooler-a")
    prefill = _sent(api)[1]["messages"][-1]
    assert prefill == {
        "role": "assistant",
        "content": [{"type": "tool_use", "id": "toolu_1", "name": "lookup", "input": {"q": "x"}}],
    }
    api.reset()
    _events(_client(api, "accept-b"), model="thinker-a")
    assert _sent(api)[1]["messages"] == HISTORY  # only thinking: nothing left to prefill


def test_caps_on_what_an_answer_can_make_the_middleware_hold(
    api: LocalAPIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # past the prefill cap, the fallback is asked without the declined output
    monkeypatch.setattr(_blocks, "MAX_PREFILL_CHARS", 5)
    _events(_client(api, "accept-b"))
    assert _sent(api)[1]["messages"] == HISTORY
    assert _sent(api)[1]["fallback_credit_token"] == _token("refuse-a")

    # past the held-events cap, an answer is shown: its refusal is no longer silent
    api.reset()
    monkeypatch.setattr(_splice, "MAX_HELD_EVENTS", 0)
    events = _events(_client(api, "early-b", "accept-c"), model="early-a")
    starts = [e["message"]["model"] for e in events if e["type"] == "message_start"]
    assert starts == ["early-a"]

    # likewise past the held characters' cap
    api.reset()
    monkeypatch.setattr(_splice, "MAX_HELD_EVENTS", 256)
    monkeypatch.setattr(_splice, "MAX_HELD_CHARS", 1)
    events = _events(_client(api, "early-b", "accept-c"), model="early-a")
    starts = [e["message"]["model"] for e in events if e["type"] == "message_start"]
    assert starts == ["early-a"]


def test_closing_the_stream_stops_the_chain(api: LocalAPIServer) -> None:
    client = _client(api, "refuse-b", "accept-c")
    stream = client.beta.messages.create(
        model="refuse-a", max_tokens=64, messages=HISTORY, stream=True
    )
    first = next(iter(stream))
    stream.close()
    assert first.type == "message_start"
    assert len(_sent(api)) == 1


# --- the state, and what is handled --------------------------------------------------------


def test_a_state_keeps_later_requests_on_the_model_that_accepted(api: LocalAPIServer) -> None:
    client = _client(api, "refuse-b", "accept-c")
    state = BetaFallbackState()
    assert state.index is None
    with state:
        client.beta.messages.create(model="refuse-a", max_tokens=64, messages=HISTORY)
        assert state.index == 1
        api.reset()
        again = client.beta.messages.create(model="refuse-a", max_tokens=64, messages=HISTORY)
    assert again.model == "accept-c"
    assert [b.type for b in again.content] == ["text"]  # straight there: no handover
    assert [b["model"] for b in _sent(api)] == ["accept-c"]
    # outside the state, the chain starts over
    api.reset()
    client.beta.messages.create(model="refuse-a", max_tokens=64, messages=HISTORY)
    assert len(_sent(api)) == 3


def test_a_state_from_a_longer_chain_is_refused(api: LocalAPIServer) -> None:
    state = BetaFallbackState()
    state.index = 4
    with state, pytest.raises(AnthropicError, match="outside"):
        _client(api, "accept-b").beta.messages.create(
            model="refuse-a", max_tokens=8, messages=HISTORY
        )
    assert _sent(api) == []


def test_states_nest_and_are_left_per_context() -> None:
    from claude_api_client.lib.middleware._state import active_state

    outer, inner = BetaFallbackState(), BetaFallbackState()
    with outer:
        with inner:
            assert active_state() is inner
        assert active_state() is outer
    assert active_state() is None


def test_falling_back_without_a_state_warns_once(
    api: LocalAPIServer, caplog: pytest.LogCaptureFixture
) -> None:
    client = _client(api, "accept-b")
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        for _ in range(2):
            client.beta.messages.create(model="refuse-a", max_tokens=8, messages=HISTORY)
    warnings = [r for r in caplog.records if "BetaFallbackState" in r.getMessage()]
    assert len(warnings) == 1


def test_the_apis_own_fallbacks_cannot_be_sent_through_it(api: LocalAPIServer) -> None:
    client = _client(api, "accept-b")
    with pytest.raises(AnthropicError, match="fallbacks"):
        client.beta.messages.create(
            model="refuse-a", max_tokens=8, messages=HISTORY, fallbacks=[{"model": "accept-b"}]
        )
    assert _sent(api) == []


def test_fallback_blocks_in_the_history_are_not_sent(api: LocalAPIServer) -> None:
    seam = _seam("refuse-a", "accept-c", None)
    history: Any = [
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": [seam]},
        {"role": "user", "content": "Hi again"},
        {"role": "assistant", "content": [seam, {"type": "text", "text": "Hello"}]},
        {"role": "user", "content": "Bye"},
    ]
    _client(api, "accept-c").beta.messages.create(model="accept-a", max_tokens=8, messages=history)
    assert _sent(api)[0]["messages"] == [
        {"role": "user", "content": "Hi"},
        {"role": "user", "content": "Hi again"},
        {"role": "assistant", "content": [{"type": "text", "text": "Hello"}]},
        {"role": "user", "content": "Bye"},
    ]


def test_other_requests_and_an_empty_chain_pass_through(api: LocalAPIServer) -> None:
    client = _client(api, "accept-b")
    client.beta.messages.count_tokens(model="refuse-a", messages=HISTORY)
    (counted,) = api.requests_for("messages_count_tokens")
    assert CREDIT not in counted.betas and "x-stainless-helper" not in counted.headers

    message = _client(api).beta.messages.create(model="refuse-a", max_tokens=8, messages=HISTORY)
    assert message.stop_reason == "refusal"
    (sent,) = api.requests_for("messages_create")
    assert sent.betas == []  # no token minted: the beta was not added


def test_betas_option(api: LocalAPIServer) -> None:
    assert DEFAULT_BETAS == (CREDIT,)
    client = _client(api, "accept-b", betas=[])
    client.beta.messages.create(
        model="accept-a", max_tokens=8, messages=HISTORY, betas=["context-1m-2025-08-07"]
    )
    client = _client(api, "accept-b", betas=["context-1m-2025-08-07", "extra-beta"])
    client.beta.messages.create(
        model="accept-a", max_tokens=8, messages=HISTORY, betas=["context-1m-2025-08-07"]
    )
    first, second = api.requests_for("messages_create")
    assert first.headers["anthropic-beta"] == "context-1m-2025-08-07"
    assert second.headers["anthropic-beta"] == "context-1m-2025-08-07,extra-beta"


def test_the_ga_surface_passes_through(api: LocalAPIServer) -> None:
    # As in the official package: only `client.beta.messages` (marked by its options'
    # qualifiers) is handled; the GA surface's refusal is the answer, sent once, untagged.
    message = _client(api, "accept-b").messages.create(
        model="refuse-a", max_tokens=8, messages=HISTORY
    )
    assert message.model == "refuse-a"
    assert message.stop_reason == "refusal"
    (only,) = api.requests_for("messages_create")
    assert "x-stainless-helper" not in only.headers
    assert "anthropic-beta" not in only.headers


def test_only_beta_methods_mark_their_options() -> None:
    from claude_api_client.resources import _ops_messages

    options = dict(model="m", max_tokens=1, messages=[])
    assert _ops_messages._messages_create_options(**options).qualifiers is None
    marked = _ops_messages._messages_create_options(**options, beta=True).qualifiers
    assert marked == {"beta": "true"}
    assert marked is not _ops_messages._messages_create_options(**options, beta=True).qualifiers


def test_async_client(api: LocalAPIServer) -> None:
    async def run() -> tuple[Any, list[Any]]:
        middleware = BetaRefusalFallbackMiddleware([{"model": "refuse-b"}, {"model": "accept-c"}])
        client: AsyncAnthropic = api.async_client(max_retries=0, middleware=[middleware])
        state = BetaFallbackState()
        with state:
            message = await client.beta.messages.create(
                model="refuse-a", max_tokens=64, messages=HISTORY
            )
            stream = await client.beta.messages.create(
                model="early-a", max_tokens=64, messages=HISTORY, stream=True
            )
            events = [e.to_dict() async for e in stream]
        assert state.index == 1
        return message, events

    message, events = asyncio.run(run())
    assert [b.type for b in message.content] == ["fallback", "fallback", "text"]
    # pinned at accept-c: the stream went straight there
    assert [e["type"] for e in events].count("content_block_start") == 1
    assert events[0]["message"]["model"] == "accept-c"


def test_repr_shows_models_only() -> None:
    middleware = BetaRefusalFallbackMiddleware([{"model": "claude-sonnet-4-5", "max_tokens": 9}])
    assert repr(middleware) == "BetaRefusalFallbackMiddleware(fallbacks=['claude-sonnet-4-5'])"
    assert repr(BetaFallbackState()) == "BetaFallbackState(index=None)"


# --- the simulator's own refusals (Settings.refusing_models) ----------------------------------


def test_the_simulators_refusing_models(server: LocalAPIServer) -> None:
    server.settings.refusing_models = ("claude-opus-4-1",)
    middleware = BetaRefusalFallbackMiddleware([{"model": "claude-sonnet-4-5"}])
    client = server.client(max_retries=0, middleware=[middleware])
    hello = [{"role": "user", "content": "Hello there"}]

    message = client.beta.messages.create(model="claude-opus-4-1", max_tokens=64, messages=hello)
    assert [b.type for b in message.content] == ["fallback", "text"]
    assert message.model == "claude-sonnet-4-5"
    assert message.content[-1].to_dict() == {"type": "text", "text": "echo: Hello there"}

    with client.beta.messages.stream(model="claude-opus-4-1", max_tokens=64, messages=hello) as s:
        final = s.get_final_message()
    assert [b.type for b in final.content] == ["text", "fallback", "text"]
    assert final.content[0].to_dict() == {"type": "text", "text": "echo:"}
    first, retry = (r.json() for r in server.requests_for("messages_create")[2:])
    assert retry["fallback_credit_token"]["token"].startswith("fct_msg")
    assert retry["messages"][-1] == {
        "role": "assistant",
        "content": [{"type": "text", "text": "echo:"}],
    }
    assert first["model"] == "claude-opus-4-1"

    # without the beta, a plain refusal
    plain = server.client(max_retries=0).beta.messages.create(
        model="claude-opus-4-1", max_tokens=64, messages=hello
    )
    assert plain.stop_reason == "refusal"
    assert plain.stop_details is not None and plain.stop_details.type == "refusal"
    assert plain.stop_details.fallback_credit_token is None


def test_response_modes(api: LocalAPIServer) -> None:
    client = _client(api, "refuse-b", "accept-c")
    params: Any = {"model": "refuse-a", "max_tokens": 64, "messages": HISTORY}
    raw = client.beta.messages.with_raw_response.create(**params)
    assert [b.type for b in raw.parse().content] == ["fallback", "fallback", "text"]
    with client.beta.messages.with_streaming_response.create(**params, stream=True) as response:
        assert "content-length" not in response.headers
        names = [line[7:] for line in response.iter_lines() if line.startswith("event: ")]
    assert names.count("message_start") == 1 and names[-1] == "message_stop"
    assert names.count("message_delta") == 1


def test_async_stream_closed_early_stops_the_chain(api: LocalAPIServer) -> None:
    async def run() -> None:
        middleware = BetaRefusalFallbackMiddleware([{"model": "refuse-b"}, {"model": "accept-c"}])
        client = api.async_client(max_retries=0, middleware=[middleware])
        stream = await client.beta.messages.create(
            model="refuse-a", max_tokens=64, messages=HISTORY, stream=True
        )
        async for _ in stream:
            break
        await stream.close()

    asyncio.run(run())
    assert len(_sent(api)) == 1


def test_on_bedrock_a_json_answer_falls_back_and_an_event_stream_passes_through(
    claude_api: LocalAPIServer, claude_bedrock_client: Any
) -> None:
    claude_api.settings.refusing_models = ("model-that-declines",)
    middleware = BetaRefusalFallbackMiddleware([{"model": "model-that-serves"}])
    client = claude_bedrock_client.with_middleware(middleware)
    message = client.beta.messages.create(
        model="model-that-declines", max_tokens=8, messages=HISTORY
    )
    assert message.model == "model-that-serves"
    assert [b.type for b in message.content] == ["fallback", "text"]

    # Bedrock's binary event framing is not SSE: the stream is the first model's, untouched
    before = len(claude_api.requests)
    stream = client.beta.messages.create(
        model="model-that-declines", max_tokens=8, messages=HISTORY, stream=True
    )
    kinds = [event.type for event in stream]
    assert kinds[-1] == "message_stop" and "content_block_start" in kinds
    assert len(claude_api.requests) == before + 1
