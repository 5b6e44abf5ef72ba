"""Programmes named in their own right: Projects of kind `programme`, and the body that funds them.

- in quotes (“” or 「」): `“某某工程”`, `「某某計畫」`, `国家“某某人才计划”` (the state's prefix kept, as written), `“青年英才支持计划”`;
- a national or provincial name ending in 计划, 基金, 专项 or 工程: `国家某某研发计划(项目)`, `国家某某科学基金`,
  `某省自然科学基金` (not the body: `国家某某科学基金委员会`);
- one named with a year (`某委员会公布2021年度国家某某基金项目评审结果`): the programme itself (no yearly call of
  its own), FUNDED_BY the body that announces it;
- an award programme, by the endings science awards have, named as written: national or provincial
  (`国家自然科学奖`, `2020年度国家科学技术奖`, `某省科学技术奖`), or any name after its term (`第十届某某医学奖`);
  its level (二等奖) is no part of it, and its office (`国家科学技术奖励工作办公室`) is none;
- an award's categories listed after it (`某医学科技奖医学科学技术奖、卫生管理奖、青年科技奖`, `某奖设甲奖、乙奖`):
  programmes PART_OF it;
- the batches of a fund's grants written after it (`某基金第14批特别资助（站中）和第69批面上资助`): programmes PART_OF
  it; a name opening with a level (`国家级人才计划`) is a class of programmes, none;
- funding acknowledgements (`得到国家某某研发计划项目和国家某某科学基金项目资助`, `受某省某厅某专项资助`) give
  the programmes, and FUNDED_BY the body written right before one (`某部国家某某计划`) or as its founder
  (`由某基金会设立的“某奖励计划”`).
"""

from __future__ import annotations

import re
from functools import cache

from graph.schema import Label, RelType
from ingest.model import Entity, Relation, Span
from ingest.nlp.lexicon import kind_of, load_lexicon
from ingest.nlp.mentions import Mentions
from names.organizations import province_words

_ENDING = r"(?:计划|基金|专项|工程)"
# a programme's name that goes on to a longer one right after it (`某某科学基金|特别资助计划`)
_LONGER = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:计划|专项|工程)(?![院师学系局部处所会])")
_QUOTED = re.compile(rf"(?P<state>国家)?[“「](?P<name>[^“”「」，。\n]{{2,24}}?{_ENDING})[”」]")
# (a level opening it is a class of programmes, no name: 其他国家级人才计划, 省级科技计划)
_NOT_A_NAME = re.compile(r"[的和及、，,了是在为对将拟获]|荣膺|已经|正在|增设|设立|启动|出台|推出|大学(?!生)|学院|^(?:国家|省部|省|市)级")
_BODY_AFTER = re.compile(r"委员会|委|管理|办公室|会(?![议])|学会|协会|研究会")
# 某某工程学士, 某某工程专业: a discipline, no programme; 某某工程学报: a journal's name
_DISCIPLINE_AFTER = re.compile(r"学士|硕士|博士|专业|学院|学科|系(?![统列])|学报|杂志|期刊|学刊|师")  # 某公司总工程|师: a post
_COUNTED_WORKS = re.compile(r"[一二三四五六七八九十百两]+大")
_UNIT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:中心|实验室|研究院|研究所)")  # 国家某某工程|技术研究中心: a unit
# 某基金青年A类项目: a class of it, named whole; not what becomes of the projects (某基金拟立项项目, 入库项目, 资助项目), nor
# all of its kinds (某基金各类项目)
_CLASS_AFTER = re.compile(r"(?!项目|拟|立项|资助|入库|获批|批准|申报|申请|推荐|结题|验收|在研|中期|各类|各项|相关|有关|其他)"
                          r"[\u4e00-\u9fffA-Za-z0-9]{1,8}?项目")
_LISTED_CLASSES = re.compile(r"[、和及与][\u4e00-\u9fffA-Za-z0-9]{1,8}?项目")
_YEAR_BEFORE = re.compile(r"(?P<year>(?:19|20)\d{2})年度?$")
_ANNOUNCES = re.compile(r"\s*(?:近日|日前|正式)?\s*(?:公布|发布|下达|批准|启动|印发)了?\s*")
_FOUNDED = re.compile(r"(?:设立|资助|支持|主办|发起|实施)的\s*$|(?:设立|设置|实施)了?\s*$")  # 某部设立“某计划”


@cache
def _unquoted() -> re.Pattern[str]:
    # (not the start of a body's name: 某某工程院, 工程师, 基金会)
    return re.compile(rf"(?P<name>(?:{_places().pattern})[\u4e00-\u9fff0-9]{{2,16}}?{_ENDING})(?![院师学系局部处所会])"
                      r"(?P<suffix>项目)?")


# the awards science and technology programmes give, by the ending of their names (generic knowledge)
_AWARD_ENDINGS = ("最高科学技术奖", "国际科学技术合作奖", "科学技术突出贡献奖", "科学技术进步奖", "科学技术普及奖", "科学技术奖",
                  "科技进步奖", "自然科学奖", "技术发明奖", "青年科技奖", "医学科技奖", "工程科技奖", "科技奖", "医学奖",
                  "创新争先奖", "优秀成果奖", "教学成果奖", "专利奖")


_SOCIETY_ENDINGS = ("学会", "协会", "研究会", "联合会", "基金会")


@cache
def _award() -> re.Pattern[str]:
    """An award programme as written: a national or provincial name (`国家自然科学奖`, `某省科学技术奖`), or any name
    after its term (`第十届某某医学奖`), its year first where one is written (`2020年度国家科学技术奖`); not the office
    of its awards (奖励办), nor its level (二等奖)."""
    places = sorted({"国家", "中国", "中华", "全国", *province_words()}, key=len, reverse=True)
    places.append(r"(?<![\u4e00-\u9fff])省|(?<=年度)省")  # 省科学技术奖: the province's own, as its documents write it
    endings = "|".join(_AWARD_ENDINGS)
    societies = "|".join(_SOCIETY_ENDINGS)  # 中华某某学会|科学技术奖: a national or provincial society's award
    return re.compile(rf"(?P<name>(?:(?P<year>(?:19|20)\d{{2}})\s*年度?)?(?:(?:第[一二三四五六七八九十百\d]{{1,4}}届)"
                      rf"[\u4e00-\u9fff]{{0,6}}?|(?:{'|'.join(places)})(?:[\u4e00-\u9fff]{{0,10}}?(?:{societies}))?)"
                      rf"(?:{endings}))(?![励委办基])")


# 与 inside a programme's name (某省基础与应用基础研究基金) or between two (某厅与某省…): what follows it opens as a
# name of its own does, or what comes before it ends as a body does
_JOINED_NAME = re.compile(r"与(?=国家|中国|全国|省|市)|(?<=[厅局委部会办])与")


def _joins_two(name: str) -> bool:
    return "与" in name and (_JOINED_NAME.search(name) is not None or any(
        name.startswith(p, name.index("与") + 1) for p in province_words()))


# an award named in quotes (`“某某医学奖”`, `「台湾杰出女科学家奖」`): a programme where its name says whose or where it is
_QUOTED_AWARD = re.compile(r"[“「『](?P<name>[^“”「」『』，。、\n]{3,24}?奖)[”」』]")
_AWARD_OF_A_BODY = re.compile(r"学会|协会|基金会|联合会|研究会|大学|医院|科学院|集团|公司")


def _names_its_award(name: str) -> bool:
    """A place, a body or a person opens the award's name (not `最佳论文奖`, `优秀青年教师奖`)."""
    return _places().match(name) is not None or name.startswith(("台湾", "香港", "澳门")) \
        or _AWARD_OF_A_BODY.search(name) is not None or len(name) >= 6 and name[0] in load_lexicon().surnames \
        and name[:2] not in _COMMON_OPENINGS


_GIVES = re.compile(r"颁发|颁授|授予|设立|设置")
_FOUNDED_RIGHT_BEFORE = re.compile(r"(?:发起|设立|创立|创办|设置)了?\s*$")
_LEVEL = re.compile(r"[一二三四五六七八特]等奖$")


def _giver(text: str, mentions: Mentions, start: int, at: int) -> str | None:
    """The body a sentence says gives or set up the award quoted at `at` (`某部今日举行颁奖典礼，共颁发…“杰出研究奖”`):
    the organization opening the sentence, before a verb of giving, itself before the award."""
    verb = max(_GIVES.finditer(text, start, at), key=lambda m: m.start(), default=None)  # the last before it
    if verb is None:
        return None
    start = max(start, text.rfind("\n", 0, verb.start()) + 1)  # the sentence's, or the line's
    orgs = [o for o in mentions.within(start, verb.start()) if o.label == "ORG"]
    return orgs[0].ref if orgs and not text[start:orgs[0].start].strip() else None


_COMMON_OPENINGS = frozenset({"优秀", "杰出", "青年", "年度", "最佳", "特别", "突出", "卓越", "创新", "科技", "学术", "终身"})


@cache
def _places() -> re.Pattern[str]:
    """The words a national or provincial name opens with (国家, 中国, a province)."""
    return re.compile("|".join(sorted({"国家", "中国", *province_words()}, key=len, reverse=True)))


def _last_opening(text: str, m: re.Match[str]) -> re.Match[str]:
    """The programme named from the last place inside the match (`某省财政厅联合实施|某省重点研发计划`): the words
    before it are a body's and a verb's, no part of the name."""
    for inner in reversed([p.start() for p in _places().finditer(text, m.start() + 1, m.end("name") - 2)]):
        if (again := _unquoted().match(text, inner)) is not None and again.end("name") == m.end("name"):
            return again
    return m


def programme_facts(text: str, mentions: Mentions, start: int, end: int,
                    entities: list[Entity], relations: list[Relation]) -> None:
    """Programmes in the sentence [start, end), and FUNDED_BY their body where the sentence names it."""
    found: list[tuple[str, int, int]] = []
    for m in _QUOTED.finditer(text, start, end):
        if _COUNTED_WORKS.match(m.group("name")):
            continue  # “九大工程”: the nine great works of a plan, no programme's name
        name = m.group() if m.group("state") else m.group("name")
        found.append((name, m.start(), m.end()))
    given: dict[str, str] = {}  # a generic award a body gives (某部颁发“杰出研究奖”), and the body
    for m in _QUOTED_AWARD.finditer(text, start, end):
        giver = _giver(text, mentions, start, m.start())
        founded = _FOUNDED_RIGHT_BEFORE.search(text, max(start, m.start() - 6), m.start()) is not None  # 发起“某奖”
        if (giver is not None or founded or _names_its_award(m.group("name"))) and not _LEVEL.search(m.group("name")) \
                and not any(s <= m.start() < e for _, s, e in found):
            found.append((m.group("name"), m.start("name"), m.end("name")))
            if giver is not None:
                given[m.group("name")] = giver
    units = [o for o in mentions.within(start, end) if o.label == "ORG"]
    for m in _unquoted().finditer(text, start, end):
        m = _last_opening(text, m)
        name, stop = m.group("name"), m.end("name")
        longer = _LONGER.match(text, stop, end)  # 某某科学基金|特别资助计划: a plan of the fund, named whole
        if longer is not None and not _NOT_A_NAME.search(longer.group()) and not _joins_two(name + longer.group()):
            name, stop = name + longer.group(), longer.end()
        inside_quotes = any(s <= m.start() < e for _, s, e in found)
        inside_unit = any(o.start <= m.start() and stop < o.end for o in units)  # 某某防水工程|公司
        if inside_quotes or inside_unit or _NOT_A_NAME.search(name) or _joins_two(name) or _BODY_AFTER.match(text, stop) \
                or _DISCIPLINE_AFTER.match(text, stop) \
                or _UNIT_AFTER.match(text, stop) \
                or (cls := _CLASS_AFTER.match(text, stop)) and not _LISTED_CLASSES.match(text, cls.end()):
            continue  # (某基金年度项目、青年项目…: the classes listed after the programme, which is named alone)
        found.append((name, m.start(), stop))
    acknowledged = _acknowledged(text, start, end)
    for programme, at, stop in _held_programmes(text, start, end) + acknowledged:
        # (named whole with its class, over a shorter reading)
        shorter = [f for f in found if at <= f[1] < stop]
        if any(programme == name + "项目" for name, _, _ in shorter):
            continue  # 国家重点研发计划项目: the programme, and 项目 of it
        found = [f for f in found if f not in shorter] + [(programme, at, stop)]
    years: dict[str, int] = {}
    awards = list(_award().finditer(text, start, end))
    held = {span.end for e in entities if e.type is Label.PROJECT for span in e.spans} if awards else set()
    for m in awards:  # a round the bodies that hold it named (organised_awards) is read already
        if not any(s <= m.start() < e for _, s, e in found) and m.end("name") not in held:
            found.append((m.group("name"), m.start(), m.end("name")))
            if m.group("year"):
                years[m.group("name")] = int(m.group("year"))
    parts = listed_categories(text, start, end, awards)
    span = Span(start, end)
    for name, s, e in found:
        entities.append(Entity(type=Label.PROJECT, name=name, kind="programme", year=years.get(name), spans=(Span(s, e),)))
        for batch in _batches(text, e, end):
            entities.append(Entity(type=Label.PROJECT, name=batch.group("batch"), kind="programme",
                                   spans=(Span(*batch.span("batch")),)))
            relations.append(Relation(type=RelType.PART_OF, source=batch.group("batch"), target=name, spans=(span,)))
        year = _YEAR_BEFORE.search(text, max(start, s - 8), s)  # 2021年度|国家某某基金: the programme, not a call of it
        body = _body(text, mentions, year.start() if year else s) or given.get(name)
        if body:
            relations.append(Relation(type=RelType.FUNDED_BY, source=name, target=body, spans=(span,)))
    for whole, name, s, e, listed in parts:
        entities.append(Entity(type=Label.PROJECT, name=name, kind="programme", spans=(Span(s, e),)))
        relations.append(Relation(type=RelType.PART_OF, source=name, target=whole, spans=(listed,)))
    kept = {name for name, _, _ in found}
    for programme, at, _ in acknowledged:  # “甲”、“乙”两大项目均获得某基金重大项目资助: the projects are grants of it
        if programme not in kept:
            continue
        for work in entities:
            if work.type is Label.PROJECT and work.kind == "research_project" \
                    and any(start <= w.start and w.end <= at for w in work.spans):
                relations.append(Relation(type=RelType.PART_OF, source=work.name, target=programme, spans=(span,)))


# the batches of a fund's grants written right after it (`某基金第14批特别资助（站中）和第69批面上资助`)
_BATCH = re.compile(r"(?:[和、及与]|以及)?(?P<batch>第[\d一二三四五六七八九十]{1,4}批[\u4e00-\u9fff]{2,8}?资助"
                    r"(?:[（(][^（()）\n]{1,8}[）)])?)")


def _batches(text: str, at: int, end: int) -> list[re.Match[str]]:
    """The batches written one after another from `at`, right after a programme's name (the first unjoined)."""
    out: list[re.Match[str]] = []
    while (m := _BATCH.match(text, at, end)) is not None and (out or not m.group().startswith(("和", "、", "及", "与", "以"))):
        out.append(m)
        at = m.end()
    return out


# 主持甲项目、乙基金项目、丙计划（某类）子课题等国家级/省部级项目7项: the programmes a person led or took part in
_HELD_LIST = re.compile(r"(?:主持|承担|参与完成|参与|负责)了?(?P<list>[^；。：:]{8,400}?)等[^；。，,]{0,20}?(?:项目|课题)\s*\d+\s*项")
_HELD_ITEM = re.compile(r"(?P<name>[\u4e00-\u9fffA-Za-z（）() ]{4,50}?(?:项目|基金|计划|专项|课题)(?:\s*[（(][^（）()]{1,16}[）)])?)"
                        r"\s*(?:子课题|子项目|课题)?")
_VERB_INSIDE = re.compile(r"[的了在将为是]|获得|完成|参与")  # (和 joins words inside a name: 某省教育和科研网)


def _held_programmes(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The programmes a sentence lists as those a person led or took part in (`主持某基金青年项目、某省重点项目等
    项目7项`), each named whole with its class (the list names no project's title), two at least."""
    out: list[tuple[str, int, int]] = []
    for m in _HELD_LIST.finditer(text, start, end):
        items = [(i.group().strip(), m.start("list") + i.start() + len(i.group()) - len(i.group().lstrip()))
                 for i in re.finditer(r"[^、]+", m.group("list"))]
        named: list[tuple[str, int, int]] = []
        for item, at in items:
            found = _HELD_ITEM.fullmatch(item)
            name = re.sub(r"\s+", "", found.group("name")) if found else ""
            if not found or _VERB_INSIDE.search(name):
                named = []
                break
            named.append((name, at, at + found.end("name")))
        if len(named) >= 2:
            out += named
    return out


# 该研究受到甲计划、乙研究资助局、丙基金、丁专项等资助: the programmes of a funding acknowledgement's list
_ACKNOWLEDGED = re.compile(r"(?:受到|得到|获得|受|获)了?(?P<list>(?:[^；。：:（(]|[（(][^（）()]{0,40}[）)]){4,400}?)"
                           r"(?:等(?:项目|基金|单位|机构)?)?的?"
                           r"(?:共同|联合|大力)?(?:资助|支持|经费支持|资金支持)(?![局委会署处办中计基金项])")  # (not 某研究资助局)
_FUNDING_ITEM = re.compile(r"(?:(?:19|20)\d{2}\s*年度?)?(?P<name>[\u4e00-\u9fffA-Za-z]{4,40}?(?:计划|基金|专项|工程|项目))"
                           r"(?:\s*[（(][^（）()]{1,30}[）)])?")
_ITEM_VERB = re.compile(r"^(?:曾|还|并|又|先后)?(?:入选|获得|荣获|获批|获|受到|得到|受)了?")
_NO_PROGRAMME = re.compile(r"[的了在将为是和及与]|^(?:国家|省部|省|市)级|^(?:多|各|相关|有关)|大学|(?<!科)学院")


def _acknowledged(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The programmes a funding acknowledgement lists (`受到甲计划、乙局、丙基金等资助`): the items that end as
    programmes do (the bodies of the list are no programmes), where the list is items parted by 、 and 和, 及."""
    out: list[tuple[str, int, int]] = []
    for m in _ACKNOWLEDGED.finditer(text, start, end):
        for item in re.finditer(r"[^、，,]+", m.group("list")):
            words = item.group()
            for part in re.finditer(r"[^和及]+", words):  # (甲计划和乙基金: two items)
                found = _FUNDING_ITEM.fullmatch(_ITEM_VERB.sub("", part.group().strip()))
                if found is None or _NO_PROGRAMME.search(found.group("name")):
                    continue
                at = m.start("list") + item.start() + part.start() + part.group().index(found.group("name"))
                # (an item's own verb aside: 荣获甲奖，入选乙计划，获得丙基金资助)
                out.append((found.group("name"), at, at + len(found.group("name"))))
    return out


# the categories an award has, listed right after its name or after a verb of having (设, 包括, 分为)
_CATEGORY = re.compile(r"[\u4e00-\u9fff]{2,10}?奖")
_HAS = re.compile(r"(?:下设|分设|设立?|包括|包含|分为|共设)?[：:]?")
_NOT_A_CATEGORY = re.compile(r"[一二三四五六七八特]等奖$|[的等获颁]|提名|奖励")


def listed_categories(text: str, start: int, end: int, awards: list[re.Match[str]] | None = None
                      ) -> list[tuple[str, str, int, int, Span]]:
    """(award, category, start, end, the award and its list) for each of the categories of an award in
    [start, end) written as a list of two or more right after its name (`某医学科技奖|医学科学技术奖、卫生管理奖`,
    `某奖设甲奖、乙奖`); `awards`: the awards found there already. A list of one may be the award's own
    ending, and a level (二等奖) is no category."""
    out = []
    for award in awards if awards is not None else _award().finditer(text, start, end):
        has = _HAS.match(text, award.end("name"), end)
        k = has.end() if has else award.end("name")
        items: list[tuple[str, int, int]] = []
        while (m := _CATEGORY.match(text, k, end)) is not None and not _NOT_A_CATEGORY.search(m.group()):
            items.append((m.group(), m.start(), m.end()))
            if not text.startswith("、", m.end()):
                break
            k = m.end() + 1
        if len(items) < 2 or text.startswith("、", items[-1][2]):
            continue
        listed = Span(award.start("name"), items[-1][2])
        out += [(award.group("name"), name, s, e, listed) for name, s, e in items]
    return out


# 市委组织部、市人社局、市科协决定开展第十三届某市青年科技奖评选活动: the bodies that hold an award's round
_ORGANISED = re.compile(r"(?<![\u4e00-\u9fff])(?P<bodies>(?:[\u4e00-\u9fff]{2,20}?[、和及与])*[\u4e00-\u9fff]{2,20}?)\s*(?:决定|联合|共同|将)?"
                        r"(?:组织开展|开展|举办|组织|启动)(?:了)?\s*(?:(?:19|20)\d{2}\s*年度?)?\s*"
                        r"(?:第[一二三四五六七八九十百\d]{1,4}届)?\s*(?P<award>[\u4e00-\u9fff“”]{4,30}?奖)"
                        r"(?:的)?(?:评选|评审|推荐|申报|提名|征集|评定)")
_BODY_ENDS = ("部", "局", "厅", "委", "协", "会", "办", "院", "署", "委员会", "政府")


def organised_awards(text: str, start: int, end: int, entities: list[Entity], relations: list[Relation]) -> None:
    """`某某、某某决定开展第十三届某奖评选活动`: the award (a programme) FUNDED_BY each body that holds it, where
    every name before the verb is a body's (市委组织部, 市科协)."""
    if "奖" not in text[start:end]:
        return  # no award in the sentence
    for m in _ORGANISED.finditer(text, start, end):
        bodies = [(b.group(), m.start("bodies") + b.start()) for b in re.finditer(r"[^、和及与]+", m.group("bodies"))]
        bodies = [(name.removeprefix("由"), at + (1 if name.startswith("由") else 0)) for name, at in bodies]
        if not bodies or not all(name.endswith(_BODY_ENDS) and len(name) <= 12 for name, _ in bodies):
            continue
        award = m.group("award")
        span = Span(m.start(), m.end())
        entities.append(Entity(type=Label.PROJECT, name=award, kind="programme", spans=(Span(*m.span("award")),)))
        for name, at in bodies:
            entities.append(Entity(type=Label.ORGANIZATION, name=name, spans=(Span(at, at + len(name)),)))
            relations.append(Relation(type=RelType.FUNDED_BY, source=award, target=name, spans=(span,)))


# the opening of a cited notice's title, between its issuer and the programme it is about
_CITED_OPENING = re.compile(r"\s*《\s*关于(?:开展|组织|做好|启动|申报|推荐|提名|印发)*\s*")
# units that nominate for a state or a province's programme, never run it (某大学|2030年度某省科学技术奖提名项目)
_SCHOOLS = ("学院", "系")  # a university's school before a national programme: one of its applicants
_NOMINATORS = frozenset({"university", "hospital", "company", "research_institute", "lab", "center"})
_LEADING_YEAR = re.compile(r"(?:19|20)\d{2}\s*年度?")


def _body(text: str, mentions: Mentions, at: int) -> str | None:
    """The organization written right before a programme (`某部国家某某计划`), as the issuer of a cited notice about
    it (`某厅《关于…某奖提名工作的通知》`) or as its founder; not a school or hospital before a state or provincial
    programme, which it nominates for."""
    for org in (o for o in mentions.back_from(at) if o.label == "ORG" and o.end <= at):
        between = text[org.end:at]
        if _CITED_OPENING.fullmatch(between):
            return org.ref  # 根据某厅《关于|2030年度某省科学技术奖提名工作的通知》: the body that calls for it
        if not between:
            named = _LEADING_YEAR.match(text, at)
            return None if _places().match(text, named.end() if named else at) and (
                kind_of(org.ref) in _NOMINATORS or org.ref.endswith(_SCHOOLS)) else org.ref  # (某学院2022年度国家…基金)
        if len(between) <= 16 and _FOUNDED.search(between) and not re.search(r"[，。；]", between):
            return org.ref  # 由某基金会于2006年设立的“某奖”
        if _ANNOUNCES.fullmatch(between):
            return org.ref  # 某委员会公布了|2021年度…
        return None
    return None
