// jemalloc's options, read at its first allocation (built into every binary that links it).
// Freed pages are kept, not returned to the system after jemalloc's default ten seconds: the
// batched executor frees each chunk's columns and allocates the next chunk's alike, and every
// page given back was faulted in and cleared again (d22278a0 on every 4th training task: 213k
// page faults and 0.29 s of system time, 1.77 s in all; kept: 80k, 0.12 s, 1.60 s; W2 on cpu,
// 2 threads: 22.0 and 20.9 s against 21.2 and 20.0 s). A run's memory then stays at its peak
// until it ends (W2: 3.2-3.5 GB instead of 2.6).
extern "C" {
// NOLINTNEXTLINE: the name and type jemalloc looks for.
extern const char* malloc_conf;
const char* malloc_conf = "dirty_decay_ms:-1,muzzy_decay_ms:-1";
}
