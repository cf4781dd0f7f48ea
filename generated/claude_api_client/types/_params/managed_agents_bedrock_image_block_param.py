# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from .managed_agents_base64_image_source_param import (
    ManagedAgentsBase64ImageSourceParam,
)


class ManagedAgentsBedrockImageBlockParam(TypedDict):
    """
    Bedrock: an image in a user message, sent inline (base64) only.
    """

    type: Literal["image"]
    """
    Always `image`.
    """
    source: ManagedAgentsBase64ImageSourceParam
    """
    The image's bytes, base64-encoded.
    """
