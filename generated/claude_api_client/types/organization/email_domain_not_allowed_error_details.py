# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.email_domain_not_allowed_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.email_domain_not_allowed_error_details import (
    EmailDomainNotAllowedErrorDetails as EmailDomainNotAllowedErrorDetails,
)

__all__ = [
    "EmailDomainNotAllowedErrorDetails",
]
