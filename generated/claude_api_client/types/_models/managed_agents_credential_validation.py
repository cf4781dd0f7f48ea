# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .managed_agents_credential_validation_status import (
    ManagedAgentsCredentialValidationStatus,
)
from .managed_agents_mcp_probe import ManagedAgentsMcpProbe
from .managed_agents_refresh_object import ManagedAgentsRefreshObject


class ManagedAgentsCredentialValidation(APIModel):
    """Outcome of testing a credential against its MCP server."""

    type: Literal["vault_credential_validation"]
    """Always `vault_credential_validation`."""
    credential_id: str
    """ID of the credential tested."""
    vault_id: str
    """ID of the vault."""
    status: ManagedAgentsCredentialValidationStatus
    """The verdict."""
    validated_at: WireDateTime
    """When the test ran (RFC 3339)."""
    has_refresh_token: bool
    """Whether the credential has a refresh token."""
    mcp_probe: ManagedAgentsMcpProbe | None = None
    """The MCP call that failed; null when the test passed."""
    refresh: ManagedAgentsRefreshObject | None = None
    """The token refresh tried after a 401; null when none was tried."""
