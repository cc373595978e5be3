"""Peak resident memory of the running probe, in MB."""

from __future__ import annotations

import resource


def peak_rss_mb() -> float:
    """The process's peak resident memory. On Linux it is read from ``/proc/self/status``
    (``VmHWM``): ``ru_maxrss`` keeps the peak of the process before ``exec``, so a probe
    spawned by a run that had just generated a big file in-process reported that run's memory
    (1M: 364 MB for a bare window)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
