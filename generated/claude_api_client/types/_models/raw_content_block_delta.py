# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .citations_delta import CitationsDelta
    from .compaction_delta import CompactionDelta
    from .input_json_delta import InputJSONDelta
    from .signature_delta import SignatureDelta
    from .text_delta import TextDelta
    from .thinking_delta import ThinkingDelta
    from .unknown_raw_content_block_delta import UnknownRawContentBlockDelta


if TYPE_CHECKING:
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
else:
    RawContentBlockDelta = lazy_union(
        "RawContentBlockDelta",
        "type",
        {
            "text_delta": ".text_delta:TextDelta",
            "input_json_delta": ".input_json_delta:InputJSONDelta",
            "citations_delta": ".citations_delta:CitationsDelta",
            "thinking_delta": ".thinking_delta:ThinkingDelta",
            "signature_delta": ".signature_delta:SignatureDelta",
            "compaction_delta": ".compaction_delta:CompactionDelta",
        },
        ".unknown_raw_content_block_delta:UnknownRawContentBlockDelta",
        __package__,
    )
