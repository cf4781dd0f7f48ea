# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.cannot_invite_emails_with_unverified_domains_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import (
    CannotInviteEmailsWithUnverifiedDomainsError as CannotInviteEmailsWithUnverifiedDomainsError,
)

__all__ = [
    "CannotInviteEmailsWithUnverifiedDomainsError",
]
