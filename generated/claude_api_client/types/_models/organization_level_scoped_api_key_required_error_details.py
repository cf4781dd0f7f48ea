# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class OrganizationLevelScopedAPIKeyRequiredErrorDetails(APIModel):
    """This operation needs an API key scoped to the whole organization."""

    error_code: Literal["organization_level_scoped_api_key_required"]
    """Always `organization_level_scoped_api_key_required`."""
