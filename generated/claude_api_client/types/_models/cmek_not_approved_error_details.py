# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CMEKNotApprovedErrorDetails(APIModel):
    """Customer-managed encryption keys are not (or no longer) approved for the organization, project or user profile the request applies to."""

    error_code: Literal["cmek_not_approved"]
    """Always `cmek_not_approved`."""
