# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class OrganizationRateLimitFilesGroup(APIModel):
    """Limits on the Files API."""

    id: str
    """ID of the group."""
    type: Literal["files"]
    """Always `files`."""
