# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.claude_code`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ....._error_classes import CMEKFeatureUnsupportedError as BetaCMEKFeatureUnsupportedError
    from ....._error_classes import (
        RBACGroupManagedSettingsNotFoundError as BetaRBACGroupManagedSettingsNotFoundError,
    )
    from ....._error_classes import (
        RBACGroupOrderLimitExceededError as BetaRBACGroupOrderLimitExceededError,
    )
    from ....._error_classes import (
        SettingsDocumentLimitExceededError as BetaSettingsDocumentLimitExceededError,
    )
    from ....._error_classes import (
        SettingsHistoryLimitExceededError as BetaSettingsHistoryLimitExceededError,
    )
    from ...._models.cmek_feature_unsupported_error_details import (
        CMEKFeatureUnsupportedErrorDetails as BetaCMEKFeatureUnsupportedErrorDetails,
    )
    from ...._models.rbac_group_managed_settings_not_found_error_details import (
        RBACGroupManagedSettingsNotFoundErrorDetails as BetaRBACGroupManagedSettingsNotFoundErrorDetails,
    )
    from ...._models.rbac_group_order_limit_exceeded_error_details import (
        RBACGroupOrderLimitExceededErrorDetails as BetaRBACGroupOrderLimitExceededErrorDetails,
    )
    from ...._models.settings_document_limit_exceeded_error_details import (
        SettingsDocumentLimitExceededErrorDetails as BetaSettingsDocumentLimitExceededErrorDetails,
    )
    from ...._models.settings_history_limit_exceeded_error_details import (
        SettingsHistoryLimitExceededErrorDetails as BetaSettingsHistoryLimitExceededErrorDetails,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BetaCMEKFeatureUnsupportedError": ("._error_classes", "CMEKFeatureUnsupportedError"),
    "BetaCMEKFeatureUnsupportedErrorDetails": (
        "_models.cmek_feature_unsupported_error_details",
        "CMEKFeatureUnsupportedErrorDetails",
    ),
    "BetaRBACGroupManagedSettingsNotFoundError": (
        "._error_classes",
        "RBACGroupManagedSettingsNotFoundError",
    ),
    "BetaRBACGroupManagedSettingsNotFoundErrorDetails": (
        "_models.rbac_group_managed_settings_not_found_error_details",
        "RBACGroupManagedSettingsNotFoundErrorDetails",
    ),
    "BetaRBACGroupOrderLimitExceededError": ("._error_classes", "RBACGroupOrderLimitExceededError"),
    "BetaRBACGroupOrderLimitExceededErrorDetails": (
        "_models.rbac_group_order_limit_exceeded_error_details",
        "RBACGroupOrderLimitExceededErrorDetails",
    ),
    "BetaSettingsDocumentLimitExceededError": (
        "._error_classes",
        "SettingsDocumentLimitExceededError",
    ),
    "BetaSettingsDocumentLimitExceededErrorDetails": (
        "_models.settings_document_limit_exceeded_error_details",
        "SettingsDocumentLimitExceededErrorDetails",
    ),
    "BetaSettingsHistoryLimitExceededError": (
        "._error_classes",
        "SettingsHistoryLimitExceededError",
    ),
    "BetaSettingsHistoryLimitExceededErrorDetails": (
        "_models.settings_history_limit_exceeded_error_details",
        "SettingsHistoryLimitExceededErrorDetails",
    ),
}

__all__ = [
    "BetaCMEKFeatureUnsupportedError",
    "BetaCMEKFeatureUnsupportedErrorDetails",
    "BetaRBACGroupManagedSettingsNotFoundError",
    "BetaRBACGroupManagedSettingsNotFoundErrorDetails",
    "BetaRBACGroupOrderLimitExceededError",
    "BetaRBACGroupOrderLimitExceededErrorDetails",
    "BetaSettingsDocumentLimitExceededError",
    "BetaSettingsDocumentLimitExceededErrorDetails",
    "BetaSettingsHistoryLimitExceededError",
    "BetaSettingsHistoryLimitExceededErrorDetails",
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
