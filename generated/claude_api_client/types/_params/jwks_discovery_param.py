# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class JWKSDiscoveryParam(TypedDict):
    """
    Signing keys found through OpenID Connect discovery.
    """

    type: Literal["discovery"]
    """
    Always `discovery`.
    """
    ca_cert_pem: NotRequired[str | None]
    """
    A PEM CA certificate to trust when fetching (for private issuers).
    """
    discovery_base: NotRequired[str | None]
    """
    Where discovery starts, when it is not the issuer URL.
    """
