# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsTokenEndpointAuthPostParam(TypedDict):
    """
    Authenticate to the token endpoint with client credentials in the form body.
    """

    type: Literal["client_secret_post"]
    """
    Always `client_secret_post`.
    """
    client_secret: str
    """
    OAuth client secret.
    """
