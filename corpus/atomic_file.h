// Atomic file output: write to a temporary file beside the target, then rename over it.
//
//   Status s = corpus::WriteFileAtomically("out/clusters.json", json);
#pragma once

#include <string>
#include <string_view>

#include "corpus/status.h"

namespace copydesk::corpus {

// Writes `data` to `path` so that `path` holds either its old content or all of `data`, never
// a part: a killed run leaves at most a stray "path.tmp.PID" file.
Status WriteFileAtomically(const std::string& path, std::string_view data);

}  // namespace copydesk::corpus
