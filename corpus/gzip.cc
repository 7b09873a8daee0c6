#include "corpus/gzip.h"

#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace copydesk::corpus {

std::string_view StripGzSuffix(std::string_view name) {
  if (name.size() > 3 && name.substr(name.size() - 3) == ".gz") name.remove_suffix(3);
  return name;
}

Result<std::string> ReadFileBytes(const std::string& path) {
  if (StripGzSuffix(path).size() == path.size()) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return IoError(path + ": cannot open: " + std::strerror(errno));
    std::streamoff size = in.tellg();
    if (size < 0) return IoError(path + ": cannot size the file");
    std::string out(static_cast<size_t>(size), '\0');  // one allocation, one read
    in.seekg(0);
    if (!in.read(out.data(), size)) return IoError(path + ": read failed: " + std::strerror(errno));
    return out;
  }
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return IoError(path + ": cannot open: " + std::strerror(errno));
  gzbuffer(f, 1 << 17);
  std::string out;
  char buf[1 << 16];
  for (;;) {
    int n = gzread(f, buf, sizeof buf);
    if (n < 0) {
      int err = 0;
      std::string msg = gzerror(f, &err);
      gzclose(f);
      return DataError(path + ": corrupt gzip data after byte " + std::to_string(out.size()) +
                       ": " + msg);
    }
    if (n == 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  gzclose(f);
  return out;
}

}  // namespace copydesk::corpus
