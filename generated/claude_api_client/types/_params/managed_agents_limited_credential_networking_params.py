# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict


class ManagedAgentsLimitedCredentialNetworkingParams(TypedDict):
    """
    Send the secret only to the listed hosts.
    """

    type: Literal["limited"]
    """
    Always `limited`.
    """
    allowed_hosts: Sequence[str]
    """
    Hosts allowed to receive the secret.
    """
