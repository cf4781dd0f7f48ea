# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ExternalKeyDeleteResponse(APIModel):
    """Confirms that a key configuration was deleted."""

    id: str
    """ID of the deleted configuration."""
    type: Literal["external_key_deleted"]
    """Always `external_key_deleted`."""
