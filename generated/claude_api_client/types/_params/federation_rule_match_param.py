# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict

from typing_extensions import NotRequired


class FederationRuleMatchParam(TypedDict):
    """
    Which tokens a rule accepts; every condition given must hold.
    """

    audience: NotRequired[str | None]
    """
    The `aud` the token must carry.
    """
    claims: NotRequired[Mapping[str, str] | None]
    """
    Claims the token must carry with exactly these values.
    """
    condition: NotRequired[str | None]
    """
    A CEL expression over the token's claims that must be true.
    """
    subject_prefix: NotRequired[str | None]
    """
    How the token's `sub` must begin.
    """
