// Whole-file reads, transparently gunzipping `.gz` files.
//
//   Result<std::string> bytes = corpus::ReadFileBytes("day1.jsonl.gz");
#pragma once

#include <string>
#include <string_view>

#include "corpus/status.h"

namespace copydesk::corpus {

// Returns the bytes of `path`, decompressed when its name ends in ".gz".
Result<std::string> ReadFileBytes(const std::string& path);

// Returns `name` without a trailing ".gz".
std::string_view StripGzSuffix(std::string_view name);

}  // namespace copydesk::corpus
