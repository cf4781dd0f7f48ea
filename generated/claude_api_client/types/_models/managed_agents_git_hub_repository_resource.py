# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_repository_checkout import ManagedAgentsRepositoryCheckout
from .timestamp import Timestamp


class ManagedAgentsGitHubRepositoryResource(APIModel):
    """Git hub repository resource."""

    type: Literal["github_repository"]
    id: str
    url: str
    mount_path: str
    checkout: ManagedAgentsRepositoryCheckout | None = None
    created_at: Timestamp
    updated_at: Timestamp
