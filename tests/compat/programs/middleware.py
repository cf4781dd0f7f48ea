"""Client-level middleware: order, what a request shows, rewrites, statuses seen before the typed
error, answering without the network, retries from middleware, streams, copies, the async client
and the construction-time checks."""

import asyncio
from typing import Any

import anthropic
from _observe import error, show

HI: Any = [{"role": "user", "content": "hi"}]
MODEL = "claude-sonnet-4-5"
log: list[Any] = []


def recording(name):
    def middleware(request, call_next):
        log.append([name, "in", request.retries_taken])
        response = call_next(request)
        log.append([name, "out", response.status_code])
        return response

    return middleware


def describe(request, call_next):
    json_body = request.json if isinstance(request.json, dict) else {}
    show(
        "request",
        {
            "repr": repr(request),
            "method": request.method,
            "url": request.url,
            "stream": request.stream,
            "x-extra": dict(request.headers).get("x-extra"),
            "query": dict(request.query_params or {}),
            "max_tokens": json_body.get("max_tokens"),
            "retries_taken": request.retries_taken,
        },
    )
    response = call_next(request)
    show("response", {"class": type(response).__name__, "status": response.status_code})
    return response


client = anthropic.Anthropic(middleware=[recording("outer"), recording("inner"), describe])
message = client.messages.create(
    model=MODEL, max_tokens=16, messages=HI, extra_headers={"x-extra": "1"}, extra_query={"q": "v"}
)
show("parsed", {"class": type(message).__name__, "text": message.content[0].text})
show("order", log)

try:
    client.models.retrieve("claude-no-such-model")
except anthropic.APIStatusError as exc:
    error("not_found", exc)


def rewrite(request, call_next):
    body = {**request.json, "messages": [{"role": "user", "content": "rewritten"}]}
    return call_next(request.copy(body=body, headers={**request.headers, "x-trace": "1"}))


rewritten = client.with_middleware(rewrite).messages.create(model=MODEL, max_tokens=16, messages=HI)
show("rewritten", rewritten.content[0].text)

cached: dict[str, Any] = {}


def cache(request, call_next):
    if "reply" not in cached:
        cached["reply"] = call_next(request)
    return cached["reply"]


cache_client = anthropic.Anthropic(middleware=[cache])
first = cache_client.messages.create(model=MODEL, max_tokens=16, messages=HI)
second = cache_client.messages.create(model=MODEL, max_tokens=16, messages=HI)
show("cached", [first.id == second.id, type(second).__name__])
show("value", anthropic.Anthropic(middleware=[lambda r, n: "made up"]).models.list())

attempts: list[int] = []


def flaky(request, call_next):
    attempts.append(request.retries_taken)
    if request.retries_taken == 0:
        raise anthropic.RetryableError("again")
    return call_next(request)


anthropic.Anthropic(middleware=[flaky], max_retries=1).models.list()
show("retryable", attempts)
try:
    anthropic.Anthropic(middleware=[lambda r, n: 1 / 0]).models.list()
except ZeroDivisionError as exc:
    show("own_error", type(exc).__name__)

stream_seen: list[Any] = []


def streaming(request, call_next):
    response = call_next(request)
    stream_seen.append([request.stream, response.http_response.is_stream_consumed])
    return response


stream_client = anthropic.Anthropic(middleware=[streaming])
events = [
    e.type
    for e in stream_client.messages.create(model=MODEL, max_tokens=16, messages=HI, stream=True)
]
show("stream_events", [events[0], events[-1]])
with stream_client.messages.stream(model=MODEL, max_tokens=16, messages=HI) as helper:
    show("stream_helper", helper.get_final_text())
raw = stream_client.messages.with_raw_response.create(model=MODEL, max_tokens=16, messages=HI)
show("raw", [type(raw).__name__, type(raw.parse()).__name__])
show("stream_seen", stream_seen)


def keep(request, call_next):
    return call_next(request)


def extra(request, call_next):
    return call_next(request)


base = anthropic.Anthropic(middleware=[keep])
show(
    "copies",
    [
        [m.__name__ for m in base.copy(max_retries=0).middleware],
        [m.__name__ for m in base.with_options(timeout=5).middleware],
        [m.__name__ for m in base.with_middleware(extra).middleware],
        len(base.copy(middleware=None).middleware),
    ],
)


async def async_keep(request, call_next):
    return await call_next(request)


class Both(anthropic.Middleware):
    def handle(self, request, call_next):
        return call_next(request)

    async def handle_async(self, request, call_next):
        response = await call_next(request)
        log.append(["async", type(response).__name__, response.status_code])
        return response


class Nothing(anthropic.Middleware):
    pass


for name, make in [
    ("sync_gets_async", lambda: anthropic.Anthropic(middleware=[async_keep])),
    ("async_gets_sync", lambda: anthropic.AsyncAnthropic(middleware=[keep])),
    ("no_handle", lambda: anthropic.Anthropic(middleware=[Nothing()])),
    ("no_handle_async", lambda: anthropic.AsyncAnthropic(middleware=[Nothing()])),
    ("not_callable", lambda: anthropic.Anthropic(middleware=[42])),
]:
    try:
        make()
        show(name, "accepted")
    except TypeError as exc:
        show(name, ["TypeError", str(exc).split(" ")[:2]])
anthropic.Anthropic(middleware=[Both()])


async def main() -> None:
    log.clear()
    async_client = anthropic.AsyncAnthropic(middleware=[Both(), async_keep])
    reply = await async_client.messages.create(model=MODEL, max_tokens=16, messages=HI)
    show("async_parsed", type(reply).__name__)
    try:
        await async_client.models.retrieve("claude-no-such-model")
    except anthropic.APIStatusError as exc:
        error("async_not_found", exc)
    async with async_client.messages.stream(model=MODEL, max_tokens=16, messages=HI) as stream:
        show("async_stream", await stream.get_final_text())
    show("async_log", log)


asyncio.run(main())
