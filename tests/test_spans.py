"""Helpers on character spans: the log-time overlap test agrees with a scan of every span."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from transforms.spans import overlap_test

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
