# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel, WireDateTime

from .managed_agents_credential_validation_status import (
    ManagedAgentsCredentialValidationStatus,
)
from .managed_agents_mcp_probe import ManagedAgentsMcpProbe
from .managed_agents_refresh_object import ManagedAgentsRefreshObject


class ManagedAgentsCredentialValidation(APIModel):
    """Outcome of testing a credential against its MCP server."""

    type: Literal["vault_credential_validation"]
    credential_id: str
    vault_id: str
    status: ManagedAgentsCredentialValidationStatus
    validated_at: WireDateTime
    has_refresh_token: bool
    mcp_probe: ManagedAgentsMcpProbe | None = None
    refresh: ManagedAgentsRefreshObject | None = None
