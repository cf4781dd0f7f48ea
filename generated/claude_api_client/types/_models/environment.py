# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel

from .cloud_config import CloudConfig
from .environment_scope import EnvironmentScope
from .self_hosted_config import SelfHostedConfig


class Environment(APIModel):
    """A sandbox definition that sessions run in: Anthropic's cloud, or your own machines (self-hosted)."""

    archived_at: str | None = None
    """When it was archived (RFC 3339), or null."""
    config: Annotated[CloudConfig | SelfHostedConfig, Field(discriminator="type")]
    """Configuration."""
    created_at: str
    """When it was created (RFC 3339)."""
    description: str | None = None
    """Free-text description."""
    id: str
    """Unique identifier."""
    metadata: dict[str, str]
    """Your own key-value labels."""
    name: str
    """Human-readable name."""
    scope: EnvironmentScope | None = None
    """Who can use it."""
    type: Literal["environment"]
    """Object type tag."""
    updated_at: str
    """When it last changed (RFC 3339)."""
