"""Pieces of the small crafted OpenAPI documents the release-tool tests diff."""

from __future__ import annotations

from typing import Any


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def tagged(tag: str, **props: Any) -> dict[str, Any]:
    """An object whose `type` is the constant `tag`, with `props` after it."""
    return {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"type": "string", "const": tag}, **props},
    }


def union(**members: str) -> dict[str, Any]:
    """A union told apart by `type`: tag=schema name, in order."""
    mapping = {tag: ref(name)["$ref"] for tag, name in members.items()}
    refs = [ref(name) for name in members.values()]
    return {"oneOf": refs, "discriminator": {"propertyName": "type", "mapping": mapping}}
