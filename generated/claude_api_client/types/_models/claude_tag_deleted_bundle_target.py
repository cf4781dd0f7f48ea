# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ClaudeTagDeletedBundleTarget(APIModel):
    """Confirms that a bundle was detached."""

    id: str
    """ID of the removed attachment."""
    type: Literal["bundle_target_deleted"]
    """Always `bundle_target_deleted`."""
