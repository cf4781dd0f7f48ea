# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class JWKSExplicitURLParam(TypedDict):
    """
    Signing keys fetched from a given URL.
    """

    type: Literal["explicit_url"]
    """
    Always `explicit_url`.
    """
    url: str
    """
    The JWKS URL.
    """
    ca_cert_pem: NotRequired[str | None]
    """
    A PEM CA certificate to trust when fetching.
    """
