// Progress: counters a run updates as it goes, for a front end to show (copydesk's progress
// line on a terminal). Written by the library with relaxed atomics, read by any thread.
//
//   corpus::Progress p;
//   options.read.progress = &p;  options.progress = &p;      // pipeline::RunOptions
//   ... another thread: p.records.load(), p.bytes.load(), p.stage.load()
#pragma once

#include <atomic>
#include <cstdint>

namespace copydesk::corpus {

struct Progress {
  std::atomic<uint64_t> records{0};        // records read so far (accepted or rejected)
  std::atomic<uint64_t> bytes{0};          // bytes of article text read so far
  std::atomic<const char*> stage{"read"};  // the stage running now (a string literal)
};

}  // namespace copydesk::corpus
