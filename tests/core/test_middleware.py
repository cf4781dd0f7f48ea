"""Client-level middleware (`middleware=`, `with_middleware`), against the simulator on 127.0.0.1:
the chain runs once per attempt inside the retry loop, sees every status, may rewrite the request
or answer itself; the typed error is raised after it."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest

from _support.clock import FakeClock
from claude_api_client import (
    Anthropic,
    APIConnectionError,
    APIRequest,
    APIResponse,
    AsyncAnthropic,
    AsyncAPIResponse,
    AsyncCallNext,
    BadRequestError,
    CallNext,
    Middleware,
    NotFoundError,
    RateLimitError,
    RetryableError,
    Stream,
)
from claude_api_client.lib.foundry import AnthropicFoundry
from claude_api_client.testing import Fault, LocalAPIServer
from claude_api_client.testing.pytest_plugin import platform_client
from claude_api_client.types import Message

MODEL = "claude-sonnet-4-5"
HI: Any = [{"role": "user", "content": "hi"}]
SECRET = "sk-ant-api03-MIDDLEWARE-SECRET"


@pytest.fixture
def server() -> Iterator[LocalAPIServer]:
    with LocalAPIServer() as api:
        yield api


def client(server: LocalAPIServer, *middleware: Any, **options: Any) -> Anthropic:
    options.setdefault("retry_policy", FakeClock().policy())
    return server.client(middleware=list(middleware), **options)


def async_client(server: LocalAPIServer, *middleware: Any, **options: Any) -> AsyncAnthropic:
    options.setdefault("retry_policy", FakeClock().policy())
    return server.async_client(middleware=list(middleware), **options)


def create(api: Anthropic, **extra: Any) -> Any:
    return api.messages.create(model=MODEL, max_tokens=16, messages=HI, **extra)


def recording(name: str, log: list[Any]) -> Callable[[APIRequest, CallNext], APIResponse[Any]]:
    def middleware(request: APIRequest, call_next: CallNext) -> APIResponse[Any]:
        log.append((f"{name} in", request.retries_taken))
        response = call_next(request)
        log.append((f"{name} out", response.status_code))
        return response

    middleware.__name__ = name
    return middleware


def test_the_chain_runs_in_order_and_gives_the_parsed_result(server: LocalAPIServer) -> None:
    log: list[Any] = []
    seen: list[APIRequest] = []

    def look(request: APIRequest, call_next: CallNext) -> APIResponse[Any]:
        seen.append(request)
        response = call_next(request)
        assert isinstance(response, APIResponse)
        assert response.parse().content[0].text == "echo: hi"  # the typed model, parsed once
        return response

    api = client(server, recording("outer", log), recording("inner", log), look)
    message = create(api, extra_headers={"x-extra": "1"}, extra_query={"q": "v"})
    assert isinstance(message, Message)
    assert log == [("outer in", 0), ("inner in", 0), ("inner out", 200), ("outer out", 200)]
    (request,) = seen
    assert (request.method, request.url, request.stream) == ("post", "/v1/messages", False)
    assert request.headers == {"x-extra": "1"}
    assert request.query_params == {"q": "v"}
    assert isinstance(request.json, dict) and request.json["max_tokens"] == 16
    assert request.retries_taken == 0


def test_a_middleware_rewrites_headers_url_and_body(server: LocalAPIServer) -> None:
    originals: list[APIRequest] = []

    def rewrite(request: APIRequest, call_next: CallNext) -> APIResponse[Any]:
        originals.append(request)
        assert isinstance(request.json, dict)
        body = {**request.json, "max_tokens": 5}
        changed = request.copy(headers={**request.headers, "x-trace": "t-1"}, body=body)
        return call_next(changed)

    create(client(server, rewrite))
    (sent,) = server.requests_for("messages_create")
    assert sent.headers["x-trace"] == "t-1"
    assert json.loads(sent.body)["max_tokens"] == 5
    assert sent.headers["x-api-key"] == server.api_key  # the client still authenticates
    original = originals[0].json
    assert isinstance(original, dict) and original["max_tokens"] == 16  # copy() left it alone

    def elsewhere(request: APIRequest, call_next: CallNext) -> APIResponse[Any]:
        return call_next(request.copy(url="/v1/models/claude-opus-4-5", method="get"))

    model = client(server, elsewhere).models.retrieve("claude-nothing")
    assert model.id == "claude-opus-4-5"


def test_a_middleware_answers_without_calling_next(server: LocalAPIServer) -> None:
    cached: dict[str, APIResponse[Any]] = {}

    def cache(request: APIRequest, call_next: CallNext) -> APIResponse[Any]:
        key = json.dumps(request.json, sort_keys=True)
        if key not in cached:
            cached[key] = call_next(request)
        return cached[key]

    api = client(server, cache)
    first, second = create(api), create(api)
    assert first.id == second.id and isinstance(second, Message)
    assert len(server.requests_for("messages_create")) == 1

    def value(request: APIRequest, call_next: CallNext) -> Any:
        return "made up"  # not a response: handed back as it is

    assert create(client(server, value)) == "made up"
    assert len(server.requests_for("messages_create")) == 1


def test_a_response_the_middleware_made(server: LocalAPIServer) -> None:
    made: list[int] = []

    def respond(status: int, body: object) -> Callable[[APIRequest, CallNext], APIResponse[Any]]:
        def middleware(request: APIRequest, call_next: CallNext) -> APIResponse[Any]:
            made.append(request.retries_taken)
            reply = httpx.Response(status, json=body, headers={"request-id": "req_made"})
            return APIResponse(reply, request.cast_to)  # no request behind it

        return middleware

    message = create(client(server, respond(200, server_message())))
    assert isinstance(message, Message) and message.content[0].type == "text"
    error = {"type": "error", "error": {"type": "rate_limit_error", "message": "slow down"}}
    made.clear()
    with pytest.raises(RateLimitError) as caught:
        create(client(server, respond(429, error)))
    assert caught.value.request_id == "req_made"
    assert made == [0, 1, 2]  # a 429 is retried whoever made it
    assert not server.requests_for("messages_create")


def server_message() -> dict[str, Any]:
    return {
        "id": "msg_made",
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": [{"type": "text", "text": "made here"}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 1, "output_tokens": 1},
    }


def test_retries_run_the_chain_once_per_attempt(server: LocalAPIServer) -> None:
    server.inject(Fault.error(529), Fault.error(500), route="messages_create")
    log: list[Any] = []
    clock = FakeClock()
    message = create(client(server, recording("mw", log), retry_policy=clock.policy()))
    assert isinstance(message, Message)
    assert log == [
        ("mw in", 0),
        ("mw out", 529),
        ("mw in", 1),
        ("mw out", 500),
        ("mw in", 2),
        ("mw out", 200),
    ]
    assert len(clock.sleeps) == 2


def test_the_typed_error_is_raised_after_the_chain(server: LocalAPIServer) -> None:
    server.inject(Fault.error(400, message="bad things"), route="messages_create")
    bodies: list[object] = []

    def inspect_error(request: APIRequest, call_next: CallNext) -> APIResponse[Any]:
        response = call_next(request)
        bodies.append(response.json())
        return response

    with pytest.raises(BadRequestError) as caught:
        create(client(server, inspect_error))
    assert caught.value.status_code == 400 and "bad things" in str(caught.value)
    assert caught.value.request_id is not None
    assert isinstance(bodies[0], dict) and bodies[0]["type"] == "error"

    with pytest.raises(NotFoundError):
        client(server, inspect_error).models.retrieve("claude-nothing")


def test_exceptions_from_middleware(server: LocalAPIServer) -> None:
    calls: list[int] = []

    def flaky(request: APIRequest, call_next: CallNext) -> APIResponse[Any]:
        calls.append(request.retries_taken)
        if request.retries_taken == 0:
            raise RetryableError("try again")  # opts into the retry policy
        return call_next(request)

    assert isinstance(create(client(server, flaky)), Message)
    assert calls == [0, 1]

    def broken(request: APIRequest, call_next: CallNext) -> APIResponse[Any]:
        calls.append(request.retries_taken)
        raise ValueError("mine")

    calls.clear()
    with pytest.raises(ValueError, match="mine"):
        create(client(server, broken))
    assert calls == [0]  # not retried, not wrapped
    assert not server.requests_for("messages_create")[1:]


def test_a_connection_failure_raises_inside_the_chain(server: LocalAPIServer) -> None:
    server.inject(Fault.reset_before_headers(), route="messages_create")
    failures: list[BaseException] = []

    def watch(request: APIRequest, call_next: CallNext) -> APIResponse[Any]:
        try:
            return call_next(request)
        except APIConnectionError as error:
            failures.append(error)
            raise

    with pytest.raises(APIConnectionError):
        create(client(server, watch, max_retries=0))
    assert len(failures) == 1

    failures.clear()
    server.inject(Fault.reset_before_headers(), route="messages_create")
    assert isinstance(create(client(server, watch)), Message)  # retried after the chain
    assert len(failures) == 1


def test_streams_reach_the_chain_unread(server: LocalAPIServer) -> None:
    seen: list[tuple[bool, bool]] = []

    def look(request: APIRequest, call_next: CallNext) -> APIResponse[Any]:
        response = call_next(request)
        seen.append((request.stream, response.http_response.is_stream_consumed))
        return response

    api = client(server, look)
    stream = create(api, stream=True)
    assert isinstance(stream, Stream)
    assert [event.type for event in stream][-1] == "message_stop"
    with api.messages.stream(model=MODEL, max_tokens=16, messages=HI) as helper:
        assert helper.get_final_text() == "echo: hi"
    with api.messages.with_streaming_response.create(model=MODEL, max_tokens=16, messages=HI) as r:
        assert r.parse().id
    raw = api.messages.with_raw_response.create(model=MODEL, max_tokens=16, messages=HI)
    assert isinstance(raw, APIResponse) and isinstance(raw.parse(), Message)
    assert seen == [(True, False), (True, False), (True, False), (False, True)]


def test_a_stream_broken_before_its_first_event_is_retried_through_the_chain(
    server: LocalAPIServer,
) -> None:
    server.inject(Fault.reset_mid_body(after_events=0), route="messages_create")
    log: list[Any] = []
    clock = FakeClock()
    stream = create(client(server, recording("mw", log), retry_policy=clock.policy()), stream=True)
    assert [event.type for event in stream][-1] == "message_stop"
    assert log == [("mw in", 0), ("mw out", 200), ("mw in", 1), ("mw out", 200)]
    assert len(clock.sleeps) == 1

    async def run() -> list[str]:
        server.inject(Fault.reset_mid_body(after_events=0), route="messages_create")
        api = async_client(server, async_recording("async", log))
        events = await api.messages.create(model=MODEL, max_tokens=16, messages=HI, stream=True)
        return [event.type async for event in events]

    log.clear()
    assert asyncio.run(run())[-1] == "message_stop"
    assert log == [("async in", 0), ("async out", 200), ("async in", 1), ("async out", 200)]


def test_the_client_checks_its_middleware_when_built() -> None:
    async def asynchronous(request: APIRequest, call_next: AsyncCallNext) -> Any:
        return await call_next(request)

    def synchronous(request: APIRequest, call_next: CallNext) -> Any:
        return call_next(request)

    class Nothing(Middleware):
        pass

    class AsyncHandle(Middleware):
        async def handle(self, request: APIRequest, call_next: CallNext) -> Any:  # type: ignore[override]
            return call_next(request)

    class Both(Middleware):
        def handle(self, request: APIRequest, call_next: CallNext) -> APIResponse[Any]:
            return call_next(request)

        async def handle_async(
            self, request: APIRequest, call_next: AsyncCallNext
        ) -> AsyncAPIResponse[Any]:
            return await call_next(request)

    class AsyncCall:
        async def __call__(self, request: APIRequest, call_next: AsyncCallNext) -> Any:
            return await call_next(request)

    cases: list[tuple[Any, Any, str]] = [
        (Anthropic, asynchronous, "middleware asynchronous is an async function"),
        (AsyncAnthropic, synchronous, "middleware synchronous is not an async function"),
        (Anthropic, Nothing(), "middleware Nothing does not implement `handle()`"),
        (AsyncAnthropic, Nothing(), "middleware Nothing does not implement `handle_async()`"),
        (Anthropic, AsyncHandle(), "middleware AsyncHandle defines `handle()` as an async"),
        (Anthropic, AsyncCall(), "is an async function"),
        (Anthropic, 42, "middleware 42 is not callable"),
    ]
    for cls, entry, message in cases:
        with pytest.raises(TypeError, match=message.replace("(", r"\(").replace(")", r"\)")):
            cls(api_key=SECRET, middleware=[entry])
    Anthropic(api_key=SECRET, middleware=[Both(), synchronous])
    AsyncAnthropic(api_key=SECRET, middleware=[Both(), AsyncCall(), asynchronous])
    with pytest.raises(TypeError, match="is an async function"):
        Anthropic(api_key=SECRET).with_middleware(asynchronous)
    with pytest.raises(TypeError, match="is an async function"):
        AnthropicFoundry(api_key=SECRET, resource="r", middleware=[asynchronous])


def test_copies_keep_the_middleware_and_with_middleware_appends() -> None:
    def first(request: APIRequest, call_next: CallNext) -> APIResponse[Any]:
        return call_next(request)

    def second(request: APIRequest, call_next: CallNext) -> APIResponse[Any]:
        return call_next(request)

    api = Anthropic(api_key=SECRET, middleware=(first,))
    assert api.middleware == (first,)
    assert api.copy(max_retries=1).middleware == (first,)
    assert api.with_options(timeout=3).middleware == (first,)
    assert api.with_middleware(second).middleware == (first, second)
    assert api.middleware == (first,)
    assert api.copy(middleware=[second]).middleware == (second,)
    assert api.copy(middleware=None).middleware == ()
    assert Anthropic(api_key=SECRET).middleware == ()
    foundry = AnthropicFoundry(api_key=SECRET, resource="r", middleware=[first])
    assert foundry.with_middleware(second).copy(max_retries=0).middleware == (first, second)


def test_a_platform_client_runs_its_middleware(
    server: LocalAPIServer,
) -> None:
    seen: list[str] = []

    def look(request: APIRequest, call_next: CallNext) -> APIResponse[Any]:
        seen.append(request.url)
        return call_next(request)

    foundry = AnthropicFoundry(
        api_key=server.api_key,
        base_url=server.base_url,
        middleware=[look],
        retry_policy=FakeClock().policy(),
    )
    message = foundry.messages.create(model=MODEL, max_tokens=16, messages=HI)
    assert isinstance(message, Message)
    assert seen == ["/v1/messages"]


@pytest.mark.parametrize("platform", ["bedrock", "vertex", "aws"])
def test_platform_clients_sign_what_the_middleware_sent(
    server: LocalAPIServer, platform: str
) -> None:
    seen: list[tuple[str, bool]] = []

    def trace(request: APIRequest, call_next: CallNext) -> APIResponse[Any]:
        seen.append((request.url, request.stream))  # the call as made, before the platform's
        return call_next(request.copy(headers={**request.headers, "x-trace": "t-9"}))

    with platform_client(platform, server, middleware=[trace]) as api:
        message = api.messages.create(model=MODEL, max_tokens=16, messages=HI)
        assert isinstance(message, Message)
        with api.messages.stream(model=MODEL, max_tokens=16, messages=HI) as stream:
            assert stream.get_final_text() == "echo: hi"
    assert seen == [("/v1/messages", False), ("/v1/messages", True)]
    sent = [r.sent or r for r in server.requests if r.headers.get("x-trace")]
    assert len(sent) == 2
    if platform != "vertex":  # SigV4: the middleware's header is among the signed ones
        for request in sent:
            signed = request.headers["authorization"].split("SignedHeaders=")[1].split(",")[0]
            assert "x-trace" in signed.split(";")


def test_the_request_repr_holds_no_credentials() -> None:
    from claude_api_client._core._options import RequestOptions

    options = RequestOptions(
        method="post",
        path="/v1/messages",
        json_body={"secret": SECRET},
        extra_headers={"x-api-key": SECRET},
    )
    request = APIRequest(options=options, cast_to=None)
    assert SECRET not in repr(request) and SECRET not in repr(request.copy(method="put"))
    assert repr(request) == "<APIRequest method='post' url='/v1/messages' stream=False>"
    assert request.copy(params={"a": 1}).query_params == {"a": 1}
    assert request.copy(timeout=2.0).timeout == 2.0
    assert request.max_retries.__class__.__name__ == "NotGiven"


# --- the async client ------------------------------------------------------------------------


def async_recording(
    name: str, log: list[Any]
) -> Callable[[APIRequest, AsyncCallNext], Awaitable[AsyncAPIResponse[Any]]]:
    async def middleware(request: APIRequest, call_next: AsyncCallNext) -> AsyncAPIResponse[Any]:
        log.append((f"{name} in", request.retries_taken))
        response = await call_next(request)
        log.append((f"{name} out", response.status_code))
        return response

    return middleware


class AsyncHeader(Middleware):
    async def handle_async(
        self, request: APIRequest, call_next: AsyncCallNext
    ) -> AsyncAPIResponse[Any]:
        response = await call_next(request.copy(headers={**request.headers, "x-async": "yes"}))
        assert isinstance(response, AsyncAPIResponse)
        return response


def test_async_chain_order_retries_rewrites_and_errors(server: LocalAPIServer) -> None:
    log: list[Any] = []

    async def run() -> None:
        api = async_client(server, async_recording("outer", log), AsyncHeader())
        server.inject(Fault.error(529), route="messages_create")
        message = await api.messages.create(model=MODEL, max_tokens=16, messages=HI)
        assert isinstance(message, Message)
        server.inject(Fault.error(400), route="messages_create")
        with pytest.raises(BadRequestError):
            await api.messages.create(model=MODEL, max_tokens=16, messages=HI)
        raw = await api.messages.with_raw_response.create(model=MODEL, max_tokens=16, messages=HI)
        assert isinstance(raw, AsyncAPIResponse) and isinstance(await raw.parse(), Message)
        async with api.messages.stream(model=MODEL, max_tokens=16, messages=HI) as stream:
            assert await stream.get_final_text() == "echo: hi"
        page = await api.models.list()
        assert page.data
        await api.close()

    asyncio.run(run())
    assert log[:4] == [("outer in", 0), ("outer out", 529), ("outer in", 1), ("outer out", 200)]
    assert log[4:6] == [("outer in", 0), ("outer out", 400)]
    sent = server.requests_for("messages_create")
    assert all(request.headers["x-async"] == "yes" for request in sent)


def test_async_short_circuit(server: LocalAPIServer) -> None:
    async def answer(request: APIRequest, call_next: AsyncCallNext) -> Any:
        return {"from": "middleware"}

    async def run() -> Any:
        api = async_client(server, answer)
        return await api.messages.create(model=MODEL, max_tokens=16, messages=HI)

    assert asyncio.run(run()) == {"from": "middleware"}
    assert not server.requests_for("messages_create")
