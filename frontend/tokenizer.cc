// gillab/frontend/tokenizer.cc
#include "frontend/tokenizer.h"

#include <dlfcn.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/uvernum.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "base/bigint.h"

namespace gillab::py {

namespace {

// An int literal past 64 bits is marked for IntLiteralDecimal: a decimal one of
// more than CPython's 4300 digits is refused as CPython refuses it, and one in
// another base past kMaxLiteralDigits digits (65,536 bits in hex) as too long.
constexpr std::size_t kMaxDecimalLiteralDigits = 4300;
constexpr std::size_t kMaxLiteralDigits = 16384;

constexpr const char* kKeywords[] = {
    "False",  "None",   "True",    "and",      "as",       "assert", "async",
    "await",  "break",  "class",   "continue", "def",      "del",    "elif",
    "else",   "except", "finally", "for",      "from",     "global", "if",
    "import", "in",     "is",      "lambda",   "nonlocal", "not",    "or",
    "pass",   "raise",  "return",  "try",      "while",    "with",   "yield"};

// Longest first, so that the first match is the longest.
constexpr const char* kOperators[] = {
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "==", "!=", "<=", ">=", "+=",
    "-=",  "*=",  "/=",  "%=",  "&=",  "|=", "^=", "@=", "**", "//", "<<", ">>",
    "+",   "-",   "*",   "/",   "%",   "<",  ">",  "=",  "(",  ")",  "[",  "]",
    "{",   "}",   ",",   ":",   ".",   ";",  "@",  "&",  "|",  "^",  "~"};

constexpr int kMaxIndentLevels = 100;  // Python's limit too
constexpr int kTabSize = 8;

bool IsIdentStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool IsIdentChar(char c) { return IsIdentStart(c) || (c >= '0' && c <= '9'); }

// Non-ASCII names (PEP 3131), as python3 reads them: a name starts with a
// character of Unicode's XID_Start (or `_`) and goes on with XID_Continue; it
// stands for its NFKC normal form, so that "ﬁ" and "fi" are one name. The
// properties and the normalisation are ICU's (Debian's libicu, README.md),
// through its C API, loaded the first time a script has a non-ASCII character
// where a name may start: linked in, its libraries cost every run about 2 ms of
// start-up, which ASCII scripts, nearly all of them, never repay. Without ICU
// (dlopen fails) no non-ASCII character may start a name.
#define GILLAB_ICU_NAME2(x) #x
#define GILLAB_ICU_NAME(x) GILLAB_ICU_NAME2(x)  // the versioned symbol, "u_..._72"
struct Icu {
  decltype(&u_hasBinaryProperty) has_property;
  decltype(&unorm2_normalize) normalize;
  decltype(&u_strFromUTF8) from_utf8;
  decltype(&u_strToUTF8) to_utf8;
  const UNormalizer2* nfkc;
};
const Icu* LoadIcu() {
  static const Icu* const icu = []() -> const Icu* {
    void* lib = dlopen("libicuuc.so." GILLAB_ICU_NAME(U_ICU_VERSION_MAJOR_NUM),
                       RTLD_NOW | RTLD_LOCAL);
    if (lib == nullptr) return nullptr;
    auto nfkc_instance = reinterpret_cast<decltype(&unorm2_getNFKCInstance)>(
        dlsym(lib, GILLAB_ICU_NAME(unorm2_getNFKCInstance)));
    Icu loaded = {
        reinterpret_cast<decltype(&u_hasBinaryProperty)>(
            dlsym(lib, GILLAB_ICU_NAME(u_hasBinaryProperty))),
        reinterpret_cast<decltype(&unorm2_normalize)>(
            dlsym(lib, GILLAB_ICU_NAME(unorm2_normalize))),
        reinterpret_cast<decltype(&u_strFromUTF8)>(
            dlsym(lib, GILLAB_ICU_NAME(u_strFromUTF8))),
        reinterpret_cast<decltype(&u_strToUTF8)>(
            dlsym(lib, GILLAB_ICU_NAME(u_strToUTF8))),
        nullptr,
    };
    if (nfkc_instance == nullptr || loaded.has_property == nullptr ||
        loaded.normalize == nullptr || loaded.from_utf8 == nullptr ||
        loaded.to_utf8 == nullptr) {
      return nullptr;
    }
    UErrorCode status = U_ZERO_ERROR;
    loaded.nfkc = nfkc_instance(&status);
    if (U_FAILURE(status) || loaded.nfkc == nullptr) return nullptr;
    return new Icu(loaded);  // for the process's life, as the library
  }();
  return icu;
}
#undef GILLAB_ICU_NAME
#undef GILLAB_ICU_NAME2

bool IsUnicodeIdentStart(std::uint32_t cp) {
  const Icu* icu = LoadIcu();
  return icu != nullptr &&
         icu->has_property(static_cast<UChar32>(cp), UCHAR_XID_START) != 0;
}
bool IsUnicodeIdentContinue(std::uint32_t cp) {
  const Icu* icu = LoadIcu();
  return icu != nullptr &&
         icu->has_property(static_cast<UChar32>(cp), UCHAR_XID_CONTINUE) != 0;
}

// The NFKC form of `name` (valid UTF-8, with a non-ASCII character, so ICU is
// loaded); `name` itself should ICU fail.
std::string NormalizeName(std::string_view name) {
  const Icu* icu = LoadIcu();
  if (icu == nullptr || name.size() > (1u << 24)) return std::string(name);
  const auto size = static_cast<std::int32_t>(name.size());
  UErrorCode status = U_ZERO_ERROR;
  std::u16string wide(name.size(), u'\0');  // UTF-16 is never longer than UTF-8
  std::int32_t wide_length = 0;
  icu->from_utf8(wide.data(), size, &wide_length, name.data(), size, &status);
  if (U_FAILURE(status)) return std::string(name);
  // NFKC grows a string 18 times at most (one code point to 18).
  std::u16string normal(static_cast<std::size_t>(wide_length) * 18, u'\0');
  const std::int32_t normal_length =
      icu->normalize(icu->nfkc, wide.data(), wide_length, normal.data(),
                     static_cast<std::int32_t>(normal.size()), &status);
  if (U_FAILURE(status)) return std::string(name);
  std::string out(static_cast<std::size_t>(normal_length) * 3, '\0');
  std::int32_t out_length = 0;
  icu->to_utf8(out.data(), static_cast<std::int32_t>(out.size()), &out_length,
               normal.data(), normal_length, &status);
  if (U_FAILURE(status)) return std::string(name);
  out.resize(static_cast<std::size_t>(out_length));
  return out;
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Appends code point `cp` as UTF-8.
void AppendUtf8(std::uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// The UTF-8 sequence starting at s[i]: its code point and its length. One that
// is not well formed (a stray or truncated byte, an overlong form, a surrogate,
// past U+10FFFF) is not `valid`, and is the byte itself, one long.
struct Utf8Char {
  std::uint32_t cp;
  std::size_t length;
  bool valid;
};
Utf8Char DecodeUtf8(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  const Utf8Char stray{b, 1, false};
  std::size_t follow;  // continuation bytes
  std::uint32_t cp;
  if (b < 0x80) {
    return {b, 1, true};
  } else if (b >= 0xC2 && b <= 0xDF) {
    follow = 1;
    cp = b & 0x1F;
  } else if (b >= 0xE0 && b <= 0xEF) {
    follow = 2;
    cp = b & 0x0F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    follow = 3;
    cp = b & 0x07;
  } else {
    return stray;
  }
  for (std::size_t k = 1; k <= follow; ++k) {
    if (i + k >= s.size()) return stray;
    const auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return stray;
    cp = (cp << 6) | (c & 0x3F);
  }
  const std::uint32_t min = follow == 1 ? 0x80 : follow == 2 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return stray;
  return {cp, follow + 1, true};
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

class Tokenizer {
 public:
  Tokenizer(std::string_view src, std::vector<Token>* out, SourceError* error)
      : src_(src), out_(out), error_(error) {}

  bool Run() {
    indents_.push_back(0);
    alt_indents_.push_back(0);
    bool at_line_start = true;
    while (true) {
      if (at_line_start && depth_ == 0) {
        if (!LineStart()) return false;
        if (pos_ >= src_.size()) break;
      }
      at_line_start = false;
      if (pos_ >= src_.size()) break;
      const char c = src_[pos_];
      if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
        ++pos_;
        continue;
      }
      if (c == '#') {
        while (pos_ < src_.size() && src_[pos_] != '\n') ++pos_;
        continue;
      }
      if (c == '\\') {
        if (pos_ + 1 < src_.size() && src_[pos_ + 1] == '\n') {
          pos_ += 2;
          NewLine(pos_);
          continue;
        }
        if (pos_ + 2 < src_.size() && src_[pos_ + 1] == '\r' && src_[pos_ + 2] == '\n') {
          pos_ += 3;
          NewLine(pos_);
          continue;
        }
        return Fail("unexpected character after line continuation character", pos_);
      }
      if (c == '\n') {
        if (depth_ == 0 && !out_->empty() && out_->back().kind != Tok::kNewline) {
          Push(Tok::kNewline, "", pos_);
        }
        ++pos_;
        NewLine(pos_);
        at_line_start = true;
        continue;
      }
      if (IsIdentStart(c) || (static_cast<unsigned char>(c) >= 0x80 &&
                              IsUnicodeIdentStart(DecodeUtf8(src_, pos_).cp))) {
        if (!NameOrString()) return false;
        continue;
      }
      if (IsDigit(c) || (c == '.' && pos_ + 1 < src_.size() && IsDigit(src_[pos_ + 1]))) {
        if (!Number()) return false;
        continue;
      }
      if (c == '"' || c == '\'') {
        if (!String(pos_, pos_, false, false)) return false;
        continue;
      }
      if (!Operator()) return false;
    }
    if (depth_ > 0) {
      const Token& open = brackets_.back();
      error_->message = "'" + open.text + "' was never closed";
      error_->line = open.line;
      error_->col = open.col;
      return false;
    }
    if (!out_->empty() && out_->back().kind != Tok::kNewline)
      Push(Tok::kNewline, "", pos_);
    while (indents_.size() > 1) {
      indents_.pop_back();
      Push(Tok::kDedent, "", pos_);
    }
    Push(Tok::kEnd, "", pos_);
    return true;
  }

 private:
  // At the start of a logical line: measures the indentation, skips blank and
  // comment-only lines, emits INDENT/DEDENT.
  bool LineStart() {
    while (pos_ < src_.size()) {
      // The width with tabs to multiples of 8, and (`alt`) with tabs as 1: where
      // the two disagree on the nesting, tabs and spaces are mixed ambiguously
      // (CPython's TabError).
      int width = 0, alt = 0;
      std::size_t p = pos_;
      while (p < src_.size() && (src_[p] == ' ' || src_[p] == '\t' || src_[p] == '\f')) {
        width = src_[p] == '\t'   ? (width / kTabSize + 1) * kTabSize
                : src_[p] == '\f' ? 0
                                  : width + 1;
        alt = src_[p] == '\f' ? 0 : alt + 1;
        ++p;
      }
      if (p < src_.size() && src_[p] == '\r') ++p;
      if (p >= src_.size()) {
        pos_ = p;
        return true;
      }
      if (src_[p] == '\n' || src_[p] == '#') {  // blank or comment-only
        while (p < src_.size() && src_[p] != '\n') ++p;
        if (p < src_.size()) {
          pos_ = p + 1;
          NewLine(pos_);
          continue;
        }
        pos_ = p;
        return true;
      }
      pos_ = p;
      const auto inconsistent = [&] {
        error_->kind = "TabError";
        return Fail("inconsistent use of tabs and spaces in indentation", pos_);
      };
      if (width > indents_.back()) {
        if (alt <= alt_indents_.back()) return inconsistent();
        if (static_cast<int>(indents_.size()) > kMaxIndentLevels) {
          error_->kind = "IndentationError";
          return Fail("too many levels of indentation", pos_);
        }
        indents_.push_back(width);
        alt_indents_.push_back(alt);
        Push(Tok::kIndent, "", pos_);
      } else {
        while (width < indents_.back()) {
          indents_.pop_back();
          alt_indents_.pop_back();
          Push(Tok::kDedent, "", pos_);
        }
        if (width != indents_.back()) {
          error_->kind = "IndentationError";
          return Fail("unindent does not match any outer indentation level", pos_);
        }
        if (alt != alt_indents_.back()) return inconsistent();
      }
      return true;
    }
    return true;
  }

  bool NameOrString() {
    const std::size_t start = pos_;
    std::size_t p = pos_;
    while (p < src_.size()) {
      if (IsIdentChar(src_[p])) {
        ++p;
      } else if (const Utf8Char u = DecodeUtf8(src_, p);
                 u.valid && IsUnicodeIdentContinue(u.cp)) {
        p += u.length;
      } else {
        break;
      }
    }
    // A string prefix? (r, u, f, b and their combinations)
    if (p < src_.size() && (src_[p] == '"' || src_[p] == '\'') && p - start <= 2) {
      std::string prefix;
      for (std::size_t k = start; k < p; ++k) {
        prefix.push_back(static_cast<char>(src_[k] | 0x20));  // lower case
      }
      const bool raw = prefix.find('r') != std::string::npos;
      const bool f = prefix.find('f') != std::string::npos;
      const bool b = prefix.find('b') != std::string::npos;
      const bool valid = prefix == "r" || prefix == "u" || prefix == "f" ||
                         prefix == "b" || prefix == "rf" || prefix == "fr" ||
                         prefix == "rb" || prefix == "br";
      if (valid) {
        if (b) return Fail("unsupported: bytes literals", start);
        return String(start, p, raw, f);
      }
    }
    if (p < src_.size() && static_cast<unsigned char>(src_[p]) >= 0x80) {
      return InvalidCharacter(p);
    }
    const std::string_view name = src_.substr(start, p - start);
    const bool ascii = std::all_of(name.begin(), name.end(), [](char ch) {
      return static_cast<unsigned char>(ch) < 0x80;
    });
    Push(Tok::kName, ascii ? std::string(name) : NormalizeName(name), start);
    pos_ = p;
    return true;
  }

  bool InvalidCharacter(std::size_t at) {
    const std::uint32_t cp = DecodeUtf8(src_, at).cp;
    char hex[16];
    std::snprintf(hex, sizeof hex, "U+%04X", cp);
    std::string shown;
    if (cp >= 0x20 && cp != 0x7F) AppendUtf8(cp, &shown);
    return Fail("invalid character '" + shown + "' (" + hex + ")", at);
  }

  bool Number() {
    const std::size_t start = pos_;
    std::size_t p = pos_;
    std::string digits;
    auto take_digits = [&](auto ok) {
      while (p < src_.size() && (ok(src_[p]) || src_[p] == '_')) {
        if (src_[p] == '_') {
          if (p + 1 >= src_.size() || !ok(src_[p + 1])) return false;
        } else {
          digits.push_back(src_[p]);
        }
        ++p;
      }
      return true;
    };
    if (src_[p] == '0' && p + 1 < src_.size() &&
        (src_[p + 1] == 'x' || src_[p + 1] == 'X' || src_[p + 1] == 'o' ||
         src_[p + 1] == 'O' || src_[p + 1] == 'b' || src_[p + 1] == 'B')) {
      const char kind = static_cast<char>(src_[p + 1] | 0x20);
      const int base = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
      p += 2;
      if (p < src_.size() && src_[p] == '_') ++p;
      if (!take_digits([base](char c) {
            const int v = HexValue(c);
            return v >= 0 && v < base;
          }) ||
          digits.empty()) {
        return Fail("invalid " +
                        std::string(base == 16  ? "hexadecimal"
                                    : base == 8 ? "octal"
                                                : "binary") +
                        " literal",
                    start);
      }
      return IntLiteral(digits, base, start, p);
    }
    bool is_float = false;
    if (!take_digits(IsDigit)) return Fail("invalid decimal literal", start);
    if (p < src_.size() && src_[p] == '.') {
      is_float = true;
      digits.push_back('.');
      ++p;
      if (!take_digits(IsDigit)) return Fail("invalid decimal literal", start);
    }
    if (p < src_.size() && (src_[p] == 'e' || src_[p] == 'E')) {
      std::size_t q = p + 1;
      if (q < src_.size() && (src_[q] == '+' || src_[q] == '-')) ++q;
      if (q < src_.size() && IsDigit(src_[q])) {
        is_float = true;
        digits.push_back('e');
        digits.append(src_.substr(p + 1, q - p - 1));
        p = q;
        if (!take_digits(IsDigit)) return Fail("invalid decimal literal", start);
      }
    }
    if (p < src_.size() && (src_[p] == 'j' || src_[p] == 'J')) {
      return Fail("unsupported: complex literals", start);
    }
    if (p < src_.size() && IsIdentChar(src_[p])) {
      return Fail("invalid decimal literal", start);
    }
    if (is_float) {
      Token t = Make(Tok::kFloat, std::string(src_.substr(start, p - start)), start);
      t.fvalue = std::strtod(digits.c_str(), nullptr);
      out_->push_back(std::move(t));
      pos_ = p;
      return true;
    }
    if (digits.size() > 1 && digits[0] == '0' &&
        digits.find_first_not_of('0') != std::string::npos) {
      return Fail(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix "
          "for octal integers",
          start);
    }
    return IntLiteral(digits, 10, start, p);
  }

  bool IntLiteral(const std::string& digits, int base, std::size_t start,
                  std::size_t end) {
    std::uint64_t v = 0;
    auto [ptr, ec] =
        std::from_chars(digits.data(), digits.data() + digits.size(), v, base);
    Token t = Make(Tok::kInt, std::string(src_.substr(start, end - start)), start);
    if (ec == std::errc() && ptr == digits.data() + digits.size() &&
        v <= static_cast<std::uint64_t>(INT64_MAX)) {
      t.ivalue = static_cast<std::int64_t>(v);
    } else {
      // Past 64 bits: marked, for IntLiteralDecimal to convert from `text`.
      // CPython's limit on decimal conversions applies to a decimal literal as
      // to int(text).
      if (base == 10 && digits.size() > kMaxDecimalLiteralDigits) {
        return Fail(
            "Exceeds the limit (4300 digits) for integer string conversion: value "
            "has " +
                std::to_string(digits.size()) +
                " digits; use sys.set_int_max_str_digits() to increase the limit "
                "- Consider hexadecimal for huge integer literals to avoid decimal "
                "conversion limits.",
            start);
      }
      if (digits.size() > kMaxLiteralDigits)
        return Fail("too many digits in integer", start);
      t.ivalue = -1;
    }
    out_->push_back(std::move(t));
    pos_ = end;
    return true;
  }

  // A string literal whose prefix starts at `start` and quote at `q`.
  bool String(std::size_t start, std::size_t q, bool raw, bool f) {
    const char quote = src_[q];
    const bool triple =
        q + 2 < src_.size() && src_[q + 1] == quote && src_[q + 2] == quote;
    std::size_t p = q + (triple ? 3 : 1);
    const int start_line = line_;
    std::string value;
    while (true) {
      if (p >= src_.size()) {
        return FailAt(
            triple ? "unterminated triple-quoted string literal (detected at line " +
                         std::to_string(line_) + ")"
                   : "unterminated string literal (detected at line " +
                         std::to_string(line_) + ")",
            start_line, ColOf(start, start_line));
      }
      const char c = src_[p];
      if (c == quote) {
        if (!triple) {
          ++p;
          break;
        }
        if (p + 2 < src_.size() && src_[p + 1] == quote && src_[p + 2] == quote) {
          p += 3;
          break;
        }
        value.push_back(c);
        ++p;
        continue;
      }
      if (c == '\n') {
        if (!triple) {
          return FailAt("unterminated string literal (detected at line " +
                            std::to_string(line_) + ")",
                        start_line, ColOf(start, start_line));
        }
        value.push_back(c);
        ++p;
        NewLine(p);
        continue;
      }
      if (c == '\\' && p + 1 < src_.size()) {  // kept as written; decoded below
        value.push_back(c);
        value.push_back(src_[p + 1]);
        p += 2;
        if (src_[p - 1] == '\n') NewLine(p);
        continue;
      }
      value.push_back(c);
      ++p;
    }
    if (!raw && !f) {  // an f-string's escapes are decoded part by part (parser)
      std::string decoded, problem;
      if (!DecodeEscapes(value, &decoded, &problem)) {
        return FailAt(problem, start_line, ColOf(start, start_line));
      }
      value = std::move(decoded);
    }
    Token t = Make(f ? Tok::kFString : Tok::kString, std::move(value), start);
    t.line = start_line;
    t.col = ColOf(start, start_line);
    t.raw = raw;
    out_->push_back(std::move(t));
    pos_ = p;
    return true;
  }

  bool Operator() {
    for (const char* op : kOperators) {
      const std::string_view o(op);
      if (src_.substr(pos_, o.size()) == o) {
        Token t = Make(Tok::kOp, std::string(o), pos_);
        if (o == "(" || o == "[" || o == "{") {
          ++depth_;
          brackets_.push_back(t);
        } else if (o == ")" || o == "]" || o == "}") {
          if (depth_ == 0) return Fail("unmatched '" + std::string(o) + "'", pos_);
          const char open = brackets_.back().text[0];
          const char want = open == '(' ? ')' : open == '[' ? ']' : '}';
          if (o[0] != want) {
            const Token& b = brackets_.back();
            std::string message = "closing parenthesis '" + std::string(o) +
                                  "' does not match opening parenthesis '" + b.text + "'";
            if (b.line != line_) message += " on line " + std::to_string(b.line);
            return Fail(message, pos_);
          }
          --depth_;
          brackets_.pop_back();
        }
        out_->push_back(std::move(t));
        pos_ += o.size();
        return true;
      }
    }
    if (src_[pos_] == '!') return Fail("invalid syntax", pos_);
    return InvalidCharacter(pos_);
  }

  void NewLine(std::size_t at) {
    ++line_;
    line_start_ = at;
  }
  int ColOf(std::size_t at, int line) const {
    // `at` is on the current line unless a string crossed lines since.
    if (line == line_) return static_cast<int>(at - line_start_) + 1;
    std::size_t b = at;
    while (b > 0 && src_[b - 1] != '\n') --b;
    return static_cast<int>(at - b) + 1;
  }
  Token Make(Tok kind, std::string text, std::size_t at) const {
    Token t;
    t.kind = kind;
    t.text = std::move(text);
    t.line = line_;
    t.col = static_cast<int>(at - line_start_) + 1;
    return t;
  }
  void Push(Tok kind, std::string text, std::size_t at) {
    out_->push_back(Make(kind, std::move(text), at));
  }
  bool Fail(const std::string& message, std::size_t at) {
    return FailAt(message, line_, static_cast<int>(at - line_start_) + 1);
  }
  bool FailAt(const std::string& message, int line, int col) {
    error_->message = message;
    error_->line = line;
    error_->col = col;
    return false;
  }

  std::string_view src_;
  std::vector<Token>* out_;
  SourceError* error_;
  std::size_t pos_ = 0;
  int line_ = 1;
  std::size_t line_start_ = 0;
  int depth_ = 0;  // open brackets
  std::vector<Token> brackets_;
  std::vector<int> indents_;
  std::vector<int> alt_indents_;  // the same, with tabs as 1 column
};

}  // namespace

bool DecodeEscapes(std::string_view body, std::string* out, std::string* problem) {
  out->clear();
  std::size_t p = 0;
  while (p < body.size()) {
    const char c = body[p++];
    if (c != '\\' || p >= body.size()) {
      out->push_back(c);
      continue;
    }
    const char e = body[p++];
    switch (e) {
      case '\n':
        break;  // a backslash-newline joins the lines
      case 'n':
        out->push_back('\n');
        break;
      case 't':
        out->push_back('\t');
        break;
      case 'r':
        out->push_back('\r');
        break;
      case '\\':
        out->push_back('\\');
        break;
      case '\'':
        out->push_back('\'');
        break;
      case '"':
        out->push_back('"');
        break;
      case 'a':
        out->push_back('\a');
        break;
      case 'b':
        out->push_back('\b');
        break;
      case 'f':
        out->push_back('\f');
        break;
      case 'v':
        out->push_back('\v');
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        int v = e - '0';
        for (int k = 0; k < 2 && p < body.size() && body[p] >= '0' && body[p] <= '7';
             ++k) {
          v = v * 8 + (body[p++] - '0');
        }
        AppendUtf8(static_cast<std::uint32_t>(v), out);
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        const int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        std::uint32_t v = 0;
        for (int k = 0; k < n; ++k) {
          const int h = p < body.size() ? HexValue(body[p]) : -1;
          if (h < 0) {
            *problem = "(unicode error) truncated \\" + std::string(1, e) + " escape";
            return false;
          }
          v = v * 16 + static_cast<std::uint32_t>(h);
          ++p;
        }
        if (v > 0x10FFFF) {
          *problem = "(unicode error) illegal Unicode character";
          return false;
        }
        AppendUtf8(v, out);
        break;
      }
      case 'N':
        *problem = "unsupported: \\N{...} escapes";
        return false;
      default:  // not an escape: both characters stay (Python warns)
        out->push_back('\\');
        out->push_back(e);
        break;
    }
  }
  return true;
}

bool IsKeyword(std::string_view name) {
  for (const char* k : kKeywords) {
    if (name == k) return true;
  }
  return false;
}

std::size_t FirstInvalidUtf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const Utf8Char c = DecodeUtf8(s, i);
    if (!c.valid) return i;
    i += c.length;
  }
  return std::string_view::npos;
}

std::string IntLiteralDecimal(std::string_view literal) {
  int base = 10;
  if (literal.size() > 2 && literal[0] == '0') {
    const char p = static_cast<char>(literal[1] | 0x20);
    base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
    if (base != 10) literal.remove_prefix(2);
  }
  std::string digits;
  for (char c : literal) {
    if (c != '_') digits += c;
  }
  return BigInt::FromDigitText(digits, base).ToText(10);
}

bool Tokenize(std::string_view source, std::vector<Token>* tokens, SourceError* error) {
  tokens->clear();
  *error = SourceError{};
  if (source.find('\0') != std::string_view::npos) {
    error->message = "source code cannot contain null bytes";
    error->line = 1;
    error->col = 1;
    return false;
  }
  // Source is UTF-8 (PEP 3120): the first byte that does not begin a valid
  // sequence is an error, as in python3.
  if (const std::size_t bad = FirstInvalidUtf8(source); bad != std::string_view::npos) {
    char byte[8];
    std::snprintf(byte, sizeof byte, "\\x%02x", static_cast<unsigned char>(source[bad]));
    error->message = std::string("Non-UTF-8 code starting with '") + byte +
                     "', but no encoding declared (source files are UTF-8)";
    const auto before = source.substr(0, bad);
    const std::size_t newline = before.rfind('\n');
    const std::size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
    error->line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    error->col = static_cast<int>(bad - line_start) + 1;
    return false;
  }
  return Tokenizer(source, tokens, error).Run();
}

}  // namespace gillab::py
