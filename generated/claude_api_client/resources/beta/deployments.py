# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.deployments` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_deployments import (
        AsyncBetaDeployments as AsyncDeployments,
    )
    from claude_api_client.resources.beta_deployments import (
        AsyncBetaDeploymentsWithRawResponse as AsyncDeploymentsWithRawResponse,
    )
    from claude_api_client.resources.beta_deployments import (
        AsyncBetaDeploymentsWithStreamingResponse as AsyncDeploymentsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_deployments import BetaDeployments as Deployments
    from claude_api_client.resources.beta_deployments import (
        BetaDeploymentsWithRawResponse as DeploymentsWithRawResponse,
    )
    from claude_api_client.resources.beta_deployments import (
        BetaDeploymentsWithStreamingResponse as DeploymentsWithStreamingResponse,
    )

__all__ = [
    "AsyncDeployments",
    "AsyncDeploymentsWithRawResponse",
    "AsyncDeploymentsWithStreamingResponse",
    "Deployments",
    "DeploymentsWithRawResponse",
    "DeploymentsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncDeployments": ("claude_api_client.resources.beta_deployments", "AsyncBetaDeployments"),
    "AsyncDeploymentsWithRawResponse": (
        "claude_api_client.resources.beta_deployments",
        "AsyncBetaDeploymentsWithRawResponse",
    ),
    "AsyncDeploymentsWithStreamingResponse": (
        "claude_api_client.resources.beta_deployments",
        "AsyncBetaDeploymentsWithStreamingResponse",
    ),
    "Deployments": ("claude_api_client.resources.beta_deployments", "BetaDeployments"),
    "DeploymentsWithRawResponse": (
        "claude_api_client.resources.beta_deployments",
        "BetaDeploymentsWithRawResponse",
    ),
    "DeploymentsWithStreamingResponse": (
        "claude_api_client.resources.beta_deployments",
        "BetaDeploymentsWithStreamingResponse",
    ),
}


def __getattr__(name: str) -> object:
    """The class an official name of this path stands for (the one the client's namespace is)."""
    try:
        module, attr = _OFFICIAL[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value
