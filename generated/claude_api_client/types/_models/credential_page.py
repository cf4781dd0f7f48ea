# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_credential import ManagedAgentsCredential


class CredentialPage(APIModel):
    """One page of credentials."""

    data: list[ManagedAgentsCredential] | None = None
    """The items on this page."""
    next_page: str | None = None
    """Pass as `page` to get the next page; null on the last page."""
