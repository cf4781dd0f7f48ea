# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class OrganizationTypeNotSupportedErrorDetails(APIModel):
    """This kind of organisation cannot make this request."""

    error_code: Literal["organization_type_not_supported"]
    """Always `organization_type_not_supported`."""
