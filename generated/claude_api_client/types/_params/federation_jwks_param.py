# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .jwks_discovery_param import JWKSDiscoveryParam
from .jwks_explicit_url_param import JWKSExplicitURLParam
from .jwks_inline_param import JWKSInlineParam

FederationJWKSParam: TypeAlias = JWKSDiscoveryParam | JWKSExplicitURLParam | JWKSInlineParam
"""
Where an issuer's signing keys come from.
"""
