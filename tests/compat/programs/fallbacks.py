"""Refusal fallbacks (`BetaRefusalFallbackMiddleware`, `BetaFallbackState`) against the
simulator's declining model (conftest.py: `settings.refusing_models`): the messages and stream
events the caller gets, the requests each fallback sends (seen by a middleware inside the
fallback one), the state's pin, sync and async."""

import asyncio
from typing import Any

import anthropic
from _observe import show

REFUSER = "claude-refusing-model"
MODEL = "claude-sonnet-4-5"
HI: Any = [{"role": "user", "content": "Hello there"}]
sent: list[Any] = []


def record(request, call_next):
    body = request.json if isinstance(request.json, dict) else {}
    token = body.get("fallback_credit_token")
    sent.append(
        {
            "model": body.get("model"),
            "beta": {k.lower(): v for k, v in request.headers.items()}.get("anthropic-beta"),
            "mode": token.get("mode") if isinstance(token, dict) else None,
            "token": isinstance(token, dict) and bool(token.get("token")),
            "messages": body.get("messages"),
            "max_tokens": body.get("max_tokens"),
            "thinking": body.get("thinking"),
        }
    )
    return call_next(request)


def fallbacks(entries, **options):
    return anthropic.BetaRefusalFallbackMiddleware(entries, **options)


def shown(message):
    blocks = [b.to_dict() for b in message.content]
    iterations = message.usage.iterations
    return {
        "model": message.model,
        "stop_reason": message.stop_reason,
        "content": blocks,
        "iterations": None if iterations is None else [[i.type, i.model] for i in iterations],
    }


def events(stream):
    out = []
    for event in stream:
        item = [event.type, getattr(event, "index", None)]
        if event.type == "content_block_start":
            item.append(event.content_block.to_dict())
        if event.type == "message_delta":
            item.append([[i.type, i.model] for i in event.usage.iterations or ()])
        out.append(item)
    return out


client = anthropic.Anthropic(max_retries=0, middleware=[fallbacks([{"model": MODEL}]), record])

message = client.beta.messages.create(model=REFUSER, max_tokens=64, messages=HI)
show("non-streaming", shown(message))
show("non-streaming sent", sent)

sent.clear()
show(
    "streaming",
    events(client.beta.messages.create(model=REFUSER, max_tokens=64, messages=HI, stream=True)),
)
show("streaming sent", sent)

with client.beta.messages.stream(model=REFUSER, max_tokens=64, messages=HI) as stream:
    show("stream helper text", "".join(stream.text_stream))
    show("stream helper message", shown(stream.get_final_message()))

sent.clear()
patched = anthropic.Anthropic(
    max_retries=0,
    middleware=[fallbacks([{"model": MODEL, "max_tokens": 16}], betas=()), record],
)
patched.beta.messages.create(
    model=REFUSER, max_tokens=64, messages=HI, thinking={"type": "between_tools"}
)
show("patched, no betas", sent)

sent.clear()
state = anthropic.BetaFallbackState()
with state:
    client.beta.messages.create(model=REFUSER, max_tokens=64, messages=HI)
    show("pinned", state.index)
    again = client.beta.messages.create(model=REFUSER, max_tokens=64, messages=HI)
    show("pinned answer", shown(again))
show("pinned sent", [s["model"] for s in sent])

try:
    client.beta.messages.create(
        model=REFUSER, max_tokens=8, messages=HI, fallbacks=[{"model": MODEL}]
    )
except anthropic.AnthropicError as exc:
    show("fallbacks param", type(exc).__name__)

chained = anthropic.Anthropic(max_retries=0, middleware=[fallbacks([{"model": REFUSER}])])
refused = chained.beta.messages.create(model=REFUSER, max_tokens=8, messages=HI)
show("chain ends", [refused.stop_reason, refused.stop_details.type, refused.model])


async def main():
    aclient = anthropic.AsyncAnthropic(max_retries=0, middleware=[fallbacks([{"model": MODEL}])])
    amessage = await aclient.beta.messages.create(model=REFUSER, max_tokens=64, messages=HI)
    show("async", shown(amessage))
    astream = await aclient.beta.messages.create(
        model=REFUSER, max_tokens=64, messages=HI, stream=True
    )
    show("async streaming", [event.type async for event in astream])


asyncio.run(main())
