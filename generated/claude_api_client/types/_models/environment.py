# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .environment_config import EnvironmentConfig
from .environment_scope import EnvironmentScope


class Environment(APIModel):
    """A sandbox definition that sessions run in: Anthropic's cloud, or your own machines (self-hosted)."""

    archived_at: str | None = None
    """When the environment was archived (RFC 3339); null while it is not."""
    config: EnvironmentConfig
    """Configuration."""
    created_at: str
    """When the environment was created (RFC 3339)."""
    description: str | None = None
    """What the environment is for, in your own words; null when not given."""
    id: str
    """ID of the environment."""
    metadata: dict[str, str]
    """Your own key-value labels on the environment."""
    name: str
    """Name of the environment."""
    scope: EnvironmentScope | None = None
    """Who can use it."""
    type: Literal["environment"]
    """Always `environment`."""
    updated_at: str
    """When the environment last changed (RFC 3339)."""
