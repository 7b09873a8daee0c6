#include "corpus/warc.h"

#include "corpus/ascii.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace copydesk::corpus {

namespace {

constexpr size_t kBlock = 1 << 20;

using ascii::Lower;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Returns the value of header `name` (lower-case) in a block of "Name: value" lines, or "".
std::string_view Header(std::string_view headers, std::string_view name) {
  size_t pos = 0;
  while (pos < headers.size()) {
    size_t end = headers.find('\n', pos);
    if (end == std::string_view::npos) end = headers.size();
    std::string_view line = headers.substr(pos, end - pos);
    pos = end + 1;
    size_t colon = line.find(':');
    if (colon != std::string_view::npos && ascii::EqualsLower(line.substr(0, colon), name))
      return Trim(line.substr(colon + 1));
  }
  return {};
}

// Returns the charset parameter of a Content-Type value, lower-cased, or "".
std::string CharsetOf(std::string_view content_type) {
  std::string l = Lower(content_type);
  size_t at = l.find("charset=");
  if (at == std::string::npos) return "";
  std::string cs = l.substr(at + 8);
  size_t end = cs.find_first_of("; \t");
  if (end != std::string::npos) cs.resize(end);
  cs.erase(std::remove(cs.begin(), cs.end(), '"'), cs.end());
  cs.erase(std::remove(cs.begin(), cs.end(), '\''), cs.end());
  return cs;
}

bool IsHtmlType(std::string_view content_type) {
  std::string l = Lower(content_type);
  return l.starts_with("text/html") || l.starts_with("application/xhtml");
}

bool IsTextType(std::string_view content_type) { return Lower(content_type).starts_with("text/plain"); }

// Inflates `body` with zlib's `window_bits` (15 + 32: a zlib or gzip header, detected; -15: raw
// deflate, no header). Returns whether it failed at its first bytes (the header) in *at_start.
Status InflateWith(std::string* body, uint64_t max_bytes, int window_bits, bool* at_start) {
  *at_start = false;
  z_stream z{};
  if (inflateInit2(&z, window_bits) != Z_OK) return DataError("cannot start zlib");
  std::string out;
  char buf[1 << 16];
  z.next_in = reinterpret_cast<Bytef*>(body->data());
  z.avail_in = static_cast<uInt>(body->size());
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) break;
    out.append(buf, sizeof buf - z.avail_out);
    if (out.size() > max_bytes) {
      inflateEnd(&z);
      return DataError("content-encoded body larger than " + std::to_string(max_bytes) + " bytes");
    }
    if (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0) break;  // input ended early
  }
  *at_start = rc == Z_DATA_ERROR && z.total_out == 0;
  const std::string why = z.msg ? z.msg : "cut short";
  inflateEnd(&z);
  if (rc != Z_STREAM_END) return DataError("cannot decode the gzip/deflate body (" + why + ")");
  body->swap(out);
  return Status::Ok();
}

// "Content-Encoding: deflate" is meant to be zlib data (RFC 9110), but servers also send raw
// deflate: tried when the header check fails.
Status Inflate(std::string* body, uint64_t max_bytes) {
  bool at_start = false;
  Status s = InflateWith(body, max_bytes, 15 + 32, &at_start);
  if (s.ok() || !at_start) return s;
  Status raw = InflateWith(body, max_bytes, -15, &at_start);
  return raw.ok() ? raw : s;
}

}  // namespace

bool LooksLikeWarc(std::string_view head) { return head.starts_with("WARC/1."); }

Status DecodeHttpBody(std::string_view transfer_encoding, std::string_view content_encoding,
                      uint64_t max_bytes, std::string* body) {
  if (Lower(transfer_encoding).find("chunked") != std::string::npos) {
    std::string out;
    size_t pos = 0;
    for (;;) {
      size_t eol = body->find('\n', pos);
      if (eol == std::string::npos) return DataError("chunked body cut short (no chunk size line)");
      std::string_view size_line = Trim(std::string_view(*body).substr(pos, eol - pos));
      size_t semi = size_line.find(';');
      if (semi != std::string_view::npos) size_line = size_line.substr(0, semi);
      uint64_t n = 0;
      if (size_line.empty() || size_line.size() > 15) return DataError("bad chunk size");
      for (char c : size_line) {
        int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
        if (d < 0) return DataError("bad chunk size");
        n = n * 16 + static_cast<uint64_t>(d);
      }
      pos = eol + 1;
      if (n == 0) break;
      if (n > body->size() - pos) return DataError("chunked body cut short");
      out.append(*body, pos, n);
      if (out.size() > max_bytes) return DataError("chunked body larger than the limit");
      pos += n;
      if (pos < body->size() && (*body)[pos] == '\r') ++pos;
      if (pos < body->size() && (*body)[pos] == '\n') ++pos;
    }
    body->swap(out);
  }
  std::string ce = Lower(Trim(content_encoding));
  if (ce == "gzip" || ce == "x-gzip" || ce == "deflate") return Inflate(body, max_bytes);
  if (!ce.empty() && ce != "identity") return DataError("unknown Content-Encoding \"" + ce + "\"");
  return Status::Ok();
}

Status WarcReader::Open(const std::string& path, const WarcOptions& options) {
  name_ = path;
  options_ = options;
  return in_.Open(path);
}

Status WarcReader::Open(const std::string& path, const WarcOptions& options, uint64_t begin, uint64_t end) {
  name_ = path;
  options_ = options;
  buf_offset_ = begin;
  return in_.Open(path, begin, end);
}

Result<std::vector<uint64_t>> WarcRecordStarts(const std::string& path, const WarcOptions& options) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return IoError(path + ": cannot open: " + std::strerror(errno));
  std::vector<uint64_t> starts;
  uint64_t size = 0;
  if (fseeko(f, 0, SEEK_END) == 0) size = static_cast<uint64_t>(ftello(f));
  std::string head;
  // Reads up to `n` bytes at `at` into `head`.
  auto read_at = [&](uint64_t at, size_t n) {
    head.resize(n);
    const size_t got = fseeko(f, static_cast<off_t>(at), SEEK_SET) == 0 ? std::fread(head.data(), 1, n, f) : 0;
    head.resize(got);
  };
  constexpr size_t kWindow = 64 << 10;
  for (uint64_t at = 0; at < size;) {
    read_at(at, kWindow);
    // Lines as WarcReader::ReadLine cuts them; a line without end in the window stops the walk.
    size_t pos = 0;
    auto next_line = [&](std::string_view* line) {
      const size_t nl = head.find('\n', pos);
      if (nl == std::string::npos) return false;
      *line = std::string_view(head).substr(pos, nl - pos);
      if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
      pos = nl + 1;
      return true;
    };
    std::string_view line;
    bool found = false;
    while ((found = next_line(&line)) && Trim(line).empty()) {
    }
    if (!found) break;  // only blank lines left (or a very long line): no record starts here
    starts.push_back(at);
    if (!line.starts_with("WARC/1.")) break;
    std::string headers;
    bool ended = false;
    while (next_line(&line)) {
      if (line.empty()) {
        ended = true;
        break;
      }
      headers.append(line).push_back('\n');
    }
    if (!ended) break;
    const std::string_view length_s = Header(headers, "content-length");
    if (length_s.empty() || length_s.size() > 15 ||
        !std::all_of(length_s.begin(), length_s.end(), [](char c) { return c >= '0' && c <= '9'; }))
      break;
    uint64_t length = 0;
    for (char c : length_s) length = length * 10 + static_cast<uint64_t>(c - '0');
    if (length > options.max_record_bytes) break;
    const uint64_t block_end = at + pos + length;
    if (block_end > size) break;
    if (block_end == size) break;  // the last record, ending bare
    read_at(block_end, 4);
    const size_t trailer = head.size() < 2 ? 0 : head.starts_with("\r\n\r\n") ? 4 : head.starts_with("\n\n") ? 2 : 0;
    if (trailer == 0) break;
    at = block_end + trailer;
  }
  std::fclose(f);
  return starts;
}

void WarcReader::Attach(std::istream* in, std::string name, const WarcOptions& options, std::string head) {
  name_ = name;
  options_ = options;
  in_.Attach(in, std::move(name), std::move(head));
}

bool WarcReader::Fill(size_t want) {
  while (buf_.size() - pos_ < want && !eof_ && gap_.empty()) {
    if (pos_ > 0 && pos_ >= buf_.size() / 2) {
      buf_.erase(0, pos_);
      buf_offset_ += pos_;
      pos_ = 0;
    }
    size_t old = buf_.size();
    size_t chunk = std::max(kBlock, want - (old - pos_));
    buf_.resize(old + chunk);
    Result<size_t> n = in_.Read(buf_.data() + old, chunk);
    if (!n.ok()) {
      buf_.resize(old);
      gap_from_ = in_.damaged_from();
      if (in_.resumes()) {
        gap_ = n.status().message();  // a hole in a .warc.gz: the record it cuts is damaged
        return false;
      }
      read_error_ = n.status().message();
      eof_ = true;
      return false;
    }
    buf_.resize(old + n.value());
    if (n.value() == 0) eof_ = true;
  }
  return buf_.size() - pos_ >= want;
}

bool WarcReader::ReadLine(std::string_view* line) {
  for (;;) {
    const char* nl = static_cast<const char*>(std::memchr(buf_.data() + pos_, '\n', buf_.size() - pos_));
    if (nl != nullptr) {
      size_t end = static_cast<size_t>(nl - buf_.data());
      *line = std::string_view(buf_.data() + pos_, end - pos_);
      if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
      pos_ = end + 1;
      return true;
    }
    if (buf_.size() - pos_ > 1 << 16) return false;  // a header line this long is damage
    if (!Fill(buf_.size() - pos_ + 1)) {
      if (pos_ < buf_.size()) {
        *line = std::string_view(buf_.data() + pos_, buf_.size() - pos_);
        pos_ = buf_.size();
        return true;
      }
      return false;
    }
  }
}

// Moves to the next "WARC/1." at the start of a line; returns false at the end.
bool WarcReader::Resync() {
  // (The damaged record's own version line is behind pos_: a record that starts right here, on
  // the line after a line of garbage, is the next one.)
  Fill(7);
  if (std::string_view(buf_).substr(pos_).starts_with("WARC/1.")) return true;
  for (;;) {
    size_t at = std::string_view(buf_).find("\nWARC/1.", pos_);
    if (at != std::string::npos) {
      pos_ = at + 1;
      return true;
    }
    if (!gap_.empty()) {
      // A hole in the gzip data (ByteStream skipped a corrupt member): what is held before it is
      // dropped, and the member after it starts a record.
      error_ += " (" + gap_ + ")";
      gap_.clear();
      gap_from_ = UINT64_MAX;
      pos_ = buf_.size();
      Fill(7);
      if (std::string_view(buf_).substr(pos_).starts_with("WARC/1.")) return true;
      continue;
    }
    if (eof_) {
      pos_ = buf_.size();
      return false;
    }
    pos_ = buf_.size() > 8 ? buf_.size() - 8 : pos_;  // keep a partial marker
    Fill(buf_.size() - pos_ + kBlock);
  }
}

WarcReader::Got WarcReader::Damaged(uint64_t at, const std::string& why) {
  error_ = "damaged WARC record at byte " + std::to_string(at) + ": " + why + "; reading resumes at the next record";
  Resync();
  return kDamaged;
}

WarcReader::Got WarcReader::Next(WarcRecord* r) {
  *r = WarcRecord();
  // Blank lines between records are allowed.
  std::string_view line;
  uint64_t start = 0;
  for (;;) {
    if (!Fill(1)) {
      if (!gap_.empty()) {  // a hole in the gzip data where a record would start
        error_ = "damaged gzip data between WARC records, at byte " + std::to_string(buf_offset_ + pos_) +
                 " of the stream (records it held, if any, are lost)";
        Resync();
        return kDamaged;
      }
      // A read error (a .warc.gz cut short) is reported once, then the file ends.
      if (!read_error_.empty() && !error_reported_) {
        error_reported_ = true;
        error_ = "cannot read on after byte " + std::to_string(buf_offset_ + pos_) + ": " + read_error_;
        return kDamaged;
      }
      return kEnd;
    }
    start = buf_offset_ + pos_;
    if (!ReadLine(&line)) return Damaged(start, "a header line without end");
    if (!Trim(line).empty()) break;
  }
  if (!line.starts_with("WARC/1.")) return Damaged(start, "no \"WARC/1.x\" version line");
  std::string headers;
  for (;;) {
    if (!ReadLine(&line)) return Damaged(start, "headers cut short");
    if (line.empty()) break;
    headers.append(line).push_back('\n');
    if (headers.size() > (1 << 20)) return Damaged(start, "headers longer than 1 MiB");
  }
  std::string_view length_s = Header(headers, "content-length");
  uint64_t length = 0;
  if (length_s.empty() || length_s.size() > 15 ||
      !std::all_of(length_s.begin(), length_s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return Damaged(start, "missing or bad Content-Length");
  for (char c : length_s) length = length * 10 + static_cast<uint64_t>(c - '0');
  r->offset = start;
  r->type = Lower(Header(headers, "warc-type"));
  std::string_view id = Header(headers, "warc-record-id");
  if (id.starts_with("<") && id.ends_with(">")) id = id.substr(1, id.size() - 2);
  r->record_id = std::string(id);
  std::string_view uri = Header(headers, "warc-target-uri");
  if (uri.starts_with("<") && uri.ends_with(">")) uri = uri.substr(1, uri.size() - 2);  // WARC 1.0 drafts
  r->target_uri = std::string(uri);
  r->date = std::string(Header(headers, "warc-date"));
  const std::string block_type = Lower(Header(headers, "content-type"));

  const bool wanted = r->type == "response" || r->type == "resource" || r->type == "conversion";
  // A block larger than the limit is not held: whether its length is genuine or damaged, the
  // reader goes on at the next record line, scanning block by block.
  if (length > options_.max_record_bytes)
    return Damaged(start, "Content-Length " + std::to_string(length) + " is over the limit of " +
                              std::to_string(options_.max_record_bytes) + " bytes");
  const uint64_t block_at = buf_offset_ + pos_;
  // The block and the two line ends that must follow it (WARC 1.1, section 4), or, where they
  // are missing, the next record's "WARC/1.".
  Fill(static_cast<size_t>(length) + 11);
  pos_ = static_cast<size_t>(block_at - buf_offset_);
  // Some writers end blocks with bare line feeds; both are accepted. A block whose line ends
  // are missing or cut to one, with the next record right after it, is whole too (its
  // Content-Length is borne out): it is read, and so is the next.
  size_t trailer = 0;
  bool ends_well = buf_.size() - pos_ == length && eof_;  // the last record may end bare
  if (buf_.size() - pos_ >= length + 2) {
    const std::string_view after = std::string_view(buf_).substr(pos_ + length, 11);
    const size_t both = after.starts_with("\r\n\r\n") ? 4 : after.starts_with("\n\n") ? 2 : 0;
    const size_t one = after.starts_with("\r\n") ? 2 : after.starts_with("\n") ? 1 : 0;
    if (both > 0 || after.substr(one).starts_with("WARC/1.")) {
      trailer = both > 0 ? both : one;
      ends_well = true;
    }
  }
  if (gap_from_ < block_at + length)
    return Damaged(start, "its gzip member is damaged, the block may be wrong");
  if (!ends_well) {
    // A wrong Content-Length or a file cut short: what follows the headers is searched for the
    // next record, so the records after the damage are still read.
    const bool cut = buf_.size() - pos_ < length;
    return Damaged(start, cut ? "block cut short (Content-Length " + std::to_string(length) + ", " +
                                    std::to_string(buf_.size() - pos_) + " bytes left)"
                              : "the block does not end where its Content-Length says");
  }
  if (!wanted) {
    pos_ += static_cast<size_t>(length) + trailer;
    r->skip_reason = (r->type.empty() ? std::string("untyped") : r->type) + " record";
    return kSkipped;
  }
  std::string block = buf_.substr(pos_, static_cast<size_t>(length));
  pos_ += static_cast<size_t>(length) + trailer;

  if (r->type == "response") {
    if (block_type.find("application/http") == std::string::npos) {
      r->skip_reason = "response record that is not HTTP (" + block_type + ")";
      return kSkipped;
    }
    size_t head_end = block.find("\r\n\r\n");
    size_t sep = 4;
    if (head_end == std::string::npos) {
      head_end = block.find("\n\n");
      sep = 2;
    }
    if (head_end == std::string::npos) {
      error_ = "WARC record at byte " + std::to_string(start) + ": HTTP headers without end";
      return kDamaged;
    }
    std::string_view http(block.data(), head_end);
    size_t first_eol = http.find('\n');
    std::string_view status_line = Trim(http.substr(0, first_eol));
    std::string_view http_headers = first_eol == std::string_view::npos ? std::string_view() : http.substr(first_eol + 1);
    // "HTTP/1.1 200 OK"
    size_t sp = status_line.find(' ');
    std::string_view code = sp == std::string_view::npos ? std::string_view() : status_line.substr(sp + 1, 3);
    if (!status_line.starts_with("HTTP/") || code.size() != 3) {
      error_ = "WARC record at byte " + std::to_string(start) + ": no HTTP status line";
      return kDamaged;
    }
    if (code != "200") {
      r->skip_reason = "HTTP status " + std::string(code);
      return kSkipped;
    }
    r->content_type = std::string(Header(http_headers, "content-type"));
    if (!IsHtmlType(r->content_type)) {
      r->skip_reason = "not HTML (" + (r->content_type.empty() ? std::string("no Content-Type") : Lower(r->content_type)) + ")";
      return kSkipped;
    }
    r->html = true;
    r->charset = CharsetOf(r->content_type);
    r->payload = block.substr(head_end + sep);
    Status s = DecodeHttpBody(Header(http_headers, "transfer-encoding"), Header(http_headers, "content-encoding"),
                              options_.max_record_bytes, &r->payload);
    if (!s.ok()) {
      error_ = "WARC record at byte " + std::to_string(start) + ": " + s.message();
      return kDamaged;
    }
    return kRecord;
  }
  // resource and conversion records hold the document itself; crawlers also store their own
  // logs and settings as resources (wget: metadata://...), which are no articles.
  if (r->type == "resource" && !Lower(r->target_uri).starts_with("http")) {
    r->skip_reason = "resource record of the crawler (" + r->target_uri.substr(0, r->target_uri.find(':')) + ":)";
    return kSkipped;
  }
  r->content_type = block_type;
  r->charset = CharsetOf(block_type);
  if (IsHtmlType(block_type)) {
    r->html = true;
  } else if (!(IsTextType(block_type) || r->type == "conversion")) {
    r->skip_reason = r->type + " record that is not HTML or text (" + block_type + ")";
    return kSkipped;
  }
  r->payload = std::move(block);
  return kRecord;
}

}  // namespace copydesk::corpus
