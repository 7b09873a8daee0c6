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

#include <unistd.h>

#include <cstring>

extern "C" {
// NOLINTNEXTLINE: the name is jemalloc's.
const char* malloc_conf = "thp:always,metadata_thp:auto,percpu_arena:phycpu";
}

// jemalloc writes its notices through its documented `malloc_message` hook (stderr when unset).
// One is dropped: under a CPU binding (mpirun binds each rank to a core by default) the
// affinity mask holds fewer CPUs than are online, and jemalloc turns the per-CPU arenas off
// with "Number of CPUs detected is not deterministic", on every rank, every run. Each rank then
// gives its threads an arena each, as without the setting; measured at 100k articles,
// `mpirun -n 2`: 1.00x wall and CPU against one arena per rank (docs/memory.md, "Session 16").
// Every other notice is written to stderr as jemalloc's own writer does.
namespace {

void WriteNotice(void* /*opaque*/, const char* s) {
  if (std::strstr(s, "Number of CPUs detected is not deterministic") != nullptr) return;
  for (size_t left = std::strlen(s); left > 0;) {
    const ssize_t n = ::write(STDERR_FILENO, s, left);
    if (n <= 0) return;
    s += n;
    left -= static_cast<size_t>(n);
  }
}

}  // namespace

extern "C" {
// NOLINTNEXTLINE: the name is jemalloc's.
void (*malloc_message)(void*, const char*) = WriteNotice;
}
