# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_context_management_edit_param`: the official path of these types."""

from __future__ import annotations

from .._params.context_management_edit_param import (
    ContextManagementEditParam as BetaContextManagementEditParam,
)

__all__ = [
    "BetaContextManagementEditParam",
]
