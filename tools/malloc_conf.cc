// jemalloc's settings for the copydesk CLI, read by jemalloc when it starts (its documented
// `malloc_conf` symbol; MALLOC_CONF in the environment still overrides them). Linked only when
// the CLI is built with jemalloc (CMake option COPYDESK_JEMALLOC).
//
//   thp:always            huge pages for jemalloc's memory: a run touches hundreds of MB of
//                         fresh memory per batch, and 4 KiB page faults were a third of its
//                         time (docs/memory.md)
//   metadata_thp:auto     ... and for its own metadata once that is large enough
//   background_thread     off (the default): no thread of jemalloc's own on the run's cores
extern "C" {
// NOLINTNEXTLINE: the name is jemalloc's.
const char* malloc_conf = "thp:always,metadata_thp:auto";
}
