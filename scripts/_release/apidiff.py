"""Compare two bundled OpenAPI documents and classify every difference for SDK users.

The rules (docs/releasing.md has the table):

- request side (parameters, request bodies): anything a caller could send before and can no
  longer send is breaking: a removed operation, parameter, field, union member or enum value, a
  parameter or field that became required, a narrowed type (fewer JSON types, tighter bounds,
  a new format, `null` no longer accepted);
- response side: anything a caller could read before and can no longer rely on is breaking: a
  removed field or union member, a field that became optional or nullable, a changed type.
  New response fields, union members and enum values are not breaking, because our response
  unions and enums are open (an unknown member or value is kept, never rejected);
- a new operation, an optional parameter or field, a union member or enum value is an addition.

Schemas are walked structurally through `$ref`s, `allOf` (merged), `anyOf`/`oneOf` (members
matched by discriminator tag, else by component name, else by shape); each named schema is
compared once per side, which also ends recursion.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
BOUNDS_LOWER = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
BOUNDS_UPPER = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
REQUEST, RESPONSE = "request", "response"

Schema = dict[str, Any]


@dataclass(frozen=True)
class Change:
    kind: str  # added | removed | changed | deprecated
    subject: str  # operation | parameter | request-body | response | field | union-member | enum-value | type | schema
    location: str
    message: str
    breaking: bool
    side: str = ""  # request | response | "" (both or neither)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def line(self) -> str:
        side = f"[{self.side}] " if self.side else ""
        return f"{side}{self.location}: {self.message}"


@dataclass
class View:
    """A schema with its references followed, `allOf` merged and `null` split off."""

    schema: Schema
    name: str | None = None
    nullable: bool = False
    members: list[Schema] = field(default_factory=list)

    @property
    def kind(self) -> str:
        s = self.schema
        if self.members:
            return "union"
        if "enum" in s or "const" in s:
            return "enum"
        types = _types(s)
        if "object" in types or "properties" in s:
            return "object"
        if "array" in types or "items" in s:
            return "array"
        if types:
            return "scalar"
        return "any"

    def describe(self) -> str:
        if self.name:
            return self.name
        kind = self.kind
        if kind in ("scalar", "enum"):
            return "|".join(sorted(_types(self.schema))) or kind
        return kind


def _types(s: Schema) -> set[str]:
    t = s.get("type")
    if isinstance(t, str):
        return {t} - {"null"}
    if isinstance(t, list):
        return {x for x in t if x != "null"}
    if "enum" in s or "const" in s:
        values = s.get("enum", [s.get("const")])
        return {_json_type(v) for v in values if v is not None}
    return set()


def _json_type(v: Any) -> str:
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, float):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "array"
    return "object" if isinstance(v, dict) else "null"


def _covers(wide: set[str], narrow: set[str]) -> bool:
    """Every type in `narrow` is accepted by `wide` (an integer is a number)."""
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def unique_key(taken: dict[str, Any], key: str) -> str:
    """`key`, or `key#2`, `key#3` … when it is taken (two members of one description)."""
    n, base = 1, key
    while key in taken:
        n += 1
        key = f"{base}#{n}"
    return key


def _is_null(s: Schema) -> bool:
    return s.get("type") == "null" or s.get("type") == ["null"] or s.get("const", 0) is None


class Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.docs = {"old": old, "new": new}
        self.changes: dict[tuple[str, ...], Change] = {}
        self.done: set[tuple[str | None, str | None, str]] = set()

    # -- bookkeeping ----------------------------------------------------------------------------

    def add(
        self, kind: str, subject: str, location: str, message: str, breaking: bool, side: str = ""
    ) -> None:
        change = Change(kind, subject, location, message, breaking, side)
        self.changes.setdefault((side, location, subject, message), change)

    def result(self) -> list[Change]:
        return sorted(self.changes.values(), key=lambda c: (not c.breaking, c.location, c.message))

    # -- references -----------------------------------------------------------------------------

    def deref(self, which: str, node: Any) -> tuple[Any, str | None]:
        """Follow `$ref`s (siblings such as `description` are kept); return (node, last name)."""
        name = None
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#/"):
                break
            seen.add(ref)
            target: Any = self.docs[which]
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                target = target.get(part) if isinstance(target, dict) else None
            if target is None:
                raise ValueError(f"unresolved reference {ref!r} in the {which} document")
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            name = ref.rsplit("/", 1)[-1] if ref.startswith("#/components/schemas/") else name
            node = {**target, **siblings} if siblings and isinstance(target, dict) else target
        return node, name

    def view(self, which: str, schema: Any) -> View:
        s, name = self.deref(which, schema if isinstance(schema, dict) else {})
        if not isinstance(s, dict):
            s = {}
        if "allOf" in s:
            merged: Schema = {k: v for k, v in s.items() if k != "allOf"}
            parts = [self.view(which, p) for p in s["allOf"]]
            if len(parts) == 1 and not merged.get("properties"):
                inner = parts[0]
                return View(
                    {**inner.schema, **merged}, name or inner.name, inner.nullable, inner.members
                )
            props: Schema = dict(merged.get("properties", {}))
            required = list(merged.get("required", []))
            for part in parts:
                props.update(part.schema.get("properties", {}))
                required += part.schema.get("required", [])
                for k, v in part.schema.items():
                    merged.setdefault(k, v)
            merged["properties"], merged["required"] = props, sorted(set(required))
            s = merged
        nullable = bool(s.get("nullable"))
        t = s.get("type")
        if isinstance(t, list) and "null" in t:
            nullable = True
            rest = [x for x in t if x != "null"]
            s = {**s, "type": rest[0] if len(rest) == 1 else rest}
        for key in ("oneOf", "anyOf"):
            if key in s:
                members = []
                for m in s[key]:
                    resolved, _ = self.deref(which, m)
                    if isinstance(resolved, dict) and _is_null(resolved):
                        nullable = True
                    else:
                        members.append(m)
                outer = {k: v for k, v in s.items() if k != key}
                if len(members) == 1 and "discriminator" not in s:
                    inner = self.view(which, members[0])
                    return View(
                        {
                            **inner.schema,
                            **{
                                k: v for k, v in outer.items() if k in ("description", "deprecated")
                            },
                        },
                        inner.name if name is None else name,
                        nullable or inner.nullable,
                        inner.members,
                    )
                return View(s, name, nullable, members)
        return View(s, name, nullable)

    # -- schemas --------------------------------------------------------------------------------

    def schema(self, old: Any, new: Any, loc: str, side: str, open_strings: bool = False) -> None:
        ov, nv = self.view("old", old), self.view("new", new)
        if ov.name and nv.name:
            key = (ov.name, nv.name, side + ("+open" if open_strings else ""))
            if key in self.done:
                return
            self.done.add(key)
        if nv.name:
            loc = nv.name
        req = side == REQUEST

        if ov.nullable != nv.nullable:
            if nv.nullable:
                self.add(
                    "changed",
                    "type",
                    loc,
                    "now accepts null" if req else "may now be null",
                    not req,
                    side,
                )
            else:
                self.add(
                    "changed",
                    "type",
                    loc,
                    "no longer accepts null" if req else "is never null now",
                    req,
                    side,
                )
        if nv.schema.get("deprecated") and not ov.schema.get("deprecated"):
            self.add("deprecated", "type", loc, "deprecated", False, side)
        if req:
            self.bounds(ov.schema, nv.schema, loc)
        if ov.schema.get("format") != nv.schema.get("format") and ov.kind == nv.kind != "any":
            self.add(
                "changed",
                "type",
                loc,
                f"format changed from {ov.schema.get('format')} to {nv.schema.get('format')}",
                True,
                side,
            )

        ok, nk = ov.kind, nv.kind
        if ok != nk:
            self.kind_change(ov, nv, loc, side, open_strings)
            return
        if ok == "scalar":
            self.scalar(ov, nv, loc, side)
        elif ok == "enum":
            self.enum(ov, nv, loc, side, open_strings)
        elif ok == "array":
            self.schema(ov.schema.get("items", {}), nv.schema.get("items", {}), f"{loc}[]", side)
        elif ok == "object":
            self.object(ov, nv, loc, side)
        elif ok == "union":
            self.union(ov, nv, loc, side)

    def kind_change(self, ov: View, nv: View, loc: str, side: str, open_strings: bool) -> None:
        req = side == REQUEST
        what = f"type changed from {ov.describe()} to {nv.describe()}"
        if nv.kind == "any":
            self.add("changed", "type", loc, what, not req, side)
            return
        if ov.kind == "any":
            self.add("changed", "type", loc, what, req, side)
            return
        if {ov.kind, nv.kind} == {"enum", "scalar"}:
            # An enum that became a plain string widens; the reverse narrows.
            widened = nv.kind == "scalar" and _covers(_types(nv.schema), _types(ov.schema))
            narrowed = ov.kind == "scalar" and _covers(_types(ov.schema), _types(nv.schema))
            if widened:
                self.add("changed", "type", loc, f"{what} (any value)", not req, side)
                return
            if narrowed:
                self.add(
                    "changed", "type", loc, f"{what} (fixed values)", req and not open_strings, side
                )
                return
        if nv.kind == "union":
            match = self.find_member(ov, nv.members, "new")
            if match is not None:
                self.add(
                    "changed", "type", loc, f"{what} (now a union that includes it)", not req, side
                )
                self.schema_from_views(ov, match, loc, side)
                return
        if ov.kind == "union":
            match = self.find_member(nv, ov.members, "old")
            if match is not None:
                self.add(
                    "changed", "type", loc, f"{what} (one member of the union kept)", req, side
                )
                return
        self.add("changed", "type", loc, what, True, side)

    def find_member(self, single: View, members: list[Schema], which: str) -> Any:
        for m in members:
            mv = self.view(which, m)
            if (single.name and mv.name == single.name) or (
                not single.name
                and not mv.name
                and mv.kind == single.kind
                and _types(mv.schema) == _types(single.schema)
            ):
                return m
        return None

    def schema_from_views(self, ov: View, new_member: Any, loc: str, side: str) -> None:
        old = {"$ref": f"#/components/schemas/{ov.name}"} if ov.name else ov.schema
        self.schema(old, new_member, loc, side)

    def bounds(self, o: Schema, n: Schema, loc: str) -> None:
        for key in BOUNDS_LOWER + BOUNDS_UPPER:
            a, b = o.get(key), n.get(key)
            if a == b or isinstance(a, bool) or isinstance(b, bool):
                continue
            lower = key in BOUNDS_LOWER
            if a is None:
                tighter = True
            elif b is None:
                tighter = False
            else:
                tighter = b > a if lower else b < a
            self.add(
                "changed",
                "type",
                loc,
                f"{key} {a} → {b}"
                if a is not None and b is not None
                else (f"{key} {b} added" if a is None else f"{key} {a} removed"),
                tighter,
                REQUEST,
            )
        if o.get("pattern") != n.get("pattern"):
            self.add(
                "changed", "type", loc, "pattern changed", n.get("pattern") is not None, REQUEST
            )

    def scalar(self, ov: View, nv: View, loc: str, side: str) -> None:
        ot, nt = _types(ov.schema), _types(nv.schema)
        if ot == nt:
            return
        what = f"type changed from {'|'.join(sorted(ot))} to {'|'.join(sorted(nt))}"
        if side == REQUEST:
            self.add("changed", "type", loc, what, not _covers(nt, ot), side)
        else:
            self.add("changed", "type", loc, what, not _covers(ot, nt), side)

    def enum(self, ov: View, nv: View, loc: str, side: str, open_strings: bool) -> None:
        def values(s: Schema) -> list[Any]:
            return list(s["enum"]) if "enum" in s else [s.get("const")]

        ovals, nvals = values(ov.schema), values(nv.schema)
        for v in nvals:
            if v not in ovals:
                self.add("added", "enum-value", loc, f"new value {v!r}", False, side)
        for v in ovals:
            if v not in nvals:
                breaking = side == REQUEST and not open_strings
                self.add("removed", "enum-value", loc, f"value {v!r} removed", breaking, side)

    def object(self, ov: View, nv: View, loc: str, side: str) -> None:
        req = side == REQUEST
        op, np_ = ov.schema.get("properties", {}), nv.schema.get("properties", {})
        oreq, nreq = set(ov.schema.get("required", [])), set(nv.schema.get("required", []))
        for name in np_:
            if name in op:
                continue
            required = name in nreq
            if req:
                self.add(
                    "added",
                    "field",
                    f"{loc}.{name}",
                    "new required field" if required else "new optional field",
                    required,
                    side,
                )
            else:
                self.add("added", "field", f"{loc}.{name}", "new field", False, side)
        for name in op:
            if name not in np_:
                self.add("removed", "field", f"{loc}.{name}", "field removed", True, side)
        for name in op:
            if name not in np_:
                continue
            where = f"{loc}.{name}"
            was, now = name in oreq, name in nreq
            if was != now:
                if req:
                    self.add(
                        "changed",
                        "field",
                        where,
                        "became required" if now else "became optional",
                        now,
                        side,
                    )
                else:
                    self.add(
                        "changed",
                        "field",
                        where,
                        "became required (always present)"
                        if now
                        else "became optional (may be absent)",
                        not now,
                        side,
                    )
            if req:
                self.beta(op[name], np_[name], where, "field")
            self.schema(op[name], np_[name], where, side)
        oa, na = ov.schema.get("additionalProperties"), nv.schema.get("additionalProperties")
        if isinstance(oa, dict) and isinstance(na, dict):
            self.schema(oa, na, f"{loc}{{}}", side)

    def beta(self, old: Any, new: Any, loc: str, subject: str) -> None:
        ob = old.get("x-beta") if isinstance(old, dict) else None
        nb = new.get("x-beta") if isinstance(new, dict) else None
        if ob == nb:
            return
        if nb and not ob:
            self.add(
                "changed",
                subject,
                loc,
                f"now beta-only ({', '.join(nb)}): left out of the GA surface",
                True,
                REQUEST,
            )
        elif ob and not nb:
            self.add("changed", subject, loc, "now GA (was beta-only)", False, REQUEST)
        else:
            self.add("changed", subject, loc, f"betas {ob} → {nb}", False, REQUEST)

    def sdk_name(self, old: Schema, new: Schema, loc: str) -> None:
        """A parameter whose SDK argument is named differently (`x-sdk-name`) moves for callers."""
        from _openapi.names import SDKNameError, param_py_name  # scripts/ is on sys.path

        try:
            was, now = param_py_name(old), param_py_name(new)
        except SDKNameError:
            return
        if was != now:
            self.add(
                "changed", "parameter", loc, f"SDK argument renamed {was} → {now}", True, REQUEST
            )

    def union(self, ov: View, nv: View, loc: str, side: str) -> None:
        old_members = self.keyed_members("old", ov)
        new_members = self.keyed_members("new", nv)
        open_strings = any(
            (mv := self.view("new", m)).kind == "scalar"
            and _types(mv.schema) == {"string"}
            and not {"format", "pattern"} & mv.schema.keys()
            for m in nv.members
        )
        for key in new_members:
            if key not in old_members:
                self.add("added", "union-member", loc, f"new member {key}", False, side)
        for key in old_members:
            if key not in new_members:
                self.add("removed", "union-member", loc, f"member {key} removed", True, side)
            else:
                self.schema(old_members[key], new_members[key], f"{loc}[{key}]", side, open_strings)

    def keyed_members(self, which: str, v: View) -> dict[str, Any]:
        disc = v.schema.get("discriminator")
        mapping = disc.get("mapping") if isinstance(disc, dict) else None
        if isinstance(mapping, dict) and mapping:
            return {f"{tag!r}": {"$ref": ref} for tag, ref in mapping.items()}
        out: dict[str, Any] = {}
        for m in v.members:
            mv = self.view(which, m)
            out[unique_key(out, mv.name or mv.describe())] = m
        return out

    # -- operations -----------------------------------------------------------------------------

    def operations(self, which: str) -> dict[str, tuple[str, Schema, list[Any]]]:
        out = {}
        for path, item in (self.docs[which].get("paths") or {}).items():
            item, _ = self.deref(which, item)
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    out[f"{method.upper()} {path}"] = (path, item[method], shared)
        return out

    def params(self, which: str, op: Schema, shared: list[Any]) -> dict[str, Schema]:
        from _openapi.names import RUNTIME_HEADERS  # owned by the runtime: no SDK argument

        out: dict[str, Schema] = {}
        for p in [*shared, *op.get("parameters", [])]:
            p, _ = self.deref(which, p)
            if (
                isinstance(p, dict)
                and p.get("in") == "header"
                and str(p.get("name", "")).lower() in RUNTIME_HEADERS
            ):
                continue
            if isinstance(p, dict) and "name" in p:
                out[f"{p.get('in', '?')} {p['name']}"] = p
        return out

    def document(self) -> list[Change]:
        old_ops, new_ops = self.operations("old"), self.operations("new")
        for key, (_, op, _) in new_ops.items():
            if key not in old_ops:
                label = f"{key} ({op.get('operationId', '?')})"
                beta = " (beta-only)" if op.get("x-beta") else ""
                self.add("added", "operation", label, f"new operation{beta}", False)
        for key, (_, op, _) in old_ops.items():
            if key not in new_ops:
                self.add(
                    "removed",
                    "operation",
                    f"{key} ({op.get('operationId', '?')})",
                    "operation removed",
                    True,
                )
        for key in old_ops:
            if key in new_ops:
                self.operation(key, old_ops[key], new_ops[key])
        self.components()
        return self.result()

    def operation(
        self, key: str, old: tuple[str, Schema, list[Any]], new: tuple[str, Schema, list[Any]]
    ) -> None:
        _, oop, oshared = old
        _, nop, nshared = new
        label = nop.get("operationId") or key
        if oop.get("operationId") != nop.get("operationId"):
            self.add(
                "changed",
                "operation",
                f"{key}",
                f"operationId {oop.get('operationId')} → {nop.get('operationId')} "
                "(the SDK method moves)",
                True,
            )
        for ext, what in (
            ("x-sdk-method", "SDK method name"),
            ("x-pagination", "pagination"),
            ("x-response-kind", "response kind"),
        ):
            if oop.get(ext) != nop.get(ext):
                self.add(
                    "changed",
                    "operation",
                    label,
                    f"{what} changed: {oop.get(ext)} → {nop.get(ext)}",
                    True,
                )
        ostream, nstream = oop.get("x-stream"), nop.get("x-stream")
        if ostream != nstream:
            if not nstream:
                self.add("removed", "operation", label, "no longer streams", True)
            elif not ostream:
                self.add("added", "operation", label, "can now stream", False)
            elif ostream.get("param") != nstream.get("param"):
                self.add("changed", "operation", label, "stream switch changed", True)
        self.beta(oop, nop, label, "operation")
        if nop.get("deprecated") and not oop.get("deprecated"):
            self.add("deprecated", "operation", label, "deprecated", False)

        oparams = self.params("old", oop, oshared)
        nparams = self.params("new", nop, nshared)
        for name, p in nparams.items():
            if name not in oparams:
                required = bool(p.get("required"))
                self.add(
                    "added",
                    "parameter",
                    f"{label} {name}",
                    "new required parameter" if required else "new optional parameter",
                    required,
                    REQUEST,
                )
        for name in oparams:
            if name not in nparams:
                self.add(
                    "removed", "parameter", f"{label} {name}", "parameter removed", True, REQUEST
                )
                continue
            o, n = oparams[name], nparams[name]
            where = f"{label} {name}"
            if bool(o.get("required")) != bool(n.get("required")):
                now = bool(n.get("required"))
                self.add(
                    "changed",
                    "parameter",
                    where,
                    "became required" if now else "became optional",
                    now,
                    REQUEST,
                )
            self.beta(o, n, where, "parameter")
            self.sdk_name(o, n, where)
            if n.get("deprecated") and not o.get("deprecated"):
                self.add("deprecated", "parameter", where, "deprecated", False, REQUEST)
            self.schema(o.get("schema", {}), n.get("schema", {}), where, REQUEST)

        obody, _ = self.deref("old", oop.get("requestBody"))
        nbody, _ = self.deref("new", nop.get("requestBody"))
        where = f"{label} request body"
        if obody and not nbody:
            self.add("removed", "request-body", where, "request body removed", True, REQUEST)
        elif nbody and not obody:
            required = bool(nbody.get("required"))
            self.add("added", "request-body", where, "new request body", required, REQUEST)
        elif obody and nbody:
            if bool(nbody.get("required")) and not obody.get("required"):
                self.add("changed", "request-body", where, "became required", True, REQUEST)
            self.content(obody.get("content", {}), nbody.get("content", {}), where, REQUEST, True)

        oresp, nresp = oop.get("responses", {}), nop.get("responses", {})
        for status in nresp:
            if status not in oresp:
                self.add("added", "response", f"{label} {status}", "new response", False, RESPONSE)
        for status in oresp:
            success = status.startswith("2")
            if status not in nresp:
                self.add(
                    "removed",
                    "response",
                    f"{label} {status}",
                    "response removed",
                    success,
                    RESPONSE,
                )
                continue
            o, _ = self.deref("old", oresp[status])
            n, _ = self.deref("new", nresp[status])
            self.content(
                o.get("content", {}), n.get("content", {}), f"{label} {status}", RESPONSE, success
            )

    def content(self, old: Schema, new: Schema, where: str, side: str, matters: bool) -> None:
        kind = "request-body" if side == REQUEST else "response"
        for media in new:
            if media not in old:
                self.add("added", kind, f"{where} {media}", "new media type", False, side)
        for media in old:
            if media not in new:
                self.add("removed", kind, f"{where} {media}", "media type removed", matters, side)
            else:
                self.schema(
                    old[media].get("schema", {}),
                    new[media].get("schema", {}),
                    f"{where} {media}",
                    side,
                )

    def components(self) -> None:
        old = (self.docs["old"].get("components") or {}).get("schemas") or {}
        new = (self.docs["new"].get("components") or {}).get("schemas") or {}
        for name in new:
            if name not in old:
                self.add("added", "schema", name, "new type", False)
        for name in old:
            if name in new:
                continue
            if name.endswith("Param") and name.removesuffix("Param") in new:
                # `XParam.yaml` became the dual-use `X.yaml`: the request type keeps its name
                form = name.removesuffix("Param")
                self.add("changed", "schema", name, f"now the request form of {form}", False)
            else:
                self.add("removed", "schema", name, "type removed (its class disappears)", True)


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every difference between two bundled documents, breaking ones first."""
    return Differ(old, new).document()


def breaking(changes: Iterable[Change]) -> Iterator[Change]:
    return (c for c in changes if c.breaking)
