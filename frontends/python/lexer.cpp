#include "frontends/python/lexer.h"

#include <array>
#include <cstdint>
#include <cstdio>

namespace arcjit::frontend {

namespace {

constexpr std::array<std::string_view, 35> kKeywords = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};

// Length of the operator or punctuation token at the start of `s` (longest match), 0 if none.
size_t op_length(std::string_view s) {
  char c = s[0];
  char d = s.size() > 1 ? s[1] : '\0';
  char e = s.size() > 2 ? s[2] : '\0';
  switch (c) {
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case ',':
    case ';':
    case '~':
      return 1;
    case ':':
      return d == '=' ? 2 : 1;  // :=
    case '.':
      return d == '.' && e == '.' ? 3 : 1;  // ...
    case '-':
      return d == '=' || d == '>' ? 2 : 1;  // -= ->
    case '*':
    case '/':
    case '<':
    case '>':  // ** **= // //= << <<= >> >>= and c=
      if (d == c) return e == '=' ? 3 : 2;
      return d == '=' ? 2 : 1;
    case '+':
    case '%':
    case '@':
    case '&':
    case '|':
    case '^':
    case '=':
      return d == '=' ? 2 : 1;
    case '!':
      return d == '=' ? 2 : 0;  // != only
    default:
      return 0;
  }
}

constexpr size_t kMaxBracketDepth = 200;  // Python's limits
constexpr size_t kMaxIndentDepth = 100;

bool is_keyword(std::string_view s) {
  if (s.size() < 2 || s.size() > 8) return false;
  for (std::string_view k : kKeywords) {
    if (k[0] == s[0] && k == s) return true;
  }
  return false;
}

bool ident_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool ident_char(char c) { return ident_start(c) || (c >= '0' && c <= '9'); }
bool digit(char c) { return c >= '0' && c <= '9'; }
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

class Lexer {
 public:
  explicit Lexer(std::string_view src) : src_(src) {}

  std::vector<Token> run() {
    if (src_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = line_start_ = 3;  // UTF-8 byte order mark
    toks_.reserve(src_.size() / 2 + 16);
    bool at_line_start = true;
    while (!failed_) {
      if (at_line_start && brackets_.empty()) indentation();
      at_line_start = false;
      if (failed_) break;
      while (pos_ < src_.size() && (peek() == ' ' || peek() == '\t' || peek() == '\f')) ++pos_;
      if (pos_ >= src_.size()) break;
      char c = peek();
      if (c == '#') {
        while (pos_ < src_.size() && peek() != '\n' && peek() != '\r') ++pos_;
      } else if (size_t nl = newline_at(pos_)) {
        if (brackets_.empty() && line_has_tokens_) emit(TokKind::Newline, pos_, nl);
        if (brackets_.empty()) line_has_tokens_ = false;
        next_line(pos_ + nl);
        at_line_start = true;
      } else if (c == '\\') {
        continuation();
      } else if (ident_start(c)) {
        name();
      } else if (digit(c) || (c == '.' && digit(peek(1)))) {
        number();
      } else if (c == '\'' || c == '"') {
        string(pos_, false);
      } else if (static_cast<unsigned char>(c) >= 0x80) {
        non_ascii();
      } else {
        op();
      }
    }
    if (!failed_) finish();
    return std::move(toks_);
  }

 private:
  char peek(size_t ahead = 0) const {
    return pos_ + ahead < src_.size() ? src_[pos_ + ahead] : '\0';
  }
  size_t newline_at(size_t p) const {
    if (p >= src_.size()) return 0;
    if (src_[p] == '\n') return 1;
    if (src_[p] == '\r') return p + 1 < src_.size() && src_[p + 1] == '\n' ? 2 : 1;
    return 0;
  }
  void next_line(size_t new_pos) {
    pos_ = new_pos;
    line_start_ = new_pos;
    ++line_;
  }
  int column_of(size_t p) const { return static_cast<int>(p - line_start_) + 1; }

  Token& emit(TokKind kind, size_t start, size_t len) {
    Token t;
    t.kind = kind;
    t.text = src_.substr(start, len);
    t.line = line_;
    t.column = column_of(start);
    toks_.push_back(std::move(t));
    if (kind != TokKind::Newline && kind != TokKind::Indent && kind != TokKind::Dedent) {
      line_has_tokens_ = true;
    }
    return toks_.back();
  }
  void fail_at(int line, int column, std::string message) {
    Token t;
    t.kind = TokKind::Error;
    t.line = line;
    t.column = column;
    t.value = std::move(message);
    toks_.push_back(std::move(t));
    failed_ = true;
  }
  void fail(size_t p, std::string message) { fail_at(line_, column_of(p), std::move(message)); }

  // At the start of a line outside brackets: compare its indentation with the open levels.
  void indentation() {
    size_t start = pos_;
    while (pos_ < src_.size() && (peek() == ' ' || peek() == '\t' || peek() == '\f')) ++pos_;
    if (pos_ >= src_.size() || peek() == '#' || newline_at(pos_)) return;  // blank line
    std::string_view indent = src_.substr(start, pos_ - start);
    if (indent == indents_.back()) return;
    if (indent.size() > indents_.back().size() && indent.starts_with(indents_.back())) {
      if (indents_.size() > kMaxIndentDepth) return fail(pos_, "too many levels of indentation");
      indents_.push_back(indent);
      emit(TokKind::Indent, start, indent.size()).column = column_of(pos_);
      return;
    }
    while (indents_.back().size() > indent.size() && indents_.back().starts_with(indent)) {
      indents_.pop_back();
      emit(TokKind::Dedent, pos_, 0);
    }
    if (indent == indents_.back()) return;
    if (indent.starts_with(indents_.back())) {
      fail(pos_, "unindent does not match any outer indentation level");
    } else {
      fail(pos_, "inconsistent use of tabs and spaces in indentation");
    }
  }

  void continuation() {
    if (size_t nl = newline_at(pos_ + 1)) {
      next_line(pos_ + 1 + nl);
      if (pos_ >= src_.size()) fail(pos_, "unexpected end of file after line continuation");
    } else if (pos_ + 1 >= src_.size()) {
      fail(pos_, "unexpected end of file after line continuation");
    } else {
      fail(pos_ + 1, "unexpected character after line continuation character");
    }
  }

  void name() {
    size_t start = pos_;
    while (pos_ < src_.size() && ident_char(peek())) ++pos_;
    std::string_view word = src_.substr(start, pos_ - start);
    if ((peek() == '\'' || peek() == '"') && word.size() <= 2) {
      bool f = false, b = false, r = false, u = false, other = false;
      for (char c : word) {
        char l = static_cast<char>(c | 0x20);
        (l == 'f' ? f : l == 'b' ? b : l == 'r' ? r : l == 'u' ? u : other) = true;
      }
      if (!other && !(u && word.size() > 1)) {
        if (f) return fail(start, "f-strings are not supported");
        if (b) return fail(start, "bytes literals are not supported");
        return string(start, r);
      }
    }
    if (static_cast<unsigned char>(peek()) >= 0x80) return non_ascii();
    emit(is_keyword(word) ? TokKind::Keyword : TokKind::Name, start, word.size());
  }

  void number() {
    size_t start = pos_;
    TokKind kind = TokKind::Int;
    bool ok = true;
    char base = (peek() == '0') ? static_cast<char>(peek(1) | 0x20) : '\0';
    if (base == 'x' || base == 'o' || base == 'b') {
      pos_ += 2;
      size_t digits_start = pos_;
      while (pos_ < src_.size() && (ident_char(peek()))) ++pos_;
      std::string_view digits = src_.substr(digits_start, pos_ - digits_start);
      int radix = base == 'x' ? 16 : base == 'o' ? 8 : 2;
      ok = !digits.empty() && digits.back() != '_' && digits.find("__") == std::string_view::npos;
      for (char c : digits) {
        int v = c == '_' ? 0 : hex_value(c);
        if (v < 0 || v >= radix) ok = false;
      }
      if (!ok) {
        const char* what = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
        return fail(start, std::string("invalid ") + what + " literal");
      }
    } else {
      auto digits = [&] {
        size_t s = pos_;
        while (pos_ < src_.size() && (digit(peek()) || peek() == '_')) ++pos_;
        std::string_view d = src_.substr(s, pos_ - s);
        if (!d.empty() && (d.front() == '_' || d.back() == '_' || d.find("__") != d.npos)) {
          ok = false;
        }
      };
      digits();
      if (peek() == '.') {
        ++pos_;
        kind = TokKind::Float;
        digits();
      }
      char e = peek();
      if ((e == 'e' || e == 'E') &&
          (digit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && digit(peek(2))))) {
        pos_ += 2;
        kind = TokKind::Float;
        digits();
      }
      if (peek() == 'j' || peek() == 'J') {
        ++pos_;
        kind = TokKind::Imaginary;
      }
      if (!ok || ident_char(peek())) return fail(start, "invalid decimal literal");
      std::string_view text = src_.substr(start, pos_ - start);
      if (kind == TokKind::Int && text.size() > 1 && text[0] == '0' &&
          text.find_first_not_of("0_") != std::string_view::npos) {
        return fail(start,
                    "leading zeros in decimal integer literals are not permitted; use an 0o "
                    "prefix for octal integers");
      }
    }
    emit(kind, start, pos_ - start);
  }

  // A string literal whose prefix (if any) starts at `start`; pos_ is at the opening quote.
  void string(size_t start, bool raw) {
    int start_line = line_;
    int start_col = column_of(start);
    char q = peek();
    bool triple = peek(1) == q && peek(2) == q;
    pos_ += triple ? 3 : 1;
    std::string value;
    auto unterminated = [&] {
      fail_at(start_line, start_col,
              triple ? "unterminated triple-quoted string literal" : "unterminated string literal");
    };
    while (true) {
      if (pos_ >= src_.size()) return unterminated();
      char c = peek();
      if (c == q && (!triple || (peek(1) == q && peek(2) == q))) {
        pos_ += triple ? 3 : 1;
        break;
      }
      if (size_t nl = newline_at(pos_)) {
        if (!triple) return unterminated();
        value += '\n';
        next_line(pos_ + nl);
        continue;
      }
      if (c != '\\') {
        value += c;
        ++pos_;
        continue;
      }
      if (pos_ + 1 >= src_.size()) return unterminated();
      if (size_t nl = newline_at(pos_ + 1)) {  // backslash-newline
        if (raw) value += src_.substr(pos_, 1 + nl);
        next_line(pos_ + 1 + nl);
        continue;
      }
      if (raw) {
        value += src_.substr(pos_, 2);
        pos_ += 2;
        continue;
      }
      if (!escape(value)) return;
    }
    Token& t = emit(TokKind::Str, start, pos_ - start);
    t.line = start_line;
    t.column = start_col;
    t.value = std::move(value);
  }

  // Decodes the escape at pos_ (a backslash, not before a line break) into `out`.
  bool escape(std::string& out) {
    size_t at = pos_;
    char d = peek(1);
    pos_ += 2;
    switch (d) {
      case '\\':
        out += '\\';
        return true;
      case '\'':
        out += '\'';
        return true;
      case '"':
        out += '"';
        return true;
      case 'a':
        out += '\a';
        return true;
      case 'b':
        out += '\b';
        return true;
      case 'f':
        out += '\f';
        return true;
      case 'n':
        out += '\n';
        return true;
      case 'r':
        out += '\r';
        return true;
      case 't':
        out += '\t';
        return true;
      case 'v':
        out += '\v';
        return true;
      case 'N':
        fail(at, "'\\N{...}' escapes are not supported");
        return false;
      default:
        break;
    }
    if (d >= '0' && d <= '7') {
      uint32_t v = static_cast<uint32_t>(d - '0');
      for (int i = 0; i < 2 && peek() >= '0' && peek() <= '7'; ++i, ++pos_) {
        v = v * 8 + static_cast<uint32_t>(peek() - '0');
      }
      append_utf8(out, v);
      return true;
    }
    int width = d == 'x' ? 2 : d == 'u' ? 4 : d == 'U' ? 8 : 0;
    if (width == 0) {  // unknown escapes keep their backslash, as in Python
      out += '\\';
      out += d;
      return true;
    }
    uint32_t v = 0;
    for (int i = 0; i < width; ++i, ++pos_) {
      int h = hex_value(peek());
      if (h < 0) {
        fail(at, std::string("truncated '\\") + d + "' escape");
        return false;
      }
      v = v * 16 + static_cast<uint32_t>(h);
    }
    if (v > 0x10FFFF) {
      fail(at, "escape sequence is outside the Unicode range");
      return false;
    }
    append_utf8(out, v);
    return true;
  }

  void non_ascii() {
    auto b = [&](size_t i) { return static_cast<unsigned char>(peek(i)); };
    unsigned char c0 = b(0);
    int len = c0 >= 0xF0 ? 4 : c0 >= 0xE0 ? 3 : c0 >= 0xC0 ? 2 : 0;
    uint32_t cp = len == 2 ? (c0 & 0x1F) : len == 3 ? (c0 & 0x0F) : (c0 & 0x07);
    for (int i = 1; i < len; ++i) {
      if ((b(i) & 0xC0) != 0x80) len = 0;
      cp = (cp << 6) | (b(i) & 0x3F);
    }
    char buf[96];
    if (len == 0) {
      std::snprintf(buf, sizeof buf, "invalid UTF-8 byte 0x%02X", c0);
    } else {
      std::snprintf(buf, sizeof buf,
                    "non-ASCII character U+%04X is not supported outside strings and comments",
                    static_cast<unsigned>(cp));
    }
    fail(pos_, buf);
  }

  void op() {
    size_t len = op_length(src_.substr(pos_));
    if (len > 0) {
      size_t start = pos_;
      pos_ += len;
      char c = src_[start];
      if (len == 1 && (c == '(' || c == '[' || c == '{')) {
        if (brackets_.size() >= kMaxBracketDepth) return fail(start, "too many nested parentheses");
        brackets_.push_back(static_cast<int>(toks_.size()));
      } else if (len == 1 && (c == ')' || c == ']' || c == '}')) {
        std::string closer(1, c);
        if (brackets_.empty()) return fail(start, "unmatched '" + closer + "'");
        Token& open = toks_[static_cast<size_t>(brackets_.back())];
        char want = open.text[0] == '(' ? ')' : open.text[0] == '[' ? ']' : '}';
        if (c != want) {
          std::string m = "closing parenthesis '" + closer +
                          "' does not match opening parenthesis '" + std::string(open.text) + "'";
          if (open.line != line_) m += " on line " + std::to_string(open.line);
          return fail(start, m);
        }
        open.match = static_cast<int>(toks_.size());
        brackets_.pop_back();
      }
      emit(TokKind::Op, start, len);
      return;
    }
    char buf[64];
    unsigned char c = static_cast<unsigned char>(peek());
    if (c >= 0x20 && c < 0x7F) {
      std::snprintf(buf, sizeof buf, "invalid character '%c' (U+%04X)", c, c);
    } else {
      std::snprintf(buf, sizeof buf, "invalid character U+%04X", c);
    }
    fail(pos_, buf);
  }

  void finish() {
    if (line_has_tokens_) emit(TokKind::Newline, pos_, 0);
    while (indents_.size() > 1) {
      indents_.pop_back();
      emit(TokKind::Dedent, pos_, 0);
    }
    emit(TokKind::End, pos_, 0);
  }

  std::string_view src_;
  size_t pos_ = 0;
  int line_ = 1;
  size_t line_start_ = 0;
  bool failed_ = false;
  bool line_has_tokens_ = false;
  std::vector<Token> toks_;
  std::vector<std::string_view> indents_{std::string_view()};
  std::vector<int> brackets_;  // indices of open bracket tokens
};

}  // namespace

std::vector<Token> tokenize(std::string_view text) { return Lexer(text).run(); }

}  // namespace arcjit::frontend
