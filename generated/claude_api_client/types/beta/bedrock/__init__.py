# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._models.managed_agents_bedrock_agent_list_item import (
        ManagedAgentsBedrockAgentListItem as BetaManagedAgentsBedrockAgentListItem,
    )
    from ..._models.managed_agents_bedrock_session import (
        ManagedAgentsBedrockSession as BetaManagedAgentsBedrockSession,
    )
    from ..._models.managed_agents_bedrock_session_list_item import (
        ManagedAgentsBedrockSessionListItem as BetaManagedAgentsBedrockSessionListItem,
    )
    from ..._models.managed_agents_bedrock_session_list_item_agent import (
        ManagedAgentsBedrockSessionListItemAgent as BetaManagedAgentsBedrockSessionListItemAgent,
    )
    from ..._models.managed_agents_bedrock_session_list_item_memory_store_resource import (
        ManagedAgentsBedrockSessionListItemMemoryStoreResource as BetaManagedAgentsBedrockSessionListItemMemoryStoreResource,
    )
    from ..._params.bedrock_agent_list_params import (
        BedrockAgentListParams as BedrockAgentListParams,
    )
    from ..._params.bedrock_agent_retrieve_params import (
        BedrockAgentRetrieveParams as BedrockAgentRetrieveParams,
    )
    from ..._params.bedrock_memory_store_list_params import (
        BedrockMemoryStoreListParams as BedrockMemoryStoreListParams,
    )
    from ..._params.bedrock_session_list_params import (
        BedrockSessionListParams as BedrockSessionListParams,
    )
    from ..._params.managed_agents_managed_memory_store_backend_param import (
        ManagedAgentsManagedMemoryStoreBackendParam as BetaManagedAgentsManagedMemoryStoreBackendParam,
    )
    from ..._params.managed_agents_update_session_params import (
        ManagedAgentsUpdateSessionParams as BedrockSessionUpdateParams,
    )
    from ..._params.memory_store_create_params import (
        MemoryStoreCreateParams as BedrockMemoryStoreCreateParams,
    )
    from ..._params.memory_store_update_params import (
        MemoryStoreUpdateParams as BedrockMemoryStoreUpdateParams,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BedrockAgentListParams": ("_params.bedrock_agent_list_params", "BedrockAgentListParams"),
    "BedrockAgentRetrieveParams": (
        "_params.bedrock_agent_retrieve_params",
        "BedrockAgentRetrieveParams",
    ),
    "BedrockMemoryStoreCreateParams": (
        "_params.memory_store_create_params",
        "MemoryStoreCreateParams",
    ),
    "BedrockMemoryStoreListParams": (
        "_params.bedrock_memory_store_list_params",
        "BedrockMemoryStoreListParams",
    ),
    "BedrockMemoryStoreUpdateParams": (
        "_params.memory_store_update_params",
        "MemoryStoreUpdateParams",
    ),
    "BedrockSessionListParams": ("_params.bedrock_session_list_params", "BedrockSessionListParams"),
    "BedrockSessionUpdateParams": (
        "_params.managed_agents_update_session_params",
        "ManagedAgentsUpdateSessionParams",
    ),
    "BetaManagedAgentsBedrockAgentListItem": (
        "_models.managed_agents_bedrock_agent_list_item",
        "ManagedAgentsBedrockAgentListItem",
    ),
    "BetaManagedAgentsBedrockSession": (
        "_models.managed_agents_bedrock_session",
        "ManagedAgentsBedrockSession",
    ),
    "BetaManagedAgentsBedrockSessionListItem": (
        "_models.managed_agents_bedrock_session_list_item",
        "ManagedAgentsBedrockSessionListItem",
    ),
    "BetaManagedAgentsBedrockSessionListItemAgent": (
        "_models.managed_agents_bedrock_session_list_item_agent",
        "ManagedAgentsBedrockSessionListItemAgent",
    ),
    "BetaManagedAgentsBedrockSessionListItemMemoryStoreResource": (
        "_models.managed_agents_bedrock_session_list_item_memory_store_resource",
        "ManagedAgentsBedrockSessionListItemMemoryStoreResource",
    ),
    "BetaManagedAgentsManagedMemoryStoreBackendParam": (
        "_params.managed_agents_managed_memory_store_backend_param",
        "ManagedAgentsManagedMemoryStoreBackendParam",
    ),
}

__all__ = [
    "BedrockAgentListParams",
    "BedrockAgentRetrieveParams",
    "BedrockMemoryStoreCreateParams",
    "BedrockMemoryStoreListParams",
    "BedrockMemoryStoreUpdateParams",
    "BedrockSessionListParams",
    "BedrockSessionUpdateParams",
    "BetaManagedAgentsBedrockAgentListItem",
    "BetaManagedAgentsBedrockSession",
    "BetaManagedAgentsBedrockSessionListItem",
    "BetaManagedAgentsBedrockSessionListItemAgent",
    "BetaManagedAgentsBedrockSessionListItemMemoryStoreResource",
    "BetaManagedAgentsManagedMemoryStoreBackendParam",
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
