"""Pure text and DataFrame transforms: no Prefect, no Great Expectations, no file I/O."""
