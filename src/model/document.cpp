#include "model/document.h"

#include <charconv>

namespace wz::model {

std::string plain_text(const Inline& spans) {
  std::string s;
  for (const auto& sp : spans) s += sp.text;
  return s;
}

const char* to_string(OutputProfile p) {
  switch (p) {
    case OutputProfile::Screen:
      return "screen";
    case OutputProfile::Print:
      return "print";
    case OutputProfile::Archive:
      return "archive";
  }
  return "?";
}

bool parse_output_profile(const std::string& name, OutputProfile& out) {
  for (auto p : {OutputProfile::Screen, OutputProfile::Print, OutputProfile::Archive})
    if (name == to_string(p)) return out = p, true;
  return false;
}

const char* to_string(Variant v) {
  switch (v) {
    case Variant::Hans:
      return "zh-Hans";
    case Variant::Hant:
      return "zh-Hant";
    case Variant::HK:
      return "zh-HK";
    case Variant::TW:
      return "zh-TW";
  }
  return "?";
}

bool parse_variant(const std::string& name, Variant& out) {
  for (auto v : {Variant::Hans, Variant::Hant, Variant::HK, Variant::TW})
    if (name == to_string(v)) return out = v, true;
  return false;
}

const char* to_string(TocDepth t) {
  switch (t) {
    case TocDepth::Issue:
      return "issue";
    case TocDepth::Article:
      return "article";
    case TocDepth::Section:
      return "section";
  }
  return "?";
}

bool parse_toc_depth(const std::string& name, TocDepth& out) {
  for (auto t : {TocDepth::Issue, TocDepth::Article, TocDepth::Section})
    if (name == to_string(t)) return out = t, true;
  return false;
}

namespace {
struct RoleName {
  ContributorRole role;
  const char *name, *marc;
};
constexpr RoleName kRoles[] = {
    {ContributorRole::Author, "author", "aut"},
    {ContributorRole::Editor, "editor", "edt"},
    {ContributorRole::Photographer, "photographer", "pht"},
    {ContributorRole::Illustrator, "illustrator", "ill"},
    {ContributorRole::Translator, "translator", "trl"},
    {ContributorRole::Designer, "designer", "dsr"},
};
}  // namespace

const char* to_string(ContributorRole r) {
  for (const auto& k : kRoles)
    if (k.role == r) return k.name;
  return "?";
}

const char* marc_relator(ContributorRole r) {
  for (const auto& k : kRoles)
    if (k.role == r) return k.marc;
  return "oth";
}

bool parse_contributor_role(const std::string& name, ContributorRole& out) {
  for (const auto& k : kRoles)
    if (name == k.name) return out = k.role, true;
  return false;
}

const char* to_string(BlockKind k) {
  switch (k) {
    case BlockKind::Byline:
      return "byline";
    case BlockKind::ReadingTip:
      return "reading-tip";
    case BlockKind::Paragraph:
      return "paragraph";
    case BlockKind::SectionHead:
      return "section-head";
    case BlockKind::Caption:
      return "caption";
    case BlockKind::Credit:
      return "credit";
    case BlockKind::Continuation:
      return "continuation";
    case BlockKind::EditorNote:
      return "editor-note";
    case BlockKind::Image:
      return "image";
  }
  return "?";
}

std::string alt_text(const std::vector<Block>& blocks, size_t image) {
  if (!blocks[image].image.alt.empty()) return blocks[image].image.alt;
  if (image + 1 < blocks.size() && blocks[image + 1].kind == BlockKind::Caption)
    return one_line(plain_text(blocks[image + 1].text));
  return {};
}

std::string one_line(std::string_view display) {
  std::string out(display);
  for (size_t k; (k = out.find(kLineBreak)) != std::string::npos;) out.erase(k, kLineBreak.size());
  return out;
}

namespace {

// A run of exactly `digits` ASCII digits at the start of d, read as a number in [lo, hi].
bool take_number(std::string_view& d, size_t digits, int lo, int hi, int& out) {
  if (d.size() < digits) return false;
  auto [p, ec] = std::from_chars(d.data(), d.data() + digits, out);
  if (ec != std::errc() || p != d.data() + digits || out < lo || out > hi) return false;
  d.remove_prefix(digits);
  return true;
}

}  // namespace

std::string chinese_date(std::string_view date) {
  std::string_view d = date;
  int y = 0, m = 0, day = 0;
  if (!take_number(d, 4, 1, 9999, y)) return std::string(date);
  std::string out = std::to_string(y) + "年";
  if (d.empty()) return out;
  if (d[0] != '-') return std::string(date);
  d.remove_prefix(1);
  if (!take_number(d, 2, 1, 12, m)) return std::string(date);
  out += std::to_string(m) + "月";
  if (d.empty()) return out;
  if (d[0] != '-') return std::string(date);
  d.remove_prefix(1);
  if (!take_number(d, 2, 1, 31, day) || !d.empty()) return std::string(date);
  return out + std::to_string(day) + "日";
}

}  // namespace wz::model
