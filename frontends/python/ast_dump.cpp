#include "frontends/python/ast_dump.h"

#include <cstdio>

namespace arcjit::frontend {

namespace {

// Python's repr of a str (bytes >= 0x80 are passed through as UTF-8).
std::string str_repr(const std::string& s) {
  char q = (s.find('\'') != std::string::npos && s.find('"') == std::string::npos) ? '"' : '\'';
  std::string out(1, q);
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == q || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (u < 0x20 || u == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  out += q;
  return out;
}

struct SourceWriter {
  std::string out;

  void list(const std::vector<Expr>& es) {
    for (size_t i = 0; i < es.size(); ++i) {
      if (i) out += ", ";
      write(es[i]);
    }
  }

  void write(const Expr& e) {
    if (auto* n = e.get<Name>()) {
      out += n->id;
    } else if (auto* i = e.get<IntLit>()) {
      out += std::to_string(i->value);
    } else if (auto* b = e.get<BoolLit>()) {
      out += b->value ? "True" : "False";
    } else if (e.is<NoneLit>()) {
      out += "None";
    } else if (auto* s = e.get<StrLit>()) {
      out += str_repr(s->value);
    } else if (auto* t = e.get<Tuple>()) {
      out += '(';
      list(t->elts);
      if (t->elts.size() == 1) out += ',';
      out += ')';
    } else if (e.is<EmptyList>()) {
      out += "[]";
    } else if (auto* c = e.get<Call>()) {
      bool wrap = c->callee->is<Lambda>();
      if (wrap) out += '(';
      write(*c->callee);
      if (wrap) out += ')';
      out += '(';
      list(c->args);
      for (size_t k = 0; k < c->keywords.size(); ++k) {
        if (k || !c->args.empty()) out += ", ";
        out += c->keywords[k].name;
        out += '=';
        write(*c->keywords[k].value);
      }
      out += ')';
    } else if (auto* l = e.get<Lambda>()) {
      out += "lambda";
      for (size_t p = 0; p < l->params.size(); ++p) {
        out += p ? ", " : " ";
        out += l->params[p].name;
      }
      if (l->star_param) {
        out += l->params.empty() ? " *" : ", *";
        out += l->star_param->name;
      }
      out += ": ";
      write(*l->body);
    }
  }
};

std::string at(const SourceLoc& loc) {
  return " @" + std::to_string(loc.line) + ":" + std::to_string(loc.column) + "\n";
}

void dump_body(std::string& out, const std::vector<Stmt>& body, int depth);

void dump_stmt(std::string& out, const Stmt& s, int depth) {
  std::string pad(static_cast<size_t>(depth) * 2, ' ');
  if (auto* a = s.get<Assign>()) {
    out += pad + a->target + " = " + to_source(a->value) + at(s.loc);
  } else if (auto* p = s.get<Append>()) {
    out += pad + p->list + ".append(" + to_source(p->value) + ")" + at(s.loc);
  } else if (auto* r = s.get<Return>()) {
    out += pad + "return " + to_source(r->value) + at(s.loc);
  } else if (auto* t = s.get<Try>()) {
    out += pad + "try" + at(s.loc);
    dump_body(out, t->body, depth + 1);
    const ExceptHandler& h = t->handler;
    out += pad + "except (";
    for (size_t i = 0; i < h.classes.size(); ++i) out += (i ? ", " : "") + h.classes[i].name;
    out += ")";
    if (h.bound_name) out += " as " + *h.bound_name;
    out += at(h.loc);
    dump_body(out, h.body, depth + 1);
  } else if (s.is<Pass>()) {
    out += pad + "pass" + at(s.loc);
  }
}

void dump_body(std::string& out, const std::vector<Stmt>& body, int depth) {
  for (const Stmt& s : body) dump_stmt(out, s, depth);
}

}  // namespace

std::string to_source(const Expr& e) {
  SourceWriter w;
  w.write(e);
  return w.out;
}

std::string dump(const Module& m) {
  std::string out;
  for (const Import& i : m.imports) {
    if (i.kind == Import::Kind::Module) {
      out += "import " + i.module;
    } else {
      out += "from " + i.module + " import ";
      if (i.kind == Import::Kind::FromStar) out += "*";
      for (size_t k = 0; k < i.names.size(); ++k) out += (k ? ", " : "") + i.names[k];
    }
    out += at(i.loc);
  }
  for (const FunctionDef& f : m.functions) {
    out += "def " + f.name + "(";
    for (size_t k = 0; k < f.params.size(); ++k) out += (k ? ", " : "") + f.params[k].name;
    out += ")" + at(f.loc);
    dump_body(out, f.body, 1);
  }
  return out;
}

}  // namespace arcjit::frontend
