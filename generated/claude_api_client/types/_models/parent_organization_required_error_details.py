# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ParentOrganizationRequiredErrorDetails(APIModel):
    """The request must be made by the parent organisation."""

    error_code: Literal["parent_organization_required"]
    """Always `parent_organization_required`."""
