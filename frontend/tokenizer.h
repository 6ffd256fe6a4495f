// gillab/frontend/tokenizer.h — Python source text to tokens.
//
// The first stage of the Python-subset front end (README.md, "Python"): the
// tokenizer turns source text into the tokens Python's own tokenizer makes for
// the same text, NEWLINE, INDENT and DEDENT included: newlines inside brackets
// and after a backslash join lines, blank and comment-only lines make no tokens,
// and each change of indentation is an INDENT or one DEDENT per level closed.
// String literals arrive decoded (escapes applied, adjacent literals still
// separate); an f-string arrives as its raw body, for the parser to split.
//
// What it rejects, with Python's words where Python has them: an unterminated
// string, an unindent that matches no outer level, a character that is not
// Python ("invalid character '$' (U+0024)"), a decimal int literal of more than
// 4300 digits (as CPython's), and bytes or complex literals (outside the subset).
#ifndef GILLAB_FRONTEND_TOKENIZER_H_
#define GILLAB_FRONTEND_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gillab::py {

// A problem in the source, at a position (line and column from 1). `kind` is
// the Python exception it stands for: "SyntaxError", "IndentationError" or
// "TabError".
struct SourceError {
  std::string kind = "SyntaxError";
  std::string message;  // "invalid syntax", "unsupported: class definitions"
  int line = 0;
  int col = 0;
};

enum class Tok : std::uint8_t {
  kName,     // identifiers and keywords
  kInt,      // `ivalue`; -1 past INT64_MAX (IntLiteralDecimal reads `text`)
  kFloat,    // `fvalue`
  kString,   // `text` is the decoded value
  kFString,  // `text` is the raw body between the quotes
  kOp,       // `text` is the operator: "+", "**=", "(", ...
  kNewline,
  kIndent,
  kDedent,
  kEnd,
};

struct Token {
  Tok kind = Tok::kEnd;
  std::string text;
  std::int64_t ivalue = 0;
  double fvalue = 0;
  int line = 0;
  int col = 0;       // from 1
  bool raw = false;  // kFString: an rf-string (no escapes in the literal parts)
};

// Tokenizes `source` into `tokens` (ending with kEnd). False, with `error`
// set, on the first problem.
bool Tokenize(std::string_view source, std::vector<Token>* tokens, SourceError* error);

// The decimal digits of an int literal's text ("0xFF_FF" -> "65535"), for one
// past INT64_MAX (a kInt token whose ivalue is -1). Requires: a literal the
// tokenizer accepted.
std::string IntLiteralDecimal(std::string_view literal);

// The offset of the first byte of `s` that does not begin a well-formed UTF-8
// sequence (overlong forms, surrogates and code points past U+10FFFF are not
// well formed), or npos.
std::size_t FirstInvalidUtf8(std::string_view s);

// Applies Python's backslash escapes to `body` (a literal's text between its
// quotes): \n, \t, \x41, \u00e9 (as UTF-8), octal, backslash-newline. False,
// with `problem` set, on a truncated or out-of-range escape.
bool DecodeEscapes(std::string_view body, std::string* out, std::string* problem);

// True for Python's reserved words ("if", "None", "lambda", ...).
bool IsKeyword(std::string_view name);

}  // namespace gillab::py

#endif  // GILLAB_FRONTEND_TOKENIZER_H_
