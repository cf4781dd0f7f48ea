# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class InviteDeleteResponse(APIModel):
    """Confirms that an invite was withdrawn."""

    id: str
    """ID of the deleted invite."""
    type: Literal["invite_deleted"]
    """Always `invite_deleted`."""
