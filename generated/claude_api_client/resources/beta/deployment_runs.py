# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.deployment_runs` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_deployment_runs import (
        AsyncBetaDeploymentRuns as AsyncDeploymentRuns,
    )
    from claude_api_client.resources.beta_deployment_runs import (
        AsyncBetaDeploymentRunsWithRawResponse as AsyncDeploymentRunsWithRawResponse,
    )
    from claude_api_client.resources.beta_deployment_runs import (
        AsyncBetaDeploymentRunsWithStreamingResponse as AsyncDeploymentRunsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_deployment_runs import (
        BetaDeploymentRuns as DeploymentRuns,
    )
    from claude_api_client.resources.beta_deployment_runs import (
        BetaDeploymentRunsWithRawResponse as DeploymentRunsWithRawResponse,
    )
    from claude_api_client.resources.beta_deployment_runs import (
        BetaDeploymentRunsWithStreamingResponse as DeploymentRunsWithStreamingResponse,
    )

__all__ = [
    "AsyncDeploymentRuns",
    "AsyncDeploymentRunsWithRawResponse",
    "AsyncDeploymentRunsWithStreamingResponse",
    "DeploymentRuns",
    "DeploymentRunsWithRawResponse",
    "DeploymentRunsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncDeploymentRuns": (
        "claude_api_client.resources.beta_deployment_runs",
        "AsyncBetaDeploymentRuns",
    ),
    "AsyncDeploymentRunsWithRawResponse": (
        "claude_api_client.resources.beta_deployment_runs",
        "AsyncBetaDeploymentRunsWithRawResponse",
    ),
    "AsyncDeploymentRunsWithStreamingResponse": (
        "claude_api_client.resources.beta_deployment_runs",
        "AsyncBetaDeploymentRunsWithStreamingResponse",
    ),
    "DeploymentRuns": ("claude_api_client.resources.beta_deployment_runs", "BetaDeploymentRuns"),
    "DeploymentRunsWithRawResponse": (
        "claude_api_client.resources.beta_deployment_runs",
        "BetaDeploymentRunsWithRawResponse",
    ),
    "DeploymentRunsWithStreamingResponse": (
        "claude_api_client.resources.beta_deployment_runs",
        "BetaDeploymentRunsWithStreamingResponse",
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
