// jemalloc's settings for the copydesk CLI, read by jemalloc when it starts (its documented
// `malloc_conf` symbol; MALLOC_CONF in the environment still overrides them). Linked only when
// the CLI is built with jemalloc (CMake option COPYDESK_JEMALLOC).
//
//   thp:always            huge pages for jemalloc's memory: a run touches hundreds of MB of
//                         fresh memory per batch, and 4 KiB page faults were a third of its
//                         time (docs/memory.md)
//   metadata_thp:auto     ... and for its own metadata once that is large enough
//   dirty_decay_ms:-1     freed pages are kept for reuse, never given back while the run lasts:
//                         dedup's pass 1 frees and allocates a batch's worth of memory per batch,
//                         and pages given back came again as page faults and zeroed huge pages
//                         (0.63x the system time on 100k articles, peak +14%; docs/benchmarks.md)
//   background_thread     off (the default): no thread of jemalloc's own on the run's cores
extern "C" {
// NOLINTNEXTLINE: the name is jemalloc's.
const char* malloc_conf = "thp:always,metadata_thp:auto,dirty_decay_ms:-1";
}
