# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsUnrestrictedCredentialNetworkingParams(TypedDict):
    """
    Send the secret to any host.
    """

    type: Literal["unrestricted"]
    """
    Always `unrestricted`.
    """
