"""The Messages streams recorded from the real API in ../shared/cassettes (read in place)."""

from __future__ import annotations

import gzip
import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["CASSETTES", "SHARED", "RecordedStream", "recorded_streams"]

# ../shared beside the project root (tests/_support/recorded.py -> parents[2] is the project).
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CASSETTES = SHARED / "cassettes"


@dataclass
class RecordedStream:
    name: str  # <folder>/<file>#<interaction>
    body: bytes  # decoded (gunzipped) body
    raw: bytes  # as recorded (gzip bytes when it was recorded compressed)
    gzipped: bool


def recorded_streams() -> list[RecordedStream]:
    """Every successful Messages SSE body in ../shared/cassettes (none when it is absent)."""
    if not CASSETTES.is_dir():
        return []
    yaml: Any = importlib.import_module("yaml")  # typed as Any: no stubs needed
    found: list[RecordedStream] = []
    for path in sorted(CASSETTES.glob("*/*.y*ml")):
        text = path.read_bytes()
        if not any(mark in text for mark in (b"message_start", b"event-stream", b"!!binary")):
            continue
        try:
            doc = yaml.safe_load(text)
        except yaml.YAMLError:
            continue  # a recording with Python-specific tags; none of those is a stream
        interactions = doc.get("interactions") or doc.get("http_interactions") or []
        for number, interaction in enumerate(interactions):
            response = interaction.get("response") or {}
            status = response.get("status") or {}
            if isinstance(status, dict) and status.get("code", 200) != 200:
                continue
            headers = {str(k).lower(): v for k, v in (response.get("headers") or {}).items()}
            content = (response.get("body") or {}).get("string")
            if not isinstance(content, (str, bytes)):
                continue
            raw = content if isinstance(content, bytes) else content.encode()
            gzipped = raw[:2] == b"\x1f\x8b" and "gzip" in str(headers.get("content-encoding"))
            body = gzip.decompress(raw) if gzipped else raw
            if b"event: message_start" not in body:
                continue
            label = f"{path.parent.name}/{path.name}#{number}"
            found.append(RecordedStream(label, body, raw, gzipped))
    return found
