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
  // A weather strip lists sky, range and wind; a sentence or a head with a temperature is
  // no strip, and the page's head line (date, then staff credits) is furniture.
  EXPECT_TRUE(is_page_furniture("晴转多云  6℃～14℃  北风2级"));
  EXPECT_FALSE(is_page_furniture("零下40℃的环境舱里，一块电池模组正在为"));
  EXPECT_FALSE(is_page_furniture("滨江实验室让钠电池“零下40℃照常上岗”"));
  EXPECT_TRUE(is_page_furniture("2025年3月14日　星期五　责任编辑：许文涛　版式：陈璐　校对：王珏"));
  // A web edition's tool strip: buttons only, or the font-size switch.
  EXPECT_TRUE(is_page_furniture("【字号 大 中 小】【打印本页】【关闭窗口】"));
  EXPECT_TRUE(is_page_furniture("【字体：大　中　小】"));
  EXPECT_FALSE(is_page_furniture("【编者按】"));
  EXPECT_FALSE(is_page_furniture("【新闻链接】【相关报道】见第3版"));
  // A figure of several digits set solid with its unit opens a head (136户…), while a page
  // number set apart from its label is the label's code (5　法治·经济).
  EXPECT_FALSE(is_page_furniture("136户军属家庭喜迎“光荣牌”"));
  EXPECT_TRUE(is_page_furniture("5　法治·经济"));
  EXPECT_TRUE(is_page_furniture("第3版 要闻"));
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

// A listed company's paid announcement: its exchange header, its issuer, its date.
TEST(Cues, ACompanyAnnouncementsHeaderIssuerAndDate) {
  EXPECT_TRUE(is_notice_header("证券代码：600123    证券简称：青禾股份    公告编号：2026-011"));
  EXPECT_TRUE(is_notice_header("股票代码：000777 股票简称：澄川电气"));
  EXPECT_FALSE(is_notice_header("证券代码一栏填错了"));  // no name, no number
  EXPECT_TRUE(is_issuer_signature("澄川电气股份有限公司董事会"));
  EXPECT_FALSE(is_issuer_signature("公司董事会决定，下月召开股东大会。"));
  // Offices of government and party sign their notices too (任前公示, 征求意见的公告).
  EXPECT_TRUE(is_issuer_signature("中共滨江市委组织部"));
  EXPECT_TRUE(is_issuer_signature("滨江市住房和城乡建设局"));
  EXPECT_TRUE(is_issuer_signature("济南市总工会"));
  EXPECT_TRUE(is_issuer_signature("滨江市公安局交通警察支队"));
  EXPECT_TRUE(is_date_line("2026年3月9日"));
  EXPECT_TRUE(is_notice_title("关于K7路、K19路公交线路部分站点临时停运的公告"));
  EXPECT_TRUE(is_notice_title("关于召开2026年第一次临时股东大会的通知"));
  EXPECT_FALSE(is_notice_title("关于就业，他有话说"));
  // A notice's own word alone, letter-spaced (a court's 公 告, a paper's 更 正): its title.
  EXPECT_TRUE(is_notice_title("公 告"));
  EXPECT_TRUE(is_notice_title("更　正"));
  EXPECT_FALSE(is_notice_title("公 正"));  // a name (公 is a surname)
  EXPECT_FALSE(is_date_line("2026年3月9日上午"));
}

// Classified ads: their head, and the lines that are ads (GB/T 15834 has nothing to say;
// the trade's words and a telephone number do).
TEST(Cues, ClassifiedAdsAndTheirHead) {
  EXPECT_TRUE(is_ads_header("分类广告"));
  EXPECT_TRUE(is_ads_header("广告热线：6612 0088"));
  EXPECT_FALSE(is_ads_header("广告牌拆除之后"));
  EXPECT_TRUE(is_ad_line("招 聘"));  // a letter-spaced label
  EXPECT_TRUE(is_ad_line("周小满遗失学生证一本，声明作废。"));
  EXPECT_TRUE(is_ad_line("沿江路临街店面出租，电话：139 0578 6612"));
  EXPECT_FALSE(is_ad_line("训练结束后，队员们又回到了江边。"));
}

TEST(Cues, StaffCreditsWithoutColonsAndMoreNotices) {
  EXPECT_TRUE(is_page_furniture("编辑 林 禾 美编 许 宁"));
  EXPECT_TRUE(is_page_furniture("责任编辑 何洁 校对 吴越"));
  EXPECT_FALSE(is_page_furniture("编辑部门口排起长队"));  // one role word, no second
  EXPECT_TRUE(is_page_furniture("社区新闻线索请拨打本报热线 6612 0000"));
}

// A letter's salutation and closing formula, and a Q&A label with the outlet before it.
TEST(Cues, LetterSalutationsClosingsAndAnOutletsQuestionLabel) {
  EXPECT_TRUE(is_salutation("编辑同志："));
  EXPECT_TRUE(is_salutation("尊敬的各位读者："));
  EXPECT_TRUE(is_salutation("亲爱的老师们："));
  EXPECT_TRUE(is_salutation("广大乘客："));  // a notice's readers
  EXPECT_FALSE(is_salutation("他笑着说道："));
  EXPECT_TRUE(is_letter_closing("祝"));
  EXPECT_TRUE(is_letter_closing("此致"));
  EXPECT_FALSE(is_letter_closing("祝福"));
  EXPECT_TRUE(starts_with_qa_label("本报记者：修复时最难的是哪一步？"));
}

// Fields of a listing, and a work's title alone on its line (a head, not a bracket).
TEST(Cues, ListingFieldsAndWorkTitles) {
  EXPECT_TRUE(starts_with_field("时间：12月1日至12月20日"));
  EXPECT_TRUE(starts_with_field("地点：青禾市图书馆一楼大厅"));
  EXPECT_FALSE(starts_with_field("钟守恒：给大桥“听诊”三十年"));  // a name, a headline
  EXPECT_FALSE(is_bracketed("《江上渔歌》"));
  EXPECT_TRUE(is_bracketed("（数据来源：青禾市统计局）"));
}

TEST(Cues, AGluedBracketAfterTheLastSentence) {
  std::string inside;
  std::string s = "青禾银行日前发行绿色债券30亿元。（钟 晴）";
  EXPECT_EQ(glued_bracket_start(s, &inside), s.find("（"));
  EXPECT_EQ(inside, "钟 晴");
  EXPECT_EQ(glued_bracket_start("本报讯（记者 钟晴）青禾银行日前发行", &inside), std::string::npos);
}

// Where an excerpt was taken from ends it (…。（摘自…《…报》）); 据 opens one only with an
// agency or a paper after it.
TEST(Cues, SourceCreditsOfExcerptsAndReprints) {
  EXPECT_TRUE(is_source_credit("摘自2026年11月18日《岚江日报》"));
  EXPECT_TRUE(is_source_credit("来源：青禾日报"));
  EXPECT_TRUE(is_source_credit("据新华社"));
  EXPECT_TRUE(is_source_credit("据《南岭晚报》"));
  EXPECT_FALSE(is_source_credit("据介绍"));
  EXPECT_FALSE(is_source_credit("钟 晴"));
}

// A figure alone on its line is a data box's item; a head that opens with a figure is not.
TEST(Cues, AFigureAloneOnItsLine) {
  EXPECT_TRUE(is_bare_quantity("2.96亿人次"));
  EXPECT_TRUE(is_bare_quantity("1683.5亿元"));
  EXPECT_TRUE(is_bare_quantity("7.4%"));
  EXPECT_FALSE(is_bare_quantity("3号线开通"));
  EXPECT_FALSE(is_bare_quantity("2.96亿人次出游"));
  EXPECT_FALSE(is_bare_quantity("全国国内出游人次"));
}

// A report's source opening its paragraph is a news lead; 据介绍 and 据悉 are not.
TEST(Cues, AReportLeadNamesItsSource) {
  EXPECT_TRUE(starts_with_report_lead("据外媒报道，当地时间5月12日凌晨，南太平洋岛国…"));
  EXPECT_TRUE(starts_with_report_lead("据新华社电，…"));
  EXPECT_TRUE(starts_with_report_lead("据《江城晚报》消息，…"));
  EXPECT_FALSE(starts_with_report_lead("据介绍，今年以来…"));
  EXPECT_FALSE(starts_with_report_lead("据悉，这批设备…"));
  EXPECT_FALSE(starts_with_report_lead("据统计，全年共接待游客120万人次，比上年增长…报道"));
}

// A paper's accounts in its notice box, and a hotline's call and answer as Q&A labels.
TEST(Cues, AccountsInANoticeAndHotlineLabels) {
  EXPECT_TRUE(is_page_furniture("微信：czwb_minsheng"));
  EXPECT_TRUE(is_page_furniture("公众号：澄州晚报"));
  EXPECT_FALSE(is_page_furniture("微信支付已覆盖全市菜场"));
  EXPECT_TRUE(starts_with_qa_label("市民来电：我家住在青石区枫林路…"));
  EXPECT_TRUE(starts_with_qa_label("部门回复：澄州公交集团回复称…"));
}

// A county paper's brief opens with its place in brackets; a note label in brackets is no
// place (【编者按】, 【开栏语】).
TEST(Cues, APlaceLabelOpensABrief) {
  EXPECT_TRUE(starts_with_place_label("【石门乡】6月5日，石门乡在乡文化广场举办普法集市。"));
  EXPECT_TRUE(starts_with_place_label("【罗家坪镇】今年以来，…"));
  EXPECT_FALSE(starts_with_place_label("【开栏语】乡镇是基层工作的前沿阵地。"));
  EXPECT_FALSE(starts_with_place_label("【石门乡】"));  // a label alone: a head, not a lead
  EXPECT_FALSE(starts_with_place_label("石门乡：6月5日，…"));
}

// Staff credits under the page's name with no colons; a data item whose figure follows a
// measure (每平方米12860元); index entries of a paper with lettered pages.
TEST(Cues, MoreStaffCreditsDataItemsAndLetteredPages) {
  EXPECT_TRUE(is_page_furniture("本版责任编辑 许嘉禾 校对 吴 颖"));
  EXPECT_TRUE(is_data_line("成交均价：每平方米12860元，同比下降2.3%"));
  EXPECT_FALSE(is_data_line("他说：今年要把这件事办好，再建3个驿站。"));
  EXPECT_TRUE(is_page_furniture("老旧小区加装电梯 今年再启120部 A4"));
  EXPECT_TRUE(is_page_furniture("湄城女篮主场力克江北 豪取五连胜 B2"));
  EXPECT_FALSE(is_page_furniture("新国标A4纸张"));
}

// A hotline with its number, the notice's own lines, and the page's credit for its pictures.
TEST(Cues, HotlinesAndThePagesPictureCredit) {
  EXPECT_TRUE(is_page_furniture("本报职工维权热线：0871-65123780"));
  EXPECT_TRUE(is_page_furniture("来信请寄：梧川市建设路88号"));
  EXPECT_TRUE(is_page_furniture("本版图片除署名外由桂溪县委宣传部提供"));
  EXPECT_FALSE(is_page_furniture("职工可拨打维权热线反映问题"));
}

// A book's credit line names the author's part at its end or before a slash: listing
// text, never a head (a 新书速递 entry's second line, a bestseller list's entries).
TEST(Cues, BookCreditLines) {
  EXPECT_TRUE(is_book_credit("林若谷 著 / 人民文学出版社 / 58.00元"));
  EXPECT_TRUE(is_book_credit("5.《第七个房间》 （英）艾琳·卡特 著"));
  EXPECT_TRUE(is_book_credit("李 默 译／译林出版社"));
  EXPECT_FALSE(is_book_credit("著名作家走进乡村课堂"));  // 著 opens a word here
  EXPECT_FALSE(is_book_credit("《山河之间的铁路》"));
  // An imprint under a book notice's title: the part apart, then the publisher.
  EXPECT_TRUE(is_book_credit("王岳 著 长江文艺出版社"));
  EXPECT_TRUE(is_book_credit("林可 编 少年儿童出版社"));
  EXPECT_FALSE(is_book_credit("林可 编 少年儿童读物"));      // no publisher
  EXPECT_FALSE(is_book_credit("主编 林可 少年儿童出版社"));  // the part opens: a job title
}

// A score inside a headline's phrase is no data row; a score set off by spaces between two
// names is a results row, and a time opening a schedule's row is that row's label.
TEST(Cues, ScoresAndTimesInDataRows) {
  EXPECT_FALSE(is_data_line("三镇2:1逆转海牛"));
  // A brief's title: a label, a colon, a score inside the phrase after it.
  EXPECT_FALSE(is_data_line("CBA季后赛：广东队2-0横扫晋级"));
  EXPECT_FALSE(is_data_line("女排锦标赛：天津3:0零封江苏"));
  EXPECT_TRUE(is_data_line("本赛季战绩：12胜3负"));
  EXPECT_TRUE(is_data_line("上海海港 3:0 沧州雄狮"));
  EXPECT_TRUE(is_data_line("15:00 WCBA夏季联赛 武汉盛帆—山西竹叶青"));
}

// A results row: a rank or an award, a space, who won it. A head has no such form.
TEST(Cues, RankedResultRows) {
  EXPECT_TRUE(is_ranked_result("第一名 郑墩镇队"));
  EXPECT_TRUE(is_ranked_result("冠军　县教育局队"));
  EXPECT_TRUE(is_ranked_result("体育道德风尚奖 祖墩乡队、县税务局队"));
  EXPECT_FALSE(is_ranked_result("第一名"));                   // nothing ranked
  EXPECT_FALSE(is_ranked_result("第一书记 带领村民种香菇"));  // no rank
  EXPECT_FALSE(is_ranked_result("县第五届全民健身运动会收官"));
}

// A column's expert signs the answer above, as 解答人：… does.
TEST(Cues, ExpertLinesSign) {
  EXPECT_TRUE(is_affiliation_line("本期专家：李 敏 中国农业大学动物医学院教授"));
  EXPECT_FALSE(is_affiliation_line("专家建议：冬季进补要因人而异"));
}

// A box named for what it links (数据链接, 政策链接) is a link box like 新闻链接; a line
// that only mentions links is not.
TEST(Cues, AnyTopicLinkBoxIsALinkLabel) {
  EXPECT_TRUE(is_link_label("新闻链接"));
  EXPECT_TRUE(is_link_label("数据链接"));
  EXPECT_TRUE(is_link_label("【政策链接】"));
  EXPECT_TRUE(is_link_label("人物链接："));
  EXPECT_FALSE(is_link_label("数据链接起了上下游企业"));
  EXPECT_FALSE(is_link_label("打通产业链接续发展"));
}

// A wire roundup's credit alone on its line is a byline; a sentence citing the wire is not.
TEST(Cues, AWireCreditIsAByline) {
  EXPECT_TRUE(is_wire_credit("本报综合新华社电"));
  EXPECT_TRUE(is_wire_credit("据新华社电"));
  EXPECT_TRUE(is_wire_credit("（综合新华社、中新社电）"));
  EXPECT_TRUE(is_wire_credit("本报综合报道"));
  EXPECT_FALSE(is_wire_credit("据新华社报道，德国西部连日强降雨"));
  EXPECT_FALSE(is_wire_credit("综合施策"));
}

// A web page's trail and meta line are the site's, no article's.
TEST(Cues, WebBreadcrumbAndMetaLineAreFurniture) {
  EXPECT_TRUE(is_page_furniture("首页 > 文化 > 读书周刊"));
  EXPECT_TRUE(is_page_furniture("首页 » 时政"));
  // A channel menu: three short names or more between bars; a headline with a bar is no menu.
  EXPECT_TRUE(is_page_furniture("体育频道 | 中超 | 国际足球 | CBA | 综合"));
  EXPECT_FALSE(is_page_furniture("新春走基层 | 守岛夫妇把国旗升了三十三年"));
  EXPECT_FALSE(is_page_furniture("温度 > 38度"));  // one arrow: a comparison
  EXPECT_TRUE(is_page_furniture("发布时间：2025-03-02 08:15  来源：滨江晚报  字号：大 中 小"));
  EXPECT_TRUE(is_page_furniture("日期：2025年3月2日 来源：澄川日报"));
  EXPECT_FALSE(is_page_furniture("来源：市统计局"));  // a table's source, no date
  // A story's posting time and a reprint's former title, each alone on its line.
  EXPECT_TRUE(is_page_furniture("发布时间：2026-11-17 07:45"));
  EXPECT_TRUE(is_page_furniture("更新时间:2026年11月17日"));
  EXPECT_FALSE(is_page_furniture("时间：11月20日上午9:00"));  // an event's, in a notice
  EXPECT_FALSE(is_page_furniture("发布时间：由主办方另行通知"));
  EXPECT_TRUE(is_page_furniture("原标题：供暖试运行首日 热线接听咨询2300余个"));
  EXPECT_TRUE(is_page_furniture("原标题：骑手进小区还要登记半天吗？"));
  EXPECT_TRUE(is_page_furniture("【字体：大 中 小】 打印本页 关闭窗口"));
  EXPECT_TRUE(is_page_furniture("分享到：微信 微博 QQ空间"));
  EXPECT_TRUE(is_page_furniture("上一版　下一版　返回目录"));
  EXPECT_TRUE(is_page_furniture("版权所有©澄川日报社 未经书面授权禁止使用"));
  EXPECT_TRUE(is_page_furniture("本版稿件除署名外均据新华社电"));
  // A weekly's issue line and its staff (本期, as a page's 本版).
  EXPECT_TRUE(is_page_furniture("西南人文周刊 2026年11月20日 第44期"));
  EXPECT_FALSE(is_page_furniture("第44期培训班2026年开班"));  // no date of issue
  EXPECT_TRUE(is_page_furniture("本期责编 丁 雨 美编 韩 露"));
  EXPECT_FALSE(is_page_furniture("本版稿件除署名外均据新华社电。他说。"));  // sentences
}

// A profile's box of facts is a link box of its article, like 新闻链接.
TEST(Cues, AProfilesFactBoxIsALinkLabel) {
  EXPECT_TRUE(is_link_label("人物名片"));
  EXPECT_TRUE(is_link_label("【人物简介】"));
  EXPECT_FALSE(is_link_label("人物名片上写着他的电话"));
}

// A row of a list set in columns is data, no head; a two-part title is not one.
TEST(Cues, ARowOfColumnsIsData) {
  EXPECT_TRUE(is_data_line("城区供电中心运维一班    变电运维中心东山站    东乡供电所"));
  EXPECT_TRUE(is_data_line("王建平    刘  洋    陈晓东"));
  EXPECT_FALSE(is_data_line("守岛夫妇 把国旗升了三十三年"));
  EXPECT_FALSE(is_data_line("信息共享　活动共联"));
}

// A web page's related links at its foot: the label alone on its line.
TEST(Cues, RelatedLinksLabel) {
  EXPECT_TRUE(is_related_links_label("相关新闻"));
  EXPECT_TRUE(is_related_links_label("【相关阅读】"));
  EXPECT_FALSE(is_related_links_label("相关新闻显示，今年以来"));
}

// An interview's turns open with the speaker's name and a colon; whether a name is a
// speaker's is the page's question (evidence_blocks.cpp).
TEST(Cues, SpeakerLabelIsAShortNameBeforeAColon) {
  EXPECT_EQ(speaker_label("澄川周报：您第一次下井是什么时候？"), U"澄川周报");
  EXPECT_EQ(speaker_label("邬德林：十九岁那年。"), U"邬德林");
  EXPECT_EQ(speaker_label("邬德林（右）在巷道里检查支护。"), U"");  // no colon
  EXPECT_EQ(speaker_label("中华全国总工会办公厅：通知如下"), U"");  // longer than a name
  EXPECT_EQ(speaker_label("记者："), U"");                          // nothing after it
}

// Labels naming a column of items by a word for news in the plural (gold README: a label
// over several items is no item's kicker); labels of one item do not.
TEST(Cues, LabelsThatNameAColumn) {
  EXPECT_TRUE(names_a_column("产经快讯"));
  EXPECT_TRUE(names_a_column("民生速递"));
  EXPECT_TRUE(names_a_column("理论动态"));
  EXPECT_TRUE(names_a_column("【赛事速递】"));  // a web copy's bracketed label
  EXPECT_FALSE(names_a_column("【案情】"));     // a section's label
  EXPECT_TRUE(names_a_column("图片新闻"));
  EXPECT_FALSE(names_a_column("数据"));
  EXPECT_FALSE(names_a_column("记者观察"));
  EXPECT_FALSE(names_a_column("今日谈"));
  EXPECT_FALSE(names_a_column("产经快讯：今年前10月"));  // a sentence, no label
  // Square brackets make a label of any words; what stands under it says whose.
  EXPECT_TRUE(is_square_label("【民生直通车】"));
  EXPECT_TRUE(is_square_label("【案情】"));
  EXPECT_FALSE(is_square_label("（刘佳）"));  // a byline's brackets
  EXPECT_FALSE(is_square_label("【打印】【关闭】"));
  EXPECT_FALSE(is_square_label("【判决】法院经审理认为"));
}

TEST(Cues, OrdinalHeads) {
  EXPECT_TRUE(opens_with_ordinal("一、深刻把握科学内涵"));
  EXPECT_TRUE(opens_with_ordinal("十二、结语"));
  EXPECT_FALSE(opens_with_ordinal("一是加强统筹"));
  EXPECT_FALSE(opens_with_ordinal("一、"));
}

// A web page's source line naming an outlet is furniture; a data box's source and a
// reprint's bracketed source are text.
TEST(Cues, WebSourceLinesAndBreadcrumbs) {
  EXPECT_TRUE(is_page_furniture("来源：江城晚报"));
  EXPECT_TRUE(is_page_furniture("来源：新华网　作者：罗婷"));
  EXPECT_FALSE(is_page_furniture("来源：国家统计局"));
  EXPECT_FALSE(is_page_furniture("（来源：农民日报）"));
  EXPECT_FALSE(is_page_furniture("数据来源：中国家用电器协会"));
  // An e-paper's trail through its date and page.
  EXPECT_TRUE(is_page_furniture("东川日报数字报 > 2024年06月25日 > 第07版：理论·学习"));
}

// The paper's hotline box is opened by a head naming the hotline over its number.
TEST(Cues, HotlineHeadOverItsNumber) {
  EXPECT_TRUE(is_hotline_head("江城晚报民生热线", "96811（24小时）"));
  EXPECT_TRUE(is_hotline_head("新闻热线", "0571-8765 4321"));
  EXPECT_FALSE(is_hotline_head("新闻热线", "您身边有烦心事，欢迎拨打"));  // no number under it
  EXPECT_FALSE(is_hotline_head("开通12345政务热线", "96811"));            // a story's head
  EXPECT_FALSE(is_hotline_head("打通服务群众的“民生热线”", "96811"));
}

TEST(Cues, AJumpInMarkerGluedToTheTextItOpens) {
  std::string_view s = "（上接第2版）脱贫户、留守老人户";
  size_t end = leading_jump_end(s);
  ASSERT_GT(end, 0u);
  EXPECT_EQ(s.substr(end), "脱贫户、留守老人户");
  EXPECT_GT(leading_jump_end("(上接第1版)双方还就深化合作达成共识"), 0u);
  EXPECT_EQ(leading_jump_end("（上接第2版）"), 0u);              // alone: jump_marker reads it
  EXPECT_EQ(leading_jump_end("（下转第3版）脱贫户"), 0u);        // a jump out opens nothing
  EXPECT_EQ(leading_jump_end("（记者 李文）接第二批订单"), 0u);  // a byline in brackets
}

TEST(Cues, ThePagesOwnLinesOfAWebEditionAndAnInternalPaper) {
  // The imprint a 内部资料性出版物 prints on every issue.
  EXPECT_TRUE(is_page_furniture("临渠县融媒体中心出版　内部资料　免费交流"));
  // The site's source line with the font-size buttons after it.
  EXPECT_TRUE(is_page_furniture("来源：淮川日报　　【字体：大 中 小】"));
  EXPECT_FALSE(is_page_furniture("全市大中小学校秋季学期9月1日开学"));
  // A call to scan for something of the paper's, not a sentence about scanning.
  EXPECT_TRUE(is_page_furniture("扫码即可查询就近驿站开放时间和服务项目"));
  EXPECT_FALSE(is_page_furniture("扫码点餐、线上挂号、刷脸支付……数字化给生活带来"));
  // A page code is no bracket's: this is a dateline's byline wrapped into the text.
  EXPECT_FALSE(is_page_furniture("（记者 陈威）巴西航天局19"));
  EXPECT_TRUE(is_page_furniture("国际新闻 03"));
}

TEST(Cues, AReadersQuestionWithTheAskerNamed) {
  EXPECT_TRUE(starts_with_qa_label("读者王女士（山东济南）问：我在网上开了一家小店"));
  EXPECT_TRUE(starts_with_qa_label("读者 赵先生（河北保定）问：我7月份退休"));
  EXPECT_TRUE(starts_with_qa_label("网友“小林”问：公积金能提取吗"));
  EXPECT_FALSE(starts_with_qa_label("读者来信反映，小区门口的站台坏了，有人问：何时修好"));
  EXPECT_FALSE(starts_with_qa_label("市民纷纷点赞"));
}

TEST(Cues, AMeasureWithItsFigureAndItsChangeIsADataRow) {
  EXPECT_TRUE(is_figure_statement("社会消费品零售总额6218.7亿元，同比增长5.9%"));
  EXPECT_TRUE(is_figure_statement("乡村消费品零售额1045.1亿元，增长6.6%，快于城镇0.8个百分点"));
  EXPECT_FALSE(is_figure_statement("淮川港1—4月集装箱吞吐量增长18%"));    // a head: no change
  EXPECT_FALSE(is_figure_statement("今年以来，全县新增就业1200人。"));    // a sentence
  EXPECT_FALSE(is_figure_statement("全县新增就业1200人，带动农户增收"));  // ends in no figure
}

TEST(Cues, AWireCreditGluedToABriefSignsIt) {
  std::string_view s = "气象部门预计，本轮降雪将持续至22日。（综合外电）";
  size_t at = glued_attribution_start(s);
  ASSERT_NE(at, std::string_view::npos);
  EXPECT_EQ(s.substr(at), "（综合外电）");
  EXPECT_EQ(glued_attribution_start("会议持续了三天。（详见第5版）"), std::string_view::npos);
}

// A weekly's editor in chief heads its staff line (主编：… 本版责编：…).
TEST(Cues, AnEditorInChiefOpensAStaffLine) {
  EXPECT_TRUE(is_page_furniture("主编：唐  宁  本版责编：苏  晴"));
  EXPECT_FALSE(is_page_furniture("王一舟 主编／青禾少儿出版社"));
}

// Sentence openers that point back at something said (当天, 此外, 随后) open no story;
// those that point at the paper's date or a source (今年, 近日, 据悉) may.
TEST(Cues, AnAnaphoricOpenerOpensNoStory) {
  EXPECT_TRUE(starts_with_sentence_opener("当天开始，市中医院已开通预约通道"));
  EXPECT_FALSE(starts_with_story_opener("当天开始，市中医院已开通预约通道"));
  EXPECT_FALSE(starts_with_story_opener("此外，该院还将开设夜间门诊"));
  EXPECT_TRUE(starts_with_story_opener("近日，市中医院开通预约通道"));
  EXPECT_TRUE(starts_with_story_opener("据悉，该院还将开设夜间门诊"));
}

// A public account's lines around its post, and a rule drawn between two stories.
TEST(Cues, APublicAccountsLinesAndARuleAreFurniture) {
  EXPECT_TRUE(is_page_furniture("原创 临江日报 临江日报 2024-06-18 07:32 发表于湖北"));
  EXPECT_TRUE(is_page_furniture("点击蓝字关注我们"));
  EXPECT_TRUE(is_page_furniture("分享 收藏 点赞 在看"));
  EXPECT_TRUE(is_page_furniture("编辑：王丹"));
  EXPECT_TRUE(is_page_furniture("审核：刘成"));
  EXPECT_TRUE(is_page_furniture("———"));
  EXPECT_FALSE(is_page_furniture("——"));  // a dash, too short for a rule
  EXPECT_FALSE(is_page_furniture("原创话剧《江城》首演"));
  EXPECT_TRUE(is_post_list_label("往期推荐"));
}

// The editors sign their own note with a dash (——编者); a speaker's dash is no signature.
TEST(Cues, TheEditorsSignature) {
  EXPECT_TRUE(is_editors_signature("——编者"));
  EXPECT_TRUE(is_editors_signature("——本刊编辑部"));
  EXPECT_FALSE(is_editors_signature("——赵卫东"));
  EXPECT_FALSE(is_editors_signature("编者"));
}

// A notice named by its kind at its end is a notice's title.
TEST(Cues, ANoticeNamedByItsKindIsATitle) {
  EXPECT_TRUE(is_notice_title("“我家的老物件”征文启事"));
  EXPECT_TRUE(is_notice_title("招聘启事"));
  EXPECT_FALSE(is_notice_title("他在报上登了一则寻人启事，盼早日团圆"));
}
