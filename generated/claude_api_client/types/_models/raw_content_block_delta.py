# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

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
            Annotated[
                Union[
                    TextDelta,
                    InputJSONDelta,
                    CitationsDelta,
                    ThinkingDelta,
                    SignatureDelta,
                    CompactionDelta,
                ],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownRawContentBlockDelta,
                AfterValidator(
                    unknown_tag(
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
        ],
        Field(union_mode="left_to_right"),
    ],
)
