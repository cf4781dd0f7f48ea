# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_github_repository_resource_params`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_git_hub_repository_resource_params import (
    ManagedAgentsGitHubRepositoryResourceParams as BetaManagedAgentsGitHubRepositoryResourceParams,
)
from .._params.managed_agents_repository_checkout_param import (
    ManagedAgentsRepositoryCheckoutParam as Checkout,
)

__all__ = [
    "BetaManagedAgentsGitHubRepositoryResourceParams",
    "Checkout",
]
