#include "corpus/article.h"

namespace copydesk::corpus {

const char* FormatName(Format f) {
  switch (f) {
    case Format::kText: return "text";
    case Format::kHtml: return "html";
    case Format::kJsonl: return "jsonl";
  }
  return "text";
}

std::string Origin::ToString() const {
  if (line == 0) return file;
  return file + ":" + std::to_string(line);
}

}  // namespace copydesk::corpus
