# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_credential import ManagedAgentsCredential


class CredentialPage(APIModel):
    """One page of credentials."""

    data: list[ManagedAgentsCredential] | None = None
    next_page: str | None = None
