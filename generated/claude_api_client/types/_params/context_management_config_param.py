# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .context_management_edit_param import ContextManagementEditParam


class ContextManagementConfigParam(TypedDict):
    """
    Context-management strategies to apply to the request.
    """

    edits: NotRequired[Sequence[ContextManagementEditParam]]
    """
    Edits to apply, in order.
    """
