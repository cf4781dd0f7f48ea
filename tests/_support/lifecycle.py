"""The end of a stored object's life through the public client, checked the same way by every
resource test: the delete answers, and the object is no longer there."""

from __future__ import annotations

from typing import Any

import pytest

from claude_api_client import NotFoundError

__all__ = ["deleted"]


def deleted(resource: Any, object_id: str, *, verb: str = "delete", **path: str) -> Any:
    """Delete `object_id` through `resource` (its method `verb`), check that retrieving it now
    fails with NotFoundError, and return what the delete answered. `path` carries the parent
    IDs both calls take (`memory_store_id=...`)."""
    answer = getattr(resource, verb)(object_id, **path)
    with pytest.raises(NotFoundError):
        resource.retrieve(object_id, **path)
    return answer
