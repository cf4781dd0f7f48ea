# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class ManagedAgentsS3ObjectResourceParams(TypedDict):
    """
    Bedrock: one S3 object copied into the session's sandbox.
    """

    type: Literal["s3_object"]
    """
    Always `s3_object`.
    """
    s3_uri: str
    """
    The `s3://` URI of the object.
    """
    region: str
    """
    AWS region of the bucket.
    """
    mount_path: str
    """
    Where the object appears in the sandbox.
    """
    description: NotRequired[str | None]
    """
    What the object holds, for the agent; null for none.
    """
    instructions: NotRequired[str | None]
    """
    How the agent should use the object; null for none.
    """
