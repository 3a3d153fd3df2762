"""Helpers on character spans: the log-time overlap test agrees with a scan of every span."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from transforms.spans import blank_between, fills_line, overlap_test

span = st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(span, max_size=12), span)
def test_overlap_test_agrees_with_a_scan_of_every_span(spans, probe):
    start, end = probe
    assert overlap_test(spans)(start, end) == any(s < end and start < e for s, e in spans)


def test_overlap_test_sees_a_span_nested_before_the_last_one_opening():
    # the outer span opens first and reaches past the inner one: only the furthest end so far tells
    overlaps = overlap_test([(0, 100), (10, 20)])
    assert overlaps(50, 51)
    assert not overlaps(100, 120)
    assert not overlap_test([])(0, 10)


@given(st.text(alphabet=" \n\tab", max_size=30), st.data())
def test_fills_line_agrees_with_the_lines_around_the_span(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    line_start = text.rfind("\n", 0, start) + 1
    line_stop = text.find("\n", end)
    expected = not text[line_start:start].strip() and not text[end:len(text) if line_stop < 0 else line_stop].strip()
    assert fills_line(text, start, end) == expected


def test_blank_between_sees_only_whitespace():
    assert blank_between("a  \t b", 1, 5) and not blank_between("a  \t b", 1, 6) and blank_between("ab", 1, 1)
