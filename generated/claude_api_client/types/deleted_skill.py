# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.deleted_skill`: the official path of these types."""

from __future__ import annotations

from ._models.deleted_skill import DeletedSkill as DeletedSkill

__all__ = [
    "DeletedSkill",
]
