"""One request-rate limiter shared by every request a process makes to EDGAR.

The SEC's fair-access policy caps automated access at 10 requests per second. The limiter hands
out evenly spaced send times, so over any window of one second no more than ``rate`` requests
start. The lock is held while waiting, and the next slot is counted from the moment the caller
actually goes, so a thread that wakes late pushes the others back instead of bunching with them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from core.errors import ValidationError
from pipeline.config import MAX_RATE_PER_S

# Slots are spaced a little wider than 1/rate: the server sees our requests with some jitter
# (thread scheduling, connection set-up on a busy machine), and without slack ``rate + 1`` sends
# could land in one second there. 10% tolerates 100 ms of jitter per second: 5% (50 ms) was
# not enough on a loaded 2-core machine, where the fake EDGAR saw 11 requests in 0.999 s.
_SLACK = 0.10


class RateLimiter:
    """Thread-safe limiter: ``acquire()`` blocks until the next request may be sent."""

    def __init__(
        self,
        rate_per_s: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not 0 < rate_per_s <= MAX_RATE_PER_S:
            raise ValidationError(
                f"request rate {rate_per_s}/s is outside (0, {MAX_RATE_PER_S:g}]; "
                "the SEC caps automated access at 10 requests per second"
            )
        self.rate_per_s = rate_per_s
        self.interval_s = (1.0 + _SLACK) / rate_per_s
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next_slot: float | None = None

    def acquire(self) -> float:
        """Wait for this caller's slot; return the slot time (on the limiter's clock)."""
        with self._lock:
            if self._next_slot is not None:
                wait = self._next_slot - self._clock()
                if wait > 0:
                    self._sleep(wait)
            went = self._clock()
            self._next_slot = went + self.interval_s
        return went


_shared: dict[float, RateLimiter] = {}
_shared_lock = threading.Lock()


def shared_limiter(rate_per_s: float) -> RateLimiter:
    """The process-wide limiter for this rate, so separate clients never add their rates up."""
    with _shared_lock:
        limiter = _shared.get(rate_per_s)
        if limiter is None:
            limiter = _shared[rate_per_s] = RateLimiter(rate_per_s)
        return limiter
