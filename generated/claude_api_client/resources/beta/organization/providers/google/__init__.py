# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.providers.google` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_providers_google import (
        AsyncBetaGoogle as AsyncGoogle,
    )
    from claude_api_client.resources.beta_organization_providers_google import (
        AsyncBetaGoogleWithRawResponse as AsyncGoogleWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_providers_google import (
        AsyncBetaGoogleWithStreamingResponse as AsyncGoogleWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_providers_google import BetaGoogle as Google
    from claude_api_client.resources.beta_organization_providers_google import (
        BetaGoogleWithRawResponse as GoogleWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_providers_google import (
        BetaGoogleWithStreamingResponse as GoogleWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_providers_google_projects import (
        AsyncBetaProjects as AsyncProjects,
    )
    from claude_api_client.resources.beta_organization_providers_google_projects import (
        AsyncBetaProjectsWithRawResponse as AsyncProjectsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_providers_google_projects import (
        AsyncBetaProjectsWithStreamingResponse as AsyncProjectsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_providers_google_projects import (
        BetaProjects as Projects,
    )
    from claude_api_client.resources.beta_organization_providers_google_projects import (
        BetaProjectsWithRawResponse as ProjectsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_providers_google_projects import (
        BetaProjectsWithStreamingResponse as ProjectsWithStreamingResponse,
    )

__all__ = [
    "AsyncGoogle",
    "AsyncGoogleWithRawResponse",
    "AsyncGoogleWithStreamingResponse",
    "AsyncProjects",
    "AsyncProjectsWithRawResponse",
    "AsyncProjectsWithStreamingResponse",
    "Google",
    "GoogleWithRawResponse",
    "GoogleWithStreamingResponse",
    "Projects",
    "ProjectsWithRawResponse",
    "ProjectsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncGoogle": (
        "claude_api_client.resources.beta_organization_providers_google",
        "AsyncBetaGoogle",
    ),
    "AsyncGoogleWithRawResponse": (
        "claude_api_client.resources.beta_organization_providers_google",
        "AsyncBetaGoogleWithRawResponse",
    ),
    "AsyncGoogleWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_providers_google",
        "AsyncBetaGoogleWithStreamingResponse",
    ),
    "AsyncProjects": (
        "claude_api_client.resources.beta_organization_providers_google_projects",
        "AsyncBetaProjects",
    ),
    "AsyncProjectsWithRawResponse": (
        "claude_api_client.resources.beta_organization_providers_google_projects",
        "AsyncBetaProjectsWithRawResponse",
    ),
    "AsyncProjectsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_providers_google_projects",
        "AsyncBetaProjectsWithStreamingResponse",
    ),
    "Google": ("claude_api_client.resources.beta_organization_providers_google", "BetaGoogle"),
    "GoogleWithRawResponse": (
        "claude_api_client.resources.beta_organization_providers_google",
        "BetaGoogleWithRawResponse",
    ),
    "GoogleWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_providers_google",
        "BetaGoogleWithStreamingResponse",
    ),
    "Projects": (
        "claude_api_client.resources.beta_organization_providers_google_projects",
        "BetaProjects",
    ),
    "ProjectsWithRawResponse": (
        "claude_api_client.resources.beta_organization_providers_google_projects",
        "BetaProjectsWithRawResponse",
    ),
    "ProjectsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_providers_google_projects",
        "BetaProjectsWithStreamingResponse",
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
