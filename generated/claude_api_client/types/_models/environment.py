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

    archived_at: str | None
    config: Annotated[CloudConfig | SelfHostedConfig, Field(discriminator="type")]
    created_at: str
    description: str | None
    id: str
    metadata: dict[str, str]
    name: str
    scope: EnvironmentScope | None = None
    type: Literal["environment"]
    updated_at: str
