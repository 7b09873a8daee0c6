#include "corpus/atomic_file.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <vector>

namespace copydesk::corpus {

namespace {

std::string DirOf(const std::string& path) {
  std::string d = std::filesystem::path(path).parent_path().string();
  return d.empty() ? "." : d;
}

std::string NameOf(const std::string& path) { return std::filesystem::path(path).filename().string(); }

// Returns a random suffix: names are unpredictable, so nothing can be planted at them in advance.
std::string RandomSuffix() {
  static thread_local std::mt19937_64 rng(std::random_device{}() ^ (static_cast<uint64_t>(::getpid()) << 32));
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(rng()));
  return buf;
}

bool ProcessRuns(long pid) { return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM); }

}  // namespace

Status WriteAll(int fd, std::string_view data, const std::string& name) {
  const char* p = data.data();
  size_t left = data.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return IoError(name + ": write failed: " + std::strerror(errno));
    }
    if (n == 0) return IoError(name + ": write failed: no progress");
    p += n;
    left -= static_cast<size_t>(n);
  }
  return Status::Ok();
}

Status SyncDirectory(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return IoError(dir + ": cannot open the directory to flush it: " + std::strerror(errno));
  int rc = ::fsync(fd);
  int err = errno;
  ::close(fd);
  // Some file systems cannot fsync a directory; they order renames anyway.
  if (rc != 0 && err != EINVAL && err != ENOTSUP) return IoError(dir + ": cannot flush the directory: " + std::strerror(err));
  return Status::Ok();
}

size_t RemoveStaleTemporaries(const std::string& dir, const std::string& prefix) {
  size_t removed = 0;
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) return 0;
  std::vector<std::string> stale;
  while (struct dirent* e = ::readdir(d)) {
    std::string_view name(e->d_name);
    if (!name.starts_with(prefix)) continue;
    std::string_view rest = name.substr(prefix.size());
    if (rest.starts_with(".")) rest.remove_prefix(1);
    char* end = nullptr;
    std::string digits(rest.substr(0, rest.find('.')));
    long pid = std::strtol(digits.c_str(), &end, 10);
    if (digits.empty() || end == nullptr || *end != '\0') continue;
    if (!ProcessRuns(pid)) stale.emplace_back(name);
  }
  ::closedir(d);
  for (const auto& name : stale) {
    std::error_code ec;
    // remove_all does not follow symbolic links: a planted link is removed, not its target.
    if (std::filesystem::remove_all(std::filesystem::path(dir) / name, ec) > 0 && !ec) ++removed;
  }
  return removed;
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) {
    ::close(fd_);
    if (!direct_) ::unlink(tmp_.c_str());
  }
}

Status AtomicFile::Open(const std::string& path) {
  path_ = path;
  // A device, FIFO or socket ("--out /dev/null", "--out /dev/stdout", a named pipe) is written
  // in place: renaming a file over it would replace the device with a regular file.
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) return IoError(path + ": is a directory; give a file name");
    direct_ = true;
    tmp_ = path;
    fd_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd_ >= 0) return Status::Ok();
    return IoError(path + ": cannot open for writing: " + std::strerror(errno));
  }
  const std::string base = NameOf(path) + ".tmp.";
  RemoveStaleTemporaries(DirOf(path), base);
  for (int attempt = 0; attempt < 16; ++attempt) {
    tmp_ = path + ".tmp." + std::to_string(::getpid()) + "." + RandomSuffix();
    fd_ = ::open(tmp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd_ >= 0) return Status::Ok();
    if (errno != EEXIST) break;
  }
  // (Named as the user gave it: the temporary beside it is ours.)
  const int err = errno;
  struct stat dir;
  const std::string d = DirOf(path);
  const std::string why = ::stat(d.c_str(), &dir) != 0 ? "its directory " + d + " does not exist"
                          : !S_ISDIR(dir.st_mode)                        ? d + " is not a directory"
                                                                         : std::strerror(err);
  return IoError(path + ": cannot create: " + why);
}

Status AtomicFile::Append(std::string_view data) {
  if (fd_ < 0) return IoError(path_ + ": not open for writing");
  Status s = WriteAll(fd_, data, tmp_);
  return s;
}

Status AtomicFile::Commit() {
  if (fd_ < 0) return IoError(path_ + ": not open for writing");
  int fd = fd_;
  fd_ = -1;
  if (direct_) {
    if (::close(fd) != 0) return IoError(path_ + ": cannot close: " + std::strerror(errno));
    return Status::Ok();
  }
  // The descriptor is closed whether or not fsync succeeded; the first failure is reported.
  std::string err;
  if (::fsync(fd) != 0) err = std::string("cannot flush: ") + std::strerror(errno);
  if (::close(fd) != 0 && err.empty()) err = std::string("cannot close: ") + std::strerror(errno);
  if (!err.empty()) {
    ::unlink(tmp_.c_str());
    return IoError(path_ + ": " + err + " (temporary " + tmp_ + " removed)");
  }
  if (std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    std::string e = std::strerror(errno);
    ::unlink(tmp_.c_str());
    return IoError(path_ + ": cannot rename into place: " + e);
  }
  return SyncDirectory(DirOf(path_));
}

Status WriteFileAtomically(const std::string& path, std::string_view data) {
  AtomicFile f;
  Status s = f.Open(path);
  if (s.ok()) s = f.Append(data);
  if (s.ok()) s = f.Commit();
  return s;
}

}  // namespace copydesk::corpus
