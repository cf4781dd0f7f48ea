# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.memory_stores`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...._models.managed_agents_bedrock_memory_actor import (
        ManagedAgentsBedrockMemoryActor as BetaManagedAgentsBedrockMemoryActor,
    )
    from ...._models.managed_agents_bedrock_memory_version import (
        ManagedAgentsBedrockMemoryVersion as BetaManagedAgentsBedrockMemoryVersion,
    )
    from ...._models.managed_agents_bedrock_session_actor import (
        ManagedAgentsBedrockSessionActor as BetaManagedAgentsBedrockSessionActor,
    )
    from ...._params.bedrock_memory_delete_params import (
        BedrockMemoryDeleteParams as BedrockMemoryDeleteParams,
    )
    from ...._params.bedrock_memory_list_params import (
        BedrockMemoryListParams as BedrockMemoryListParams,
    )
    from ...._params.bedrock_memory_retrieve_params import (
        BedrockMemoryRetrieveParams as BedrockMemoryRetrieveParams,
    )
    from ...._params.bedrock_memory_version_list_params import (
        BedrockMemoryVersionListParams as BedrockMemoryVersionListParams,
    )
    from ...._params.bedrock_memory_version_retrieve_params import (
        BedrockMemoryVersionRetrieveParams as BedrockMemoryVersionRetrieveParams,
    )
    from ...._params.memory_create_params import MemoryCreateParams as BedrockMemoryCreateParams
    from ...._params.memory_update_params import MemoryUpdateParams as BedrockMemoryUpdateParams

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BedrockMemoryCreateParams": ("_params.memory_create_params", "MemoryCreateParams"),
    "BedrockMemoryDeleteParams": (
        "_params.bedrock_memory_delete_params",
        "BedrockMemoryDeleteParams",
    ),
    "BedrockMemoryListParams": ("_params.bedrock_memory_list_params", "BedrockMemoryListParams"),
    "BedrockMemoryRetrieveParams": (
        "_params.bedrock_memory_retrieve_params",
        "BedrockMemoryRetrieveParams",
    ),
    "BedrockMemoryUpdateParams": ("_params.memory_update_params", "MemoryUpdateParams"),
    "BedrockMemoryVersionListParams": (
        "_params.bedrock_memory_version_list_params",
        "BedrockMemoryVersionListParams",
    ),
    "BedrockMemoryVersionRetrieveParams": (
        "_params.bedrock_memory_version_retrieve_params",
        "BedrockMemoryVersionRetrieveParams",
    ),
    "BetaManagedAgentsBedrockMemoryActor": (
        "_models.managed_agents_bedrock_memory_actor",
        "ManagedAgentsBedrockMemoryActor",
    ),
    "BetaManagedAgentsBedrockMemoryVersion": (
        "_models.managed_agents_bedrock_memory_version",
        "ManagedAgentsBedrockMemoryVersion",
    ),
    "BetaManagedAgentsBedrockSessionActor": (
        "_models.managed_agents_bedrock_session_actor",
        "ManagedAgentsBedrockSessionActor",
    ),
}

__all__ = [
    "BedrockMemoryCreateParams",
    "BedrockMemoryDeleteParams",
    "BedrockMemoryListParams",
    "BedrockMemoryRetrieveParams",
    "BedrockMemoryUpdateParams",
    "BedrockMemoryVersionListParams",
    "BedrockMemoryVersionRetrieveParams",
    "BetaManagedAgentsBedrockMemoryActor",
    "BetaManagedAgentsBedrockMemoryVersion",
    "BetaManagedAgentsBedrockSessionActor",
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
