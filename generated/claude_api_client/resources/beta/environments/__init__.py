# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.environments` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_environments import (
        AsyncBetaEnvironments as AsyncEnvironments,
    )
    from claude_api_client.resources.beta_environments import (
        AsyncBetaEnvironmentsWithRawResponse as AsyncEnvironmentsWithRawResponse,
    )
    from claude_api_client.resources.beta_environments import (
        AsyncBetaEnvironmentsWithStreamingResponse as AsyncEnvironmentsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_environments import BetaEnvironments as Environments
    from claude_api_client.resources.beta_environments import (
        BetaEnvironmentsWithRawResponse as EnvironmentsWithRawResponse,
    )
    from claude_api_client.resources.beta_environments import (
        BetaEnvironmentsWithStreamingResponse as EnvironmentsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_environments_work import AsyncBetaWork as AsyncWork
    from claude_api_client.resources.beta_environments_work import (
        AsyncBetaWorkWithRawResponse as AsyncWorkWithRawResponse,
    )
    from claude_api_client.resources.beta_environments_work import (
        AsyncBetaWorkWithStreamingResponse as AsyncWorkWithStreamingResponse,
    )
    from claude_api_client.resources.beta_environments_work import BetaWork as Work
    from claude_api_client.resources.beta_environments_work import (
        BetaWorkWithRawResponse as WorkWithRawResponse,
    )
    from claude_api_client.resources.beta_environments_work import (
        BetaWorkWithStreamingResponse as WorkWithStreamingResponse,
    )

__all__ = [
    "AsyncEnvironments",
    "AsyncEnvironmentsWithRawResponse",
    "AsyncEnvironmentsWithStreamingResponse",
    "AsyncWork",
    "AsyncWorkWithRawResponse",
    "AsyncWorkWithStreamingResponse",
    "Environments",
    "EnvironmentsWithRawResponse",
    "EnvironmentsWithStreamingResponse",
    "Work",
    "WorkWithRawResponse",
    "WorkWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncEnvironments": ("claude_api_client.resources.beta_environments", "AsyncBetaEnvironments"),
    "AsyncEnvironmentsWithRawResponse": (
        "claude_api_client.resources.beta_environments",
        "AsyncBetaEnvironmentsWithRawResponse",
    ),
    "AsyncEnvironmentsWithStreamingResponse": (
        "claude_api_client.resources.beta_environments",
        "AsyncBetaEnvironmentsWithStreamingResponse",
    ),
    "AsyncWork": ("claude_api_client.resources.beta_environments_work", "AsyncBetaWork"),
    "AsyncWorkWithRawResponse": (
        "claude_api_client.resources.beta_environments_work",
        "AsyncBetaWorkWithRawResponse",
    ),
    "AsyncWorkWithStreamingResponse": (
        "claude_api_client.resources.beta_environments_work",
        "AsyncBetaWorkWithStreamingResponse",
    ),
    "Environments": ("claude_api_client.resources.beta_environments", "BetaEnvironments"),
    "EnvironmentsWithRawResponse": (
        "claude_api_client.resources.beta_environments",
        "BetaEnvironmentsWithRawResponse",
    ),
    "EnvironmentsWithStreamingResponse": (
        "claude_api_client.resources.beta_environments",
        "BetaEnvironmentsWithStreamingResponse",
    ),
    "Work": ("claude_api_client.resources.beta_environments_work", "BetaWork"),
    "WorkWithRawResponse": (
        "claude_api_client.resources.beta_environments_work",
        "BetaWorkWithRawResponse",
    ),
    "WorkWithStreamingResponse": (
        "claude_api_client.resources.beta_environments_work",
        "BetaWorkWithStreamingResponse",
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
