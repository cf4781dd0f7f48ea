# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_repository_checkout import ManagedAgentsRepositoryCheckout


class ManagedAgentsGitHubRepositoryResourceConfig(APIModel):
    """Git hub repository resource config."""

    type: Literal["github_repository"]
    """Always `github_repository`."""
    url: str
    """URL of the GitHub repository resource config."""
    mount_path: str | None = None
    """Path where it is mounted in the sandbox."""
    checkout: ManagedAgentsRepositoryCheckout | None = None
    """Which branch or commit to check out."""
