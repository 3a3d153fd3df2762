import pytest

from flows.decode import DecodeError, decode_bytes

ARABIC = "أعلن المتحدث باسم الرئاسة، اليوم الخميس، أنه لم يتم التوصل إلى اتفاق بشأن الهدنة.\r\nوقال إن المحادثات مستمرة."
ENGLISH = "Café owners in Zürich said the naïve plan would fail — “it’s dead,” one said."


@pytest.mark.parametrize("text, codec, name", [
    (ARABIC, "utf-8", "utf-8"),
    (ARABIC, "utf-8-sig", "utf-8-sig"),
    (ARABIC, "utf-16", "utf-16"),
    (ARABIC, "cp1256", "cp1256"),
    (ARABIC, "iso8859_6", "iso8859_6"),
    (ENGLISH, "cp1252", "cp1252"),
])
def test_decodes_news_encodings_exactly(text, codec, name):
    assert decode_bytes(text.encode(codec)) == (text, name)


def test_latin1_text_decodes_to_the_same_text():
    text = "Zürich café, naïve plan: 5 °C."
    assert decode_bytes(text.encode("latin_1"))[0] == text


@pytest.mark.parametrize("data, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20, "binary"),
    (b"Some text with one \x00 in it and more words after it.", "nul_bytes"),
    (b"\xff\xfe" + "نص".encode("utf-16-le") + b"\x00", "undecodable"),
])
def test_bad_bytes_raise_with_a_reason(data, reason):
    with pytest.raises(DecodeError) as caught:
        decode_bytes(data)
    assert caught.value.reason == reason
