# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_repository_checkout import ManagedAgentsRepositoryCheckout
from .timestamp import Timestamp


class ManagedAgentsGitHubRepositoryResource(APIModel):
    """Git hub repository resource."""

    type: Literal["github_repository"]
    """Always `github_repository`."""
    id: str
    """ID of the GitHub repository resource."""
    url: str
    """URL of the GitHub repository resource."""
    mount_path: str
    """Path where it is mounted in the sandbox."""
    checkout: ManagedAgentsRepositoryCheckout | None = None
    """Which branch or commit to check out."""
    created_at: Timestamp
    """When the GitHub repository resource was created (RFC 3339)."""
    updated_at: Timestamp
    """When the GitHub repository resource last changed (RFC 3339)."""
