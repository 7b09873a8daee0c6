// jemalloc's settings for the copydesk CLI, read by jemalloc when it starts (its documented
// `malloc_conf` symbol; MALLOC_CONF in the environment still overrides them). Linked only when
// the CLI is built with jemalloc (CMake option COPYDESK_JEMALLOC).
//
//   thp:always            huge pages for jemalloc's memory: a run touches hundreds of MB of
//                         fresh memory per batch, and 4 KiB page faults were a third of its
//                         time (docs/memory.md)
//   metadata_thp:auto     ... and for its own metadata once that is large enough
//   percpu_arena:phycpu   an arena per physical core, shared by the threads running on it,
//                         instead of one per thread (up to 4 per core): a run's threads hand
//                         memory to each other (the reader's texts are freed by the workers,
//                         the workers' drafts by whichever finishes them), and an arena reuses
//                         only what was freed into it. 20,000 articles with reports: peak
//                         284 -> 247 MB, 0.90x wall, fewer fresh pages (docs/memory.md)
//   background_thread     off (the default): no thread of jemalloc's own on the run's cores
extern "C" {
// NOLINTNEXTLINE: the name is jemalloc's.
const char* malloc_conf = "thp:always,metadata_thp:auto,percpu_arena:phycpu";
}
