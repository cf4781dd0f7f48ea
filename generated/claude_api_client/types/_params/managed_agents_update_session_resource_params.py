# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict


class ManagedAgentsUpdateSessionResourceParams(TypedDict):
    """
    Request shape of update session resource.
    """

    authorization_token: str
    """
    Token used to reach the repository (write-only; never returned).
    """
