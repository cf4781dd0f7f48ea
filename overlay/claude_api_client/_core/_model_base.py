"""Base classes and helpers that every generated model builds on.

Forward compatibility lives here: responses never fail on something the API added after this SDK
was generated. Unknown fields are kept (``extra="allow"``), unknown enum values stay usable strings
(:class:`OpenEnum`), and unknown union members become the union's ``Unknown…`` model instead of
failing or being read as another member (:func:`unknown_tag`).
"""

from __future__ import annotations

import copy
import datetime
import enum
import importlib
import typing
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

import pydantic
from pydantic_core import core_schema
from typing_extensions import Self, TypeAliasType


class APIModel(pydantic.BaseModel):
    """A parsed API object: keeps every field it came with and gives it back unchanged."""

    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        defer_build=True,
    )

    # The request id lives in pydantic's private slot, filled by `_casts.attach_request_id`; not a
    # `PrivateAttr`, which would cost every validated instance a Python initialiser (a stream
    # event: 3.6 µs against 1.6 µs). Typed as properties: an annotation would be a field.
    if TYPE_CHECKING:

        @property
        def request_id(self) -> str | None:
            """The `request-id` of the response this object came from, when it came from one."""

        @property
        def _request_id(self) -> str | None: ...
    else:
        # Looked up only when no field of that name exists, so a `request_id` field wins.
        def __getattr__(self, name: str) -> Any:
            if name == "request_id" or name == "_request_id":
                private = self.__pydantic_private__
                return private.get("_request_id") if private else None
            return super().__getattr__(name)

    def __eq__(self, other: object) -> bool:
        """Equal as pydantic models are, the request id left out: a model validated from a
        response's `to_dict()` equals the response, as in the official package (whose request
        id lives outside pydantic's private slot, which pydantic compares)."""
        if not isinstance(other, APIModel):
            return super().__eq__(other)
        mine, theirs = self.__pydantic_private__, other.__pydantic_private__
        if not (mine and "_request_id" in mine) and not (theirs and "_request_id" in theirs):
            return super().__eq__(other)
        return _without_request_id(self) == _without_request_id(other)

    @classmethod
    def construct(cls, _fields_set: set[str] | None = None, **values: Any) -> Self:
        """The model built from `values` without validation (test doubles), nested dicts built
        into the models their fields name, as the official `construct` does (`_construct.py`).
        `model_construct` is the same."""
        from ._construct import construct

        return construct(cls, _fields_set, values)

    if not TYPE_CHECKING:
        model_construct = construct

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "python",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> dict[str, object]:
        """The object as a dict of the fields the API sent, under the API's names.

        `mode="python"` (the default) keeps Python values (a timestamp is a `datetime`);
        `mode="json"` gives JSON-ready values (a timestamp is the API's own text), so
        `json.dumps(obj.to_dict(mode="json"))` is what was received. `use_api_names=False`
        keys by attribute name; `exclude_unset=False` adds the fields the API left out, at
        their defaults; `exclude_defaults` / `exclude_none` drop those values; `warnings`
        is pydantic's serialisation warnings.
        """
        return self.model_dump(
            mode=mode,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    def to_json(
        self,
        *,
        indent: int | None = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> str:
        """The object as JSON text (`indent=None`: compact); by default exactly the fields
        that were received, under the API's names. The options are `to_dict`'s."""
        return self.model_dump_json(
            indent=indent,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    def __str__(self) -> str:
        return self.__repr__()


def _without_request_id(model: APIModel) -> pydantic.BaseModel:
    """A shallow copy of `model` whose private slot no longer holds the request id (None when
    nothing else is left, as a model that never had one), for `APIModel.__eq__`."""
    twin = copy.copy(model)
    private = {k: v for k, v in (model.__pydantic_private__ or {}).items() if k != "_request_id"}
    object.__setattr__(twin, "__pydantic_private__", private or None)
    return twin


class OpenEnum(str, enum.Enum):
    """A string enum that accepts values it does not know.

    An unknown value becomes a pseudo-member that compares equal to the plain string, so a new
    `stop_reason` from the API is readable instead of failing the whole response.
    """

    @classmethod
    def _missing_(cls, value: object) -> OpenEnum | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return repr(self.value)

    # No __format__: Enum formats a member through its __str__ once __str__ is overridden.


def unknown_tag(field: str, known: Iterable[str]) -> Callable[[Any], Any]:
    """The check on an open union's Unknown… member: it takes only tags no known member has.

    The known members are tried first; a value with a known tag that reaches the Unknown…
    member failed its own model, and must stay an error rather than become Unknown….
    """
    tags = frozenset(known)

    def check(value: Any) -> Any:
        tag = getattr(value, field, None)
        if tag in tags:
            raise ValueError(f"{field}={tag!r} is known, and this value is not valid for it")
        return value

    return check


def lazy_union(name: str, field: str, members: dict[str, str], unknown: str, package: str) -> Any:
    """The runtime form of an open union: a member's model is imported and built on first use.

    ``members`` maps each tag to its model as ``".module:Class"`` (relative to ``package``),
    ``unknown`` names the ``Unknown…`` model that keeps any other tag. A text-only message loads
    ``TextBlock`` alone, not the ~140 modules every block refers to (~60 ms of a cold start);
    type checkers read the generated ``TYPE_CHECKING`` form, the plain union.
    """
    value: Any = Annotated[Any, _LazyTaggedUnion(field, members, unknown, package)]
    return TypeAliasType(name, value)


def eager_union(alias: Any) -> Any:
    """The plain union a `lazy_union` alias stands for, every member loaded (for introspection
    with `typing.get_args`); any other alias's value is returned as it is."""
    value = getattr(alias, "__value__", alias)
    for meta in typing.get_args(value)[1:] if typing.get_origin(value) is typing.Annotated else ():
        if isinstance(meta, _LazyTaggedUnion):
            return meta.eager_type()
    return value


def _load_model(package: str, spec: str) -> Any:
    module, _, cls = spec.partition(":")
    model = getattr(importlib.import_module(module, package), cls)
    if not model.__pydantic_complete__:
        model.model_rebuild()
    return model


# Values an open union validates through Python before the process counts as warm and the
# models that hold the union are rebuilt with pydantic's compiled union (see `_LazyTaggedUnion`).
WARM_AFTER = 1000

# Called after such a rebuild: holders of a model's validator (the SSE decoders) drop it.
_rebuilt_listeners: list[Callable[[], None]] = []


def on_models_rebuilt(callback: Callable[[], None]) -> None:
    """Call `callback` whenever models are rebuilt with a compiled union (their validators are
    new objects then; one cached before still works, through the slower Python dispatch)."""
    _rebuilt_listeners.append(callback)


class _LazyTaggedUnion:
    """Validates an open union by its tag, in Python until the process is warm (`WARM_AFTER`
    values), then through pydantic's compiled union (docs/internals.md, `_core/_model_base.py`).

    A dict with a tag goes to that member's validator; anything else (another model's instance,
    a value that fails its member) goes through the complete union, so results and errors are
    the eager union's. A short-lived process (a CLI, a Lambda) never pays for members it does not
    see; a server pays the complete build once, early, and parses at full speed after it.
    """

    def __init__(self, field: str, members: dict[str, str], unknown: str, package: str) -> None:
        self.field = field
        self.members = members
        self.unknown = unknown
        self.package = package
        self.validators: dict[str, Callable[[Any], Any]] = {}
        self.classes: dict[str, type[Any]] = {}
        self.complete: Any = None  # TypeAdapter of the eager union
        self.budget = WARM_AFTER
        self.compiled = False  # schemas built from now on use the compiled union

    def load(self, tag: str) -> Callable[[Any], Any]:
        model = _load_model(self.package, self.members.get(tag, self.unknown))
        self.classes[tag] = model
        validate: Callable[[Any], Any] = model.__pydantic_validator__.validate_python
        self.validators[tag] = validate
        return validate

    def eager_type(self) -> Any:
        """The union as the generated `TYPE_CHECKING` form spells it, every member loaded."""
        known = [_load_model(self.package, spec) for spec in self.members.values()]
        tagged: Any = known[0] if len(known) == 1 else Union[tuple(known)]  # noqa: UP007
        if len(known) > 1:
            tagged = Annotated[tagged, pydantic.Field(discriminator=self.field)]
        unknown: Any = _load_model(self.package, self.unknown)
        fallback: Any = Annotated[
            unknown, pydantic.AfterValidator(unknown_tag(self.field, self.members))
        ]
        union: Any = Union[tagged, fallback]  # noqa: UP007
        return Annotated[union, pydantic.Field(union_mode="left_to_right")]

    def validate_complete(self, value: Any) -> Any:
        if self.complete is None:
            self.complete = pydantic.TypeAdapter(self.eager_type())
        return self.complete.validate_python(value)

    def validate(self, value: Any) -> Any:
        self.budget -= 1
        if self.budget <= 0 and not self.compiled:
            self.warm_up()
        if type(value) is dict:
            tag = value.get(self.field)
            if type(tag) is str:
                validate = self.validators.get(tag) or self.load(tag)
                try:
                    return validate(value)
                except pydantic.ValidationError:
                    pass  # the complete union reports it, with the same locations as ever
        elif isinstance(value, pydantic.BaseModel):
            tag = getattr(value, self.field, None)
            if type(tag) is str:
                if tag not in self.classes:
                    self.load(tag)  # its module is loaded already: an instance exists
                if type(value) is self.classes[tag]:
                    return value  # an instance of the member its tag names: kept as it is
        return self.validate_complete(value)

    def warm_up(self) -> None:
        """Switch to the compiled union: rebuild the package's models whose validators call
        `validate`, innermost first (a model embeds the schemas of the models it holds)."""
        self.compiled = True
        root = self.package.partition(".")[0] + "."
        try:
            for _ in range(4):  # nesting depth: event -> message -> block list -> union
                stale = [
                    model
                    for model in _subclasses(APIModel)
                    if model.__module__.startswith(root)
                    and model.__pydantic_complete__
                    and _calls(model.__pydantic_core_schema__, self)
                ]
                if not stale:
                    break
                for model in stale:
                    model.model_rebuild(force=True)
        except Exception:
            # A model that cannot be rebuilt keeps the Python dispatch, which stays correct.
            pass
        for callback in _rebuilt_listeners:
            callback()

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        if self.compiled:
            return handler(self.eager_type())
        return core_schema.no_info_plain_validator_function(
            self.validate,
            # Serialised by what each value is (its own model's serializer), like the union.
            serialization=core_schema.simple_ser_schema("any"),
        )

    def __get_pydantic_json_schema__(self, schema: Any, handler: Any) -> Any:
        return handler(pydantic.TypeAdapter(self.eager_type()).core_schema)


def _subclasses(cls: type[Any]) -> Iterator[type[Any]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _calls(schema: Any, union: _LazyTaggedUnion) -> bool:
    """Whether a core schema validates through `union`'s Python dispatch."""
    todo = [schema]
    while todo:
        node = todo.pop()
        if isinstance(node, dict):
            function = node.get("function")
            if getattr(function, "__self__", None) is union:
                return True
            todo.extend(node.values())
        elif isinstance(node, (list, tuple)):
            todo.extend(node)
    return False


def is_model_class(kind: Any) -> bool:
    """Whether `kind` is a pydantic model class (not a generic alias: on Python 3.10 `list[X]`
    passes `isinstance(.., type)`)."""
    return (
        typing.get_origin(kind) is None
        and isinstance(kind, type)
        and issubclass(kind, pydantic.BaseModel)
    )


class WireDateTime(datetime.datetime):
    """A `datetime` that remembers the exact text it was parsed from.

    Response timestamps are datetimes to the caller, and `to_dict()` gives back the API's own text
    (`2025-01-29T14:31:02.000000Z` stays that, not `2025-01-29T14:31:02Z`).
    """

    _wire: str | None = None

    @classmethod
    def _parse(cls, value: Any) -> WireDateTime:
        if isinstance(value, WireDateTime):
            return value
        if isinstance(value, str):
            try:
                # Python 3.10's fromisoformat knows neither "Z" nor 1-5 fractional digits.
                result = cls.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
            except ValueError:
                result = cls._copy(pydantic.TypeAdapter(datetime.datetime).validate_python(value))
            result._wire = value
            return result
        if isinstance(value, datetime.datetime):
            return cls._copy(value)
        raise ValueError(f"expected an ISO 8601 timestamp, got {type(value).__name__}")

    @classmethod
    def _copy(cls, value: datetime.datetime) -> WireDateTime:
        # Not `cls.combine(...)`: for a subclass it drops `fold`.
        date = (value.year, value.month, value.day)
        time = (value.hour, value.minute, value.second, value.microsecond)
        return cls(*date, *time, value.tzinfo, fold=value.fold)

    def _serialise(self) -> str:
        return self._wire if self._wire is not None else self.isoformat().replace("+00:00", "Z")

    def __reduce_ex__(self, protocol: typing.SupportsIndex) -> tuple[Any, ...]:
        # datetime's own pickling (used by copy.deepcopy too) keeps no instance attribute:
        # carry the wire text as the state, so a copy serialises as the original did.
        rebuild, args = typing.cast("tuple[Any, Any]", super().__reduce_ex__(protocol)[:2])
        return (rebuild, args, {"_wire": self._wire})

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        return core_schema.no_info_plain_validator_function(
            cls._parse,
            serialization=core_schema.plain_serializer_function_ser_schema(
                cls._serialise, when_used="json-unless-none"
            ),
            json_schema_input_schema=core_schema.str_schema(),
        )
