# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .capability_support import CapabilitySupport
from .compaction_capability import CompactionCapability
from .context_management_capability import ContextManagementCapability
from .effort_capability import EffortCapability
from .server_tools_capability import ServerToolsCapability
from .thinking_capability import ThinkingCapability


class ModelCapabilities(APIModel):
    """What a model can do, one entry per feature; every known feature is always listed."""

    batch: CapabilitySupport
    """Whether requests for this model can go through Message Batches."""
    citations: CapabilitySupport
    """Whether the model can cite passages of the documents it was given."""
    code_execution: CapabilitySupport
    """Whether code the model runs in the code execution tool can call the request's other tools (support for the tool itself is `server_tools.code_execution`)."""
    context_management: ContextManagementCapability
    """Which context-management strategies the model supports."""
    effort: EffortCapability
    """Which `effort` levels the model supports."""
    image_input: CapabilitySupport
    """Whether the model reads image blocks."""
    pdf_input: CapabilitySupport
    """Whether the model reads PDF document blocks."""
    server_tools: ServerToolsCapability | None = None
    """Whether the model runs the web search and code execution server tools."""
    compaction: CompactionCapability | None = None
    """Whether the model takes the top-level `compaction` request field, and which types."""
    structured_outputs: CapabilitySupport
    """Whether the model can be held to a JSON schema (structured outputs, strict tools)."""
    thinking: ThinkingCapability
    """Which extended-thinking modes the model supports."""
