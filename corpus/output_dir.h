// OutputDir: the outputs of one run appear together or not at all, and one run at a time.
//
//   corpus::OutputDir out;
//   Status s = out.Begin("out/samples");      // lock, clean what killed runs left, stage
//   if (s.ok()) s = out.Write("articles.jsonl", jsonl);  ...
//   if (s.ok()) s = out.Commit();             // the new set replaces the old one in one step
//
// Files are written into a staging directory beside the target (".NAME.tmp.PID.RANDOM"), each
// fsynced; Commit swaps the staging directory with the target in one atomic rename
// (renameat2 RENAME_EXCHANGE; on file systems without it, two renames, recovered by the next
// run if killed between them), fsyncs the parent and removes the old set. A killed run leaves
// the previous set whole; its staging directory is removed by the next run. A lock file beside
// the target (".NAME.lock", flock) makes a second concurrent run into the same directory fail
// at once. An existing target must be a copydesk output directory: it is replaced as a whole,
// so a directory holding other files is refused rather than emptied.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"

namespace copydesk::corpus {

class OutputDir {
 public:
  OutputDir() = default;
  OutputDir(const OutputDir&) = delete;
  OutputDir& operator=(const OutputDir&) = delete;
  // Removes an uncommitted staging directory and releases the lock.
  ~OutputDir();

  // Takes the lock of `dir` only (what `copydesk report` holds while it adds report.html to a
  // set, so that no run replaces the set under it). Fails at once when a run holds it.
  [[nodiscard]] Status Lock(const std::string& dir);
  // Locks `dir` for this run, removes what killed runs left, and creates the staging directory.
  // `ours` lists the file names a copydesk run may leave in `dir` (an existing `dir` holding
  // anything else is refused).
  [[nodiscard]] Status Begin(const std::string& dir, std::initializer_list<std::string_view> ours);
  // Writes the file `name` into the staging directory, fsynced.
  [[nodiscard]] Status Write(const std::string& name, std::string_view data);
  // Publishes the staged files as `dir`, replacing the previous set in one step.
  [[nodiscard]] Status Commit();

 private:
  std::string dir_, parent_, name_, staging_, lock_path_;
  int lock_fd_ = -1;
  bool committed_ = false;
};

}  // namespace copydesk::corpus
