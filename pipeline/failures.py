"""Operational failures as our own errors, so they keep the exit-status contract.

Exit 1 means "drifted or stale" for ``verify`` and "a filing could not be read" for
``ingest``: a full disk, an exhausted memory or stack, a warehouse another process holds or a
value DuckDB refuses must never end in a traceback and exit 1 (issue 14). Each becomes a
``FilingcheckError`` (one line, exit 2) that says what to do.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager

from core.errors import FilingcheckError
from warehouse.db import DATABASE_ERRORS, warehouse_error

# A full disk or quota: the write that failed is not retried (nothing half-written is kept:
# the raw store renames whole bodies into place, a load is one transaction).
_NO_SPACE = {errno.ENOSPC, errno.EDQUOT}


class ResourceError(FilingcheckError):
    """The machine ran out of something (disk space, memory, stack) during a command."""


def operational_error(exc: BaseException) -> FilingcheckError | None:
    """``exc`` as a FilingcheckError when it is an operational failure, else None (a bug,
    which keeps its traceback)."""
    if isinstance(exc, FilingcheckError):
        return exc
    if isinstance(exc, OSError) and exc.errno in _NO_SPACE:
        where = f" writing {exc.filename}" if exc.filename else ""
        return ResourceError(f"the disk is full{where}; free some space and run again (what "
                             "was stored before is intact)")
    if isinstance(exc, MemoryError):
        return ResourceError("out of memory; the input is too large for this machine (lower "
                             "the limits, e.g. FILINGCHECK_MAX_DOCUMENT_MB, or add memory)")
    if isinstance(exc, RecursionError):
        return ResourceError("an input is nested too deeply to read (recursion limit); it "
                             "was not loaded")
    if isinstance(exc, DATABASE_ERRORS):
        return warehouse_error(exc)
    return None


@contextmanager
def operational_errors() -> Iterator[None]:
    """Re-raise operational failures inside the block as FilingcheckErrors."""
    try:
        yield
    except FilingcheckError:
        raise
    except (OSError, MemoryError, RecursionError, *DATABASE_ERRORS) as exc:
        translated = operational_error(exc)
        if translated is None:
            raise
        raise translated from exc
