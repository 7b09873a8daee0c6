#include "corpus/gzip.h"

#include <zlib.h>

#include <cerrno>
#include <algorithm>
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

ByteStream::~ByteStream() {
  if (file_ != nullptr) std::fclose(file_);
  if (gz_ != nullptr) gzclose(static_cast<gzFile>(gz_));
}

Status ByteStream::Open(const std::string& path) {
  name_ = path;
  if (StripGzSuffix(path).size() == path.size()) {
    file_ = std::fopen(path.c_str(), "rb");
    if (file_ == nullptr) return IoError(path + ": cannot open: " + std::strerror(errno));
    return Status::Ok();
  }
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return IoError(path + ": cannot open: " + std::strerror(errno));
  gzbuffer(f, 1 << 17);
  gz_ = f;
  return Status::Ok();
}

void ByteStream::Attach(std::istream* in, std::string name) {
  in_ = in;
  name_ = std::move(name);
}

Result<size_t> ByteStream::Read(char* buf, size_t n) {
  size_t got = 0;
  if (file_ != nullptr) {
    got = std::fread(buf, 1, n, file_);
    if (got < n && std::ferror(file_))
      return IoError(name_ + ": read failed after byte " + std::to_string(done_) + ": " +
                     std::strerror(errno));
  } else if (gz_ != nullptr) {
    // gzread takes an unsigned count; read in pieces that fit.
    while (got < n) {
      unsigned want = static_cast<unsigned>(std::min<size_t>(n - got, 1u << 30));
      int r = gzread(static_cast<gzFile>(gz_), buf + got, want);
      if (r < 0) {
        int err = 0;
        std::string msg = gzerror(static_cast<gzFile>(gz_), &err);
        return DataError(name_ + ": corrupt gzip data after byte " + std::to_string(done_ + got) +
                         ": " + msg);
      }
      if (r == 0) break;
      got += static_cast<size_t>(r);
    }
  } else if (in_ != nullptr) {
    in_->read(buf, static_cast<std::streamsize>(n));
    got = static_cast<size_t>(in_->gcount());
    if (in_->bad()) return IoError(name_ + ": read failed after byte " + std::to_string(done_));
  }
  done_ += got;
  return got;
}

Result<std::string> ReadFileRange(const std::string& path, uint64_t offset, uint64_t length) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return IoError(path + ": cannot open: " + std::strerror(errno));
  std::string out(length, '\0');
  bool ok = fseeko(f, static_cast<off_t>(offset), SEEK_SET) == 0 &&
            std::fread(out.data(), 1, length, f) == length;
  std::fclose(f);
  if (!ok) return IoError(path + ": cannot read " + std::to_string(length) + " bytes at offset " +
                          std::to_string(offset) + " (was the file changed during the run?)");
  return out;
}

}  // namespace copydesk::corpus
