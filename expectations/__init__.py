"""Great Expectations suites (JSON, one per table) and the code that runs them."""
