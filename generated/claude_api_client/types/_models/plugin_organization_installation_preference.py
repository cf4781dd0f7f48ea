# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    PluginOrganizationInstallationPreference: TypeAlias = Literal[
        "auto_install", "available", "not_available", "required"
    ]
else:

    class PluginOrganizationInstallationPreference(OpenEnum):
        AUTO_INSTALL = "auto_install"
        AVAILABLE = "available"
        NOT_AVAILABLE = "not_available"
        REQUIRED = "required"
