# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel, WireDateTime


class ManagedAgentsVault(APIModel):
    """A container of credentials that agents can use to reach outside services."""

    type: Literal["vault"]
    id: str
    display_name: str
    metadata: dict[str, str]
    created_at: WireDateTime
    updated_at: WireDateTime
    archived_at: WireDateTime | None = None
