"""The official `anthropic.lib.foundry` names: the base class of the Foundry clients, the classes
of `client.messages`, `client.beta` and `client.beta.messages`, and the error for an `api_key`
given together with an `azure_ad_token_provider`; compared with the official package where its
venv is present."""

from __future__ import annotations

import asyncio
import json

import pytest

from _support.interpreters import run_python
from _support.official import needs_official, official_interpreter
from claude_api_client import AnthropicError, AnthropicFoundry, AsyncAnthropicFoundry
from claude_api_client.lib import foundry
from claude_api_client.testing import LocalAPIServer

MESSAGES: list[dict[str, str]] = [{"role": "user", "content": "hello"}]
NAMES = (
    "MutuallyExclusiveAuthError",
    "BaseFoundryClient",
    "MessagesFoundry",
    "BetaFoundryMessages",
    "BetaFoundry",
    "AsyncMessagesFoundry",
    "AsyncBetaFoundryMessages",
    "AsyncBetaFoundry",
)


# What each name is, in terms both packages share (run by either package's Python).
_ROLES = """
import json, sys
pkg = sys.argv[1]
f = __import__(pkg + ".lib.foundry", fromlist=["x"])
root = __import__(pkg)
sync = f.AnthropicFoundry(api_key="k", resource="r")
asyn = f.AsyncAnthropicFoundry(api_key="k", resource="r")
print(json.dumps({
    "names": [n for n in sys.argv[2:] if hasattr(f, n)],
    "error_is_anthropic_error": issubclass(f.MutuallyExclusiveAuthError, root.AnthropicError),
    "error_message_names_both": all(
        a in str(f.MutuallyExclusiveAuthError()) for a in ("api_key", "azure_ad_token_provider")
    ),
    "clients_derive_from_base": [
        issubclass(f.AnthropicFoundry, f.BaseFoundryClient),
        issubclass(f.AsyncAnthropicFoundry, f.BaseFoundryClient),
    ],
    "resources": [
        type(sync.messages).__name__, type(sync.beta).__name__, type(sync.beta.messages).__name__,
        type(asyn.messages).__name__, type(asyn.beta).__name__, type(asyn.beta.messages).__name__,
    ],
    "bases": [
        issubclass(f.MessagesFoundry, type(root.Anthropic(api_key="k").messages)),
        issubclass(f.BetaFoundry, type(root.Anthropic(api_key="k").beta)),
        issubclass(f.BetaFoundryMessages, type(root.Anthropic(api_key="k").beta.messages)),
        issubclass(f.AsyncMessagesFoundry, type(root.AsyncAnthropic(api_key="k").messages)),
        issubclass(f.AsyncBetaFoundry, type(root.AsyncAnthropic(api_key="k").beta)),
        issubclass(
            f.AsyncBetaFoundryMessages, type(root.AsyncAnthropic(api_key="k").beta.messages)
        ),
    ],
}))
"""


def _run_roles(python: str, package: str) -> dict[str, object]:
    out = run_python("-c", _ROLES, package, *NAMES, python=python).stdout
    result: dict[str, object] = json.loads(out)
    return result


def test_the_names_and_their_roles() -> None:
    import sys

    ours = _run_roles(sys.executable, "claude_api_client")
    assert ours["names"] == list(NAMES)
    assert ours["error_is_anthropic_error"] is True
    assert ours["error_message_names_both"] is True
    assert ours["clients_derive_from_base"] == [True, True]
    assert ours["resources"] == [
        "MessagesFoundry",
        "BetaFoundry",
        "BetaFoundryMessages",
        "AsyncMessagesFoundry",
        "AsyncBetaFoundry",
        "AsyncBetaFoundryMessages",
    ]
    assert ours["bases"] == [True] * 6
    assert set(NAMES) <= set(foundry.__all__)


@needs_official
def test_the_roles_are_the_officials() -> None:
    import sys

    assert _run_roles(sys.executable, "claude_api_client") == _run_roles(
        official_interpreter(), "anthropic"
    )


def test_an_api_key_with_a_token_provider_is_refused() -> None:
    with pytest.raises(foundry.MutuallyExclusiveAuthError) as caught:
        AnthropicFoundry(api_key="sk-secret-1", azure_ad_token_provider=lambda: "t", resource="r")
    assert isinstance(caught.value, AnthropicError) and isinstance(caught.value, ValueError)
    assert "sk-secret-1" not in str(caught.value)
    with pytest.raises(foundry.MutuallyExclusiveAuthError):
        AsyncAnthropicFoundry(api_key="k", azure_ad_token_provider=lambda: "t", resource="r")


def test_the_foundry_resources_send_and_refuse_as_before(claude_api: LocalAPIServer) -> None:
    base = f"{claude_api.base_url}/anthropic/"
    with AnthropicFoundry(api_key=claude_api.api_key, base_url=base) as client:
        assert isinstance(client.messages, foundry.MessagesFoundry)
        assert client.messages is client.messages  # built once
        message = client.messages.create(model="m", max_tokens=8, messages=MESSAGES)  # type: ignore[arg-type]
        assert message.id
        beta = client.beta.messages.create(
            model="m",
            max_tokens=8,
            messages=MESSAGES,  # type: ignore[arg-type]
            betas=["b-1"],
        )
        assert beta.id and claude_api.requests[-1].headers["anthropic-beta"] == "b-1"
        sent = len(claude_api.requests)
        with pytest.raises(AnthropicError, match="not supported on Microsoft Foundry"):
            client.beta.messages.batches.list()
        assert len(claude_api.requests) == sent
        assert client.beta.webhooks is not None  # the rest of `beta` is the first-party one

    async def run() -> None:
        async with AsyncAnthropicFoundry(api_key=claude_api.api_key, base_url=base) as client:
            assert isinstance(client.beta, foundry.AsyncBetaFoundry)
            message = await client.beta.messages.create(
                model="m",
                max_tokens=8,
                messages=MESSAGES,  # type: ignore[arg-type]
            )
            assert message.id

    asyncio.run(run())
