"""Which schemas a document's requests and responses reach, and which unions are open."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

REF_PREFIX = "#/components/schemas/"


def refs_in(node: Any) -> Iterator[str]:
    """Names of the schemas that `node` refers to, directly or anywhere inside it."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF_PREFIX):
            yield ref[len(REF_PREFIX) :]
        for key, value in node.items():
            if key != "$ref":
                yield from refs_in(value)
    elif isinstance(node, list):
        for item in node:
            yield from refs_in(item)


def closure(schemas: dict[str, Any], roots: set[str]) -> set[str]:
    """All schemas reachable from `roots`."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(refs_in(schemas[name]))
    return seen


def resolve_ref(doc: dict[str, Any], node: Any) -> Any:
    """Follow internal component references until a non-reference node."""
    while isinstance(node, dict) and "$ref" in node:
        kind, name = node["$ref"].split("/")[-2:]
        node = doc["components"][kind][name]
    return node


def discriminated_union(schema: Any) -> tuple[str, dict[str, str]] | None:
    """(property, {tag: member schema name}) when `schema` is a discriminated oneOf."""
    if not isinstance(schema, dict) or "oneOf" not in schema or "discriminator" not in schema:
        return None
    disc = schema["discriminator"]
    mapping = {tag: ref[len(REF_PREFIX) :] for tag, ref in disc.get("mapping", {}).items()}
    return disc["propertyName"], mapping


def request_and_response_roots(doc: dict[str, Any]) -> tuple[set[str], set[str]]:
    """Schemas named by request bodies and parameters, and by responses and streamed events."""
    requests: set[str] = set()
    responses: set[str] = set()
    for item in doc.get("paths", {}).values():
        for method, op in item.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            requests.update(refs_in(op.get("requestBody", {})))
            for param in op.get("parameters", []):
                requests.update(refs_in(resolve_ref(doc, param)))
            for resp in op.get("responses", {}).values():
                responses.update(refs_in(resolve_ref(doc, resp)))
            stream = op.get("x-stream")
            if stream:
                responses.update(refs_in(stream))
            # A platform's own form of the operation (`x-platforms`) may name other schemas.
            for override in (op.get("x-platforms") or {}).values():
                requests.update(refs_in((override or {}).get("requestBody", {})))
                for param in (override or {}).get("parameters", []):
                    requests.update(refs_in(resolve_ref(doc, param)))
                for resp in (override or {}).get("responses", {}).values():
                    responses.update(refs_in(resolve_ref(doc, resp)))
    # Models the SDK exports though no operation names them (`x-export`): the inputs of tool-use
    # blocks, the error type names. They are response-side: open, every field kept.
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        if isinstance(schema, dict) and schema.get("x-export"):
            responses.add(name)
    # Webhook deliveries come from the API and the SDK parses them (webhooks.unwrap), so their
    # bodies are response-side models: open unions, every field kept.
    for item in doc.get("webhooks", {}).values():
        for op in item.values():
            if isinstance(op, dict):
                responses.update(refs_in(op.get("requestBody", {})))
    return requests, responses
