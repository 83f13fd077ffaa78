// ingest: where one item ends and the next begins on pages of short items — letters,
// listings, briefs signed at their end, boxes signed by an expert, notices and ads that are
// no articles (decode.cpp, evidence.cpp), on pages of our own.
#include <gtest/gtest.h>

#include "util.h"

using namespace wz::ingest::test;
using BK = wz::model::BlockKind;

namespace {

std::string byline_of(const wz::model::Article& a) {
  std::string out;
  for (const auto& b : a.blocks)
    if (b.kind == BK::Byline) out += (out.empty() ? "" : "|") + wz::model::plain_text(b.text);
  return out;
}

bool has_text(const std::vector<wz::model::Article>& arts, const std::string& s) {
  for (const auto& a : arts) {
    if (a.head.headline.find(s) != std::string::npos) return true;
    for (const auto& b : a.blocks)
      if (wz::model::plain_text(b.text).find(s) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

// Letters signed with place and role set apart (东湖区 读者 许安然); each letter's head opens
// its item (the text under it is signed); a salutation opens the letter even where the head's
// last character and its first make a word (…没人修|编辑…: 修编); a stub (停车位？) ends the
// sentence cut before it; the reply under a signature stays with its letter.
TEST(Items, LettersSignedByPlaceAndRole) {
  auto a = page(
      "读者来信\n\n小区门口的路灯坏了一个月没人修\n\n编辑同志：\n\n"
      "我家住在东湖区柳岸小区，小区门口那盏路灯已经坏了一个月。\n\n"
      "希望有关部门尽快修好，别让老人晚上摸黑走路。\n\n东湖区 读者 许安然\n\n"
      "编辑回复：\n\n接到来信后，本报联系了东湖区城管局，工作人员表示三天内修复。\n\n"
      "菜场搬走后 买菜要多走两站路\n\n"
      "我是西城区枫林社区的居民，今年七十岁。菜场搬走以后，附近能不能设个临时\n\n"
      "停车位？\n\n西城区 读者 严国平\n\n"
      "楼下的快递柜能不能挪一挪\n\n"
      "我住在南湖区翠湖花园，小区快递柜摆在消防通道上，救护车进不来。\n\n"
      "南湖区 读者 韦 宁\n");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].head.headline, "小区门口的路灯坏了一个月没人修");
  EXPECT_EQ(body(a[0], 0), "编辑同志：");
  EXPECT_EQ(byline_of(a[0]), "东湖区 读者 许安然");
  EXPECT_TRUE(has_text({a[0]}, "接到来信后"));
  EXPECT_EQ(a[1].head.headline, "菜场搬走后 买菜要多走两站路");
  EXPECT_NE(body(a[1], 0).find("临时停车位？"), std::string::npos);
  EXPECT_EQ(a[2].head.headline, "楼下的快递柜能不能挪一挪");
}

// A brief set under a Q&A interview with its head tight on its text and signed with the
// writer's bare name in brackets is an item of its own, not a 小标题 of the interview.
TEST(Items, ABriefSignedWithABareNameAfterAnInterview) {
  auto a = page(
      "专家解读\n\n就业回暖，底气在哪里\n\n■ 本报记者 石 岚\n\n"
      "记者：今年以来就业形势怎么样？\n\n严明远：总体稳中向好，新增岗位比去年同期多。\n\n"
      "记者：下一步的重点在哪里？\n\n严明远：关键是稳住中小企业，让它们愿意招人。\n\n"
      "青禾农商行发放首笔稳岗贷款\n"
      "日前，青禾农商行向一家制衣企业发放稳岗贷款500万元，支持企业保留岗位。（苗 青）\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].head.headline, "青禾农商行发放首笔稳岗贷款");
  EXPECT_EQ(byline_of(a[1]), "（苗青）");
}

// A label over entries of one mark (《…》 titles, quoted exhibition names) is a listing's
// column label: each entry is an item, its 时间：/地点： fields its text, no verse.
TEST(Items, AListingUnderItsLabel) {
  auto a = page(
      "书讯\n\n《河边的灯》\n青禾籍作家林远的散文集，收录散文四十篇，近日出版。\n\n"
      "《老街记》\n作者用五年时间走访全市老街，写成这本小书。\n\n"
      "展讯\n\n“石上花开”石刻拓片展\n时间：3月1日至3月20日\n地点：青禾市博物馆二楼\n\n"
      "“纸上春风”剪纸作品展\n时间：3月8日至4月8日\n地点：青禾市文化馆一楼\n");
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[0].head.headline, "《河边的灯》");
  EXPECT_EQ(a[1].head.headline, "《老街记》");
  EXPECT_EQ(a[2].head.headline, "“石上花开”石刻拓片展");
  EXPECT_EQ(body(a[2], 0).substr(0, 9), "时间：");
  EXPECT_EQ(a[3].head.headline, "“纸上春风”剪纸作品展");
  for (const auto& x : a) EXPECT_EQ(x.head.kicker, "") << x.head.headline;
}

// A company's paid announcement and a block of classified ads are page furniture; the
// text cut before the ads goes on after them.
TEST(Items, AnnouncementsAndAdsAreNoArticles) {
  auto a = page(
      "青禾启动夏季防溺水巡查\n\n"
      "本报讯（记者 单 磊）青禾市日前启动夏季防溺水巡查，并组织救生员开展技能培\n\n"
      "分类广告\n广告热线：6612 3311\n遗失声明\n周小满遗失学生证一本，声明作废。\n"
      "房屋出租\n沿江路临街店面出租，电话：13905786612\n"
      "训。巡查将持续到九月底。\n\n"
      "证券代码：600123    证券简称：青禾股份    公告编号：2026-011\n"
      "青禾股份有限公司关于召开股东大会的通知\n"
      "公司定于2026年3月20日召开2026年第一次临时股东大会。\n"
      "青禾股份有限公司董事会\n2026年3月9日\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_NE(body(a[0], 0).find("技能培训。巡查将持续"), std::string::npos);
  EXPECT_FALSE(has_text(a, "声明作废"));
  EXPECT_FALSE(has_text(a, "董事会"));
}

// Quotes set apart by a wider gap than the page's paragraphs make a sidebar of their own;
// each attribution (——同事 X) ends its quote's paragraph.
TEST(Items, AQuotesSidebarAfterAWideGap) {
  auto a = page(
      "钟师傅：给老桥“听诊”三十年\n\n文/本报记者 鲁 宁\n\n"
      "清晨六点，钟师傅已经系好安全绳，悬在三桥的桥墩边。\n\n"
      "三十年来，他和同事们守护着全市二十多座大桥。\n\n\n"
      "同事眼中的钟师傅\n\n“跟着师傅跑桥十年，他教给我最多的是较真。”\n——徒弟 邓小溪\n\n"
      "“只要看到老钟在桥下，我们心里就踏实。”\n——养护中心主任 饶建平\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].head.headline, "同事眼中的钟师傅");
  EXPECT_EQ(body(a[1], 1), "——徒弟邓小溪");
}

// An expert's box after a case report: its label, its head, and a bullet-office-name line
// that signs it (■ …庭长 郁 青) make an item; a label over index entries is furniture.
TEST(Items, AnExpertsBoxAndAnIndexLabel) {
  auto a = page(
      "二手车行“调表”被判退一赔三\n\n本报通讯员 罗一舟 记者 钱 澍\n\n"
      "市民孟先生花十二万元买下一辆二手车，不到半年发现里程表被调过。\n\n"
      "法院审理认为，车行隐瞒真实里程，构成欺诈，判决退一赔三。\n\n"
      "法官说法\n\n隐瞒车况构成欺诈 “退一赔三”于法有据\n\n■ 青禾区法院民一庭庭长 郁 青\n\n"
      "二手车交易中，车辆的实际行驶里程是影响价格的重要信息。\n\n"
      "今日导读\n●小柑橘搭上直播快车 2版\n●“银发课堂”开到村口 3版\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].head.headline, "隐瞒车况构成欺诈 “退一赔三”于法有据");
  EXPECT_EQ(byline_of(a[1]), "■ 青禾区法院民一庭庭长 郁青");
  EXPECT_FALSE(has_text(a, "今日导读"));
}

// A byline in brackets alone under its head (（通讯员 钱 晓 本报记者 周 舟）) is the byline,
// and the head over it is a head even where the end of a later head and its start would
// make a word (…十一年|老楼: 年老): a line with a byline under it is never cut text.
TEST(Items, ABracketedBylineUnderItsHead) {
  auto a = page(
      "老楼加装电梯 一楼也点了头\n\n（通讯员 钱 晓 本报记者 周 舟）\n\n"
      "5月10日上午，白沙街道纺机新村12幢楼下，最后一节导轨吊装到位。\n\n"
      "纺机新村是典型的老旧小区，六十岁以上居民占比超过四成。\n\n"
      "社区达人\n\n“板凳爷爷”义务修椅子十一年\n\n本报记者 周 舟 文/图\n\n"
      "在槐荫街道仓前社区，提起郑守田，居民们都竖起大拇指。\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].head.headline, "老楼加装电梯 一楼也点了头");
  EXPECT_EQ(byline_of(a[0]), "（通讯员 钱晓 本报记者 周舟）");
  EXPECT_EQ(a[1].head.headline, "“板凳爷爷”义务修椅子十一年");
}

// Pieces signed at their end by a name and its unit in brackets, or by the unit (an
// organisation or office that says so) and the name: each signature closes its piece, and
// the head after it opens the next.
TEST(Items, PiecesSignedByUnitAndName) {
  auto a = page(
      "学习心得\n\n在“小切口”中读懂“大道理”\n\n"
      "近期，我所在的党支部组织学习了省委关于加强基层党建的部署，大家讨论热烈。\n\n"
      "怎样让党员在一线亮出身份？我们把答案写在了每一次抢修里。\n\n"
      "邱立新（青禾省交通投资集团）\n\n把“板凳”搬到群众中间\n\n"
      "参加工作第三年，我从县直机关来到溪口镇，负责联系两个村。\n\n"
      "后来，一位老党员提醒我，坐到院子里跟大家一起剥豆子，话就多了。\n\n"
      "青禾县溪口镇党委 沈 蔚\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(byline_of(a[0]), "邱立新（青禾省交通投资集团）");
  EXPECT_EQ(a[1].head.headline, "把“板凳”搬到群众中间");
  EXPECT_EQ(byline_of(a[1]), "青禾县溪口镇党委 沈蔚");
}

// An official notice set as an item: its title (关于…的公告, long and with a clause) heads
// it, the salutation to its readers opens it, 特此公告。 is its last text (no stub of a cut
// sentence), and its issuer and date under the text sign it.
TEST(Items, AnOfficialNoticeAsAnItem) {
  auto a = page(
      "清明出行 这些路段请绕行\n\n本报讯（记者 邝 明）清明假期将至，交警部门发布出行提示。\n\n"
      "交警部门表示，节日期间将在重点路段增派警力，市民如遇拥堵可拨打122。\n\n"
      "关于K7路、K19路公交线路部分站点临时停运的公告\n\n广大乘客：\n\n"
      "因泮江路雨污分流改造工程施工，K7路、K19路部分站点自4月3日起临时停运。\n\n"
      "特此公告。\n\n青禾市公共交通集团有限公司\n2027年4月1日\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].head.headline, "关于K7路、K19路公交线路部分站点临时停运的公告");
  EXPECT_EQ(body(a[1], 0), "广大乘客：");
  EXPECT_NE(byline_of(a[1]).find("青禾市公共交通集团有限公司"), std::string::npos);
}

// Excerpts under one label each end with their source (…。（摘自…《…报》）): the head
// after one opens the next excerpt, not a 小标题 of the first; the source stays in the text.
TEST(Items, ExcerptsEndWithTheirSource) {
  auto a = page(
      "观点摘编\n\n让老手艺走进新课堂\n\n"
      "职业院校要把非遗技艺请进课堂，让年轻人在动手中读懂传统。"
      "（摘自2027年2月3日《青禾日报》）\n\n"
      "为县城商业补上夜间短板\n\n"
      "县城夜间消费潜力不小，关键是把街区的灯点亮、把服务延长。"
      "（摘自2027年2月5日《南岭晚报》）\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].head.headline, "让老手艺走进新课堂");
  EXPECT_EQ(a[1].head.headline, "为县城商业补上夜间短板");
  EXPECT_TRUE(has_text({a[1]}, "（摘自2027年2月5日《南岭晚报》）"));
}

// World briefs under a column label, each head over one paragraph that opens with its
// source (据外媒报道，…), are items, not the 小标题 of one feature; a 数读 box's figures
// alone on their lines, each over what it counts, are its text, not heads.
TEST(Items, ReportLeadsAndAFiguresBox) {
  auto a = page(
      "数读\n“十一”假期消费账单\n\n3.1亿人次\n全省接待游客，同比增长6.2%\n\n"
      "212.4亿元\n游客总花费，同比增长7.9%\n\n（数据来源：省文化和旅游厅）\n\n"
      "国际\n\n北海沿岸遭遇强风暴\n"
      "据外媒报道，受强风暴影响，北海沿岸多个港口暂停作业，部分航班取消。\n\n"
      "南美一城市启用无人驾驶公交\n"
      "据外媒报道，南美一座港口城市日前启用首条无人驾驶公交线路，全长9公里。\n\n"
      "极地科考船完成冰区试航\n"
      "据外媒报道，一艘新型极地科考船近日在北冰洋完成首次冰区试航。\n");
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[0].head.headline, "“十一”假期消费账单");
  EXPECT_TRUE(has_text({a[0]}, "212.4亿元"));
  EXPECT_EQ(a[1].head.headline, "北海沿岸遭遇强风暴");
  EXPECT_EQ(a[2].head.headline, "南美一城市启用无人驾驶公交");
  EXPECT_EQ(a[3].head.headline, "极地科考船完成冰区试航");
}

// Sound bites under a box label: each speaker signs with the offices that name them
// (全国人大代表、…高级技师 邓春燕), a byline under the title, never a 副题.
TEST(Items, SpeakersSignWithTheirOffices) {
  auto a = page(
      "代表委员之声\n\n让山区孩子上好学\n\n全国人大代表、青禾县第一中学校长 何明远\n\n"
      "我建议继续加大对山区学校的投入，让优秀教师愿意来、留得住。\n\n"
      "把社区医院建到家门口\n\n全国政协委员、南岭医科大学附属医院院长 纪明川\n\n"
      "基层医疗是健康的第一道关口，要让群众小病不出社区。\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(byline_of(a[0]), "全国人大代表、青禾县第一中学校长 何明远");
  EXPECT_EQ(a[0].head.subheadline, "");
  EXPECT_EQ(byline_of(a[1]), "全国政协委员、南岭医科大学附属医院院长 纪明川");
}

// A hotline page: each question heads an item (its call and the office's answer are Q&A),
// a byline glued in brackets signs one off; the paper's notice box at the foot (its slogan,
// numbers, account and request) is furniture, not a head over text.
TEST(Items, HotlineItemsAndTheNoticeBox) {
  auto a = page(
      "楼下烧烤店油烟呛人 能管管吗？\n\n"
      "市民来电：我家楼下新开了一家烧烤店，每天晚上油烟直往楼上窜。\n\n"
      "部门回复：区城管局回复称，已责令该店加装油烟净化设备。（记者 林 溪）\n\n"
      "公园厕所晚上几点关门？\n\n"
      "市民来电：我晚上常去滨河公园散步，发现厕所八点就锁门了。\n\n"
      "部门回复：市园林局回复称，公园厕所开放时间将延长至晚上十点。\n\n"
      "记者 卢 笛\n\n"
      "晚报热线 帮您办事\n热线电话：0738-6612000\n微信：wb_rexian\n"
      "来电请说明具体地址，本报将跟踪办理结果。\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].head.headline, "楼下烧烤店油烟呛人 能管管吗？");
  EXPECT_EQ(a[1].head.headline, "公园厕所晚上几点关门？");
  EXPECT_FALSE(has_text(a, "本报将跟踪办理结果"));
}

// A data box set inside a sentence cut at a column end (…有所回 | 行情速览 | rows | 升。…) is
// an item of its own: its head is no 小标题 of the story, and the story reads on across it.
TEST(Items, ADataBoxInsideACutSentence) {
  auto a = page(
      "三大指数集体收涨\n\n本报记者 梁 潇\n\n"
      "4月20日，A股三大指数低开高走，全天震荡上行，成交额较上一交易日放量。\n\n"
      "分析人士认为，两市成交额连续三个交易日放大，融资余额也同步回升，成交回暖释放积极"
      "信号，市场风险偏好有所回\n\n"
      "行情速览\n上证指数 3386.42 +29.21 +0.87%\n深证成指 10658.17 +149.36 +1.42%\n"
      "创业板指 2134.09 +41.08 +1.96%\n\n"
      "升。不过，也有机构提示，部分题材股短期涨幅较大，后续或面临获利回吐压力。\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_TRUE(has_text({a[0]}, "风险偏好有所回升。不过"));
  EXPECT_EQ(a[1].head.headline, "行情速览");
}

// Briefs of a county paper: each opens with its place in brackets; one signed at its end
// is followed by a brief with no head of its own, which its place label titles; the head
// after that opens the next brief, not a head printed late for it.
TEST(Items, BriefsOpenedByTheirPlace) {
  auto a = page(
      "溪口镇夏茶开采\n\n【溪口镇】近日，溪口镇大岭村300亩高山茶园迎来夏茶采摘期。\n\n"
      "村党支部书记介绍，茶园今年预计可实现产值260万元。（通讯员 柳 青）\n\n"
      "【石门乡】6月5日，石门乡在乡文化广场举办普法集市，受理法律咨询46件。\n\n"
      "龙潭街道为独居老人装上“一键呼”\n\n"
      "龙潭街道：龙潭街道近日为辖区132户独居老人免费安装智能呼叫设备。\n");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(byline_of(a[0]), "（通讯员 柳青）");
  EXPECT_EQ(a[1].head.headline, "【石门乡】");
  EXPECT_EQ(body(a[1], 0).rfind("6月5日", 0), 0u);
  EXPECT_EQ(a[2].head.headline, "龙潭街道为独居老人装上“一键呼”");
}

// A job listing under its label: each employer's name over nothing but fields (岗位：…
// 要求：… 待遇：… 联系电话：…) is an item, and its telephone is its own, not the page's.
TEST(Items, AJobListingOfFields) {
  auto a = page(
      "招聘信息\n\n青禾精密模具有限公司\n岗位：数控车工 8名\n要求：中专及以上学历\n"
      "待遇：月薪6000元起\n联系电话：0000-5538 6612（刘女士）\n\n"
      "南岭惠民超市有限公司\n岗位：理货员 20名\n要求：身体健康\n待遇：月薪4200元起\n"
      "联系电话：0000-5560 2718（周先生）\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].head.headline, "青禾精密模具有限公司");
  EXPECT_TRUE(has_text({a[0]}, "联系电话"));
  EXPECT_EQ(a[1].head.headline, "南岭惠民超市有限公司");
}

// A recipe signed 文/周宁 (a name that is also a place: the slash sets it off); a box of
// tips under a plain head after a feature whose 小标题 wear ■ is an item of its own; a
// reader's essay signed with place and name (桐溪县 周晓岚) is signed off, not the next
// item's 引题; the paper's call for contributions under its head is furniture.
TEST(Items, TipsBoxSignaturesAndAHouseNotice) {
  auto a = page(
      "老街深处一碗鱼汤面\n\n文/本报记者 杜若衡\n\n"
      "在桐溪老城，溪桥巷算不上有名的街巷，巷子深处却有一家开了三十年的面馆。\n\n"
      "■ 凌晨四点的汤锅\n\n每天凌晨四点，老板就已经站在灶台前熬汤。\n\n"
      "■ 一根面的讲究\n\n汤是本钱，面也马虎不得，面条每天早上现轧现送。\n\n"
      "厨房小窍门\n\n● 剥蒜不粘手：把蒜瓣放进碗里，倒扣另一只碗用力摇晃。\n\n"
      "● 炖肉快酥烂：炖牛肉时放入两三片山楂，肉更快炖烂。\n\n"
      "● 香菜保鲜久：用厨房纸包好装进保鲜袋，放入冰箱冷藏。\n\n"
      "春笋焖肉\n\n文/周宁\n\n春笋剥壳切块，入沸水焯三分钟，五花肉切块焯水后小火焖透。\n\n"
      "外婆的梅干菜烧肉\n\n外婆家在桐溪上游的一个小山村里，每到暑假我就住在那里。\n\n"
      "桐溪县 周晓岚\n\n"
      "杨梅红了\n\n5月13日，果农在东岙村的杨梅林里采摘早熟杨梅。本报记者 方 晓 摄\n\n"
      "征稿启事\n\n本版常年征集反映家常味道的散文、随笔，来稿请注明真实姓名。\n"
      "投稿邮箱：shenghuo@example.cn\n");
  ASSERT_EQ(a.size(), 5u);
  EXPECT_EQ(a[1].head.headline, "厨房小窍门");
  EXPECT_EQ(a[2].head.headline, "春笋焖肉");
  EXPECT_EQ(byline_of(a[2]), "文/周宁");
  EXPECT_EQ(byline_of(a[3]), "桐溪县 周晓岚");
  EXPECT_EQ(a[4].head.kicker, "");
  EXPECT_FALSE(has_text(a, "本版常年征集"));
}

// A recipe's fields (食材：… 做法：…) are its text, not a photo's caption; it is signed by
// a trade's name in brackets glued to its end (…。（营养师 林 苇）).
TEST(Items, ARecipeSignedByATrade) {
  auto a = page(
      "家常食疗\n山药红枣小米粥\n\n食材：小米50克，铁棍山药100克，红枣6颗。\n\n做法：\n\n"
      "1.小米淘洗干净，用清水浸泡20分钟。\n\n2.锅中加水烧开，放入小米和红枣，转小火熬20分钟。\n\n"
      "功效：健脾养胃。糖尿病患者应少放红枣。（营养师 林 苇）\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(body(a[0], 0).rfind("食材：", 0), 0u);
  EXPECT_EQ(byline_of(a[0]), "（营养师 林苇）");
}

// A box of fields under its head (旅游提示 / 时间：… 地点：… 门票：…) after a feature is an
// item of its own, not the feature's last 小标题.
TEST(Items, ABoxOfFieldsAfterAFeature) {
  auto a = page(
      "一根竹篾编出“花桥锦”\n\n本报记者 覃雨桐\n\n"
      "在花桥镇的竹编工坊里，老艺人正把一根根竹篾劈得比纸还薄，编出的花样远近闻名。\n\n"
      "■ 老手艺有了新用场\n\n“节庆期间，我们推出了竹编体验课，游客可以亲手编一只小竹篮。”\n\n"
      "旅游提示\n时间：9月26日至10月7日\n地点：桂溪县花桥镇稻香文化园\n"
      "交通：客运南站每小时一班专线车，沿指示牌行驶约5公里即到。\n"
      "门票：稻田景区免费开放，部分体验项目另行收费。\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].head.headline, "旅游提示");
}

// Farm questions answered by experts signed with unit, office and name in brackets, glued
// to the answer or on a line of their own: each question heads an item of its own.
TEST(Items, QuestionsAnsweredBySignedExperts) {
  auto a = page(
      "农技问答\n\n玉米叶片上长出褐色小斑点，该怎么防治？\n\n"
      "很可能是玉米褐斑病，可选用苯醚甲环唑喷雾，间隔7至10天再喷一次。"
      "（青禾市农业科学院植物保护研究所 副研究员 苗振华）\n\n"
      "天热了蛋鸡产蛋少，有啥好办法？\n\n"
      "气温超过30℃时蛋鸡采食量下降，要加强通风降温，保证饮水充足。\n"
      "（青禾市畜牧兽医站 兽医师 何春燕）\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(byline_of(a[0]), "（青禾市农业科学院植物保护研究所 副研究员 苗振华）");
  EXPECT_EQ(a[1].head.headline, "天热了蛋鸡产蛋少，有啥好办法？");
  EXPECT_EQ(byline_of(a[1]), "（青禾市畜牧兽医站 兽医师 何春燕）");
}

// A Q&A's answerer under its head, with the firm in brackets after the name (特邀律师
// 郑雅琴（…律师事务所）), is its byline; a notice's issuer and date under its contact lines
// (报名邮箱：…) sign it, never open an item.
TEST(Items, AnAnswerersFirmAndANoticesIssuerAreBylines) {
  auto a = page(
      "维权课堂\n孕期被调岗降薪，单位的做法合法吗？\n特邀律师 郑雅琴（山东明德律师事务所）\n\n"
      "问：我在一家商贸公司做文员，怀孕后被调岗降薪，公司的做法合法吗？\n\n"
      "答：公司的做法不合法。用人单位不得因女职工怀孕降低其工资。\n\n"
      "招募启事\n"
      "为进一步做好女职工心理关爱服务，市总工会女职工委员会现面向社会招募志愿者30名。\n"
      "联系人：孟老师\n报名邮箱：jnzgnzw@example.cn\n济南市总工会女职工委员会\n2024年3月12日\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].head.headline, "孕期被调岗降薪，单位的做法合法吗？");
  EXPECT_EQ(a[1].head.headline, "招募启事");
}

// A pre-appointment notice signed by its office and dated, over a notice titled 关于…的公告:
// the signature and date close the first, the title opens the second.
TEST(Items, AnOfficesSignatureClosesItsNoticeAfterItsContactLines) {
  auto a = page(
      "市管干部任前公示\n"
      "根据干部选拔任用工作有关规定，现将拟任职人选予以公示。\n"
      "许志刚，男，1978年5月生，拟任市教育局局长。\n"
      "公示时间：2025年3月13日至3月19日。\n"
      "来信来访地址：滨江市人民路1号\n"
      "中共滨江市委组织部\n2025年3月13日\n\n"
      "关于公开征求《滨江市电动自行车停放充电管理办法（征求意见稿）》意见的公告\n"
      "为加强电动自行车停放充电管理，现向社会公开征求意见。\n"
      "滨江市住房和城乡建设局\n2025年3月14日\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].head.headline, "市管干部任前公示");
  EXPECT_EQ(a[1].head.headline,
            "关于公开征求《滨江市电动自行车停放充电管理办法（征求意见稿）》意见的公告");
}

// A worker's letter signed at its end by workplace, trade and name (…车间挡车工 赵慧敏):
// its byline, never the head of an item of its own.
TEST(Items, ALetterSignedByAWorkersTrade) {
  auto a = page(
      "心声\n“妈妈小屋”让我安心上班\n\n"
      "去年我休完产假回到车间，最发愁的就是哺乳。厂工会建起了“妈妈小屋”，冰箱、沙发都有。\n\n"
      "一间小屋，装下的是工会的温暖。我想对工会的“娘家人”说一声：谢谢你们！\n"
      "山东淄博某纺织公司细纱车间挡车工 赵慧敏\n\n"
      "巾帼风采\n"
      "青岛港女子桥吊班获评“全国三八红旗集体”\n"
      "本报讯（通讯员 王洁）近日，青岛港女子桥吊班获评“全国三八红旗集体”。\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(byline_of(a[0]), "山东淄博某纺织公司细纱车间挡车工 赵慧敏");
}

// An interview set as turns (澄川周报：… 邬德林：…) on a page of our own: the speakers'
// names open many lines, alternating, so a question set apart after a picture is a turn,
// not a new article's head; the profile's head that names the same man (邬德林：…) stays
// its head. A head over a story's own opening (据《…》报道) under a column label of two
// profiles opens the second one rather than being a 小标题 of the first.
TEST(Items, AnInterviewsTurnsAreTextAndAReportLeadOpensAStory) {
  std::string text =
      "首页 > 人物 > 访谈\n\n"
      "邬德林：在井下守了三十年\n\n"
      "本报记者 葛 嵘\n\n"
      "十一月的矿区已经很冷了，邬德林还是每天第一个下井。\n\n"
      "“安全不能碰运气”\n\n"
      "澄川周报：您第一次下井是什么时候？\n\n"
      "邬德林：十九岁那年，跟着师傅，什么都不懂。\n\n"
      "澄川周报：这些年最难忘的是什么？\n\n"
      "邬德林：是那次透水。我们提前两天发现了渗水，全队撤了出来。\n\n"
      "邬德林（右）在巷道里检查支护。\n本报记者 葛 嵘/摄\n\n"
      "澄川周报：您对年轻矿工有什么嘱咐？\n\n"
      "邬德林：别嫌规程麻烦，规程是拿命换来的。\n\n"
      "群英\n\n"
      "渡口夫妇 摆渡二十六年\n本报记者 罗 帆\n"
      "在澄江下游的一个小渡口，黎大成和妻子每天要往返四十多趟。二十六年来，他们没有出过一次事故。\n"
      "去年冬天江面起雾，黎大成硬是守到雾散才开船，乘客们都说他稳当。\n\n"
      "她教山里娃读懂星空\n"
      "据《澄川教育报》报道，在澄川西部的一所山区小学，科学教师芮静每周都带学生观察星空。\n"
      "她自己动手做了二十多架简易望远镜，学生们第一次看清了月亮上的环形山。\n";
  auto a = page(text);
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].head.headline, "邬德林：在井下守了三十年");
  EXPECT_TRUE(has_text({a[0]}, "澄川周报：您对年轻矿工有什么嘱咐？"));
  EXPECT_EQ(a[1].head.headline, "渡口夫妇 摆渡二十六年");
  EXPECT_EQ(a[2].head.headline, "她教山里娃读懂星空");
}

// A head may ask and answer in one line ("…"？未必), and a head over a story's own
// opening (据《…》报道) heads a story even where a blank line does not set it apart.
TEST(Items, AHeadThatAsksAndAnswersAndAHeadOverAReportLead) {
  std::string text =
      "科学辟谣\n"
      "“剩饭放进冰箱就万无一失”？未必\n"
      "说法：剩饭菜只要放进冰箱，放多久都不会坏。\n"
      "真相：冰箱只能减缓细菌繁殖，不能杀灭细菌。剩饭菜冷藏最好不超过两天，吃前要彻底加热。\n"
      "（本报记者 应 岚 整理）\n\n"
      "澄川发现一种新的苔藓植物\n"
      "本报讯（记者 葛 "
      "嵘）澄川植物研究所近日在西部山区发现一种苔藓新种，相关论文已在国际期刊发表。\n"
      "青少年每天户外活动两小时 近视风险降三成\n"
      "据《澄川科技报》报道，一项持续三年的跟踪调查显示，每天户外活动两小时的中小学生近视发生率明显"
      "更低。\n";
  auto a = page(text);
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].head.headline, "“剩饭放进冰箱就万无一失”？未必");
  EXPECT_EQ(a[2].head.headline, "青少年每天户外活动两小时 近视风险降三成");
}

// A web page's foot (a page of our own): share buttons, then 相关新闻 over the titles of
// other pages (· …): furniture, no article; a label over text stays its item's.
TEST(Items, RelatedLinksAtAWebPagesFootAreNoArticles) {
  std::string text =
      "澄川启动老旧厂房改造\n"
      "　　本报讯（记者 葛 嵘）澄川市日前启动老旧厂房改造计划，首批12处厂房将改为文创空间。\n\n"
      "分享到：微信　微博　QQ空间\n"
      "相关新闻\n"
      "· 澄川文创产业园年内开园\n"
      "· 老城更新要留住烟火气\n";
  auto a = page(text);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "澄川启动老旧厂房改造");
  EXPECT_FALSE(has_text(a, "文创产业园年内开园"));
}

// A label naming a column (产经快讯) over two dated briefs heads the column, not the first
// brief: no kicker.
TEST(Items, AColumnLabelOverBriefsIsNoKicker) {
  auto a = page(
      "产经快讯\n\n"
      "沿江首条氢能物流线路开通\n\n"
      "本报南京11月30日讯（记者 沈悦）沿江首条氢能重卡物流线路30日开通，首批20辆重卡投入运营。\n\n"
      "冬季冰雪旅游预订量明显上升\n\n"
      "本报讯（记者 顾阳）随着气温走低，多家旅游平台冰雪旅游预订量比上月增长三成。\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].head.kicker, "");
  EXPECT_EQ(a[0].head.headline, "沿江首条氢能物流线路开通");
  EXPECT_EQ(a[1].head.headline, "冬季冰雪旅游预订量明显上升");
}

// Under a label, plain titles over one short finished paragraph each are briefs, whatever
// mark their titles wear (《…》 or none): each is an item, not a 小标题 of the one above.
TEST(Items, BriefsWithPlainTitlesUnderALabel) {
  auto a = page(
      "书讯\n"
      "《山城手艺人》出版\n"
      "近日，散文集《山城手艺人》由湖城出版社出版，记录二十位手艺人的技艺与坚守。\n"
      "《运河谣》首发\n"
      "9月1日，诗集《运河谣》在市图书馆首发，收录本土诗人诗作一百余首。\n"
      "长篇小说《麦浪》再版\n"
      "青年作家林远的长篇小说《麦浪》日前再版，首版曾获市文艺精品奖。\n");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[2].head.headline, "长篇小说《麦浪》再版");
  EXPECT_EQ(body(a[1], 0).substr(0, 8), "9月1日");
}

// Two theory pieces one after the other: the second's head stands between the first's 三、
// and its own 一、: the numbering starts again, so a new piece opens there.
TEST(Items, NumberedHeadsStartingAgainOpenANewPiece) {
  auto a = page(
      "坚持系统观念推进城市更新\n\n□ 许文彬\n\n"
      "城市更新是一项系统工程，需要统筹兼顾、整体推进，不能头痛医头、脚痛医脚。\n\n"
      "一、把握城市更新的内在规律\n\n城市是生命体，更新要顺应城市发展规律，尊重历史文脉。\n\n"
      "二、坚持以人民为中心\n\n城市更新的出发点和落脚点，是让群众住得更舒心、更安心。\n\n"
      "三、完善体制机制\n\n要健全规划引领、政策支撑、多元参与的工作机制，形成长效。\n\n"
      "以数字赋能提升基层治理效能\n\n"
      "基层治理是国家治理的基石，数字技术为基层治理提供了新的手段。\n\n"
      "一、打通数据壁垒\n\n各部门数据互不联通，是基层重复填报的重要原因。\n\n"
      "二、用好数字工具\n\n数字工具要为基层减负，而不是给基层添负担。\n\n"
      "周慧敏\n（作者单位：湖城大学马克思主义学院）\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].head.headline, "以数字赋能提升基层治理效能");
}

// A name alone over a continuation marker signs the piece above it; it heads nothing.
TEST(Items, ANameOverAJumpMarkerSignsThePieceAbove) {
  auto a = page(
      "采访手记\n毫米里的坚守\n"
      "采访那天，她在主控室里盯着屏幕，一句话也顾不上说。\n"
      "所谓工匠精神，或许就是把每一毫米都当回事。\n"
      "唐宁\n\n"
      "(上接第5版)\n"
      "山路弯弯，邮包沉沉。二十年来，老周骑坏了四辆摩托车。\n");
  ASSERT_GE(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "毫米里的坚守");
  EXPECT_EQ(byline_of(a[0]), "唐宁");
}

// Briefs signed on a line of their own in brackets, by a reporter or by an office: each
// signature is its brief's byline, never a photo's credit.
TEST(Items, BriefsSignedInBracketsOnALineOfTheirOwn) {
  auto a = page(
      "春季动物防疫集中免疫启动\n"
      "4月10日至5月10日，我县开展春季重大动物疫病集中免疫，免疫密度确保达到百分之百。\n"
      "（县畜牧兽医中心）\n\n"
      "应急演练进社区\n"
      "6月12日，城区供电中心在滨江花园小区开展配电房水浸应急演练，居民代表现场观摩。\n"
      "（通讯员 邹敏）\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(byline_of(a[0]), "（县畜牧兽医中心）");
  EXPECT_EQ(byline_of(a[1]), "（通讯员 邹敏）");
}

// The paper's hotline box (head, number, invitation, set as one block) is a house notice:
// no article, and the story below it keeps its own text.
TEST(Items, TheHotlineBoxIsNoArticle) {
  auto a = page(
      "城东老旧小区供暖管网改造完工\n\n"
      "本报讯（记者 叶舟）城东12个老旧小区供暖管网改造日前完工，4100余户居民本周起陆续通暖。\n\n"
      "湖城晚报民生热线\n96811（24小时）\n您身边有烦心事、暖心事，欢迎拨打热线告诉我们。\n\n"
      "社区长者食堂开到家门口\n\n"
      "本报讯（记者 罗琼）后湖街道首家长者食堂昨日开张，辖区六十岁以上老人用餐可享八折优惠。\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].head.headline, "社区长者食堂开到家门口");
  EXPECT_FALSE(has_text(a, "欢迎拨打热线"));
}

// A web copy's column of briefs in ASCII marks: the bracketed label (【赛事速递】) heads
// none of them and stays out of the story above; a title with a colon and a score
// (…：广东队2-0横扫晋级) is a head, not a data row; each "(记者 X)" signs its brief.
TEST(Items, ABriefColumnFromAWebCopyInAsciiMarks) {
  auto a = page(
      "滨江队主场2:1力克江北队\n\n"
      "本报讯(记者 何川)昨晚,滨江队主场2:1力克江北队,继续排名积分榜第二位。\n\n"
      "【赛事速递】\n"
      "足协杯:滨江队2-0淘汰江北队\n"
      "足协杯第三轮比赛昨晚在市体育中心进行,滨江队凭借下半场的两粒进球淘汰江北队,晋级16强。(记者 "
      "林涛)\n"
      "全民健身:城西步道环线贯通\n"
      "全长18公里的城西健身步道环线昨天全线贯通,沿途设有8个驿站,免费向市民开放。(记者 苏雅)\n");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_FALSE(has_text(a, "赛事速递"));
  EXPECT_EQ(a[1].head.headline, "足协杯：滨江队2-0淘汰江北队");
  EXPECT_EQ(byline_of(a[1]), "（记者 林涛）");
  EXPECT_EQ(a[2].head.headline, "全民健身：城西步道环线贯通");
  EXPECT_EQ(byline_of(a[2]), "（记者 苏雅）");
}

// Briefs set without blank lines, each signed on a line of its own by its writers' names
// alone in brackets (（张雪 何柳）, （刘佳）): the names sign it, and the title under them
// opens the next brief. A line of bylines, each after its bullet, is the story's byline.
TEST(Items, BriefsSignedByTheirWritersNamesAlone) {
  auto a = page(
      "法院传真\n"
      "临江法院巡回审判进村头\n"
      "临江区人民法院近日在桃源村开设巡回法庭，当场调解两起邻里纠纷，百余名村民旁听。\n"
      "（张雪 何柳）\n"
      "西城法院上线诉讼服务小程序\n"
      "西城区人民法院诉讼服务小程序日前上线，当事人可在手机上立案、缴费、查询案件进度。\n"
      "（刘佳）\n\n"
      "冒用他人身份注册账号被诉\n"
      "□ 本报记者 余明 □ 本报通讯员 沈怡\n"
      "利用在原公司任职时掌握的同事身份信息注册新账号，一男子近日被提起公诉。\n");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(byline_of(a[0]), "（张雪 何柳）");
  EXPECT_EQ(a[1].head.headline, "西城法院上线诉讼服务小程序");
  EXPECT_EQ(byline_of(a[1]), "（刘佳）");
  EXPECT_EQ(byline_of(a[2]), "□ 本报记者 余明 □ 本报通讯员 沈怡");
}

// A feature that opens on a bulleted 小标题 right under its head and 副题: the head is its
// first section, not a third head line left to no article.
TEST(Items, AFeatureOpensOnABulletedHeadUnderItsDeck) {
  auto a = page(
      "多地加快布局储能产业\n"
      "——来自三个工业园区的观察\n\n"
      "■ 东园：老厂房里的新车间\n\n"
      "在东园的一座老厂房里，储能电池模组生产线已经连续运转了三个月，日产能突破两千套。\n\n"
      "■ 西园：押注液流电池\n\n"
      "西园管委会今年引进两家液流电池企业，配套建设了中试基地和检测平台。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "多地加快布局储能产业");
  ASSERT_FALSE(a[0].blocks.empty());
  EXPECT_EQ(a[0].blocks[0].kind, BK::SectionHead);
  EXPECT_EQ(wz::model::plain_text(a[0].blocks[0].text), "■ 东园：老厂房里的新车间");
}

// A book-notice column (新书架) from a PDF copy: each notice is titled by its 《书名》 line
// alone, and the imprint under it (王岳 著 长江文艺出版社) is the notice's text, no head.
TEST(Items, BookNoticesTitledByTheBookAlone) {
  auto a = page(
      "新书架\n"
      "《江上的灯塔》\n"
      "王岳 著 长江文艺出版社\n"
      "作者是一名在航道上工作三十年的老\n"
      "灯塔工。书中写下他守过的七座灯塔\n"
      "和灯塔边的人，文字朴素，感情真挚。\n"
      "《给孩子的节气歌》\n"
      "林可 编 少年儿童出版社\n"
      "本书收录与二十四节气相关的童谣六\n"
      "十余首，每首配有浅白的讲解和手绘\n"
      "插图，适合亲子共读。\n"
      "《算法之外》\n"
      "陈默 著 中信出版社\n"
      "当推荐算法越来越懂我们，我们是否\n"
      "还懂自己？作者结合大量案例，讨论\n"
      "数字时代的信息选择与独立思考，观\n"
      "点平实，不故作惊人之语。\n");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].head.headline, "《江上的灯塔》");
  EXPECT_TRUE(has_text(a, "长江文艺出版社"));  // the imprint is text
  EXPECT_EQ(a[1].head.headline, "《给孩子的节气歌》");
}

// An evening paper's head in two parallel lines of one length (对仗), set off above and
// over a byline: a kicker and its head (gold README: the second line has its own subject),
// never a paragraph cut at a column, however the words meet at the seam.
TEST(Items, AHeadInTwoParallelLines) {
  auto a = page(
      "滨江晚报\n"
      "A06 城事\n\n"
      "五十年老店搬新家\n"
      "老街坊排队来送行\n\n"
      "首席记者 俞静 实习生 陈可欣\n"
      "昨天一早，解放路上的“老周记”面馆门口排起了长队。这家开了五十年的面馆因老房子征迁，当天是在老"
      "店营业的最后一天。\n"
      "“我从十几岁吃到现在，孙子都上小学了。”排在队伍前面的陈阿姨说。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.kicker, "五十年老店搬新家");
  EXPECT_EQ(a[0].head.headline, "老街坊排队来送行");
}

// A school page: a pupil's essay signed under its title by school, class and name
// (育才中学初一（2）班 周小雨) and at its end by the teacher (指导老师：何静) -- both its
// bylines, neither a head.
TEST(Items, APupilsEssaySignedByClassAndTeacher) {
  auto a = page(
      "习作园地\n"
      "外公的小院\n"
      "育才中学初一（2）班 周小雨\n"
      "外公家的小院不大，却种满了花草。每到春天，月季、海棠一齐开放，引来许多蜜蜂。\n"
      "外公说，养花和读书一样，要有耐心。我听了，便每天陪他浇水、松土。\n"
      "指导老师：何静\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "外公的小院");
  EXPECT_EQ(byline_of(a[0]), "育才中学初一（2）班 周小雨|指导老师：何静");
}

// A notice brief titled by a company's name, a colon and a figure (临江银行：拟每10股派2.8元)
// under a finished, signed brief: no data row stands beside it, so it is a title, not the
// first row of a data box glued to the brief above.
TEST(Items, ANoticeBriefTitledByANameAndAFigure) {
  auto a = page(
      "公告速递\n"
      "华信电气一季度业绩预增\n"
      "华信电气4月18日晚间披露一季报，公司一季度实现营业收入18.42亿元，同比增长21.6%。（记者 "
      "孙捷）\n"
      "临江银行：拟每10股派2.8元\n"
      "临江银行4月18日晚间公告，公司2023年度利润分配方案为每10股派发现金红利2.80元（含税）。\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].head.headline, "临江银行：拟每10股派2.8元");
  EXPECT_FALSE(has_text({a[0]}, "拟每10股"));
  // A notice's field over another field is no title (报名时间：… / 联系人：…).
  auto b = page(
      "招募启事\n"
      "为做好女职工心理关爱服务，现面向全市招募志愿者。\n"
      "报名时间：即日起至3月31日\n"
      "联系人：孟老师\n");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_TRUE(has_text(b, "即日起至3月31日"));
}

// A web page of stories, each under its head with the site's lines (来源：, 作者：, 发布时间：)
// and a reprint's former title (原标题：): the site's lines are set aside, the 作者 line is
// the story's byline, a question with a comma is a head over them, and a line of detail
// under a head (设…, a verb and its object) is its 副题, however short the site's lines
// make the page's measure look.
TEST(Items, AWebStoryUnderItsSiteLines) {
  auto a = page(
      "江滨新闻网\n首页 > 本地 > 民生\n\n"
      "老小区停车难，怎么破？\n\n来源：江滨晚报\n作者：记者 钟 岚\n发布时间：2026-10-09 08:12\n\n"
      "原标题：老城区腾出车位1200个\n\n"
      "记者从市城管局了解到，今年以来，老城区通过错时共享、挖潜改造等方式，累计腾出停车位1200个。\n"
      "\n"
      "市城管局相关负责人表示，下一步将继续推动机关单位停车场夜间向周边居民开放。\n\n"
      "责任编辑：罗 青\n【打印】【关闭】\n\n"
      "2026江滨半程马拉松下月开跑\n设半程和迷你跑两个项目\n\n来源：江滨晚报\n作者：记者 葛 平\n"
      "发布时间：2026-10-09 10:30\n\n"
      "记者从赛事组委会获悉，2026江滨半程马拉松将于11月16日开跑，总规模1.5万人，报名今天启动。\n\n"
      "责任编辑：罗 青\n【打印】【关闭】\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].head.headline, "老小区停车难，怎么破？");
  EXPECT_EQ(byline_of(a[0]), "作者：记者 钟岚");
  EXPECT_EQ(body(a[0], 0).substr(0, 9), "记者从");
  EXPECT_FALSE(has_text(a, "发布时间"));
  EXPECT_FALSE(has_text(a, "原标题"));
  EXPECT_EQ(a[1].head.headline, "2026江滨半程马拉松下月开跑");
  EXPECT_EQ(a[1].head.subheadline, "设半程和迷你跑两个项目");
  EXPECT_EQ(byline_of(a[1]), "作者：记者 葛平");
}

// A column's name in square brackets (【百姓身边事】) over briefs with their own heads heads
// the column, whatever its words; the photo item above it keeps its 图/ line as its credit.
TEST(Items, ASquareBracketedColumnOverBriefs) {
  auto a = page(
      "社区·民生\n\n"
      "巷子里的“爱心理发角”\n\n"
      "9月20日，在城南区桂花巷社区“爱心理发角”，志愿者正在为社区老人理发。这个理发角每周六开放，"
      "已累计服务老人800余人次。\n"
      "图/苏 晴\n\n"
      "【百姓身边事】\n"
      "城南新增充电桩120个\n"
      "本报讯（记者 梁洁）为方便电动\n"
      "汽车车主充电，城南区近日在18\n"
      "个小区新建公共充电桩120个。\n"
      "社区食堂开到家门口\n"
      "国庆节前，城南区6个社区食堂\n"
      "陆续开业，为60岁以上老人提供\n"
      "助餐服务，每餐优惠3元。\n"
      "老楼外墙完成安全排查\n"
      "连日来，区住建局组织人员对辖\n"
      "区老楼外墙逐栋排查，已整改隐\n"
      "患46处。（通讯员 赵 林）\n");
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[0].head.headline, "巷子里的“爱心理发角”");
  EXPECT_EQ(kinds(a[0]).back(), BK::Credit);
  EXPECT_EQ(a[1].head.headline, "城南新增充电桩120个");
  EXPECT_EQ(a[2].head.headline, "社区食堂开到家门口");
  EXPECT_EQ(a[3].head.headline, "老楼外墙完成安全排查");
  EXPECT_FALSE(has_text(a, "百姓身边事"));
}
