# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import open_discriminator

from .citations_delta import CitationsDelta
from .compaction_delta import CompactionDelta
from .input_json_delta import InputJSONDelta
from .signature_delta import SignatureDelta
from .text_delta import TextDelta
from .thinking_delta import ThinkingDelta
from .unknown_raw_content_block_delta import UnknownRawContentBlockDelta

RawContentBlockDelta = TypeAliasType(
    "RawContentBlockDelta",
    Annotated[
        Union[
            Annotated[TextDelta, Tag("text_delta")],
            Annotated[InputJSONDelta, Tag("input_json_delta")],
            Annotated[CitationsDelta, Tag("citations_delta")],
            Annotated[ThinkingDelta, Tag("thinking_delta")],
            Annotated[SignatureDelta, Tag("signature_delta")],
            Annotated[CompactionDelta, Tag("compaction_delta")],
            Annotated[UnknownRawContentBlockDelta, Tag("__unknown__")],
        ],
        Discriminator(
            open_discriminator(
                "type",
                [
                    "citations_delta",
                    "compaction_delta",
                    "input_json_delta",
                    "signature_delta",
                    "text_delta",
                    "thinking_delta",
                ],
            )
        ),
    ],
)
