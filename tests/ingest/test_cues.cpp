// Cues read off single lines (ingest/cues.h), called directly.
#include <gtest/gtest.h>

#include "ingest/cues.h"

using namespace wz::ingest;

TEST(Cues, PageFurnitureNoticesAndContacts) {
  EXPECT_TRUE(is_page_furniture("新闻热线：96180 短信报料：10659618"));
  EXPECT_TRUE(is_page_furniture("本版邮箱:dfxw@gongren-demo.cn"));
  EXPECT_TRUE(is_page_furniture("来稿请寄：news_desk@example.cn"));  // any label, an address
  EXPECT_FALSE(is_page_furniture("市民可发送邮件反映问题"));
  EXPECT_FALSE(is_page_furniture("张师傅@了一下工友"));  // an @ with no address after a colon
}

TEST(Cues, PageFurnitureMastheadFolioAndStaffUnderThePageName) {
  EXPECT_TRUE(is_page_furniture("滨江日报"));  // the paper's own name heads its page
  EXPECT_TRUE(is_page_furniture("南岭晚报"));
  EXPECT_TRUE(is_page_furniture("职工青年报"));
  EXPECT_FALSE(is_page_furniture("喜报"));  // too short for a paper's name
  EXPECT_TRUE(is_page_furniture("2"));      // a page number alone on its line
  EXPECT_TRUE(is_page_furniture("A06"));
  EXPECT_FALSE(is_page_furniture("2026"));  // a year, not a folio
  EXPECT_TRUE(is_page_furniture("本版责任编辑:何 洁 美术编辑:严 宁"));
  EXPECT_TRUE(is_page_furniture("本版编辑：吴越 校对：何小舟"));
  EXPECT_FALSE(is_page_furniture("本版责任编辑何洁说"));  // no colon: no credit
}

TEST(Cues, AFigureWithItsUnitIsNoPageCode) {
  EXPECT_FALSE(is_page_furniture("0.2毫米的较量"));  // a feature's 小标题
  EXPECT_FALSE(is_page_furniture("3号线的早高峰"));
  EXPECT_TRUE(is_page_furniture("第3版 要闻"));
  EXPECT_TRUE(is_page_furniture("城事·民生 07"));
}

TEST(Cues, MastheadsAtThePageEdgeInAnyForm) {
  EXPECT_TRUE(is_edge_masthead("岚江周末"));
  EXPECT_TRUE(is_edge_masthead("法治经济报"));
  EXPECT_TRUE(is_edge_masthead("LAODONGZHE RIBAO"));  // the romanised name
  EXPECT_FALSE(is_edge_masthead("喜报"));             // too short for a paper's name
  EXPECT_FALSE(is_edge_masthead("APP"));              // an acronym
  EXPECT_FALSE(is_edge_masthead("守山三十年"));
}

TEST(Cues, ContentsEntriesNoticesAndMoreStaffCredits) {
  EXPECT_TRUE(is_page_furniture("▲ 老焊工的“徒弟名册” 5版"));
  EXPECT_FALSE(is_page_furniture("（下转第2版）"));  // a jump line names a page with its verb
  EXPECT_FALSE(is_page_furniture("（上接3版）"));
  EXPECT_TRUE(is_page_furniture("▲冬季用工“供需两旺”怎么接 5版"));  // the verb in the title
  EXPECT_TRUE(is_page_furniture("扫描二维码，关注本报微信公众号"));
  EXPECT_TRUE(is_page_furniture("扫码下载“临霄晚报”客户端，看更多城事"));
  // A story's sentence that mentions a QR code stays text.
  EXPECT_FALSE(is_page_furniture("墙上还贴着工会法律援助热线和入会二维码。"));
  EXPECT_TRUE(is_page_furniture("本版统筹：蒋岚 责任编辑：柏舟"));
  EXPECT_TRUE(is_page_furniture("下期预告：《渡口上的摆渡人》"));
}

// Who signed or answered, bracketed or (with a colon) not: the text's byline, no head.
TEST(Cues, AffiliationAndAnswererLines) {
  EXPECT_TRUE(is_affiliation_line("（作者系岚州大学教授）"));
  EXPECT_TRUE(is_affiliation_line("作者单位：柘原市总工会"));
  EXPECT_TRUE(is_affiliation_line("解答人：岚州市劳动法律服务中心律师 谭 明"));
  EXPECT_TRUE(is_affiliation_line("答复人：市人社局劳动关系处"));
  EXPECT_FALSE(is_affiliation_line("作者系列讲座开讲"));  // unbracketed, no colon: a head
  EXPECT_FALSE(is_affiliation_line("解答职工关心的问题"));
}

// A data box's rows: figures set apart by spaces (the run is judged in evidence).
TEST(Cues, FigureRows) {
  EXPECT_TRUE(is_figure_row("30轮　17胜　9平　4负"));
  EXPECT_TRUE(is_figure_row("最多助攻　柯 原　11次"));
  EXPECT_TRUE(is_figure_row("全年发电量　18亿千瓦时"));
  EXPECT_FALSE(is_figure_row("春运首日 发送旅客120万人次"));  // one figure, not last
  EXPECT_FALSE(is_figure_row("本报讯（记者 林然 通讯员 宋雨）3月5日，岚州市总工会召开全委会。"));
  EXPECT_FALSE(is_figure_row("岚州开通12条线路"));  // no spaces: one item
}

// The answer's label, alone on its line, in any of its forms.
TEST(Cues, ReplyLabels) {
  EXPECT_TRUE(is_reply_label("编辑回复"));
  EXPECT_TRUE(is_reply_label("【律师答复】"));
  EXPECT_TRUE(is_reply_label("回复："));
  EXPECT_FALSE(is_reply_label("编辑回复：记者就此联系了物业。"));
  EXPECT_FALSE(is_reply_label("回复群众关切"));
}
