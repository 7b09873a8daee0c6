#include "corpus/gzip.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

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

// Reads a gzip file of one or more members (crawlers write a member per record: `cat a.gz
// b.gz`), as zlib's gzread does, but what follows a member must be another member: bytes that
// are none (a damaged member's header, a file cut and glued) are an error naming where they
// are, not, as gzread has it, trailing garbage silently dropped with every record after it.
// NUL bytes after the last member (a tape's or a tool's padding) end the file. A file that does
// not open as gzip ("x.txt.gz" that is plain text) is read as it is, as gzread reads it.
//
// With `resync`, damage (a member's corrupt data, bytes that are no member) is not the end:
// the reader looks for the next member further on (a gzip header whose first 64 KiB inflate
// without error, so that a chance "1f 8b 08" in compressed data is not taken for one), hands
// out the damage as an error naming what was skipped, and reads on from that member when
// called again (`resumes()`). One member per record, as WARC files are written, then loses
// only the damaged record. Without a member further on, the error ends the file.
class GzipReader {
 public:
  GzipReader(int fd, std::string path, bool resync)
      : fd_(fd), path_(std::move(path)), in_(1 << 17), resync_(resync) {}
  GzipReader(const GzipReader&) = delete;
  GzipReader& operator=(const GzipReader&) = delete;
  ~GzipReader() {
    if (started_) inflateEnd(&zs_);
    ::close(fd_);
  }

  // Returns the number of bytes read into `buf` (0 at the end), or what failed and where (the
  // bytes before a failure first; the failure with the next call).
  Result<size_t> Read(char* buf, size_t n) {
    if (!pending_.ok()) {
      Status s = std::move(pending_);
      pending_ = Status::Ok();
      if (!resumes_) pending_ = s;  // the end: the same error again
      return s;
    }
    resumes_ = false;
    damaged_from_ = UINT64_MAX;  // (the last damage was handed out with its error)
    size_t got = 0;
    while (got < n && !done_) {
      // Enough input to look at: a gzip magic is two bytes.
      if (avail() < 2 && !eof_) {
        Status filled = Fill();
        if (!filled.ok()) return Fail(std::move(filled), got);
        continue;
      }
      if (!started_ && !raw_) {
        // Not gzip at its start: with resync, a file whose start was cut or had bytes put before
        // it is read from its first member on, the bytes before it reported; a file with no
        // member at all is read as it is (seeking back to its start: not from a pipe).
        // (Only when the start looks like compressed data: a plain WARC named .warc.gz can hold
        // a gzipped HTTP body, which is no member of the file.)
        bool found = IsMagic();
        if (!found && resync_ && LooksBinary() && ::lseek(fd_, 0, SEEK_CUR) >= 0) {
          Status read = FindMember(&found);
          if (!read.ok()) return Fail(std::move(read), got);
          if (!found) BackTo(0);
        }
        if (found) {
          if (inflateInit2(&zs_, 15 + 16) != Z_OK) return Fail(IoError(path_ + ": cannot start zlib"), got);
          started_ = true;
          member_out_ = out_ + got;
          member_in_ = offset();
          if (offset() > 0)
            return Skipped(DataError(path_ + ": the first " + std::to_string(offset()) +
                                     " bytes of the gzip file are no gzip member (the file's start cut, or bytes put "
                                     "before it): " + ResumesAt()),
                           got);
        } else {
          raw_ = true;
        }
      }
      if (raw_) {
        const size_t k = std::min(n - got, avail());
        std::memcpy(buf + got, in_.data() + pos_, k);
        pos_ += k;
        got += k;
        done_ = avail() == 0 && eof_;
        continue;
      }
      if (between_) {
        // A member ended: another one follows, or NUL padding, or nothing.
        if (avail() == 0) {
          done_ = true;  // (eof_: avail() < 2 was filled above)
        } else if (in_[pos_] == 0) {
          if (!padded_) padding_at_ = offset();
          padded_ = true;
          ++pos_;
        } else if (IsMagic()) {
          inflateReset(&zs_);
          member_out_ = out_ + got;
          member_in_ = offset();
          between_ = padded_ = false;
        } else {
          const uint64_t at = padded_ ? padding_at_ : offset();
          const std::string why = path_ + ": bytes at offset " + std::to_string(at) +
                                  " of the gzip file are no gzip member (a damaged member, or files cut and joined)";
          bool found = false;
          Status read = FindMember(&found);
          if (!read.ok()) return Fail(std::move(read), got);
          if (!found) return Fail(DataError(why + ": nothing after them is read"), got);
          return Skipped(DataError(why + ": " + ResumesAt()), got);
        }
        continue;
      }
      zs_.next_in = in_.data() + pos_;
      zs_.avail_in = static_cast<uInt>(std::min<size_t>(avail(), 1u << 30));
      zs_.next_out = reinterpret_cast<Bytef*>(buf + got);
      zs_.avail_out = static_cast<uInt>(std::min<size_t>(n - got, 1u << 30));
      const uInt in_before = zs_.avail_in, out_before = zs_.avail_out;
      const int r = inflate(&zs_, Z_NO_FLUSH);
      pos_ += in_before - zs_.avail_in;
      got += out_before - zs_.avail_out;
      if (r == Z_STREAM_END) {
        between_ = true;
        member_out_ = out_ + got;  // what follows, member or not, starts here
      } else if ((r == Z_OK || r == Z_BUF_ERROR) && !(zs_.avail_out > 0 && avail() == 0 && eof_)) {
        // More to come.
      } else {
        // Corrupt data, or all input taken with room left for output: the member needs more
        // than the file holds (cut short, or damage that made it swallow the members after it).
        const bool cut = r == Z_OK || r == Z_BUF_ERROR;
        Status corrupt = Corrupt(got, cut ? "unexpected end of file" : zs_.msg != nullptr ? zs_.msg : "inflate failed");
        // A damaged member can run on into the next ones before its error shows (a garbled
        // block length, a check that fails only at the end): the next member is looked for
        // from just after the damaged one's start.
        const uint64_t damaged_in = member_in_;
        BackTo(damaged_in + 1);
        bool found = false;
        Status read = FindMember(&found);
        if (!read.ok()) return Fail(std::move(read), got);
        if (!found) {
          if (!cut) damaged_from_ = member_out_;  // (a member cut short was right up to the cut)
          return Fail(std::move(corrupt), got);
        }
        return Skipped(DataError(corrupt.message() + " (in the gzip member at byte " + std::to_string(damaged_in) +
                                 "); " + ResumesAt()),
                       got);
      }
    }
    out_ += got;
    return got;
  }

  // After an error from Read: whether reading goes on (at the next member).
  bool resumes() const { return resumes_; }
  // Then: where the damaged member began in the decompressed bytes (what was handed out of it
  // before the damage was seen may be wrong: a corrupt member can inflate to its end and fail
  // only its check).
  uint64_t damaged_from() const { return damaged_from_; }

 private:
  size_t avail() const { return have_ - pos_; }
  // Whether the first bytes held hold a control byte no text has (compressed data has one in
  // its first 64 bytes but for a chance of about 1 in 1,000).
  bool LooksBinary() const {
    for (size_t i = pos_; i < have_ && i < pos_ + 64; ++i) {
      const unsigned char c = in_[i];
      if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b) || c == 0x7f) return true;
    }
    return false;
  }
  uint64_t offset() const { return read_ - avail(); }  // of the next unread byte in the file
  bool IsMagic() const { return avail() >= 2 && in_[pos_] == 0x1f && in_[pos_ + 1] == 0x8b; }
  Status Corrupt(size_t got, const char* why) const {
    return DataError(path_ + ": corrupt or truncated gzip data after byte " + std::to_string(out_ + got) +
                     " of its decompressed content (byte " + std::to_string(offset()) + " of the file): " + why);
  }
  // Moves the unread input to the front and reads more after it.
  Status Fill() {
    std::memmove(in_.data(), in_.data() + pos_, avail());
    have_ -= pos_;
    pos_ = 0;
    for (;;) {
      const ssize_t k = ::read(fd_, in_.data() + have_, in_.size() - have_);
      if (k < 0 && errno == EINTR) continue;
      if (k < 0) return IoError(path_ + ": read failed at byte " + std::to_string(read_) + ": " + std::strerror(errno));
      eof_ = k == 0;
      have_ += static_cast<size_t>(k);
      read_ += static_cast<uint64_t>(k);
      return Status::Ok();
    }
  }
  // With `resync_`, moves to the next member from pos_ on (*found: its start at pos_, the
  // stream reset to read it, between_ cleared). Fails only on a read error.
  Status FindMember(bool* found) {
    *found = false;
    if (!resync_) return Status::Ok();
    for (;;) {
      const unsigned char* m = avail() > 0 ? static_cast<const unsigned char*>(
                                                 std::memchr(in_.data() + pos_, 0x1f, avail()))
                                           : nullptr;
      if (m == nullptr) {
        pos_ = have_;
        if (eof_) break;
        Status filled = Fill();
        if (!filled.ok()) return filled;
        continue;
      }
      pos_ = static_cast<size_t>(m - in_.data());
      if (avail() < 4 && !eof_) {  // the header's first bytes, to look at (found again after)
        Status filled = Fill();
        if (!filled.ok()) return filled;
        continue;
      }
      if (avail() >= 4 && in_[pos_ + 1] == 0x8b && in_[pos_ + 2] == 8 && (in_[pos_ + 3] & 0xe0) == 0) {
        // A gzip header's start (deflate, no reserved flag): the candidate and what follows
        // it, up to a full buffer, to inflate on trial.
        // (Refilled only when less than a quarter of the buffer is held from it: a run of
        // candidates does not move the buffer once each.)
        while (!eof_ && avail() < in_.size() / 4) {
          Status filled = Fill();
          if (!filled.ok()) return filled;
        }
        if (MemberHere()) {
          inflateReset(&zs_);
          between_ = padded_ = false;
          member_in_ = offset();
          *found = true;
          return Status::Ok();
        }
      }
      ++pos_;
    }
    return Status::Ok();
  }
  // Returns true when what the buffer holds from pos_ on inflates as a gzip member without
  // error, up to 64 KiB of output or to the member's end.
  bool MemberHere() {
    if (avail() < 10) return false;
    z_stream t{};
    if (inflateInit2(&t, 15 + 16) != Z_OK) return false;
    t.next_in = in_.data() + pos_;
    t.avail_in = static_cast<uInt>(avail());
    unsigned char out[1 << 14];
    int r = Z_OK;
    while (r == Z_OK && t.total_out < (64u << 10)) {
      t.next_out = out;
      t.avail_out = sizeof out;
      r = inflate(&t, Z_NO_FLUSH);
      if (r == Z_BUF_ERROR && t.avail_in == 0) r = Z_OK;  // all it had, no error
      if (r == Z_OK && t.avail_in == 0) break;
    }
    const uLong made = t.total_out;
    inflateEnd(&t);
    // Input that ran out without an error: a member only if it made something (a header alone
    // at the end of the file is none) or the buffer held too little to tell.
    if (r == Z_OK) return made > 0 || (!eof_ && avail() < in_.size() / 4);
    return r == Z_STREAM_END;
  }
  std::string ResumesAt() const {
    return "reading resumes at the next gzip member, at byte " + std::to_string(offset()) + " of the file";
  }
  // Moves the read position back to byte `at` of the file, when it is behind: within the
  // buffer, or by seeking (a pipe cannot: reading goes on from where it is).
  void BackTo(uint64_t at) {
    const uint64_t held_from = read_ - have_;  // the file offset of in_[0]
    if (at >= offset()) return;
    if (at >= held_from) {
      pos_ = static_cast<size_t>(at - held_from);
    } else if (::lseek(fd_, static_cast<off_t>(at), SEEK_SET) == static_cast<off_t>(at)) {
      pos_ = have_ = 0;
      read_ = at;
      eof_ = false;
    }
  }
  // Hands out the bytes before damage that was skipped, then the damage (`s`), then what follows.
  Result<size_t> Skipped(Status s, size_t got) {
    out_ += got;
    damaged_from_ = member_out_;
    member_out_ = out_;
    resumes_ = true;
    if (got > 0) {
      pending_ = std::move(s);
      return got;
    }
    return s;
  }
  Result<size_t> Fail(Status s, size_t got) {
    pending_ = std::move(s);
    done_ = true;
    out_ += got;
    if (got > 0) return got;
    return pending_;
  }

  int fd_;
  std::string path_;
  std::vector<unsigned char> in_;
  size_t pos_ = 0, have_ = 0;  // the unread input: in_[pos_, have_)
  uint64_t read_ = 0;           // bytes read from the file
  uint64_t out_ = 0;            // bytes handed out
  z_stream zs_{};
  bool started_ = false, raw_ = false, between_ = false, eof_ = false, done_ = false;
  bool resync_;
  bool resumes_ = false;    // the error handed out (or pending_) is followed by more
  uint64_t member_out_ = 0;   // out_ where the member being read began
  uint64_t member_in_ = 0;    // the file offset where it began
  uint64_t damaged_from_ = UINT64_MAX;  // after corrupt data: member_out_ of the damaged member
  bool padded_ = false;     // NUL bytes after the member that ended
  uint64_t padding_at_ = 0;  // where they begin
  Status pending_;
};

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
  GzipReader reader(fd, path, /*resync=*/false);  // a document with a hole is no document
  char buf[1 << 16];
  for (;;) {
    Result<size_t> n = reader.Read(buf, sizeof buf);
    if (!n.ok()) return n.status();
    if (n.value() == 0) break;
    if (out.size() + n.value() > max_bytes) return DataError(TooLarge(path, max_bytes, true));
    out.append(buf, n.value());
  }
  return out;
}

ByteStream::~ByteStream() {
  if (file_ != nullptr) std::fclose(file_);
  delete static_cast<GzipReader*>(gz_);
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
  gz_ = new GzipReader(fd, path, /*resync=*/true);
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
  if (file_ != nullptr) {
    n = std::min<uint64_t>(n, left_);
    got = n > 0 ? std::fread(buf, 1, n, file_) : 0;
    left_ -= got;
    if (got < n && std::ferror(file_))
      return IoError(name_ + ": read failed after byte " + std::to_string(done_) + ": " +
                     std::strerror(errno));
  } else if (gz_ != nullptr) {
    // The bytes before an error are handed out first, so that every whole record before the
    // damage is read; the error comes with the next call.
    Result<size_t> r = static_cast<GzipReader*>(gz_)->Read(buf, n);
    if (!r.ok()) return r.status();
    got = r.value();
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

bool ByteStream::resumes() const { return gz_ != nullptr && static_cast<const GzipReader*>(gz_)->resumes(); }

uint64_t ByteStream::damaged_from() const {
  return gz_ != nullptr ? static_cast<const GzipReader*>(gz_)->damaged_from() : UINT64_MAX;
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
