"""AsyncAnthropic as users write it: create, stream=True, async auto-paging, pages by hand,
raw and streamed responses, copies with other options, errors and the context manager."""

import asyncio
from typing import Any

import anthropic
from _observe import error, show
from anthropic.pagination import AsyncPage
from anthropic.types import Message, ModelInfo

MODEL = "claude-sonnet-4-5"
HI: Any = [{"role": "user", "content": "Hello from the async client"}]


async def main():
    client = anthropic.AsyncAnthropic()

    message = await client.messages.create(model=MODEL, max_tokens=32, messages=HI)
    show(
        "create",
        {
            "is_message": isinstance(message, Message),
            "text": message.content[0].text,
            "stop_reason": message.stop_reason,
            "has_request_id": bool(message._request_id),
        },
    )

    stream = await client.messages.create(model=MODEL, max_tokens=32, messages=HI, stream=True)
    show("stream_class", type(stream).__name__)
    events = []
    text = ""
    async for event in stream:
        events.append(event.type)
        if event.type == "content_block_delta" and event.delta.type == "text_delta":
            text += event.delta.text
    show("stream", {"events": events, "text": text})

    async with await client.messages.create(
        model=MODEL, max_tokens=32, messages=HI, stream=True
    ) as stream:
        first = await stream.__anext__()
        show("stream_context", [type(stream).__name__, first.type])

    models = [m async for m in client.models.list(limit=1)]
    show("auto_paging", [m.id for m in models])
    show("auto_paging_types", all(isinstance(m, ModelInfo) for m in models))

    page = await client.models.list(limit=2)
    show(
        "page",
        {
            "is_page": isinstance(page, AsyncPage),
            "len": len(page.data),
            "has_more": page.has_more,
            "has_next": page.has_next_page(),
            "first_is_first": page.first_id == page.data[0].id,
        },
    )
    following = await page.get_next_page()
    show("next_page", [isinstance(following, AsyncPage), [m.id for m in following.data]])
    pages = [[m.id for m in p.data] async for p in page.iter_pages()]
    show("iter_pages", pages)

    raw = await client.messages.with_raw_response.create(model=MODEL, max_tokens=8, messages=HI)
    parsed = await raw.parse()
    show(
        "raw",
        {
            "class": type(raw).__name__,
            "status": raw.status_code,
            "content_type": raw.headers.get("content-type"),
            "has_request_id": bool(raw.headers.get("request-id")),
            "request_id_matches": raw.request_id == raw.headers.get("request-id"),
            "method": raw.http_request.method,
            "url_path": raw.url.path,
            "parsed": type(parsed).__name__,
            "parsed_text": parsed.content[0].text,
            "retries_taken": raw.retries_taken,
        },
    )
    raw_models = await client.models.with_raw_response.list(limit=1)
    show("raw_page", isinstance(await raw_models.parse(), AsyncPage))

    async with client.messages.with_streaming_response.create(
        model=MODEL, max_tokens=8, messages=HI
    ) as response:
        show("streaming_response_headers", [response.status_code, bool(response.request_id)])
        chunks = [chunk async for chunk in response.iter_bytes()]
        show("streaming_response_bytes", b"".join(chunks).startswith(b"{"))

    async with client.messages.with_streaming_response.create(
        model=MODEL, max_tokens=8, messages=HI
    ) as response:
        streamed = await response.parse()
        show("streaming_response_parse", [type(streamed).__name__, streamed.content[0].text])

    async with client.messages.with_streaming_response.create(
        model=MODEL, max_tokens=8, messages=HI, stream=True
    ) as response:
        lines = [line async for line in response.iter_lines()]
        show("streaming_response_sse", [line.split(":")[0] for line in lines if line][:4])

    copied = client.copy(max_retries=5, timeout=12.5)
    show(
        "copy",
        {
            "class": type(copied).__name__,
            "max_retries": copied.max_retries,
            "timeout": copied.timeout,
            "original_max_retries": client.max_retries,
            "same_key": copied.api_key == client.api_key,
            "base_url": str(copied.base_url) == str(client.base_url),
        },
    )
    options = client.with_options(max_retries=0, default_headers={"x-extra": "1"})
    show(
        "with_options",
        {"max_retries": options.max_retries, "header": options.default_headers.get("x-extra")},
    )
    again = await options.messages.create(model=MODEL, max_tokens=8, messages=HI)
    show("with_options_call", again.content[0].text)

    count = await client.messages.count_tokens(model=MODEL, messages=HI)
    show("count_tokens", count.input_tokens > 0)

    try:
        await client.with_options(max_retries=0).models.retrieve("no-such-model")
    except anthropic.NotFoundError as exc:
        error("not_found", exc)

    try:
        await client.messages.create(model=MODEL, max_tokens=8, messages=[])
    except anthropic.BadRequestError as exc:
        error("bad_request", exc)

    async with anthropic.AsyncAnthropic() as scoped:
        reply = await scoped.messages.create(model=MODEL, max_tokens=8, messages=HI)
        show("context_manager", reply.content[0].text)
    show("closed", scoped.is_closed())

    results = await asyncio.gather(
        *(
            client.messages.create(
                model=MODEL, max_tokens=8, messages=[{"role": "user", "content": f"n {n}"}]
            )
            for n in range(3)
        )
    )
    show("gather", [r.content[0].text for r in results])


asyncio.run(main())
