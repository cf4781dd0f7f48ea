"""The bundled OpenAPI document, read once, as a table of operations the server can match."""

from __future__ import annotations

import functools
import json
import pathlib
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from ._validate import SchemaValidator

__all__ = ["Document", "Operation", "load_document"]

_METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Operation:
    """One method + path of the document, with what the server needs to check a request."""

    operation_id: str
    method: str
    template: str
    pattern: re.Pattern[str]
    request_schema: dict[str, Any] | None
    request_type: str | None
    """`application/json`, `multipart/form-data`, or None when the operation has no body."""
    parameters: tuple[dict[str, Any], ...]
    betas: tuple[str, ...]
    """Beta names of which the request must send one (`x-beta` on the operation), or none."""
    max_body_bytes: int | None
    responses: dict[str, Any] = field(repr=False)


class Document:
    """The document, its validator, and its operations in matching order."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw
        self.validator = SchemaValidator(raw)
        operations: list[Operation] = []
        for template, item in raw.get("paths", {}).items():
            item = self.validator.resolve(item)
            shared = list(item.get("parameters", ()))
            for method in _METHODS:
                op = item.get(method)
                if op is not None:
                    operations.append(self._operation(method, template, op, shared))
        # Literal segments win over parameters (`/v1/messages/batches` before `/v1/messages/{id}`).
        operations.sort(key=lambda o: (o.template.count("{"), -len(o.template)))
        self.operations = tuple(operations)
        self.by_id = {o.operation_id: o for o in operations}

    def _operation(
        self, method: str, template: str, op: dict[str, Any], shared: list[Any]
    ) -> Operation:
        regex = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$"
        parameters = tuple(
            dict(self.validator.resolve(p)) for p in [*shared, *op.get("parameters", ())]
        )
        schema: dict[str, Any] | None = None
        kind: str | None = None
        body = op.get("requestBody")
        if body is not None:
            content = self.validator.resolve(body).get("content", {})
            for kind in ("application/json", "multipart/form-data", *content):
                if kind in content:
                    schema = content[kind].get("schema")
                    break
        return Operation(
            operation_id=op["operationId"],
            method=method.upper(),
            template=template,
            pattern=re.compile(regex),
            request_schema=schema,
            request_type=kind if body is not None else None,
            parameters=parameters,
            betas=tuple(op.get("x-beta", ())),
            max_body_bytes=op.get("x-max-body-bytes"),
            responses=op.get("responses", {}),
        )

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], bool]:
        """The operation for `method path`, its path parameters, and whether the path exists at
        all (for telling 404 from 405)."""
        path_known = False
        for operation in self.operations:
            found = operation.pattern.match(path)
            if found is None:
                continue
            path_known = True
            if operation.method == method:
                return operation, found.groupdict(), True
        return None, {}, path_known

    def schema(self, name: str) -> dict[str, Any]:
        """A component schema by name."""
        schema: dict[str, Any] = self.raw["components"]["schemas"][name]
        return schema


@functools.lru_cache(maxsize=1)
def load_document() -> Document:
    """The OpenAPI document shipped inside the package (read once per process)."""
    import claude_api_client

    # The package spans overlay/ and generated/ in a development install: look in each part.
    for folder in claude_api_client.__path__:
        candidate = pathlib.Path(folder) / "openapi.json"
        if candidate.is_file():
            return Document(json.loads(candidate.read_text("utf-8")))
    text = resources.files("claude_api_client").joinpath("openapi.json").read_text("utf-8")
    return Document(json.loads(text))
