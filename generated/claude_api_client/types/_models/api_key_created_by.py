# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .api_key_created_by_type import APIKeyCreatedByType


class APIKeyCreatedBy(APIModel):
    """Who created an API key."""

    id: str
    """ID of the user or service account."""
    type: APIKeyCreatedByType
    """What kind of actor it is."""
