// Charset decoding for HTML pages that declare a legacy encoding.
//
//   std::string page = "<meta charset=windows-1251>...";   // bytes as read
//   Status s = corpus::DecodeDeclaredCharset(&page);         // page is now UTF-8
#pragma once

#include <string>
#include <string_view>

#include "corpus/status.h"

namespace copydesk::corpus {

// Returns the charset an HTML page declares in its first 4 KiB (<meta charset> or
// http-equiv Content-Type), lower-cased, or "".
std::string DeclaredCharset(std::string_view html);

// Converts `data` from UTF-16 (little- or big-endian) to UTF-8 when it starts with a UTF-16
// byte order mark, and drops a UTF-8 byte order mark. Returns the encoding it converted from
// ("UTF-16LE", "UTF-16BE"), or "" when `data` had no UTF-16 mark.
std::string DecodeByteOrderMark(std::string* data);

// Converts `data` to UTF-8 when it is not valid UTF-8, using the legacy charset ICU's detector
// (ucsdet) finds most likely. Returns "windows-1251 (confidence 62%)" for the warning, or ""
// when `data` was valid UTF-8 or no charset was detected with at least `min_confidence`
// (then the caller repairs it as UTF-8).
std::string DecodeDetectedCharset(std::string* data, int min_confidence = 20);

// The charset a label names as the WHATWG Encoding Standard reads it (browsers' reading: "iso-8859-1"
// and "ascii" are windows-1252, "gb2312" is GBK, "euc-kr" windows-949, "shift_jis" windows-31j,
// "iso-8859-9" windows-1254, "tis-620" windows-874), lower-cased; other labels as given.
std::string WebCharset(std::string_view label);

// Converts `data` from `charset` (an HTTP or meta charset name, read by WebCharset) to UTF-8 when
// `data` is not valid UTF-8. Returns an error naming the charset when ICU does not know it (`data` untouched).
Status DecodeCharset(std::string_view charset, std::string* data);

// Converts `html` to UTF-8 when it is not valid UTF-8 and declares another charset that ICU
// knows. Returns an error naming the charset when ICU does not know it (the text is untouched).
Status DecodeDeclaredCharset(std::string* html);

}  // namespace copydesk::corpus
