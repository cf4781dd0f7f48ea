# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .federation_rule_match import FederationRuleMatch
from .service_account_target import ServiceAccountTarget


class FederationRule(APIModel):
    """Which tokens of an issuer become API access, as whom and where."""

    id: str
    """ID of the rule."""
    applies_to_all_workspaces: bool
    """Whether the access reaches every workspace."""
    archived_at: WireDateTime | None = None
    """When it was archived (RFC 3339); null while active."""
    archived_by_actor_id: str | None = None
    """Who archived it."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    created_by_actor_id: str | None = None
    """Who created it."""
    description: str | None = None
    """What it is for."""
    issuer_id: str
    """ID of the issuer whose tokens it accepts."""
    issuer_name: str | None = None
    """The issuer's name."""
    match: FederationRuleMatch
    """Which tokens it accepts."""
    name: str
    """Its name."""
    oauth_scope: str
    """The scope of the access it grants."""
    target: ServiceAccountTarget
    """Whom the access acts as."""
    token_lifetime_seconds: int
    """How long the access it grants lasts, in seconds."""
    type: Literal["federation_rule"]
    """Always `federation_rule`."""
    updated_at: WireDateTime
    """When it last changed (RFC 3339)."""
    updated_by_actor_id: str | None = None
    """Who changed it last."""
    workspace_ids: list[str]
    """The workspaces it reaches (when not all)."""
    attributes: dict[str, str] | None = None
    """Named values extracted from token claims by CEL expressions (not supported yet; always null)."""
    workspace_id: str | None = None
    """The older single-workspace binding of the rule, or null; `workspace_ids` supersedes it."""
