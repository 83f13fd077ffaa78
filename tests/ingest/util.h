// Test helpers for the ingest stage: model comparison without positions, page fixtures.
#pragma once
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/ingest.h"

namespace wz::ingest::test {

// A careless copy of a PDF page (ours): a lead wrapped at 22 characters; a brief wrapped at
// 14 by count, signed, set inside it with no blank line; then the lead's text goes on at 22.
inline const char* kInterleavedBriefPage =
    "晚稻收割进入高峰期\n"
    "本报讯（记者 章明）连日来，西江县抓住晴好天\n"
    "气组织农机手抢收晚稻，田间地头一派繁忙景象\n"
    "。截至10月25日，全县已收割晚稻8.6万亩\n"
    "，占种植面积的六成以上，预计月底前全部收完。\n"
    "在江口镇新塘村，三台收割机在金黄的稻田里来回\n"
    "穿梭，收割、脱粒、装袋一气呵成。种粮大户陈\n"
    "建国告诉记者，今年他种了三百多亩晚稻，亩产\n"
    "比去年高出五十公斤左右，收成是近几年最好的\n"
    "一年。\n"
    "县域快讯\n"
    "江口镇举办农机手技能比武\n"
    "10月24日，江口镇举办农机\n"
    "手技能比武，全镇32名农机手\n"
    "参加收割、插秧等项目的比拼，\n"
    "其中8人获评“优秀农机手”称\n"
    "号。（记者 毛丹）\n"
    "为保障抢收顺利，县农业农村局组织了16支农机\n"
    "服务队，分片包干到各乡镇，开展跨区作业和上门\n"
    "维修服务。县气象部门也加密了天气预报频次，及\n"
    "时向农户发布降雨和大风预警信息，提醒农户抢\n"
    "晴收割、及时晾晒，确保颗粒归仓。\n";

inline std::vector<model::Article> page(const std::string& text, Options opt = {}) {
  return read_raw_page(text, "test.txt", opt);
}

inline std::string body(const model::Article& a, size_t i) {
  size_t n = 0;
  for (const auto& b : a.blocks) {
    if (b.kind != model::BlockKind::Paragraph) continue;
    if (n++ == i) return model::plain_text(b.text);
  }
  return "<none>";
}

inline std::vector<model::BlockKind> kinds(const model::Article& a) {
  std::vector<model::BlockKind> k;
  for (const auto& b : a.blocks) k.push_back(b.kind);
  return k;
}

// Articles equal in every field except source positions (spans included).
inline void expect_same(const std::vector<model::Article>& x,
                        const std::vector<model::Article>& y) {
  ASSERT_EQ(x.size(), y.size());
  for (size_t i = 0; i < x.size(); ++i) {
    SCOPED_TRACE("article " + std::to_string(i) + " " + x[i].head.headline);
    EXPECT_EQ(x[i].kind, y[i].kind);
    EXPECT_EQ(x[i].genre, y[i].genre);
    EXPECT_EQ(x[i].head.kicker, y[i].head.kicker);
    EXPECT_EQ(x[i].head.headline, y[i].head.headline);
    EXPECT_EQ(x[i].head.subheadline, y[i].head.subheadline);
    ASSERT_EQ(x[i].blocks.size(), y[i].blocks.size());
    for (size_t k = 0; k < x[i].blocks.size(); ++k) {
      EXPECT_EQ(x[i].blocks[k].kind, y[i].blocks[k].kind) << "block " << k;
      EXPECT_EQ(x[i].blocks[k].text, y[i].blocks[k].text) << "block " << k;
    }
  }
}

}  // namespace wz::ingest::test
