#include "corpus/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace copydesk::corpus {

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) {
    ::close(fd_);
    ::unlink(tmp_.c_str());
  }
}

Status AtomicFile::Open(const std::string& path) {
  path_ = path;
  tmp_ = path + ".tmp." + std::to_string(::getpid());
  fd_ = ::open(tmp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) return IoError(tmp_ + ": cannot create: " + std::strerror(errno));
  return Status::Ok();
}

Status AtomicFile::Append(std::string_view data) {
  if (fd_ < 0) return IoError(path_ + ": not open for writing");
  const char* p = data.data();
  size_t left = data.size();
  while (left > 0) {
    ssize_t n = ::write(fd_, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return IoError(tmp_ + ": write failed: " + std::strerror(errno));
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  return Status::Ok();
}

Status AtomicFile::Commit() {
  if (fd_ < 0) return IoError(path_ + ": not open for writing");
  int fd = fd_;
  fd_ = -1;
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    std::string err = std::strerror(errno);
    ::unlink(tmp_.c_str());
    return IoError(tmp_ + ": cannot flush: " + err);
  }
  if (std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    std::string err = std::strerror(errno);
    ::unlink(tmp_.c_str());
    return IoError(path_ + ": cannot rename into place: " + err);
  }
  return Status::Ok();
}

Status WriteFileAtomically(const std::string& path, std::string_view data) {
  AtomicFile f;
  Status s = f.Open(path);
  if (s.ok()) s = f.Append(data);
  if (s.ok()) s = f.Commit();
  return s;
}

}  // namespace copydesk::corpus
