"""Clients as users set them up: the environment, constructor arguments and what the client
then says about itself, copies, closing, the legacy completions, params as TypedDicts, and
NOT_GIVEN / omit. (The legacy `client.completions` is ours only: the official 2.16 has none.)

(Not observed: `DEFAULT_TIMEOUT`'s class, and `http_client=`: ours takes `httpx`, the official
`httpx2`, a documented difference.)"""

import asyncio
import os
from typing import Any

import anthropic
from _observe import show
from anthropic.types import MessageParam, TextBlockParam

MODEL = "claude-sonnet-4-5"
BASE = os.environ["ANTHROPIC_BASE_URL"]
HI: list[MessageParam] = [{"role": "user", "content": "hi"}]

client = anthropic.Anthropic()
show(
    "from_environment",
    {
        "api_key_from_env": client.api_key == os.environ["ANTHROPIC_API_KEY"],
        "auth_token": client.auth_token,
        "base_url": str(client.base_url).rstrip("/") == BASE.rstrip("/"),
        "max_retries": client.max_retries,
        "default_max_retries": anthropic.DEFAULT_MAX_RETRIES,
        "timeout_total": getattr(client.timeout, "read", client.timeout) == 600,
        "default_timeout": [
            anthropic.DEFAULT_TIMEOUT.read == 600,
            anthropic.DEFAULT_TIMEOUT.connect == 5,
        ],
    },
)
show(
    "constructor",
    {
        "max_retries": anthropic.Anthropic(max_retries=7).max_retries,
        "timeout": anthropic.Anthropic(timeout=12.0).timeout,
        "base_url_bare_host": str(anthropic.Anthropic(base_url=BASE).base_url) == BASE,
        "base_url_slash": str(anthropic.Anthropic(base_url=BASE + "/").base_url) == BASE + "/",
        "base_url_path": str(anthropic.Anthropic(base_url=BASE + "/api").base_url)
        == BASE + "/api/",
        "explicit_key": anthropic.Anthropic(api_key="sk-other").api_key,
    },
)
copied = client.copy(api_key="sk-copy", max_retries=1)
show("copy", [copied.api_key, copied.max_retries, client.max_retries, type(copied).__name__])
show("with_options_is_copy", client.with_options(timeout=3).timeout)

with anthropic.Anthropic() as scoped:
    show("context_manager", scoped.messages.create(model=MODEL, max_tokens=8, messages=HI).role)
show("closed_after_with", scoped.is_closed())
closing = anthropic.Anthropic()
closing.close()
show("closed_after_close", closing.is_closed())

saved = os.environ.pop("ANTHROPIC_API_KEY")
try:
    keyless = anthropic.Anthropic()
    show("no_key_client", [keyless.api_key, keyless.auth_token])
    try:
        keyless.models.list()
        show("no_key_call", "sent")
    except TypeError:  # ours: MissingCredentialsError, a TypeError (and AnthropicError)
        show("no_key_call", "TypeError")
    token = anthropic.Anthropic(auth_token="sk-token")
    show("auth_token_only", [token.api_key, token.auth_token])
finally:
    os.environ["ANTHROPIC_API_KEY"] = saved

text: TextBlockParam = {"type": "text", "text": "typed params"}
typed: MessageParam = {"role": "user", "content": [text]}
reply = client.messages.create(model=MODEL, max_tokens=8, messages=[typed])
show("typed_params", reply.content[0].text)
show(
    "not_given",
    client.messages.create(
        model=MODEL,
        max_tokens=8,
        messages=HI,
        system=anthropic.NOT_GIVEN,
        metadata=anthropic.omit,
    )
    .content[0]
    .text,
)
show(
    "sentinels",
    [
        bool(anthropic.NOT_GIVEN),
        repr(anthropic.NOT_GIVEN),
        isinstance(anthropic.omit, anthropic.Omit),
    ],
)
models: Any = client.models.list()
show("list_type", [type(m).__name__ for m in models.data][:1])


async def main():
    async with anthropic.AsyncAnthropic() as aclient:
        show("async_from_env", [aclient.max_retries, bool(aclient.api_key)])
        acopy = aclient.copy(max_retries=0)
        show("async_copy", [type(acopy).__name__, acopy.max_retries])
        await aclient.messages.create(model=MODEL, max_tokens=8, messages=HI)
    show("async_closed", aclient.is_closed())


asyncio.run(main())
