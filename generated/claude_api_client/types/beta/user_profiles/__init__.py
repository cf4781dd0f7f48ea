# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.user_profiles`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._models.user_profile_action_url import UserProfileActionURL as BetaUserProfileActionURL
    from ..._params.beta_action_url_create_params import (
        BetaActionURLCreateParams as ActionURLCreateParams,
    )
    from ..._params.user_profile_enroll_end_user_action_param import (
        UserProfileEnrollEndUserActionParam as BetaUserProfileEnrollEndUserActionParam,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "ActionURLCreateParams": ("_params.beta_action_url_create_params", "BetaActionURLCreateParams"),
    "BetaUserProfileActionURL": ("_models.user_profile_action_url", "UserProfileActionURL"),
    "BetaUserProfileEnrollEndUserActionParam": (
        "_params.user_profile_enroll_end_user_action_param",
        "UserProfileEnrollEndUserActionParam",
    ),
}

__all__ = [
    "ActionURLCreateParams",
    "BetaUserProfileActionURL",
    "BetaUserProfileEnrollEndUserActionParam",
]


def __getattr__(name: str) -> Any:
    target = _NAMES.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{target[0]}", "claude_api_client.types"), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
