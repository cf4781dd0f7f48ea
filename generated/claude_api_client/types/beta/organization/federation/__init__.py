# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.federation`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...._models.federation_issuer import FederationIssuer as BetaFederationIssuer
    from ...._models.federation_issuer_poll_status import (
        FederationIssuerPollStatus as BetaFederationIssuerPollStatus,
    )
    from ...._models.federation_rule import FederationRule as BetaFederationRule
    from ...._models.federation_rule_match import FederationRuleMatch as BetaFederationRuleMatch
    from ...._models.federation_rule_workspace import (
        FederationRuleWorkspace as BetaFederationRuleWorkspace,
    )
    from ...._models.jwks_discovery import JWKSDiscovery as BetaJWKSDiscovery
    from ...._models.jwks_explicit_url import JWKSExplicitURL as BetaJWKSExplicitURL
    from ...._models.jwks_inline import JWKSInline as BetaJWKSInline
    from ...._models.service_account_target import ServiceAccountTarget as BetaServiceAccountTarget
    from ...._params.beta_issuer_create_params import BetaIssuerCreateParams as IssuerCreateParams
    from ...._params.beta_issuer_list_params import BetaIssuerListParams as IssuerListParams
    from ...._params.beta_issuer_update_params import BetaIssuerUpdateParams as IssuerUpdateParams
    from ...._params.beta_rule_create_params import BetaRuleCreateParams as RuleCreateParams
    from ...._params.beta_rule_list_params import BetaRuleListParams as RuleListParams
    from ...._params.beta_rule_update_params import BetaRuleUpdateParams as RuleUpdateParams
    from ...._params.federation_rule_match_param import (
        FederationRuleMatchParam as BetaFederationRuleMatchParam,
    )
    from ...._params.jwks_discovery_param import JWKSDiscoveryParam as BetaJWKSDiscoveryParam
    from ...._params.jwks_explicit_url_param import JWKSExplicitURLParam as BetaJWKSExplicitURLParam
    from ...._params.jwks_inline_param import JWKSInlineParam as BetaJWKSInlineParam
    from ...._params.service_account_target_param import (
        ServiceAccountTargetParam as BetaServiceAccountTargetParam,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BetaFederationIssuer": ("_models.federation_issuer", "FederationIssuer"),
    "BetaFederationIssuerPollStatus": (
        "_models.federation_issuer_poll_status",
        "FederationIssuerPollStatus",
    ),
    "BetaFederationRule": ("_models.federation_rule", "FederationRule"),
    "BetaFederationRuleMatch": ("_models.federation_rule_match", "FederationRuleMatch"),
    "BetaFederationRuleMatchParam": (
        "_params.federation_rule_match_param",
        "FederationRuleMatchParam",
    ),
    "BetaFederationRuleWorkspace": ("_models.federation_rule_workspace", "FederationRuleWorkspace"),
    "BetaJWKSDiscovery": ("_models.jwks_discovery", "JWKSDiscovery"),
    "BetaJWKSDiscoveryParam": ("_params.jwks_discovery_param", "JWKSDiscoveryParam"),
    "BetaJWKSExplicitURL": ("_models.jwks_explicit_url", "JWKSExplicitURL"),
    "BetaJWKSExplicitURLParam": ("_params.jwks_explicit_url_param", "JWKSExplicitURLParam"),
    "BetaJWKSInline": ("_models.jwks_inline", "JWKSInline"),
    "BetaJWKSInlineParam": ("_params.jwks_inline_param", "JWKSInlineParam"),
    "BetaServiceAccountTarget": ("_models.service_account_target", "ServiceAccountTarget"),
    "BetaServiceAccountTargetParam": (
        "_params.service_account_target_param",
        "ServiceAccountTargetParam",
    ),
    "IssuerCreateParams": ("_params.beta_issuer_create_params", "BetaIssuerCreateParams"),
    "IssuerListParams": ("_params.beta_issuer_list_params", "BetaIssuerListParams"),
    "IssuerUpdateParams": ("_params.beta_issuer_update_params", "BetaIssuerUpdateParams"),
    "RuleCreateParams": ("_params.beta_rule_create_params", "BetaRuleCreateParams"),
    "RuleListParams": ("_params.beta_rule_list_params", "BetaRuleListParams"),
    "RuleUpdateParams": ("_params.beta_rule_update_params", "BetaRuleUpdateParams"),
}

__all__ = [
    "BetaFederationIssuer",
    "BetaFederationIssuerPollStatus",
    "BetaFederationRule",
    "BetaFederationRuleMatch",
    "BetaFederationRuleMatchParam",
    "BetaFederationRuleWorkspace",
    "BetaJWKSDiscovery",
    "BetaJWKSDiscoveryParam",
    "BetaJWKSExplicitURL",
    "BetaJWKSExplicitURLParam",
    "BetaJWKSInline",
    "BetaJWKSInlineParam",
    "BetaServiceAccountTarget",
    "BetaServiceAccountTargetParam",
    "IssuerCreateParams",
    "IssuerListParams",
    "IssuerUpdateParams",
    "RuleCreateParams",
    "RuleListParams",
    "RuleUpdateParams",
]


def __getattr__(name: str) -> Any:
    target = _NAMES.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{target[0]}", "claude_api_client.types"), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
