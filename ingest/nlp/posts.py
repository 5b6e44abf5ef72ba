"""What holding a post in a unit means in the graph.

A post in a society, its branch or committee (学会, 协会, 分会, 专业委员会, 学组, 联盟) is an affiliation
(AFFILIATED_WITH with the position), not employment; a post elsewhere is WORKS_AT. A head post (主任委员,
组长, 所长, 院长, 主任: the starred words of positions.txt) also LEADS the unit, unless it is a former one
(`前主任委员`, `原院长`) or it heads a department written between the unit and the post (`某医院胸外科主任`:
the department's head, not the hospital's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph.schema import Label, RelType
from ingest.model import Entity, Relation, Span
from ingest.nlp.lexicon import kind_of, load_lexicon
from ingest.nlp.mentions import Mention, Mentions

_SOCIETY_UNIT = re.compile(r"(?:分会|专业委员会|专委会|学组|工作组|委员会|小组|理事会|常务理事会|监事会)$")
_UNIT_ALONE = re.compile(r"(?:分会|专业委员会|专委会|学组|工作组)$")
_SOCIETY_BODY = re.compile(r"学会|协会|联合会|促进会|研究会|联盟|分会")
SCHOOL_ENDINGS = ("大学", "学院", "学校", "校")  # the units 校 stands for (校党委书记: the university's)
_FORMER = ("前任", "原任", "前", "原", "曾任", "历任", "退休")
# an honorary or visiting post at another institution (客座教授, 兼职研究员): an affiliation, not employment
_HONORARY = ("客座", "兼职", "兼任", "名誉", "荣誉", "双聘", "合聘", "访问", "兼聘")  # (讲座教授: a chair, held full time)
# a department written between a unit and a post: 胸外科, 电子系, 党委办公室, 结构生物学研究室
# (a party organ written there, 党组|书记, is part of the post; a hyphen joins two specialties: 耳鼻咽喉-头颈外科)
DEPARTMENT = re.compile(r"(?!(?:党组|党委|党总支|党支部|纪检组|纪委)$)"
                        r"[\u4e00-\u9fff][\u4e00-\u9fff\-－]{0,11}?(?:科|系|室|部|处|组|病区|教研室|研究室|课题组)")


def is_society(name: str) -> bool:
    """A society or one of its branches and committees (某医学会某分会, 某协会某专业委员会)."""
    if kind_of(name) == "society":
        return True
    unit = _SOCIETY_UNIT.search(name)
    return unit is not None and _SOCIETY_BODY.search(name[: unit.start()]) is not None


def is_society_unit_alone(name: str) -> bool:
    """`心律学组`, `某某专业委员会`: a branch or committee written without the society it belongs to."""
    unit = _UNIT_ALONE.search(name)
    return unit is not None and not _SOCIETY_BODY.search(name[: unit.start()])


# the national academies, whose 院士 is an honour, not a post: 中国科学院院士 works elsewhere (美国国家工程院院士 too)
_NATIONS = ("美国|英国|法国|德国|俄罗斯|欧洲|瑞典|挪威|丹麦|芬兰|荷兰|比利时|瑞士|奥地利|意大利|西班牙|葡萄牙|希腊|波兰|捷克|"
            "日本|韩国|印度|新加坡|澳大利亚|新西兰|加拿大|巴西|墨西哥|以色列|南非|发展中国家|第三世界|世界")
ACADEMIES = re.compile(r"(?:中国)?(?:科学院|工程院|社会科学院)|中科院|中国社科院|(?:英国)?皇家学会"
                       rf"|(?:{_NATIONS})(?:国家|皇家)?(?:科学院|工程院|医学院|人文与科学院|艺术与科学院|技术科学院)")
ACADEMY_HONOURS = ("院士", "学部委员")
# academies whose 院士 is an honour too, though people work there under posts of their own (中央研究院副院长)
_HONOUR_ACADEMIES = re.compile(rf"{ACADEMIES.pattern}|中央研究院|中研院")


_ACADEMY_ENDINGS = ("科学院", "工程院")


def gives_honours(academy: str) -> bool:
    """The academy's 院士 is an honour it gives (中国科学院, 美国国家工程院, 中央研究院), not a post in it."""
    return _HONOUR_ACADEMIES.fullmatch(academy) is not None


def academy_honour(text: str, org: Mention) -> bool:
    """`中科院|院士`: an academy written right before its honour."""
    return gives_honours(org.ref) and text.startswith(ACADEMY_HONOURS, org.end)


def post_relations(person: str, unit: str, position: str | None, title: str | None, span: Span, *,
                   former: bool = False, department: str = "") -> list[Relation]:
    """The relations of `person` holding `position` (and `title`) in `unit`; `department` is written between
    the unit and the post (`胸外科` of `某医院胸外科主任`) and becomes part of the position."""
    if title in ACADEMY_HONOURS and (gives_honours(unit) or unit.endswith(_ACADEMY_ENDINGS)) \
            and (not position or not fits_unit(position, unit)):  # (国际某某科学院院士: any academy's)
        return []  # 甲（中国科学院院士）: an honour the academy gives, not where the person works (中国科学院院士、副校长甲:
        # the post in a university the sentence leaves unnamed)
    lex = load_lexicon()
    written = department + position if position and department else position
    former = former or bool(written and _FORMER_MARK.match(written))  # 原某科主任: a post once held
    heads = [w for w in re.split(r"[、，,&＆]|兼", position or "") if w in lex.head_positions and _heads_such_a_unit(w, unit)]
    leads = bool(heads) and not former and not department
    panel = department.endswith(_PANELS) or unit.endswith(_PANELS)  # 某部|小麦专家指导组|组长: a seat on a panel,
    # 某实验室学术委员会 某某院士: a member's seat on an institution's committee of experts, not its staff
    staff = any(w in (position or "") for w in _STAFF_POSTS)  # 某科协党组副书记、专职副主席: its staff
    if is_society(unit) and not staff or _member_post(unit, position) or is_honorary(position) or is_honorary(title) \
            or panel or former:  # 前校长, 原院长: a past affiliation (gold/SCHEMA.md), no employment now
        out = [Relation(type=RelType.AFFILIATED_WITH, source=person, target=unit, position=written, spans=(span,))]
    else:
        out = [Relation(type=RelType.WORKS_AT, source=person, target=unit, position=written, title=title, spans=(span,))]
    if leads and not is_honorary(position):
        out.append(Relation(type=RelType.LEADS, source=person, target=unit, role=heads[0], spans=(span,)))
    return out


_FORMER_MARK = re.compile(r"(?:原|前)(?![子料沿瞻列线期])")


# the words of a post held as a body's staff, not as an elected member's seat: its party group, full-time, secretariat
_STAFF_POSTS = ("党组", "专职", "书记处")
_PANELS = ("专家组", "指导组", "专家委员会", "评审组", "评议组", "工作组", "攻关组", "咨询组", "学术委员会", "咨询委员会",
           "指导委员会", "评审委员会", "顾问委员会", "学位评定委员会", "编辑委员会", "编委会")
_COUNCIL_SEATS = frozenset({"理事", "常务理事", "理事长", "副理事长", "监事", "监事长", "会长", "副会长"})  # no civil servant's
_ASSEMBLIES = ("政协", "人大", "人民代表大会", "政治协商会议")
_GOVERNMENT_HEADS = ("省长", "市长", "县长", "区长", "镇长", "州长")


# the units a head's post written by its one character is of: 校长 a school's, 院长 an institute's or hospital's
_HEADED_BY = {"校": ("大学", "学校", "学院", "分校", "中学", "小学", "党校"),
              "院": ("医院", "学院", "研究院", "设计院", "科学院", "法院", "检察院", "书院", "分院", "院"),
              "所": ("所",)}
HEAD_OF_A_KIND = re.compile(r"(?:常务|执行)?副?(?P<kind>[院校所])长")  # 副院长: the head of a kind of unit


# the names of the units of the kind a head's post is of: 副院长 -> 某医院, 某学院
_HEAD_POSTS = {"院": ("医院", "学院", "研究院", "设计院", "科学院"), "校": ("大学", "学校"), "所": ("研究所",)}


def the_one_unit_headed(text: str, mentions: Mentions, position: str, at: int) -> str | None:
    """The unit a head's post written with no unit (`副院长`, `所长`) is held in: the one unit of that kind the document
    has named before `at`, where it has named exactly one and names it nowhere as a unit its people go to."""
    m = HEAD_OF_A_KIND.fullmatch(position)
    if m is None:
        return None
    units = {o.ref for o in mentions.back_from(at) if o.label == "ORG" and o.end <= at
             and o.ref.endswith(_HEAD_POSTS[m.group("kind")])}
    if len(units) != 1:
        return None
    unit = units.pop()
    return None if visited(text, mentions, unit) else unit  # 校长甲应邀赴某大学讲学: a host, not the unit led


def fits_unit(position: str | None, unit: str) -> bool:
    """Whether each head's post of a position (`党委常委、副校长`) can be held in the unit: a 校长 in a school, a 院长
    in an institute or hospital, a 所长 in an institute (not in a government office named before: 某厅)."""
    for word in re.split(r"[、，,&＆]|兼", position or ""):
        head = HEAD_OF_A_KIND.fullmatch(word)
        if head is not None and (not unit.endswith(_HEADED_BY[head.group("kind")])
                                 or head.group("kind") == "校" and unit.endswith("科学院")):  # (an academy: no school)
            return False
    return True


def _heads_such_a_unit(post: str, unit: str) -> bool:
    """A governor or mayor heads a government (某省人民政府), not the party committee beside it (某省委); a
    主任 of a hospital or a university heads one of its departments, not the whole (its head is 院长, 校长)."""
    if post.endswith("主任") and kind_of(unit) in ("hospital", "university"):
        return False
    return not post.endswith(_GOVERNMENT_HEADS) or not unit.endswith(("委", "委员会", "党委"))


def honorary_before(text: str, at: int) -> str:
    """The honorary or visiting modifier written right before a title at `at` (客座|教授), or ''."""
    return next((w for w in _HONORARY if text.endswith(w, 0, at)), "")


def is_honorary(post: str | None) -> bool:
    """An honorary, visiting or adjunct post or title (客座教授, 兼任副教授, 合聘研究员): an affiliation."""
    return bool(post) and post.startswith(_HONORARY)  # type: ignore[union-attr]


_DIVISIONS = ("学部", "学组")  # a committee's divisions, whose members hold seats as a panel's do
_MEMBERSHIPS = ("会员", "会士", "Fellow")  # (党组成员 is a post in the agency; an academy's 院士 is its honour, read elsewhere)


def _member_post(unit: str, position: str | None) -> bool:
    """`某审定委员会委员`, `某委员会副主任委员`, `某大学学术委员会主任`: a seat on a committee, not employment
    (a post in a government's committee, 某省卫生健康委员会主任, is employment)."""
    if position and unit.endswith(_ASSEMBLIES) and ("委员" in position or "代表" in position):
        return True  # 某省政协委员, 某市人大代表: a seat in an assembly, not employment
    if position and position.endswith(_MEMBERSHIPS):
        return True  # 某基金会会员, 某学会高级会员, 某学会会士 (Fellow): a membership, no post held at work
    if position in ("委员", "成员") and unit.endswith((*_PANELS, *_DIVISIONS)):
        return True  # 某委员会某学部委员, 某学科评议组成员: a seat on a committee's panel, no job
    if not unit.endswith("委员会") or not position:
        return False
    return "委员" in position or kind_of(unit) != "government" or position in _COUNCIL_SEATS  # 某委员会理事: a seat


def is_former(text: str, at: int) -> bool:
    """The post written at `at` is a former one: `前主任委员`, `原院长`."""
    return any(text.endswith(w, 0, at) for w in _FORMER)


def former(post: str) -> str | None:
    """The post a former one names without its mark (`原院长`, `前任校长`: 院长, 校长), or None where it is held."""
    mark = next((w for w in _FORMER if post.startswith(w) and len(post) > len(w)), None)
    return post[len(mark):] if mark is not None else None


def society_unit(parent: str, unit: str, span: Span) -> Entity:
    """`某某学组` written after `某医学会某分会…、`: the unit of that society, named in full."""
    name = parent + unit
    return Entity(type=Label.ORGANIZATION, name=name, kind="society", parent=parent, aliases=(unit,), spans=(span,))


BARE = ("重点实验室", "研究中心", "中心", "医院", "学院", "大学", "实验室", "研究所", "研究院", "公司", "集团")


def bare_org(text: str, end: int, mentions: Mentions) -> str | None:
    """`中心` written alone before a position: the last organization named with that ending."""
    for word in BARE:
        start = end - len(word)
        if text[start:end] == word and (start == 0 or not re.match(r"[\u3400-\u9fff]", text[start - 1])):
            for m in mentions.back_from(start):
                if m.label == "ORG" and m.end <= start and m.ref.endswith(word):
                    return m.ref
    return None


# a verb of going to the unit right after it: the unit is a host, no home (not one that hires: 受聘某大学 is written
# in that university's own news, whose heads are its own)
_VISITED = re.compile(r"(?:赴|访问|前往|到访|走访|来到|莅临|做客|走进)[ \t\u3000]*$")


def visited(text: str, mentions: Sequence[Mention], unit: str) -> bool:
    """The document names the unit as one its people go to (`应邀赴某大学讲学`) somewhere: a host, not the one unit
    a post written alone (校长甲) is held in."""
    return any(o.label == "ORG" and o.ref == unit and _VISITED.search(text, max(0, o.start - 6), o.start)
               for o in mentions)
