# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.email_domain_not_allowed_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import EmailDomainNotAllowedError as EmailDomainNotAllowedError

__all__ = [
    "EmailDomainNotAllowedError",
]
