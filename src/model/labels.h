// model/labels: the words wenzhai itself adds to a digest (not the manifest's or the
// pages'): the contents' heading and page labels, the reading tip's label, the EPUB
// nav's and landmarks' titles, the cover's "编者：", the broadsheet's jump lines.
// Consumes nothing. Produces the Simplified words; a Traditional edition's are these
// converted by variant/ (variant::convert_labels, the one place that converts them) into
// Digest::labels (front matter, nav) and each issue's Layout::labels (its pages).
#pragma once
#include <string>
#include <vector>

namespace wz::model {

struct Labels {
  std::string contents = "目录";            // contents pages' labels, nav heading, landmark
  std::string contents_heading = "目　录";  // the contents page's heading, spaced
  std::string landmarks = "导览";           // the EPUB nav's landmarks heading
  std::string cover = "封面";               // the cover's page label and landmark
  std::string title_page = "书名页";        // the EPUB title page's landmark
  std::string body_matter = "正文";         // the EPUB body's landmark
  std::string editor = "编者：";            // before the editor's name (cover, title page)
  std::string issues_before = "……共", issues_after = "期";  // "……共12期" on a full cover
  std::string reading_tip = "阅读提示";                     // the tip box's label
  std::string untitled = "（无题）";                        // an article with no head and no text
  std::string continued = "（转下页）";  // under a broadsheet article's last column
  std::string resumed = "（接上页）";    // after its head where it resumes
  std::string picture = "图片";          // a picture's alt text when it has no caption
  // The EPUB's accessibility summary (its Chinese sentence; the English one follows).
  std::string accessibility =
      "全书为文字内容，标题层级、目录和阅读顺序均已标注，可用屏幕阅读器朗读。";

  // Every label, so that a conversion misses none.
  std::vector<std::string*> all() {
    return {&contents,    &contents_heading, &landmarks,     &cover,        &title_page,
            &body_matter, &editor,           &issues_before, &issues_after, &reading_tip,
            &untitled,    &continued,        &resumed,       &picture,      &accessibility};
  }
};

}  // namespace wz::model
