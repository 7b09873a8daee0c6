// Atomic file output: write to a temporary file beside the target, then rename over it.
//
//   Status s = corpus::WriteFileAtomically("out/clusters.json", json);
//
//   corpus::AtomicFile f;                        // or piece by piece
//   Status s = f.Open("out/clusters.json");
//   if (s.ok()) s = f.Append(piece);  ...;  if (s.ok()) s = f.Commit();
//
//   Status s = corpus::WriteAll(STDOUT_FILENO, data, "standard output");   // checked writes
//
// The temporary file is "path.tmp.PID.RANDOM", created with O_EXCL | O_NOFOLLOW (a file or a
// planted symbolic link at that name is never followed or overwritten). Every write, fsync,
// close and rename is checked; on Commit the file is fsynced, closed, renamed and its directory
// fsynced. Temporary files left by killed runs (their PID no longer running) are removed by the
// next Open of the same target.
#pragma once

#include <string>
#include <string_view>

#include "corpus/status.h"

namespace copydesk::corpus {

// Writes `data` to `path` so that `path` holds either its old content or all of `data`, never
// a part: a killed run leaves at most a stray "path.tmp.PID.RANDOM" file, removed next time.
[[nodiscard]] Status WriteFileAtomically(const std::string& path, std::string_view data);

// Writes all of `data` to the descriptor `fd` (retrying short writes and EINTR); an error names
// `name` and the reason ("standard output: write failed: No space left on device").
[[nodiscard]] Status WriteAll(int fd, std::string_view data, const std::string& name);

// Flushes the directory `dir` to disk, so that renames inside it survive a crash.
[[nodiscard]] Status SyncDirectory(const std::string& dir);

// Removes "prefix*" entries in `dir` whose name continues with ".PID." or "PID." of a process
// that no longer runs (what a killed run left); returns how many were removed.
size_t RemoveStaleTemporaries(const std::string& dir, const std::string& prefix);

// A file written piece by piece that appears under its name only on Commit(); destroyed
// uncommitted, it leaves nothing behind. A target that exists and is not a regular file (a
// device such as /dev/null or /dev/stdout, a FIFO) is written in place instead: it cannot be
// replaced without destroying it.
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
  bool direct_ = false;  // the target is a device or FIFO: written in place, never renamed over
};

}  // namespace copydesk::corpus
