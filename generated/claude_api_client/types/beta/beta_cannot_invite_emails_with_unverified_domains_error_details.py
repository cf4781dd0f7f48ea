# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_cannot_invite_emails_with_unverified_domains_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.cannot_invite_emails_with_unverified_domains_error_details import (
    CannotInviteEmailsWithUnverifiedDomainsErrorDetails as BetaCannotInviteEmailsWithUnverifiedDomainsErrorDetails,
)

__all__ = [
    "BetaCannotInviteEmailsWithUnverifiedDomainsErrorDetails",
]
