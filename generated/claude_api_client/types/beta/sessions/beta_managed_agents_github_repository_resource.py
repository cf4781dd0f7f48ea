# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_github_repository_resource`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_git_hub_repository_resource import (
    ManagedAgentsGitHubRepositoryResource as BetaManagedAgentsGitHubRepositoryResource,
)
from ..._models.managed_agents_repository_checkout import (
    ManagedAgentsRepositoryCheckout as Checkout,
)

__all__ = [
    "BetaManagedAgentsGitHubRepositoryResource",
    "Checkout",
]
