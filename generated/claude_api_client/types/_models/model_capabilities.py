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
    citations: CapabilitySupport
    code_execution: CapabilitySupport
    context_management: ContextManagementCapability
    effort: EffortCapability
    image_input: CapabilitySupport
    pdf_input: CapabilitySupport
    server_tools: ServerToolsCapability | None = None
    compaction: CompactionCapability | None = None
    structured_outputs: CapabilitySupport
    thinking: ThinkingCapability
