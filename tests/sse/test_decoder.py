"""Unit tests of the SSE decoder: one test per rule of the format."""

from __future__ import annotations

import pytest

from claude_api_client._core._sse import ServerSentEvent, SSEDecoder

from ._support import decode_chunks


def events(body: bytes) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    out = decoder.feed(body)
    decoder.end()
    return out


def test_event_and_data() -> None:
    assert events(b"event: message_start\ndata: {}\n\n") == [
        ServerSentEvent("message_start", "{}", None, None)
    ]


def test_fields_are_named() -> None:
    (event,) = events(b"event: a\ndata: b\nid: c\nretry: 5\n\n")
    assert (event.event, event.data, event.id, event.retry) == ("a", "b", "c", 5)


def test_default_event_name_is_message() -> None:
    assert events(b"data: x\n\n") == [ServerSentEvent("message", "x")]
    assert events(b"event:\ndata: x\n\n") == [ServerSentEvent("message", "x")]


def test_multi_line_data_is_joined_with_newlines() -> None:
    assert events(b"data: a\ndata: b\ndata:\ndata: c\n\n")[0].data == "a\nb\n\nc"


def test_single_leading_space_stripped_only() -> None:
    assert events(b"data:x\n\n")[0].data == "x"
    assert events(b"data:  x\n\n")[0].data == " x"
    assert events(b"data: x \n\n")[0].data == "x "
    assert events(b"event:  spaced\ndata: 1\n\n")[0].event == " spaced"


def test_value_may_contain_colons() -> None:
    assert events(b'data: {"a": "b:c"}\n\n')[0].data == '{"a": "b:c"}'


def test_field_without_colon_has_empty_value() -> None:
    assert events(b"data\n\n") == [ServerSentEvent("message", "")]
    assert events(b"data\ndata\n\n")[0].data == "\n"
    assert events(b"event\ndata: x\n\n")[0].event == "message"


def test_empty_data_line_still_dispatches() -> None:
    assert events(b"event: e\ndata:\n\n") == [ServerSentEvent("e", "")]


def test_event_without_data_is_not_dispatched() -> None:
    assert events(b"event: lonely\n\nevent: b\ndata: 1\n\n") == [ServerSentEvent("b", "1")]
    assert events(b"id: 1\n\n") == []


def test_comments_are_ignored() -> None:
    assert events(b": keep-alive\n\n") == []
    assert events(b":\n: x\nevent: e\n: between\ndata: 1\n:\n\n") == [ServerSentEvent("e", "1")]


def test_unknown_fields_are_ignored() -> None:
    assert events(b"foo: bar\nevent: e\nData: no\ndata: yes\n\n") == [ServerSentEvent("e", "yes")]


def test_last_event_id_carries_over() -> None:
    decoder = SSEDecoder()
    out = decoder.feed(b"id: 1\ndata: a\n\ndata: b\n\nid: 2\ndata: c\n\nid\ndata: d\n\n")
    assert [e.id for e in out] == ["1", "1", "2", ""]
    assert decoder.last_event_id == ""


def test_id_with_nul_is_ignored() -> None:
    out = events(b"id: ok\ndata: a\n\nid: b\x00ad\ndata: b\n\n")
    assert [e.id for e in out] == ["ok", "ok"]


def test_retry_takes_ascii_digits_only() -> None:
    decoder = SSEDecoder()
    out = decoder.feed(
        b"retry: 1500\ndata: a\n\n"
        b"retry: 15x\ndata: b\n\n"
        b"retry: -1\ndata: c\n\n"
        b"retry: \xc2\xb2\ndata: d\n\n"  # a superscript two is a Unicode digit, not an ASCII one
        b"retry:\ndata: e\n\n"
    )
    assert [e.retry for e in out] == [1500, None, None, None, None]
    assert decoder.retry == 1500


def test_line_ends_lf_crlf_cr_and_mixed() -> None:
    expected = [ServerSentEvent("a", "1\n2"), ServerSentEvent("b", "3")]
    lf = b"event: a\ndata: 1\ndata: 2\n\nevent: b\ndata: 3\n\n"
    assert events(lf) == expected
    assert events(lf.replace(b"\n", b"\r\n")) == expected
    assert events(lf.replace(b"\n", b"\r")) == expected
    assert events(b"event: a\r\ndata: 1\rdata: 2\n\r\nevent: b\ndata: 3\r\r") == expected


def test_cr_at_end_of_chunk_then_lf_is_one_line_end() -> None:
    # Were CR and LF counted twice, the blank line would dispatch "a" on its own.
    out, clean = decode_chunks([b"data: a\r", b"\ndata: b\r\n\r\n"])
    assert out == [("message", "a\nb", None, None)]
    assert clean
    out, _ = decode_chunks([b"data: a\r", b"", b"\ndata: b\r", b"\n\r", b"\n"])
    assert out == [("message", "a\nb", None, None)]


def test_cr_then_crlf_across_chunks_is_two_line_ends() -> None:
    out, _ = decode_chunks([b"data: a\r", b"\r\n"])
    assert out == [("message", "a", None, None)]


def test_split_inside_lines_and_fields() -> None:
    body = b'event: content_block_delta\ndata: {"x": 1}\n\n'
    for cut in range(1, len(body)):
        out, clean = decode_chunks([body[:cut], body[cut:]])
        assert out == [("content_block_delta", '{"x": 1}', None, None)], cut
        assert clean


@pytest.mark.parametrize("char", ["é", "—", "日", "🐍"])
def test_multibyte_character_split_across_chunks(char: str) -> None:
    body = f"data: {char}{char}\n\n".encode()
    for cut in range(1, len(body)):
        out, _ = decode_chunks([body[:cut], body[cut:]])
        assert out == [("message", char * 2, None, None)], cut
    out, _ = decode_chunks([bytes([b]) for b in body])
    assert out == [("message", char * 2, None, None)]


def test_invalid_utf8_is_replaced_not_fatal() -> None:
    assert events(b"data: a\xffb\n\n")[0].data == "a\ufffdb"


def test_leading_bom_is_stripped_once() -> None:
    bom = "\ufeff".encode()
    assert events(bom + b"data: a\n\n") == [ServerSentEvent("message", "a")]
    out, _ = decode_chunks([bom[:1], bom[1:] + b"data: a\n\n", bom + b"data: b\n\n"])
    assert out == [("message", "a", None, None)]  # a later BOM makes an unknown field name


def test_several_blank_lines_between_events() -> None:
    body = b"\n\n\ndata: a\n\n\n\n\ndata: b\n\n\n"
    assert events(body) == [ServerSentEvent("message", "a"), ServerSentEvent("message", "b")]


def test_unterminated_final_event_is_dropped_and_reported() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n\ndata: b\n") == [ServerSentEvent("message", "a")]
    assert decoder.end() is False
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n\ndata: b") == [ServerSentEvent("message", "a")]
    assert decoder.end() is False


def test_clean_end() -> None:
    decoder = SSEDecoder()
    decoder.feed(b"data: a\n\n")
    assert decoder.end() is True
    decoder = SSEDecoder()
    assert decoder.feed(b"") == []
    assert decoder.end() is True


def test_empty_chunks_are_harmless() -> None:
    out, clean = decode_chunks([b"", b"data: a", b"", b"\n", b"", b"\n", b""])
    assert out == [("message", "a", None, None)]
    assert clean


def test_large_event_across_many_chunks() -> None:
    payload = "x" * 200_000
    body = f"event: big\ndata: {payload}\n\n".encode()
    chunks = [body[i : i + 1000] for i in range(0, len(body), 1000)]
    out, clean = decode_chunks(chunks)
    assert out == [("big", payload, None, None)]
    assert clean


def test_unknown_event_types_keep_their_data() -> None:
    assert events(b'event: brand_new\ndata: {"type":"brand_new","x":[1]}\n\n') == [
        ServerSentEvent("brand_new", '{"type":"brand_new","x":[1]}')
    ]


# Bodies that take each path: only simple blocks (the regex), an empty event name, mixed blocks.
PAIR_BODIES = [
    b"event: a\ndata: {}\n\nevent: b\ndata: [1, 2]\n\n" * 3,
    b"event: \ndata: x\n\nevent: a\ndata: y\n\n",
    b"event: a\ndata: 1\n\n: comment\nevent: b\ndata: 2\nid: 7\n\ndata: 3\n\n\n\nevent: c\ndata: e\n\n",
    b"\xef\xbb\xbfevent: a\r\ndata: \xc3\xa9\xf0\x9f\x90\x8d\r\n\r\nevent: b\rdata: x\r\r",
    b"event: a: b\ndata: data: with: colons\n\nevent: z\ndata:\n\n",
]


@pytest.mark.parametrize("body", PAIR_BODIES)
@pytest.mark.parametrize("size", [1, 3, 7, 64, 10_000])
def test_feed_pairs_gives_what_feed_gives(body: bytes, size: int) -> None:
    full, pairs = SSEDecoder(), SSEDecoder()
    expected: list[tuple[str, str]] = []
    got: list[tuple[str, str]] = []
    for start in range(0, len(body), size):
        chunk = body[start : start + size]
        expected += [(e.event, e.data) for e in full.feed(chunk)]
        got += pairs.feed_pairs(chunk)
    assert got == expected
    assert expected  # every body has events
    assert full.end() == pairs.end()
