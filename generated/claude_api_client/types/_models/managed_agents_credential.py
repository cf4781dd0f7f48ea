# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel, WireDateTime

from .managed_agents_credential_auth import ManagedAgentsCredentialAuth


class ManagedAgentsCredential(APIModel):
    """A secret kept in a vault, with how and where agents may use it."""

    type: Literal["vault_credential"]
    id: str
    vault_id: str
    display_name: str | None = None
    metadata: dict[str, str]
    created_at: WireDateTime
    updated_at: WireDateTime
    archived_at: WireDateTime | None = None
    auth: ManagedAgentsCredentialAuth
