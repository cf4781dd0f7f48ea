# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .jwks_discovery import JWKSDiscovery
from .jwks_explicit_url import JWKSExplicitURL
from .jwks_inline import JWKSInline

FederationJWKS: TypeAlias = JWKSDiscovery | JWKSExplicitURL | JWKSInline
"""
Where an issuer's signing keys come from.
"""
