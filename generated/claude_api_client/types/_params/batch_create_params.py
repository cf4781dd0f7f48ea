# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from .batch_request_param import BatchRequestParam


class BatchCreateParams(TypedDict):
    """
    Body of a request that creates a Message Batch.
    """

    requests: Sequence[BatchRequestParam]
    """
    The Messages requests to process, each with its own `custom_id`.
    """
