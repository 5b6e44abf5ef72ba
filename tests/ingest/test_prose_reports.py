"""Reports in campus news: a paper with its journal's note and its title's translation in brackets, a patent
named as its inventors' (`甲、乙的专利“…”（ZL…）`), and who runs a provincial award a school nominates for."""

from __future__ import annotations

from tests.ingest.facts import extract_text, names, relations


def test_a_paper_reported_with_notes_in_brackets_after_its_journal_and_its_title() -> None:
    x = extract_text("近日，动物科技学院林小溪教授团队在国际知名期刊《Journal of Invented Biology》（中科院1区TOP期刊，IF=8.0）"
                     "发表了题为《Enhanced circRNA regulates muscle development in chicken》（增强型环状RNA调控鸡肌肉发育）"
                     "的研究论文。\n博士研究生周一鸣为该论文第一作者，林小溪教授为该论文的通讯作者。\n")
    paper = "Enhanced circRNA regulates muscle development in chicken"
    assert (paper, "Journal of Invented Biology") in relations(x, "PUBLISHED_IN")
    assert {("周一鸣", paper), ("林小溪", paper)} <= relations(x, "AUTHORED")


def test_a_patent_named_as_its_inventors_is_theirs_in_order() -> None:
    x = extract_text("北辰省知识产权局决定授予我校安全学院教师林小溪、柯明远的专利“一种煤屑回填封孔方法”"
                     "（ZL203110051006.1）北辰省专利奖优秀奖。\n")
    invented = {(r.source, r.target): r.order for r in x.relations if str(r.type) == "INVENTED"}
    assert invented == {("林小溪", "ZL203110051006.1"): 1, ("柯明远", "ZL203110051006.1"): 2}


def test_the_body_whose_notice_is_cited_runs_the_award_and_the_nominating_school_does_not() -> None:
    x = extract_text("根据山西省科学技术厅《关于2031年度山西省科学技术奖提名工作的通知》文件精神，现对我校2031年度山西省科学技术奖"
                     "提名的1项自然科学奖项目进行公示。\n附件：北辰大学2031年度山西省科学技术奖提名项目公示内容\n北辰大学\n")
    funded = relations(x, "FUNDED_BY")
    assert ("2031年度山西省科学技术奖", "山西省科学技术厅") in funded
    assert not {f for f in funded if f[1] == "北辰大学"}


def test_a_latin_title_written_without_marks_and_a_latin_journal_before_the_verb() -> None:
    """`国际学术期刊Invented Agents and Chemotherapy(《中文刊名》)在线发表了…，论文题为Screening of …（《中文题名》）`."""
    x = extract_text("近日，国际学术期刊Invented Agents and Chemotherapy(《发明制剂与化学治疗》)在线发表了北辰病毒研究所"
                     "林小溪团队的最新研究成果，论文题为Screening of Natural Extracts for Inhibitors against Invented Virus"
                     "（《抗病毒药物的筛选》）。\n博士生柯明远为该论文第一作者，研究员林小溪为通讯作者。\n")
    paper = "Screening of Natural Extracts for Inhibitors against Invented Virus"
    assert (paper, "Invented Agents and Chemotherapy") in relations(x, "PUBLISHED_IN")
    assert ("柯明远", paper) in relations(x, "AUTHORED")


def test_a_word_ending_in_a_noun_suffix_is_no_one_s_name() -> None:
    x = extract_text("“船舶应急安全性分析及其应对技术”项目针对我国船舶应急安全性分析。\n")
    assert not names(x, "Person")


def test_the_people_a_completing_list_names_before_its_units_are_the_project_s_completers() -> None:
    """`由我院副院长甲教授、普外科副主任乙副教授和丙医院、丁医院共同完成的“…”项目荣获…奖二等奖`."""
    x = extract_text("日前，由我院副院长林小溪教授、普外科副主任柯明远副教授和北辰人民医院、南湖医院共同完成的"
                     "“肝胆胰腹腔镜手术技术体系及应用”项目荣获2031年国家科学技术进步奖二等奖。\n")
    project = "肝胆胰腹腔镜手术技术体系及应用"
    assert {("林小溪", project), ("柯明远", project)} <= relations(x, "MEMBER_OF")
    ranks = {r.source: r.rank for r in x.relations if str(r.type) == "UNIT_OF"}
    assert ranks == {"北辰人民医院": 1, "南湖医院": 2}


def test_the_applicants_of_a_call_are_no_one_named() -> None:
    x = extract_text("本年度共有来自150家单位的400位申请人入选建议资助名单，其中有321位申请人来自95所大学。申报人须具有高级职称。\n")
    assert not names(x, "Person")


def test_a_latin_title_after_ti_wei_and_co_first_authors_in_brackets_before_the_journal() -> None:
    """`甲团队（乙博士、丙副教授为论文共同第一作者）在 **Invented Methods** 期刊发表了题为：An atlas of … 的研究论文`:
    the Latin title up to 的研究论文, the journal after 在 (its emphasis marks no part of it), and the first
    authors the bracket names, not the team's head before it."""
    x = extract_text("2030年5月25日，北辰大学林小溪团队（柯明远博士、魏星河副教授为论文共同第一作者）在 **Invented****Methods 期刊**"
                     "发表了题为：An atlas of invented interactomes in human cells 的研究论文。\n")
    paper = "An atlas of invented interactomes in human cells"
    assert (paper, "Invented Methods") in relations(x, "PUBLISHED_IN")
    first = {(r.source, r.order) for r in x.relations if r.type.value == "AUTHORED" and r.target == paper}
    assert first == {("柯明远", 1), ("魏星河", 1)}


def test_two_papers_reported_together_share_the_authors_said_after_them() -> None:
    """`以题为《甲》（A）和《乙》（B）的论文…发表。第一作者均为丙，通讯作者是丁`: both papers, by their original titles,
    each with the first author and the corresponding one (each role only for the names after it)."""
    x = extract_text("上述成果以题为《甲系统实践》（InventRec: real-time stream recommendation in practice）和《实时视频推荐探索》"
                     "（Real-time invented video recommendation）的论文在某年会上发表。第一作者均为信息学院博士研究生柯明远，"
                     "通讯作者是林小溪研究员。\n")
    papers = {"InventRec: real-time stream recommendation in practice", "Real-time invented video recommendation"}
    assert papers <= names(x, "Paper")
    authored = {(r.source, r.target, r.order, r.corresponding) for r in x.relations if r.type.value == "AUTHORED"}
    assert authored == {(p, t, o, c) for t in papers for p, o, c in (("柯明远", 1, None), ("林小溪", None, True))}


def test_the_authors_written_before_the_paper_they_published_are_its_authors_in_order() -> None:
    """`甲、乙、丙发表在2031某学报上的论文《…》获得优秀论文奖`: the authors in order, the unmarked journal, and no
    project for a paper's award."""
    x = extract_text("林小溪、柯明远、魏星河发表在2031北辰计算机学报上的论文《架构大数据：挑战、现状与展望》获得优秀论文奖。\n")
    paper = "架构大数据：挑战、现状与展望"
    order = {r.source: r.order for r in x.relations if r.type.value == "AUTHORED" and r.target == paper}
    assert order == {"林小溪": 1, "柯明远": 2, "魏星河": 3}
    assert (paper, "北辰计算机学报") in relations(x, "PUBLISHED_IN")
    assert not names(x, "Project")


def test_a_result_in_corner_brackets_published_in_a_journal_is_a_paper() -> None:
    """`合作的成果「Title」发表于《Journal》期刊上`: corner brackets quote as curved quotes do, and a result (成果) that
    is published is a paper, no project; the roles said after it are its authors'."""
    x = extract_text("东川科技和西岭医院「湖泊结节诊治中心」组成的团队合作的成果「Deep Learning Predicts Invented Lake "
                     "Nodules」发表于《Journal of Invented Oncology》期刊上，西岭医院林小溪教授为本篇论文的通讯作者。\n")
    paper = "Deep Learning Predicts Invented Lake Nodules"
    assert (paper, "Journal of Invented Oncology") in relations(x, "PUBLISHED_IN")
    assert paper not in names(x, "Project")
    assert "湖泊结节诊治中心" in names(x, "Organization")


def test_a_translated_title_with_its_original_in_brackets_and_a_journal_of_a_series_name_the_paper() -> None:
    """`以“中文题名”（Original Title）为题，于12月12日发表于《某刊》（Series）系列期刊《某某通讯》`: the paper is named by its
    original title, and it appeared in the series' journal, not the series."""
    x = extract_text("相关成果以“湖冰变化下的沉积物磷释放”（Phosphorus release from sediments under shifting lake ice）"
                     "为题，于12月12日发表于《湖泊》（Lakes）系列期刊《湖泊科学通讯》。东川大学助理教授林小溪为论文第一作者。\n")
    title = "Phosphorus release from sediments under shifting lake ice"
    assert names(x, "Paper") == {title}
    assert relations(x, "PUBLISHED_IN") == {(title, "湖泊科学通讯")}
    assert ("林小溪", title) in relations(x, "AUTHORED")


def test_a_paper_s_title_given_as_a_field_of_its_own_in_a_list_of_its_links() -> None:
    """`*   论文标题: Lake Ice Phenology …`, `*   论文链接: …` in a post about the paper: the paper, by its title."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    page = ("东川大学的研究者提出了新的湖冰模型。\n\n*   论文标题: Lake ice phenology from sparse satellite records\n"
            "*   论文链接: https://example.org/paper\n\n模型可以准确估计湖冰的封冻日期。\n")
    x = extract(read_upload(page.encode(), "post.md"))
    assert names(x, "Paper") == {"Lake ice phenology from sparse satellite records"}


def test_a_project_in_quotes_the_person_before_led_is_named_without_its_quotes() -> None:
    """`林小溪教授是…的开拓者。他主持的“某某研究”项目，解决了…`: the project is the title in the quotes, led by the person
    the paragraph is about; never a name with the quotes and 项目 in it."""
    x = extract_text("林小溪教授是我国湖泊监测领域的开拓者。他主持的“湖泊沉积物多尺度监测系统研究”项目，解决了长期观测的难题。\n")
    assert names(x, "Project") == {"湖泊沉积物多尺度监测系统研究"}
    assert ("林小溪", "湖泊沉积物多尺度监测系统研究") in relations(x, "LEADS")


def test_a_latin_title_closed_by_de_yanjiu_in_a_journal_named_before_the_manner_of_publishing() -> None:
    """`在Lake Science Letters杂志上以长文形式在线发表了题为Sediment … release的研究，该工作…`: the paper, and the journal
    named before the verb though the manner (以长文形式) comes between."""
    x = extract_text("近日，东川大学林小溪团队在Lake Science Letters杂志上以长文形式在线发表了题为Sediment phosphorus "
                     "release under shifting lake ice的研究，该工作进一步阐明了湖冰变化的影响。\n")
    title = "Sediment phosphorus release under shifting lake ice"
    assert names(x, "Paper") == {title}
    assert relations(x, "PUBLISHED_IN") == {(title, "Lake Science Letters")}


def test_the_authors_a_sentence_names_before_the_paper_the_next_one_reports() -> None:
    """`以甲为第一作者，乙为通讯作者。以题为《中文》（“Original”）发表在某刊`: a report's second paper, its authors
    first; the paper published by its original title (a bracket inside it) right after 题为, with no word for paper."""
    text = ("11月12日，相关成果以题为《湖冰下的磷释放过程》（“Phosphorus release under (shifting) lake ice”）发表在期刊Journal of "
            "Lake Science上。该研究以林小溪博士为第一作者，柯远山教授为通讯作者。\n"
            "10月30日，以乔远航副教授为第一作者，宋雨田教授为通讯作者。以题为《湖泊沉积物监测》（“Monitoring lake "
            "sediments at many scales”）的研究论文发表在期刊Sediment Letters上。\n")
    ex = extract_text(text)
    first, second = "Phosphorus release under (shifting) lake ice", "Monitoring lake sediments at many scales"
    assert {first, second} <= names(ex, "Paper")
    authored = relations(ex, "AUTHORED")
    assert {("林小溪", first), ("柯远山", first), ("乔远航", second), ("宋雨田", second)} <= authored
    assert not {("乔远航", first), ("宋雨田", first)} & authored


def test_a_journal_named_in_chinese_and_glossed_in_latin_is_the_latin_name() -> None:
    """`发表在国际期刊《先进某某材料》（Advanced Lake Materials，IF: 29.3）上`: the journal publishes under its Latin name."""
    ex = extract_text("该成果以“湖冰下的磷释放过程研究”为题发表在国际期刊《先进湖泊材料》（Advanced Lake Materials，IF: 29.3）上。\n")
    assert names(ex, "Journal") == {"Advanced Lake Materials"}
    assert ("湖冰下的磷释放过程研究", "Advanced Lake Materials") in relations(ex, "PUBLISHED_IN")


def test_a_title_named_ti_ming_wei_before_a_high_level_paper_and_no_title_from_between_two_strings_of_code() -> None:
    """`发表题名为“…”（《译名》）的高水平研究论文`: the paper, in the journal named before; a program's code between two of
    its strings (`…论文", bottomTitle: "…`) is no title."""
    x = extract_text("let items = [Item(upTitle: \"柯振邦教授团队在《Advanced Lake Materials》上发表科研论文\", bottomTitle: "
                     "\"近日，校长柯振邦教授团队在国际顶级学术期刊《Advanced Lake Materials》（影响因子27.4）上发表题名为"
                     "“Hollow Quiet Nanoreactors with Tunable Fields for Lake Hydrogen Production”（《具有可调电场的中空纳米反应器》）"
                     "的高水平研究论文。柯振邦教授和乔远鸣副教授为共同通讯作者。\")]\n", "Model.swift")
    title = "Hollow Quiet Nanoreactors with Tunable Fields for Lake Hydrogen Production"
    assert names(x, "Paper") == {title}
    assert {("柯振邦", title), ("乔远鸣", title)} <= relations(x, "AUTHORED")


def test_a_report_in_markdown_emphasis_with_its_translation_and_a_funding_acknowledgement_s_programmes() -> None:
    x = extract_text("近日，*柯振邦教授* 团队在期刊***Lantern Mechanics***发表了题为**Distance-field contact models for "
                     "woven lantern assemblies**（*任意形状灯笼的统一建模*）的论文。*司马青副教授*为第一作者，南州科技大学"
                     "*乔远鸣助理研究教授*为通讯作者。该研究受到南州青年学者计划、北辰研究资助局、国家自然科学基金、"
                     "北辰省杰出青年基金、南州市科技创新专项等资助。\n", "news.md")
    paper = "Distance-field contact models for woven lantern assemblies"
    assert relations(x, "PUBLISHED_IN") == {(paper, "Lantern Mechanics")}
    assert {("司马青", paper), ("乔远鸣", paper)} <= relations(x, "AUTHORED")
    assert {"南州青年学者计划", "国家自然科学基金", "北辰省杰出青年基金", "南州市科技创新专项"} <= names(x, "Project")
    assert "北辰研究资助局" not in names(x, "Project")


def test_support_from_people_or_a_plan_s_own_name_is_no_acknowledged_programme() -> None:
    x = extract_text("该活动得到了各级领导的大力支持。柯振邦入选北辰省青年英才支持计划。\n")
    assert not {p for p in names(x, "Project") if "领导" in p}


def test_a_paper_titled_after_题目为_with_its_authors_named_as_those_of_本文() -> None:
    """`文章题目为《Title》`: the paper; `甲为本文第一作者，乙和丙为本文作者，丁为本文通讯作者`: each author, the plain ones in
    no order said."""
    ex = extract_text("南州大学硕士研究生柯振邦提出新方法。在国际会议《Western Conference on Vision》上发表研究成果，文章题目为"
                      "《Sparse Graph Queries at Scale for Pose Estimation》。南州大学硕士研究生柯振邦为本文第一作者，"
                      "硕士研究生司马青和数学系讲师欧阳舒为本文作者，诸葛岚为本文通讯作者。\n")
    paper = "Sparse Graph Queries at Scale for Pose Estimation"
    authored = {(r.source, r.order, r.corresponding) for r in ex.relations if str(r.type) == "AUTHORED" and r.target == paper}
    assert authored == {("柯振邦", 1, None), ("司马青", None, None), ("欧阳舒", None, None), ("诸葛岚", None, True)}


def test_the_journal_a_paper_with_no_title_was_published_in_is_named() -> None:
    """`在《某刊》上发表研究论文`, `在国际期刊Latin Name上在线发表`, `《某刊》近日在线发表了…`: a journal, though the report
    gives no title; a document a notice was issued in is none (`在《关于…的通知》中发布`)."""
    ex = extract_text("柯远山团队在《东湖化学学会志》上发表研究论文。乔松的成果在国际期刊West Ridge Letters上在线发表。"
                      "《南州医学》近日在线发表了诸葛岚团队的成果。学校在《关于表彰先进的通知》中发布了名单。\n")
    assert names(ex, "Journal") == {"东湖化学学会志", "West Ridge Letters", "南州医学"}


def test_a_title_in_straight_quotes_after_a_blank_and_first_authors_that_end_where_other_authors_are_said() -> None:
    """`论文 "Title" 日前被…接收`: the paper; `第一作者是甲，作者还有乙、丙，由丁担任通讯作者`: only 甲 is first, 丁 is
    corresponding and no first author."""
    ex = extract_text('南州大学湖泊所的新论文 "Sediment Resuspension in Shallow Lakes" 日前被期刊接收。'
                      "第一作者是硕士生柯振邦，作者还有乔松、诸葛岚，由司马青研究员担任通讯作者。\n")
    paper = "Sediment Resuspension in Shallow Lakes"
    assert names(ex, "Paper") == {paper}
    authored = {r.source: (r.order, r.corresponding) for r in ex.relations if str(r.type) == "AUTHORED" and r.target == paper}
    assert authored["柯振邦"][0] == 1 and authored["司马青"] == (None, True)
    assert not [name for name, (order, _) in authored.items() if order == 1 and name != "柯振邦"]


def test_a_team_s_research_result_a_journal_published_is_a_paper_not_a_project() -> None:
    """`《某刊》在线发表了我院甲教授团队研究成果“<title>”，甲为通讯作者，乙为第一作者`: a paper in that journal, its
    authors; no project of the team's. A team's result that wins an award is still a project."""
    ex = extract_text("2月5日，国际学术刊物《Lake Science》在线发表了我院柯振邦教授团队研究成果“Seasonal ice cover controls "
                      "phosphorus release in shallow lakes”，柯振邦教授为通讯作者，博士研究生乔松为第一作者。\n", "news.txt")
    title = "Seasonal ice cover controls phosphorus release in shallow lakes"
    assert names(ex, "Paper") == {title} and not names(ex, "Project")
    assert relations(ex, "PUBLISHED_IN") == {(title, "Lake Science")}
    assert {("柯振邦", title), ("乔松", title)} <= relations(ex, "AUTHORED")
    won = extract_text("柯振邦教授团队研究成果“湖冰遥感监测关键技术”荣获某省科学技术进步一等奖。\n", "news.txt")
    assert ("柯振邦", "湖冰遥感监测关键技术") in relations(won, "MEMBER_OF")


def test_a_journal_whose_latin_name_opens_with_small_letters_and_no_lab_in_a_stage_of_research() -> None:
    """`刊登在期刊iLakes上`: the journal (a name opening with small letters before a capital); `还处于实验室验证阶段`:
    a stage of the work, no lab."""
    ex = extract_text("这篇题为“Seasonal ice cover controls phosphorus release”的论文刊登在期刊iLakes上。"
                      "这种监测方法还处于实验室验证阶段。\n", "news.txt")
    assert relations(ex, "PUBLISHED_IN") == {("Seasonal ice cover controls phosphorus release", "iLakes")}
    assert not names(ex, "Organization")


def test_the_corresponding_authors_of_a_later_clause_are_not_first_and_an_acknowledged_grant_s_number_ends_no_list() -> None:
    ex = extract_text("南州大学新闻网讯 近日，我校化学学院柯振邦教授课题组在《湖泊科学》上发表题为“湖区沉积物中磷的迁移机制研究”的研究论文。"
                      "该论文第一作者为化学学院2030级博士研究生乔松，柯振邦教授和北辰大学诸葛岚研究员为共同通讯作者。"
                      "该研究得到国家自然科学基金（编号：22031001）和南州省自然科学基金的资助。\n")
    authored = {r.source: (r.order, r.corresponding) for r in ex.relations if str(r.type) == "AUTHORED"}
    assert authored == {"乔松": (1, None), "柯振邦": (None, True), "诸葛岚": (None, True)}
    assert {"国家自然科学基金", "南州省自然科学基金"} <= names(ex, "Project")


def test_a_reported_paper_s_journal_points_at_where_its_name_is_written() -> None:
    text = "南州大学新闻网讯 近日，我校化学学院柯振邦教授课题组在《湖泊科学》上发表题为“湖区沉积物中磷的迁移机制研究”的研究论文。\n"
    ex = extract_text(text)
    (journal,) = [e for e in ex.entities if str(e.type) == "Journal"]
    assert {text[s.start:s.end] for s in journal.spans} == {"湖泊科学"}
