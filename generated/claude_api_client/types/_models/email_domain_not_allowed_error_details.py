# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class EmailDomainNotAllowedErrorDetails(APIModel):
    """The email address's domain is not allowed for this organization."""

    error_code: Literal["email_domain_not_allowed"]
    """Always `email_domain_not_allowed`."""
