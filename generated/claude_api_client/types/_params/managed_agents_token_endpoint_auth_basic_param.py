# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsTokenEndpointAuthBasicParam(TypedDict):
    """
    Authenticate to the token endpoint with HTTP Basic client credentials.
    """

    type: Literal["client_secret_basic"]
    """
    Always `client_secret_basic`.
    """
    client_secret: str
    """
    OAuth client secret.
    """
