# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.skills`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._models.deleted_skill_version import DeletedSkillVersion as BetaDeletedSkillVersion
    from ..._models.skill_version import SkillVersion as BetaSkillVersion
    from ..._params.beta_skill_version_create_params import (
        BetaSkillVersionCreateParams as VersionCreateParams,
    )
    from ..._params.beta_version_list_params import BetaVersionListParams as VersionListParams

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BetaDeletedSkillVersion": ("_models.deleted_skill_version", "DeletedSkillVersion"),
    "BetaSkillVersion": ("_models.skill_version", "SkillVersion"),
    "VersionCreateParams": (
        "_params.beta_skill_version_create_params",
        "BetaSkillVersionCreateParams",
    ),
    "VersionListParams": ("_params.beta_version_list_params", "BetaVersionListParams"),
}

__all__ = [
    "BetaDeletedSkillVersion",
    "BetaSkillVersion",
    "VersionCreateParams",
    "VersionListParams",
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
