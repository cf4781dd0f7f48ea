# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.memory_stores`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._models.managed_agents_actor import ManagedAgentsActor as BetaManagedAgentsActor
    from ..._models.managed_agents_api_actor import (
        ManagedAgentsApiActor as BetaManagedAgentsAPIActor,
    )
    from ..._models.managed_agents_deleted_memory import (
        ManagedAgentsDeletedMemory as BetaManagedAgentsDeletedMemory,
    )
    from ..._models.managed_agents_memory import ManagedAgentsMemory as BetaManagedAgentsMemory
    from ..._models.managed_agents_memory_list_item import (
        ManagedAgentsMemoryListItem as BetaManagedAgentsMemoryListItem,
    )
    from ..._models.managed_agents_memory_prefix import (
        ManagedAgentsMemoryPrefix as BetaManagedAgentsMemoryPrefix,
    )
    from ..._models.managed_agents_memory_version import (
        ManagedAgentsMemoryVersion as BetaManagedAgentsMemoryVersion,
    )
    from ..._models.managed_agents_memory_version_operation import (
        ManagedAgentsMemoryVersionOperation as BetaManagedAgentsMemoryVersionOperation,
    )
    from ..._models.managed_agents_service_account_actor import (
        ManagedAgentsServiceAccountActor as BetaManagedAgentsServiceAccountActor,
    )
    from ..._models.managed_agents_session_actor import (
        ManagedAgentsSessionActor as BetaManagedAgentsSessionActor,
    )
    from ..._models.managed_agents_user_actor import (
        ManagedAgentsUserActor as BetaManagedAgentsUserActor,
    )
    from ..._params.managed_agents_content_sha256_precondition_param import (
        ManagedAgentsContentSha256PreconditionParam as BetaManagedAgentsPreconditionParam,
    )
    from ..._params.managed_agents_memory_view_param import (
        ManagedAgentsMemoryViewParam as BetaManagedAgentsMemoryView,
    )
    from ..._params.memory_create_params import MemoryCreateParams as MemoryCreateParams
    from ..._params.memory_delete_params import MemoryDeleteParams as MemoryDeleteParams
    from ..._params.memory_list_params import MemoryListParams as MemoryListParams
    from ..._params.memory_retrieve_params import MemoryRetrieveParams as MemoryRetrieveParams
    from ..._params.memory_update_params import MemoryUpdateParams as MemoryUpdateParams
    from ..._params.memory_version_list_params import (
        MemoryVersionListParams as MemoryVersionListParams,
    )
    from ..._params.memory_version_retrieve_params import (
        MemoryVersionRetrieveParams as MemoryVersionRetrieveParams,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BetaManagedAgentsAPIActor": ("_models.managed_agents_api_actor", "ManagedAgentsApiActor"),
    "BetaManagedAgentsActor": ("_models.managed_agents_actor", "ManagedAgentsActor"),
    "BetaManagedAgentsDeletedMemory": (
        "_models.managed_agents_deleted_memory",
        "ManagedAgentsDeletedMemory",
    ),
    "BetaManagedAgentsMemory": ("_models.managed_agents_memory", "ManagedAgentsMemory"),
    "BetaManagedAgentsMemoryListItem": (
        "_models.managed_agents_memory_list_item",
        "ManagedAgentsMemoryListItem",
    ),
    "BetaManagedAgentsMemoryPrefix": (
        "_models.managed_agents_memory_prefix",
        "ManagedAgentsMemoryPrefix",
    ),
    "BetaManagedAgentsMemoryVersion": (
        "_models.managed_agents_memory_version",
        "ManagedAgentsMemoryVersion",
    ),
    "BetaManagedAgentsMemoryVersionOperation": (
        "_models.managed_agents_memory_version_operation",
        "ManagedAgentsMemoryVersionOperation",
    ),
    "BetaManagedAgentsMemoryView": (
        "_params.managed_agents_memory_view_param",
        "ManagedAgentsMemoryViewParam",
    ),
    "BetaManagedAgentsPreconditionParam": (
        "_params.managed_agents_content_sha256_precondition_param",
        "ManagedAgentsContentSha256PreconditionParam",
    ),
    "BetaManagedAgentsServiceAccountActor": (
        "_models.managed_agents_service_account_actor",
        "ManagedAgentsServiceAccountActor",
    ),
    "BetaManagedAgentsSessionActor": (
        "_models.managed_agents_session_actor",
        "ManagedAgentsSessionActor",
    ),
    "BetaManagedAgentsUserActor": ("_models.managed_agents_user_actor", "ManagedAgentsUserActor"),
    "MemoryCreateParams": ("_params.memory_create_params", "MemoryCreateParams"),
    "MemoryDeleteParams": ("_params.memory_delete_params", "MemoryDeleteParams"),
    "MemoryListParams": ("_params.memory_list_params", "MemoryListParams"),
    "MemoryRetrieveParams": ("_params.memory_retrieve_params", "MemoryRetrieveParams"),
    "MemoryUpdateParams": ("_params.memory_update_params", "MemoryUpdateParams"),
    "MemoryVersionListParams": ("_params.memory_version_list_params", "MemoryVersionListParams"),
    "MemoryVersionRetrieveParams": (
        "_params.memory_version_retrieve_params",
        "MemoryVersionRetrieveParams",
    ),
}

__all__ = [
    "BetaManagedAgentsAPIActor",
    "BetaManagedAgentsActor",
    "BetaManagedAgentsDeletedMemory",
    "BetaManagedAgentsMemory",
    "BetaManagedAgentsMemoryListItem",
    "BetaManagedAgentsMemoryPrefix",
    "BetaManagedAgentsMemoryVersion",
    "BetaManagedAgentsMemoryVersionOperation",
    "BetaManagedAgentsMemoryView",
    "BetaManagedAgentsPreconditionParam",
    "BetaManagedAgentsServiceAccountActor",
    "BetaManagedAgentsSessionActor",
    "BetaManagedAgentsUserActor",
    "MemoryCreateParams",
    "MemoryDeleteParams",
    "MemoryListParams",
    "MemoryRetrieveParams",
    "MemoryUpdateParams",
    "MemoryVersionListParams",
    "MemoryVersionRetrieveParams",
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
