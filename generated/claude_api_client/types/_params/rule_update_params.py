# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .federation_rule_match_param import FederationRuleMatchParam
from .service_account_target_param import ServiceAccountTargetParam


class RuleUpdateParams(TypedDict):
    """
    Body that changes a rule; fields left out stay as they are.
    """

    applies_to_all_workspaces: NotRequired[bool | None]
    """
    Whether the access reaches every workspace.
    """
    description: NotRequired[str | None]
    """
    New description.
    """
    match: NotRequired[FederationRuleMatchParam | None]
    """
    New token conditions.
    """
    name: NotRequired[str | None]
    """
    New name.
    """
    oauth_scope: NotRequired[str | None]
    """
    New scope.
    """
    target: NotRequired[ServiceAccountTargetParam | None]
    """
    New service account.
    """
    token_lifetime_seconds: NotRequired[int | None]
    """
    New access lifetime, in seconds.
    """
    workspace_id: NotRequired[str | None]
    """
    A workspace to reach.
    """
