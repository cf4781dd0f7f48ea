"""Claude on Amazon Bedrock: the runtime endpoint (`AnthropicBedrock`) and Mantle."""

from ._client import AnthropicBedrock, AsyncAnthropicBedrock
from ._mantle import AnthropicBedrockMantle, AsyncAnthropicBedrockMantle

__all__ = [
    "AnthropicBedrock",
    "AnthropicBedrockMantle",
    "AsyncAnthropicBedrock",
    "AsyncAnthropicBedrockMantle",
]
