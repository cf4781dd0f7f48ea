# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .federation_rule_match_param import FederationRuleMatchParam
from .service_account_target_param import ServiceAccountTargetParam


class BetaRuleCreateParams(TypedDict):
    """
    Body that creates a rule.
    """

    issuer_id: str
    """
    ID of the issuer whose tokens it accepts.
    """
    match: FederationRuleMatchParam
    """
    Which tokens it accepts.
    """
    name: str
    """
    Its name.
    """
    oauth_scope: str
    """
    The scope of the access it grants.
    """
    target: ServiceAccountTargetParam
    """
    Whom the access acts as.
    """
    applies_to_all_workspaces: NotRequired[bool]
    """
    Whether the access reaches every workspace.
    """
    description: NotRequired[str | None]
    """
    What it is for.
    """
    token_lifetime_seconds: NotRequired[int]
    """
    How long the access lasts, in seconds.
    """
    workspace_id: NotRequired[str | None]
    """
    A first workspace it reaches.
    """
    attributes: NotRequired[Mapping[str, str] | None]
    """
    Named values to extract from token claims, as CEL expressions (not supported yet).
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
