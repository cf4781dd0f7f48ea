# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class SelfHostedConfigParams(TypedDict):
    """
    Request shape of a self-hosted environment's settings.
    """

    type: Literal["self_hosted"]
    """
    Always `self_hosted`.
    """
