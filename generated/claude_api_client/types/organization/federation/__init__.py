# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.federation`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._models.federation_issuer import FederationIssuer as FederationIssuer
    from ..._models.federation_issuer_poll_status import (
        FederationIssuerPollStatus as FederationIssuerPollStatus,
    )
    from ..._models.federation_rule import FederationRule as FederationRule
    from ..._models.federation_rule_match import FederationRuleMatch as FederationRuleMatch
    from ..._models.federation_rule_workspace import (
        FederationRuleWorkspace as FederationRuleWorkspace,
    )
    from ..._models.jwks_discovery import JWKSDiscovery as JWKSDiscovery
    from ..._models.jwks_explicit_url import JWKSExplicitURL as JWKSExplicitURL
    from ..._models.jwks_inline import JWKSInline as JWKSInline
    from ..._models.service_account_target import ServiceAccountTarget as ServiceAccountTarget
    from ..._params.federation_rule_match_param import (
        FederationRuleMatchParam as FederationRuleMatchParam,
    )
    from ..._params.issuer_create_params import IssuerCreateParams as IssuerCreateParams
    from ..._params.issuer_list_params import IssuerListParams as IssuerListParams
    from ..._params.issuer_update_params import IssuerUpdateParams as IssuerUpdateParams
    from ..._params.jwks_discovery_param import JWKSDiscoveryParam as JWKSDiscoveryParam
    from ..._params.jwks_explicit_url_param import JWKSExplicitURLParam as JWKSExplicitURLParam
    from ..._params.jwks_inline_param import JWKSInlineParam as JWKSInlineParam
    from ..._params.rule_create_params import RuleCreateParams as RuleCreateParams
    from ..._params.rule_list_params import RuleListParams as RuleListParams
    from ..._params.rule_update_params import RuleUpdateParams as RuleUpdateParams
    from ..._params.service_account_target_param import (
        ServiceAccountTargetParam as ServiceAccountTargetParam,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "FederationIssuer": ("_models.federation_issuer", "FederationIssuer"),
    "FederationIssuerPollStatus": (
        "_models.federation_issuer_poll_status",
        "FederationIssuerPollStatus",
    ),
    "FederationRule": ("_models.federation_rule", "FederationRule"),
    "FederationRuleMatch": ("_models.federation_rule_match", "FederationRuleMatch"),
    "FederationRuleMatchParam": ("_params.federation_rule_match_param", "FederationRuleMatchParam"),
    "FederationRuleWorkspace": ("_models.federation_rule_workspace", "FederationRuleWorkspace"),
    "IssuerCreateParams": ("_params.issuer_create_params", "IssuerCreateParams"),
    "IssuerListParams": ("_params.issuer_list_params", "IssuerListParams"),
    "IssuerUpdateParams": ("_params.issuer_update_params", "IssuerUpdateParams"),
    "JWKSDiscovery": ("_models.jwks_discovery", "JWKSDiscovery"),
    "JWKSDiscoveryParam": ("_params.jwks_discovery_param", "JWKSDiscoveryParam"),
    "JWKSExplicitURL": ("_models.jwks_explicit_url", "JWKSExplicitURL"),
    "JWKSExplicitURLParam": ("_params.jwks_explicit_url_param", "JWKSExplicitURLParam"),
    "JWKSInline": ("_models.jwks_inline", "JWKSInline"),
    "JWKSInlineParam": ("_params.jwks_inline_param", "JWKSInlineParam"),
    "RuleCreateParams": ("_params.rule_create_params", "RuleCreateParams"),
    "RuleListParams": ("_params.rule_list_params", "RuleListParams"),
    "RuleUpdateParams": ("_params.rule_update_params", "RuleUpdateParams"),
    "ServiceAccountTarget": ("_models.service_account_target", "ServiceAccountTarget"),
    "ServiceAccountTargetParam": (
        "_params.service_account_target_param",
        "ServiceAccountTargetParam",
    ),
}

__all__ = [
    "FederationIssuer",
    "FederationIssuerPollStatus",
    "FederationRule",
    "FederationRuleMatch",
    "FederationRuleMatchParam",
    "FederationRuleWorkspace",
    "IssuerCreateParams",
    "IssuerListParams",
    "IssuerUpdateParams",
    "JWKSDiscovery",
    "JWKSDiscoveryParam",
    "JWKSExplicitURL",
    "JWKSExplicitURLParam",
    "JWKSInline",
    "JWKSInlineParam",
    "RuleCreateParams",
    "RuleListParams",
    "RuleUpdateParams",
    "ServiceAccountTarget",
    "ServiceAccountTargetParam",
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
