#include "corpus/gzip.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace copydesk::corpus {

std::string_view StripGzSuffix(std::string_view name) {
  if (name.size() > 3 && name.substr(name.size() - 3) == ".gz") name.remove_suffix(3);
  return name;
}

namespace {

const char* TypeName(mode_t m) {
  if (S_ISDIR(m)) return "a directory";
  if (S_ISCHR(m)) return "a character device";
  if (S_ISBLK(m)) return "a block device";
  if (S_ISSOCK(m)) return "a socket";
  return "not a regular file";
}

std::string TooLarge(const std::string& path, uint64_t max_bytes, bool gz) {
  return path + ": too large: more than " + std::to_string(max_bytes) + " bytes" +
         (gz ? " after decompression" : "") + " (limit: --max-record-bytes)";
}

// Returns zlib's message for a failed or truncated gzread, naming the file and the offset.
Status GzError(gzFile f, const std::string& path, uint64_t at) {
  int err = 0;
  std::string msg = gzerror(f, &err);
  // zlib prefixes the name it was opened with ("<fd:3>: unexpected end of file").
  if (msg.starts_with("<fd:") && msg.find(": ") != std::string::npos) msg.erase(0, msg.find(": ") + 2);
  return DataError(path + ": corrupt or truncated gzip data after byte " + std::to_string(at) +
                   " of its decompressed content: " + (msg.empty() ? "read failed" : msg));
}

// Returns true when a gzip stream ended cleanly: zlib reports a stream cut short at its end
// through gzerror (Z_BUF_ERROR, "unexpected end of file"), not through gzread's count.
bool GzEndedCleanly(gzFile f) {
  int err = Z_OK;
  gzerror(f, &err);
  return err == Z_OK;
}

}  // namespace

Result<int> OpenInputFile(const std::string& path, int64_t* regular_size) {
  // O_NONBLOCK: opening a FIFO with no writer must not block; cleared below.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return IoError(path + ": cannot open: " + std::strerror(errno));
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    int e = errno;
    ::close(fd);
    return IoError(path + ": cannot stat: " + std::strerror(e));
  }
  if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode)) {
    ::close(fd);
    return DataError(path + ": cannot read " + TypeName(st.st_mode) +
                     " as input (only regular files and pipes)");
  }
  int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  *regular_size = S_ISREG(st.st_mode) ? static_cast<int64_t>(st.st_size) : -1;
  return fd;
}

Result<std::string> ReadFileBytes(const std::string& path, uint64_t max_bytes) {
  int64_t size = -1;
  Result<int> opened = OpenInputFile(path, &size);
  if (!opened.ok()) return opened.status();
  int fd = opened.value();
  const bool gz = StripGzSuffix(path).size() != path.size();
  std::string out;
  if (!gz) {
    if (size >= 0 && static_cast<uint64_t>(size) > max_bytes) {
      ::close(fd);
      return DataError(TooLarge(path, max_bytes, false));
    }
    // Read straight into the string (no copy through a buffer): its size is the file's, plus
    // one byte that tells a file that grew; a pipe's grows by doublings.
    size_t have = 0;
    out.resize(size >= 0 ? static_cast<size_t>(size) + 1 : 1 << 16);
    for (;;) {
      if (have == out.size()) {  // a pipe, or a file that grew: at most one byte past the limit
        size_t grown = out.size() * 2;
        if (max_bytes < grown) grown = static_cast<size_t>(max_bytes) + 1;
        out.resize(grown);
      }
      ssize_t n = ::read(fd, out.data() + have, out.size() - have);
      if (n < 0) {
        if (errno == EINTR) continue;
        int e = errno;
        ::close(fd);
        return IoError(path + ": read failed after byte " + std::to_string(have) + ": " +
                       std::strerror(e));
      }
      if (n == 0) break;
      if (have + static_cast<size_t>(n) > max_bytes) {
        ::close(fd);
        return DataError(TooLarge(path, max_bytes, false));
      }
      have += static_cast<size_t>(n);
    }
    ::close(fd);
    out.resize(have);
    return out;
  }
  // A gzip file ends with its uncompressed size mod 2^32 (exact for the one-member files
  // crawlers write): reserving it spares the string's doublings, a copy of every byte and
  // twice the page faults. A wrong or missing size only costs those back.
  if (size >= 18) {
    unsigned char trailer[4];
    if (::pread(fd, trailer, 4, size - 4) == 4) {
      uint64_t isize = trailer[0] | (trailer[1] << 8) | (trailer[2] << 16) |
                       (static_cast<uint64_t>(trailer[3]) << 24);
      // Bounded: a forged trailer must not reserve more than the limit or 1032x the input
      // (deflate's best ratio).
      isize = std::min<uint64_t>({isize, max_bytes, static_cast<uint64_t>(size) * 1032});
      out.reserve(static_cast<size_t>(isize) + 1);
    }
  }
  gzFile f = gzdopen(fd, "rb");
  if (f == nullptr) {
    ::close(fd);
    return IoError(path + ": cannot open gzip stream");
  }
  gzbuffer(f, 1 << 17);
  char buf[1 << 16];
  for (;;) {
    int n = gzread(f, buf, sizeof buf);
    if (n < 0) {
      Status s = GzError(f, path, out.size());
      gzclose(f);
      return s;
    }
    if (n == 0) break;
    if (out.size() + static_cast<size_t>(n) > max_bytes) {
      gzclose(f);
      return DataError(TooLarge(path, max_bytes, true));
    }
    out.append(buf, static_cast<size_t>(n));
  }
  if (!GzEndedCleanly(f)) {
    Status s = GzError(f, path, out.size());
    gzclose(f);
    return s;
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
  int64_t size = -1;
  Result<int> opened = OpenInputFile(path, &size);
  if (!opened.ok()) return opened.status();
  int fd = opened.value();
  if (StripGzSuffix(path).size() == path.size()) {
    file_ = ::fdopen(fd, "rb");
    if (file_ == nullptr) {
      int e = errno;
      ::close(fd);
      return IoError(path + ": cannot open: " + std::strerror(e));
    }
    return Status::Ok();
  }
  gzFile f = gzdopen(fd, "rb");
  if (f == nullptr) {
    ::close(fd);
    return IoError(path + ": cannot open gzip stream");
  }
  gzbuffer(f, 1 << 17);
  gz_ = f;
  return Status::Ok();
}

Status ByteStream::Open(const std::string& path, uint64_t begin, uint64_t end) {
  Status s = Open(path);
  if (!s.ok()) return s;
  if (file_ == nullptr) return InvalidArgument(path + ": a byte range of a gzipped file cannot be read");
  if (fseeko(file_, static_cast<off_t>(begin), SEEK_SET) != 0)
    return IoError(path + ": cannot seek to byte " + std::to_string(begin) + ": " + std::strerror(errno));
  left_ = end > begin ? end - begin : 0;
  return Status::Ok();
}

void ByteStream::Attach(std::istream* in, std::string name, std::string head) {
  in_ = in;
  name_ = std::move(name);
  head_ = std::move(head);
  head_pos_ = 0;
}

Result<size_t> ByteStream::Read(char* buf, size_t n) {
  size_t got = 0;
  if (!pending_.ok()) return pending_;
  if (file_ != nullptr) {
    n = std::min<uint64_t>(n, left_);
    got = n > 0 ? std::fread(buf, 1, n, file_) : 0;
    left_ -= got;
    if (got < n && std::ferror(file_))
      return IoError(name_ + ": read failed after byte " + std::to_string(done_) + ": " +
                     std::strerror(errno));
  } else if (gz_ != nullptr) {
    gzFile f = static_cast<gzFile>(gz_);
    // gzread takes an unsigned count; read in pieces that fit.
    while (got < n) {
      unsigned want = static_cast<unsigned>(std::min<size_t>(n - got, 1u << 30));
      int r = gzread(f, buf + got, want);
      // The bytes before an error are handed out first, so that every whole record before
      // the damage is read; the error comes with the next call.
      if (r < 0 || (r == 0 && !GzEndedCleanly(f))) {
        pending_ = GzError(f, name_, done_ + got);
        if (got == 0) return pending_;
        break;
      }
      if (r == 0) break;
      got += static_cast<size_t>(r);
    }
  } else if (in_ != nullptr) {
    if (head_pos_ < head_.size()) {
      got = std::min(n, head_.size() - head_pos_);
      std::memcpy(buf, head_.data() + head_pos_, got);
      head_pos_ += got;
      done_ += got;
      return got;
    }
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
