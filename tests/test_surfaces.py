"""GA methods offer GA arguments only; beta methods add the beta ones and `betas`."""

from __future__ import annotations

import inspect

from claude_api_client.resources.beta_messages import BetaMessages
from claude_api_client.resources.beta_skills_versions import BetaVersions
from claude_api_client.resources.messages import Messages
from claude_api_client.resources.skills_versions import Versions
from claude_api_client.testing import local_api


def params(method: object) -> set[str]:
    return set(inspect.signature(method).parameters)  # type: ignore[arg-type]


def test_beta_only_arguments_are_offered_by_beta_methods_only() -> None:
    ga, beta = params(Messages.create), params(BetaMessages.create)
    assert {"mcp_servers", "context_management", "betas"} <= beta
    assert not {"mcp_servers", "context_management", "betas"} & ga
    assert {"model", "max_tokens", "messages", "stream", "temperature", "top_p", "top_k"} <= ga


def test_beta_only_operations_exist_on_the_beta_surface_only() -> None:
    assert hasattr(BetaVersions, "download")
    assert not hasattr(Versions, "download")


def test_beta_calls_send_the_header_and_no_beta_query() -> None:
    with local_api() as server, server.client() as client:
        client.beta.messages.count_tokens(
            model="m", messages=[{"role": "user", "content": "x"}], betas=["a-1", "b-2"]
        )
        request = server.requests[-1]
        # the caller's betas, then the operation's own (x-default-flags), as the official sends
        assert request.headers["anthropic-beta"] == "a-1,b-2,token-counting-2024-11-01"
        assert "beta" not in request.query  # the official 2.16 sends no ?beta=true either
        client.messages.count_tokens(model="m", messages=[{"role": "user", "content": "x"}])
        assert "anthropic-beta" not in server.requests[-1].headers
