# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsServiceAccountExecutionIdentityParams(TypedDict):
    """
    Act as the organisation's service account.
    """

    type: Literal["service_account"]
    """
    Always `service_account`.
    """
