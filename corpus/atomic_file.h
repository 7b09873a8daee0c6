// Atomic file output: write to a temporary file beside the target, then rename over it.
//
//   Status s = corpus::WriteFileAtomically("out/clusters.json", json);
//
//   corpus::AtomicFile f;                        // or piece by piece
//   Status s = f.Open("out/clusters.json");
//   if (s.ok()) s = f.Append(piece);  ...;  if (s.ok()) s = f.Commit();
#pragma once

#include <string>
#include <string_view>

#include "corpus/status.h"

namespace copydesk::corpus {

// Writes `data` to `path` so that `path` holds either its old content or all of `data`, never
// a part: a killed run leaves at most a stray "path.tmp.PID" file.
[[nodiscard]] Status WriteFileAtomically(const std::string& path, std::string_view data);

// A file written piece by piece that appears under its name only on Commit(); destroyed
// uncommitted, it leaves nothing behind.
class AtomicFile {
 public:
  AtomicFile() = default;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();
  [[nodiscard]] Status Open(const std::string& path);
  [[nodiscard]] Status Append(std::string_view data);
  [[nodiscard]] Status Commit();

 private:
  std::string path_, tmp_;
  int fd_ = -1;
};

}  // namespace copydesk::corpus
