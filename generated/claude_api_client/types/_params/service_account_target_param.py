# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class ServiceAccountTargetParam(TypedDict):
    """
    The service account a rule's tokens act as.
    """

    service_account_id: str
    """
    ID of the service account.
    """
    type: Literal["service_account"]
    """
    Always `service_account`.
    """
    service_account_name: NotRequired[str | None]
    """
    Its name.
    """
