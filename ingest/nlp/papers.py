"""Papers, journals and patents named in running text.

- a paper reported in prose: `以“<title>”为题发表在《<journal>》上`, `在《<journal>》发表题为“<title>”的研究论文`, `发表在<Journal>2012年第10期的论文“<中文题名>”
  （<English title>）` (the published, English title is the paper's name), `以《<title>》获得…论文…`, `论文《<title>》`;
  several reported together (`题为《甲》（A）和《乙》（B）的论文`, each by its original title), a Latin title after
  `题为：` with no marks (up to `的研究论文`), and `<names>发表在<journal>上的论文《…》` (the authors in order);
- its authors, in the same or the next sentences: `<names>为(共同)第一作者` (order 1; the names of a bracket where
  the role is said inside one), `<names>为(共同)通讯作者` (corresponding), `<name>以第一作者身份` (order 1),
  `<name>…的论文《…》`; a role said holds up to the next one (`第一作者均为甲，通讯作者是乙`), and for each paper
  reported with the last;
- a reference in citation format: Chinese `作者1, 作者2*. 题名[J]. 刊名, 2019, 12(3): 45-67.` (or with the year
  alone: `[J]. 刊名, 2019.`, a thesis `[D]. 某大学, 2020.`, a meeting's paper `[A]`), or Latin in any of
  the common styles, line by line (ingest.nlp.references), with the authors in order and the corresponding ones
  marked;
- journals written in Latin letters after `发表在/发表于` (`Acta Photonica及Optics Notes等杂志`, after a qualifier:
  `某领域顶级国际期刊 …`) or after `在` before the verb, unmarked Chinese names after the verb (`2011某学报上`), or in
  `《…杂志》`;
- patents by number anywhere (`ZL 2019 1 0123456.7`, `ZL201910123456.7`), with the title the clause gives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from graph.schema import Label, RelType
from ingest.blocks import CELL_SEPARATOR
from ingest.kit.text import EDITOR_POST, LIST_MARK, has_cjk
from ingest.model import Entity, Relation, Span
from ingest.nlp.loose_citations import parse_authorless, parse_loose_citation
from ingest.nlp.marked_citations import parse_marked_citation
from ingest.nlp.mentions import LIST_JOIN, Mention, Mentions, listed_runs
from ingest.nlp.project_lines import ITEM_MARK
from ingest.nlp.reference_authors import Author, author_list
from ingest.nlp.references import Reference, names_a_meeting, parse_reference
from ingest.tables.cells import (
    AUTHOR_MARKS,
    AUTHORS_CN,
    CITATION_UNTYPED,
    CORRESPONDING_NOTE,
    PATENT_NUMBER,
    PATENT_UNTYPED,
    authors_are_names,
    is_reference,
)
from ingest.tables.patent_lines import (
    CITED_COUNTRIES,
    PATENT_KINDS,
    PatentLine,
    item_opened_before,
    on_patent_lines,
    patent_record,
    patents_in_segments,
    read_patent_line,
    read_unnumbered_patent_line,
)
from names.organizations import org_kind

# the work of the people named before it, reported as a paper: 甲、乙等人的工作以题为“…”的文章发表
_WORK_OF = re.compile(r"等人?的(?:研究)?(?:工作|成果|论文)(?=\s*(?:以题为|以[“\"《]|发表|在[《A-Z]))")
_TITLE_AS = re.compile(r"以[“\"](?P<title>[^”\"]{6,300})[”\"]\s*(?:[（(](?P<original>[A-Za-z][^（()）]{8,300})[）)])?\s*为题")
_TITLED = re.compile(r"(?:论文|文章|成果(?=[“\"][^”\"]{4,300}[”\"]\s*(?:在线|正式)?(?:发表|刊发|刊登)))"
                     r"[ \t]?[“\"](?![\s,，:：;；])(?P<title>[^”\"]{4,300})[”\"](?:\s*[（(](?P<original>[A-Za-z][^（()）]{8,300})[）)])?")
# (no title opens with a comma or a blank: `论文", key: "` is a program's code between two of its strings)
# 发表题为“…”的研究论文, 以题为《…》（its translation）的文章: the title the sentence gives a paper it reports
# (a 报告 is a talk, 作了题为《…》的学术报告, unless a 研究报告)
# (以题为《中文》（“Original”）发表在某刊: the original title in quotes in the brackets, the verb of publishing after)
_TITLED_AS = re.compile(r"题(?:目|名)?为\s*[“\"《](?P<title>[^”\"》]{6,300})[”\"》]\s*"
                        r"(?:[（(]\s*[“\"]?(?P<original>[A-Za-z](?:[^（()）“”\"\n\u4e00-\u9fff]|[（(][^（()）\n]{1,40}[）)]){8,300}?)[”\"]?\s*[）)]"
                        r"|[（(][^（()）\n]{2,200}[）)])?"
                        r"\s*(?:的?\s*(?:高水平|重要|最新)?(?:(?:研究|学术|长篇)?(?:论文|文章|综述|成果)|研究报告|研究(?=[，,。；;]))"
                        r"|(?=(?:在线|正式)?(?:发表|刊发|刊登)))")
# 以题为《甲》（A）和《乙》（B）的论文…发表: papers a sentence reports together, each with its original title in brackets
_TITLE_ITEM = r"[《“][^”》\n]{4,300}[”》]\s*(?:[（(][^（()）\n]{2,300}[）)])?"
_TITLED_LIST = re.compile(rf"题(?:目)?为\s*(?P<items>{_TITLE_ITEM}(?:\s*(?:和|及|与|、|以及)\s*{_TITLE_ITEM})+)\s*的?\s*"
                          r"(?:研究|学术)?(?:论文|文章)")
_LISTED_TITLE = re.compile(r"[《“](?P<title>[^”》\n]{4,300})[”》]\s*(?:[（(](?P<original>[A-Za-z][^（()）\n]{8,300})[）)])?")
# 发表了题为：An atlas of … 的研究论文: a Latin title written without marks, up to the words that close it
_TITLED_AS_LATIN = re.compile(r"题(?:目)?为\s*[:：]?\s*(?P<title>[A-Z][^（(。；\n“”《》\u4e00-\u9fff]{8,300}?)\s*"
                              r"(?:[（(][^（()）\n]{1,200}[）)]\s*)?的\s*"  # (its translation in brackets)
                              r"(?:(?:研究|学术|长篇)?(?:论文|文章|综述)|研究报告|研究(?=[，,。；;]))")
# 论文题为Screening of … Infection（《中文题名》）: a Latin title written without marks, up to its translation or the stop
_TITLED_LATIN = re.compile(r"(?:论文|文章)(?:的)?(?:题目|标题)?(?:题为|为)\s*[:：]?\s*"
                           r"(?P<title>[A-Z][^（(。；\n“”《》\u4e00-\u9fff]{8,300}?)\s*(?=[（(]|[。；]|$)")
# 某刊在线发表了这一科研成果（《Title》）: the result the sentence spoke of, its title in brackets after it
_RESULT_TITLED = re.compile(r"(?:(?<=发表了)|(?<=刊发了)|(?<=刊登了)|(?<=发表)|(?<=刊发)|(?<=刊登))"
                            r"\s*(?:这一|该|此项|这项|其)?(?:科研|研究)?成果\s*[（(]\s*[《“](?P<title>[^》”\n]{6,300})[》”]\s*[）)]")
# 《某刊》在线发表了某院甲教授团队研究成果“<title>”: the work the journal published, who did it between
_RESULT_OF = re.compile(r"(?:发表|刊发|刊登|刊出)了?[^，。；,;“”\"《》\n]{0,30}?(?:科研|研究)成果\s*[“\"](?P<title>[^”\"\n]{6,300})[”\"]")
_BOOKED = re.compile(r"(?:论文|文章)(?:的?(?:题目|标题|题名|名称)(?:为|是)[：:]?)?《(?P<title>[^》]{4,200})》"
                     r"(?:\s*[（(](?P<original>[A-Za-z][^（()）]{8,300})[）)])?"
                     r"|以《(?P<entry>[^》]{4,200})》[^，。；]{0,20}论文")
_PUBLISHED = re.compile(
    r"(?:发表在|发表于|刊登在|刊发在|刊登于|刊发于|发表到)\s*(?:国际|[\u4e00-\u9fff]{0,14}?(?:期刊|杂志|刊物))?\s*"  # (某领域顶级国际期刊)
    r"(?:[A-Z][A-Za-z]*\s*子刊\s*)?"  # Nature子刊 Nature Communications: the journal is the one named after
    r"(?:《[^》]{1,20}》\s*(?:[（(][A-Za-z ]{2,30}[）)])?\s*(?:系列|旗下)(?:期刊|子刊|杂志)\s*)?"  # 《自然》系列期刊《…》: the latter
    # (《中文刊名》（Latin Name，IF: 29.3）: the Latin name the journal publishes under)
    r"(?:《(?P<booked>[^》]{2,80})》(?:\s*[（(]\s*(?P<glossed>[A-Z][A-Za-z&:.\- ]{1,80}[A-Za-z])\s*(?:[，,;；][^（()）\n]{0,40})?[）)])?"
    r"|(?P<latin>(?:[A-Z]|[a-z]{1,3}(?=[A-Z]))[A-Za-z&:.\- ]{0,80}[A-Za-z])(?![A-Za-z&:.\-])"  # (iScience, eLife)
    # (a journal's Chinese name unmarked, a year before it: 发表在2011某某学报上)
    r"|(?:(?:19|20)\d{2}\s*年?\s*)?(?P<plain>[\u4e00-\u9fff]{2,12}(?:学报|杂志))(?=上|第|\s*\d|[，。；、]|的))")
_IMPACT = re.compile(r"\s*[（(]\s*(?:影响因子|IF)\s*(?:为|是|[：:])?\s*(?P<value>\d+(?:\.\d+)?)\s*[）)]")
# an untitled paper said in words: 论文报道了他们关于“<what it found>”的发现
_ABOUT = re.compile(r"(?:论文|文章)[^，。；“”]{0,20}?关于[“\"](?P<about>[^”\"]{4,120})[”\"]的(?:发现|研究|工作|成果)")
_LATIN_JOURNALS = re.compile(r"(?:发表在|发表于|刊登在|刊发在)\s*(?P<list>[A-Z][A-Za-z&.\- \n]+?(?:\s*(?:及|和|、|与)\s*"
                             r"[A-Z][A-Za-z&.\- \n]+?)+)\s*等")
_KIND_REACH = 40  # how far the words after a list's `等` may say what its items are (等领域顶级会议与期刊)
_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,7}")  # an acronym (ICSX, TKDX): a meeting's as often as a journal's
# the journals whose editor the text says someone is (`《甲》副主编`, `《甲》和《乙》编委`, `《甲》客座编辑`)
_BOOKED_TITLE = re.compile(r"《([^《》\n]{2,80})》")
_EDITED = re.compile(r"(?P<list>《[^《》\n]{2,80}》(?:\s*(?:、|和|及|与)\s*《[^《》\n]{2,80}》)*)\s*(?:杂志|期刊)?\s*(?:的)?"
                     + EDITOR_POST)
_BOOK_ENDS = ("指南", "全书", "手册", "教材", "丛书", "辞典", "词典", "年鉴", "共识")  # edited books, no journal
# titles in Latin letters, in quotes or book-title marks, listed after 在 and closed by 等 before the verb of publishing
_QUOTED_LATIN = re.compile(r"[“《\"]\s*([A-Z][^“”《》\"\n\u4e00-\u9fff]{2,100}?)\s*[”》\"]")
_PUBLISHED_IN_LIST = re.compile(r"在\s*(?P<list>[“《\"][^“”《》\"\n]{3,100}[”》\"](?:\s*[、，,]\s*[“《\"][^“”《》\"\n]{3,100}[”》\"])+)"
                                r"\s*等(?:国际|国内外|国内)?(?:学术)?(?:期刊|杂志)?(?:上)?(?:发表|刊发|刊登)")
_JOURNAL_NAMED = re.compile(r"《(?P<name>[^》]{2,40}(?:杂志|学报|期刊|Journal|Review|Letters))》")
# 在Lingua、Syntax、《当代语言学》等国内外期刊发表, TPAMI, PR等国际学术期刊的编委: every item of a list a kind of journal
# closes is a journal, in book-title marks or in Latin letters (a list of journals and meetings is not: 等期刊和会议)
_SERIES_ITEM = (r"(?:《[^《》\n]{2,40}》|[A-Z][A-Za-z0-9&:.\-']*(?:[ \t]+[A-Za-z0-9&:.\-']+){0,9})"
                r"(?:\s*[（(][^（()）\n]{1,30}[）)])?")
_JOURNAL_SERIES = re.compile(rf"(?P<list>{_SERIES_ITEM}(?:\s*(?:、|,|;|；|及|和|与|以及)\s*{_SERIES_ITEM})*)\s*等"
                             r"(?P<kind>[^，。；、\n《》]{0,10}?)(?:期刊|杂志|刊物)(?!\s*(?:[和及、/与]\s*)?(?:学术)?会议)")
_SERIES_PART = re.compile(r"《(?P<booked>[^《》\n]{2,40})》|(?P<latin>[A-Z][A-Za-z0-9&:.\-']*(?:[ \t]+[A-Za-z0-9&:.\-']+)*)")
_CITATION_INDEXES = frozenset({"SCI", "SCIE", "SSCI", "EI", "CSSCI", "CSCD", "ESI", "ISTP", "CPCI", "CNKI", "A&HCI"})
_YEAR_ISSUE = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*(?:第\s*(?P<volume>\d+)\s*卷\s*)?(?:第\s*(?P<issue>\d+)\s*期)?")
_ROLE = re.compile(r"(?:为|是|作为|担任)(?:该论文|论文|文章|该文|本文|本论文|该研究|本研究)?(?:的)?(?P<shared>共同|并列)?(?P<role>第一作者|通讯作者|共同通讯作者|(?<=[文究的])(?:合作)?作者)")
_AS_FIRST = re.compile(r"以(?:共同)?第一作者(?:身份)?")
# 通讯作者为甲、乙与丙: the role, then the names; 甲、乙为文章共同一作; 其他作者包括…
_ROLE_FIRST = re.compile(r"(?P<role>(?:共同)?(?:第一作者|一作)(?:和|及|与|兼)(?:共同)?(?:通讯作者|通信作者)"
                         r"|(?:共同)?(?:第一作者|一作|通讯作者|通信作者)|其他作者|合作者|合作作者)(?:分别|均|都)?(?:为|是|包括|有|：|:)")
_FIRST_SHORT = re.compile(r"(?:为|是|作为)(?:该论文|论文|文章|该文)?的?(?:共同|并列)?一作")
_CITATION_CN = re.compile(
    rf"(?P<authors>{AUTHORS_CN})\s*[.．。]\s*"
    r"(?P<title>[^\[\]\n]{4,200}?)\s*\[J(?:/OL)?\]\s*[.．。]?\s*《?(?P<journal>[^,，\n《》]{2,60}?)》?\s*[,，]\s*(?P<year>(?:19|20)\d{2})"
    r"\s*[,，]?\s*(?:(?P<volume>\d+)\s*)?(?:[(（]\s*(?P<issue>[A-Za-z]?[\d\-]+)\s*[)）])?\s*[:：]\s*(?P<pages>\d+(?:\s*[-–—]\s*\d+)?)")
# a typed citation that gives only its year after the source (`[J]. 某学报, 2019.`; `[D]. 某大学, 2020.`; `[A]. 某会议,
# 2019`): a paper, in the journal where it is one ([J]); a thesis or a meeting's paper names no journal
_CITATION_CN_YEAR = re.compile(
    rf"(?P<authors>{AUTHORS_CN})\s*[.．。]\s*(?P<title>[^\[\]\n]{{4,200}}?)\s*\[(?P<type>[JDACM])(?:/OL)?\]\s*[.．。]?\s*"
    r"(?P<journal>[^,，\n\[\]]{2,80}?)\s*[,，]\s*(?P<year>(?:19|20)\d{2})\s*[.．。]?[ \t]*(?=\n|$|\|)")  # the line's or the cell's end
# an online-first paper, its pages and the day it was read in place of its year (`题名[J/OL]. 刊名, 1-11[2025-01-21].`)
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,5}")
_CITATION_CN_ONLINE = re.compile(
    rf"(?P<authors>{AUTHORS_CN})\s*[.．。]\s*(?P<title>[^\[\]\n]{{4,200}}?)\s*\[J/OL\]\s*[.．。]?\s*"
    r"(?P<journal>[^,，\n\[\]]{2,80}?)\s*[,，]\s*(?P<pages>\d+(?:\s*[-–—]\s*\d+)?)\s*(?:\[\s*(?:19|20)\d{2}[\d\-./]*\s*\])?"
    r"\s*[.．。]?[ \t]*(?=\n|$|\||https?://)")
# (2014, 12(3): 45 | 2014（3）：45: the year, then the issue with no volume; a supplement's issue: 12(S1))
_CITED = re.compile(r"(?:19|20)\d{2}\s*(?:[,，;]\s*\d*\s*(?:[(（][A-Za-z]?[\d\-]+[)）])?|[(（][A-Za-z]?[\d\-]+[)）])\s*[:：,]\s*[A-Za-z]?\d+")
_LINE = re.compile(r"[^\n]+")
_NUMBERED_LINE = re.compile(rf"\s*{LIST_MARK}")  # an item's number or bullet
_WRAPPED_LINES = 2
_CITATION_LENGTH = 400  # how far past its sentence a reference may run
_WRAPPED_ITEM_LINES = 6  # a numbered item's reference may run over more (a PDF's long author lists)
_CELL = re.compile(re.escape(CELL_SEPARATOR))
_NEXT_NUMBERED = re.compile(r"[.\s](?=\s*(?:\[\d{1,3}\]|\(\d{1,3}\))\s*[A-Z*_])")
_PATENT = re.compile(r"ZL\s*(?P<number>(?:\d\s*){8,12}\.?\s*[\dXx])")
# a software copyright's registration certificate, its number as written (软著登字第1234567号)
_SOFTWARE_CERTIFICATE = re.compile(r"软著登字第\s*\d{5,9}\s*号")
_PATENT_TITLE = re.compile(r"[“《](?P<title>[^”》]{4,80})[”》]\s*[，,]?\s*[（(]?\s*(?:专利号|授权号|申请号)?\s*[：:]?\s*$")


@dataclass
class _Paper:
    entity: Entity
    sentence: int
    together: int = -1  # papers a sentence reports together (`题为《甲》和《乙》的论文`) share their authors


_HALF_WIDTH_BRACKETS = str.maketrans("［］", "[]")


def paper_facts(text: str, mentions: Mentions, sentences: list[tuple[int, int]],
                entities: list[Entity], relations: list[Relation], known: Sequence[str] = ()) -> None:
    """Papers, their journals and authors, from the sentences; appends to `entities` and `relations`. `known`: the
    papers the document's fields name (a publication's page): the one paper a sentence of authors is about where no
    sentence before it reports another."""
    papers = [_Paper(Entity(type=Label.PAPER, name=known[0]), -1)] if len(known) == 1 else []
    cited = text.translate(_HALF_WIDTH_BRACKETS)  # references keep their marks (甲*: the corresponding author), their
    # full-width type brackets read as half-width ones (［J］); sentences are read without emphasis
    text = _without_emphasis(text)
    authored: set[str] = set()  # the papers some sentence gave authors
    ahead: tuple[int, int] | None = None  # a sentence of authors before the paper it is about (以甲为第一作者。以题为…发表)
    for k, (start, end) in enumerate(sentences):
        span = Span(start, end)
        before = len(papers)
        papers += [_Paper(paper, k) for paper in _reported(text, start, end, mentions, entities, relations)]
        for n, listed in enumerate(_reported_together(text, start, end, entities, relations)):
            papers += [_Paper(paper, k, n) for paper in listed]
        if ahead is not None:  # the authors the sentence before gave: this sentence's paper's, else the last one's
            relations += _authors(text, *ahead, mentions, papers[-1].entity.name, Span(*ahead))
            authored.add(papers[-1].entity.name)
            ahead = None
        if papers:  # the authors of the paper reported last (and of each paper reported with it)
            last = papers[-1]
            found = [r for reported in papers if reported is last or last.together >= 0
                     and (reported.sentence, reported.together) == (last.sentence, last.together)
                     for r in _authors(text, start, end, mentions, reported.entity.name, span)]
            if found and len(papers) == before and last.entity.name in authored and k + 1 < len(sentences):
                ahead = (start, end)  # the last paper has its authors: these are the next one's
            else:
                relations += found
                authored.update(r.target for r in found)
        relations += _authors_before(text, start, end, mentions, entities)
        entities += _journals(text, start, end)
        _citations(cited, start, end, entities, relations)
        _books(text, mentions, start, end, entities, relations)
    text = cited
    for reference in _references(text, sentence_lines(text, sentences)):
        if not PATENT_NUMBER.search(text, reference.title_span[1], reference.span[1]):  # (a patent's line: read below)
            add_reference(reference, entities, relations, text)
    for start, end in sentence_lines(text, sentences):
        _labelled_paper(text, start, end, entities, relations)
    read: set[tuple[int, int]] = set()  # a line is read whole once, however many runs of sentences it holds
    for start, end in sentence_lines(text, sentences):
        if not _patent_citations(text, start, end, entities, relations):
            whole = _whole_line(text, start, end)
            if whole not in read:
                read.add(whole)
                _patent_line(text, start, end, entities, relations)


# markdown's emphasis in a sentence (`在期刊***Journal***发表了题为**Title**（*译名*）的论文`): runs of marks, and a mark
# that opens or closes Chinese words
_EMPHASIS_MARKS = re.compile(r"[*_]{2,}|(?<=[\u4e00-\u9fff，。；：、（）“”《》])[*_]|[*_](?=[\u4e00-\u9fff，。；：、（）“”《》])")


def _without_emphasis(text: str) -> str:
    """The text with its emphasis marks made blanks, every offset kept."""
    return _EMPHASIS_MARKS.sub(lambda m: " " * len(m.group()), text) if "*" in text or "__" in text else text


# a list's line labelled with its authors: `4.甲论文：某某研究，某学报，2016年4月，省刊`, `甲、乙的论文：《…》，…，2016`
_LABELLED_PAPER = re.compile(
    r"[ \t\u3000]*(?:\d{1,3}[.、．)）][ \t\u3000]*)?(?P<authors>[\u4e00-\u9fff·]{2,4}?(?:[、，,][\u4e00-\u9fff·]{2,4}?){0,5})"
    r"(?:的)?(?:论文|文章)[：:][ \t\u3000]*《?(?P<title>[^，,《》\n]{4,100}?)》?[ \t\u3000]*[，,][ \t\u3000]*"
    r"《?(?P<journal>[^，,《》\n\d]{2,30}?)》?[ \t\u3000]*[，,][ \t\u3000]*(?P<year>(?:19|20)\d{2})(?!\d)")


def _labelled_paper(text: str, start: int, end: int, entities: list[Entity], relations: list[Relation]) -> None:
    """A paper listed on a line labelled with its authors (the list of a lab's output): its title, journal, year,
    and its authors in order."""
    m = _LABELLED_PAPER.match(text, start, end)
    if m is None:
        return
    authors = list(re.finditer(r"[\u4e00-\u9fff·]{2,4}", m.group("authors")))
    if not authors_are_names(m):
        return
    title, journal = m.group("title").strip(), m.group("journal").strip()
    span = Span(start, end)
    entities.append(Entity(type=Label.PAPER, name=title, journal=journal, year=int(m.group("year")),
                           spans=(Span(*m.span("title")),)))
    entities.append(Entity(type=Label.JOURNAL, name=journal, spans=(Span(*m.span("journal")),)))
    relations.append(Relation(type=RelType.PUBLISHED_IN, source=title, target=journal, spans=(span,)))
    at = m.start("authors")
    for order, a in enumerate(authors, start=1):
        entities.append(Entity(type=Label.PERSON, name=a.group(), spans=(Span(at + a.start(), at + a.end()),)))
        relations.append(Relation(type=RelType.AUTHORED, source=a.group(), target=title, order=order, spans=(span,)))


# a book its author is said to have written: 甲所著《…》, 甲撰写的《…》, 甲出版专著《…》 (not 主编: an editor)
_WROTE = re.compile(r"\s*(?:所著|所撰|所写|撰写|撰著|著|写)(?:的)?\s*(?:专著|著作|新书|书|一书)?\s*《(?P<title>[^》]{2,80})》"
                    r"|\s*(?:出版|出版了)(?:的)?\s*(?:学术)?(?:专著|著作|新书)\s*《(?P<published>[^》]{2,80})》")


def _books(text: str, mentions: Mentions, start: int, end: int, entities: list[Entity],
           relations: list[Relation]) -> None:
    """The books the sentence says a person wrote (`甲所著《某书》`): each a work (Paper) the person AUTHORED."""
    for person in mentions.within(start, end):
        if person.label != "PERSON":
            continue
        m = _WROTE.match(text, person.end, end)
        if m is None:
            continue
        group = "title" if m.group("title") else "published"
        entities.append(Entity(type=Label.PAPER, name=m.group(group).strip(), spans=(Span(*m.span(group)),)))
        relations.append(Relation(type=RelType.AUTHORED, source=person.text, target=m.group(group).strip(), order=1,
                                  spans=(Span(person.start, m.end()),)))


def _reported(text: str, start: int, end: int, mentions: Mentions, entities: list[Entity],
              relations: list[Relation]) -> list[Entity]:
    out = []
    span = Span(start, end)
    latin = [m for pattern in (_TITLED_LATIN, _TITLED_AS_LATIN) for m in pattern.finditer(text, start, end)
             if len(_LATIN_WORD.findall(m.group("title"))) >= 3]
    for m in (*_TITLE_AS.finditer(text, start, end), *_TITLED.finditer(text, start, end), *_TITLED_AS.finditer(text, start, end),
              *_BOOKED.finditer(text, start, end), *_ABOUT.finditer(text, start, end), *latin,
              *_RESULT_TITLED.finditer(text, start, end), *_RESULT_OF.finditer(text, start, end)):
        groups = m.groupdict()
        group = next(g for g in ("original", "title", "about", "entry") if groups.get(g))
        title = " ".join(m.group(group).split())
        opens = m.start(group) if m.re is _RESULT_OF else m.start()  # (《某刊》在线发表了…成果“…”: the verb is the journal's)
        journal = _journal_before(text, start, opens) or _journal_after(text, m.end(), end)
        when = next(reversed(list(_YEAR_ISSUE.finditer(text, start, m.start()))), None)
        paper = Entity(type=Label.PAPER, name=title, journal=journal, spans=(Span(*m.span(group)),),
                       impact_factor=_impact(text, start, end, journal),
                       year=int(when.group("year")) if when else None,
                       volume=when.group("volume") if when else None, issue=when.group("issue") if when else None)
        entities.append(paper)
        out.append(paper)
        if journal:
            entities.append(Entity(type=Label.JOURNAL, name=journal, spans=(_written(text, journal, span),)))
            relations.append(Relation(type=RelType.PUBLISHED_IN, source=title, target=journal, spans=(span,)))
        if m.group(group) and group == "entry":  # 某某医师以《…》获得论文第一名: the subject wrote it
            writer = next((p for p in reversed(mentions.within(start, m.start())) if p.label == "PERSON"), None)
            if writer:
                relations.append(Relation(type=RelType.AUTHORED, source=writer.text, target=title, spans=(span,)))
    return out


def _reported_together(text: str, start: int, end: int, entities: list[Entity],
                       relations: list[Relation]) -> list[list[Entity]]:
    """The papers of each list of titles the sentence reports (`以题为《甲》（A）和《乙》（B）的论文…上发表`), each named
    by its original title where brackets give one, with the journal the sentence names."""
    out = []
    for m in _TITLED_LIST.finditer(text, start, end):
        journal = _journal_before(text, start, m.start()) or _journal_after(text, m.end(), end)
        if journal:
            entities.append(Entity(type=Label.JOURNAL, name=journal, spans=(Span(start, end),)))
        papers = []
        for item in _LISTED_TITLE.finditer(text, m.start("items"), m.end("items")):
            group = "original" if item.group("original") else "title"
            title = " ".join(item.group(group).split())
            paper = Entity(type=Label.PAPER, name=title, journal=journal, spans=(Span(*item.span(group)),))
            entities.append(paper)
            papers.append(paper)
            if journal:
                relations.append(Relation(type=RelType.PUBLISHED_IN, source=title, target=journal, spans=(Span(start, end),)))
        out.append(papers)
    return out


# 甲、乙、丙发表在2011某学报上的论文《…》: the authors in order before the verb, the paper after it
_PUBLISHED_BY_THEM = re.compile(r"\s*(?:发表在|发表于|刊登在|刊发在)[^，。；《》]{0,40}?的(?:研究|学术)?(?:论文|文章)\s*《(?P<title>[^》\n]{4,200})》")


def _authors_before(text: str, start: int, end: int, mentions: Mentions, entities: list[Entity]) -> list[Relation]:
    """A paper written after the list of its authors and the verb of publishing (`甲、乙发表在某学报上的论文《…》`):
    the paper, its journal, and its authors in the order written."""
    out: list[Relation] = []
    people = [p for p in mentions.within(start, end) if p.label == "PERSON"]
    for k, last in enumerate(people):
        m = _PUBLISHED_BY_THEM.match(text, last.end, end)
        if m is None:
            continue
        names = [last]
        for p in reversed(people[:k]):
            if not LIST_JOIN.fullmatch(text, p.end, names[0].start):
                break
            names.insert(0, p)
        title = " ".join(m.group("title").split())
        journal = _journal_after(text, last.end, m.start("title"))
        span = Span(names[0].start, m.end())
        entities.append(Entity(type=Label.PAPER, name=title, journal=journal, spans=(Span(*m.span("title")),)))
        if journal:
            entities.append(Entity(type=Label.JOURNAL, name=journal, spans=(_written(text, journal, span),)))
            out.append(Relation(type=RelType.PUBLISHED_IN, source=title, target=journal, spans=(span,)))
        out += [Relation(type=RelType.AUTHORED, source=p.text, target=title, order=order, spans=(span,))
                for order, p in enumerate(names, start=1)]
    return out


# 在(国际权威)期刊《…》上(在线)发表: the journal named before the verb
_IN_JOURNAL = re.compile(r"在\s*[^，。；《》]{0,12}?《(?P<booked>[^》]{2,80})》\s*(?:[（(](?P<latin>[A-Za-z][A-Za-z&:.\- ]{1,80})[）)]"
                         r"|[（(][^（()）\n]{1,40}[）)])?"  # (or a note on it: （中科院1区期刊，IF=8.0）)
                         r"\s*(?:杂志|期刊)?\s*(?:上|中)?\s*(?:在线|正式|以[^，。；]{0,12})?(?:发表|刊发|刊登|发布)")


# 国际学术期刊Antimicrobial Agents and Chemotherapy(《中文刊名》)在线发表了: a journal in Latin letters before the verb
_LATIN_JOURNAL_BEFORE = re.compile(r"(?:期刊|杂志)\s*(?P<latin>[A-Z][A-Za-z&:.\- ]{1,80}[A-Za-z])\s*"
                                   r"(?:[（(](?:《(?P<booked>[^》]{2,40})》|[^（()）《》\n]{1,50})[）)])?"  # (or a note: (JCR Q1, IF: 6.7))
                                   r"\s*(?:上)?\s*(?:在线|正式)?(?:发表|刊发|刊登)")
# 《某刊》（Latin Name）在线发表了…: the journal the subject of its verb of publishing (no 在 before it)
_JOURNAL_PUBLISHED = re.compile(r"(?<!在)《(?P<booked>[^》]{2,80})》\s*(?:[（(](?P<latin>[A-Za-z][A-Za-z&:.\- ]{1,80})[）)])?"
                                r"\s*(?:杂志|期刊)?\s*(?:近日|日前|近期)?\s*(?:在线|正式)?(?:发表|刊发|刊登)了")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# 在Nature Methods期刊发表, 在 **Nature Methods** 上发表: a journal in Latin letters after 在, before the verb
# (emphasis marks a page kept may wrap its words)
_IN_LATIN_JOURNAL = re.compile(r"在\s*[*_]*(?P<latin>[A-Z][A-Za-z&:.\-*_ ]{1,80}?[A-Za-z])[*_]*\s*(?:期刊|杂志)?[*_]*\s*"
                               r"(?:上)?\s*(?:以[^，。；\n]{0,12}?)?(?:在线|正式)?(?:发表|刊发|刊登)")  # (以长文形式在线发表)
_EMPHASIS = re.compile(r"[*_]+")


_PUBLISHED_THERE = (_IN_JOURNAL, _LATIN_JOURNAL_BEFORE, _IN_LATIN_JOURNAL, _JOURNAL_PUBLISHED)


def _journal_before(text: str, start: int, at: int) -> str | None:
    found = [m for m in _PUBLISHED.finditer(text, start, at)] or list(_LATIN_JOURNAL_BEFORE.finditer(text, start, at)) \
        or list(_IN_LATIN_JOURNAL.finditer(text, start, at)) or list(_JOURNAL_PUBLISHED.finditer(text, start, at))
    if found:
        return _journal_name(found[-1])
    named = [m for m in _IN_JOURNAL.finditer(text, start, at)]
    return _journal_name(named[-1]) if named else None


def _journal_after(text: str, at: int, end: int) -> str | None:
    m = _PUBLISHED.search(text, at, end)
    if m:
        return _journal_name(m)
    named = _IN_JOURNAL.search(text, at, end)  # 该成果论文《…》近日在《某刊》（Latin）杂志发表
    return _journal_name(named) if named else None


def _open_bracket(text: str, start: int, at: int) -> int:
    """Just after the bracket opened before `at` (from `start`) and not closed by then, or `start`."""
    depth = 0
    for i in range(at - 1, start - 1, -1):
        if text[i] in "）)":
            depth += 1
        elif text[i] in "（(":
            if depth == 0:
                return i + 1
            depth -= 1
    return start


def _journal_name(m: re.Match[str]) -> str:
    """The journal a match names: its name in book-title marks or in Latin letters (both written, `《自然物理》
    （Nature Physics）`: the Latin one, the name it publishes under)."""
    return " ".join(_EMPHASIS.sub(" ", m.group("latin") or m.groupdict().get("glossed") or m.group("booked")
                                  or m.groupdict().get("plain") or "").split())


def _impact(text: str, start: int, end: int, journal: str | None) -> float | None:
    """The impact factor written after the paper's journal (`发表于某刊（影响因子为7.3）`)."""
    if journal is None:
        return None
    for m in _PUBLISHED.finditer(text, start, end):
        if _journal_name(m) == journal and (impact := _IMPACT.match(text, m.end())):
            return float(impact.group("value"))
    return None


def _journals(text: str, start: int, end: int) -> list[Entity]:
    """Journals a sentence names: where something was published (`发表于某刊`, `发表在《某刊》`), lists of them
    (`发表在A及B等杂志`), and `《…杂志》`."""
    # 发表于ICSX、CVPX、TKDX等顶级会议与期刊: a list of meetings and journals, where an acronym names no journal
    lists = [(m, "会议" in re.split(r"[，,。；;\n]", text[m.end():m.end() + _KIND_REACH])[0])
             for m in _LATIN_JOURNALS.finditer(text, start, end)]
    meetings = [m.span("list") for m, among in lists if among]
    out = [Entity(type=Label.JOURNAL, name=_journal_name(m),
                  spans=(Span(*m.span(next(g for g in ("glossed", "booked", "latin", "plain") if m.group(g)))),))
           for m in _PUBLISHED.finditer(text, start, end)
           if not (m.group("latin") and _ACRONYM.fullmatch(m.group("latin"))
                   and any(a <= m.start("latin") < b for a, b in meetings))]
    for m, among in lists:
        for part in re.split(r"\s*(?:及|和|、|与)\s*", m.group("list")):
            name = " ".join(part.split())
            if len(name) >= 3 and not (among and _ACRONYM.fullmatch(name)):
                out.append(Entity(type=Label.JOURNAL, name=name, spans=(Span(*m.span("list")),)))
    for m in _JOURNAL_NAMED.finditer(text, start, end):
        out.append(Entity(type=Label.JOURNAL, name=m.group("name"), spans=(Span(*m.span("name")),)))
    for pattern in _PUBLISHED_THERE:  # 在《某刊》上发表, 某刊（Latin）在线发表了: where a paper the text names no title of is
        for m in pattern.finditer(text, start, end):
            if not m.group().endswith("发布"):  # 在《某规划》中发布: a document, no journal
                group = "latin" if m.group("latin") else "booked"
                out.append(Entity(type=Label.JOURNAL, name=_journal_name(m), spans=(Span(*m.span(group)),)))
    for m in _EDITED.finditer(text, start, end):  # 《某刊》副主编, 《甲》和《乙》编委: what an editor edits is a journal
        for part in _BOOKED_TITLE.finditer(text, m.start(), m.end("list")):
            if not part.group(1).endswith(_BOOK_ENDS):
                out.append(Entity(type=Label.JOURNAL, name=" ".join(part.group(1).split()), spans=(Span(*part.span(1)),)))
    for m in _PUBLISHED_IN_LIST.finditer(text, start, end):  # 在“Title One”、“Title Two”等发表了多篇论文
        for part in _QUOTED_LATIN.finditer(text, m.start("list"), m.end("list")):
            name = " ".join(part.group(1).split())
            if not _ACRONYM.fullmatch(name):
                out.append(Entity(type=Label.JOURNAL, name=name, spans=(Span(*part.span(1)),)))
    return out + _journal_series(text, start, end)


def _journal_series(text: str, start: int, end: int) -> list[Entity]:
    """The journals of a list that a kind of journal closes (`在A、B、《丙》等国内外期刊发表`)."""
    out = []
    for m in _JOURNAL_SERIES.finditer(text, start, end):
        if "会议" in m.group("kind"):
            continue
        for part in _SERIES_PART.finditer(text, m.start("list"), m.end("list")):
            group = "booked" if part.group("booked") else "latin"
            name = " ".join(part.group(group).split())
            if name.upper() not in _CITATION_INDEXES and len(name) >= 2:
                out.append(Entity(type=Label.JOURNAL, name=name, spans=(Span(*part.span(group)),)))
    return out


_OTHER_AUTHORS = frozenset({"其他作者", "合作者", "合作作者"})
# a clause that says other authors: a comma, then 由 or 作者 within a few words (，作者还有…, ，由甲担任通讯作者)
_OTHER_ROLE_CLAUSE = re.compile(r"[，,](?=[^，,。；;]{0,6}?作者|\s*由)")


def _written(text: str, name: str, within: Span) -> Span:
    """Where the sentence `within` writes `name` (the sentence itself where it writes it otherwise, blanks inside)."""
    at = text.find(name, within.start, within.end)
    return Span(at, at + len(name)) if at >= 0 else within


def _clause_of_its_own_role(text: str, start: int, end: int) -> re.Match[str] | None:
    """The comma opening a later clause of the sentence that says its own people's role (`，乙和丙为共同通讯作者`)."""
    for comma in _COMMA.finditer(text, start, end):
        close = _CLAUSE_CLOSE.search(text, comma.end(), end)
        if _ROLE.search(text, comma.end(), close.start() if close else end):
            return comma
    return None


_COMMA = re.compile(r"[，,]")
_CLAUSE_CLOSE = re.compile(r"[，,。；;\n]")


def _authors(text: str, start: int, end: int, mentions: Mentions, paper: str, span: Span) -> list[Relation]:
    out = []
    people = [p for p in mentions.within(start, end) if p.label == "PERSON"]
    said = start  # where the role said last ends: 甲为第一作者、乙为通讯作者
    for m in _ROLE.finditer(text, start, end):
        clause = max(max(text.rfind(c, start, m.start()) for c in "，。；,;") + 1 or start, said,
                     _open_bracket(text, start, m.start()))  # 某团队（甲、乙为共同第一作者）: the bracket's names
        said = m.end()
        named = [p for p in people if clause <= p.start and p.end <= m.start()]
        for p in named:
            if "通讯" in m.group("role"):
                out.append(Relation(type=RelType.AUTHORED, source=p.text, target=paper, corresponding=True, spans=(span,)))
            elif "第一" not in m.group("role"):  # 甲和乙为本文作者: authors, in no order said
                out.append(Relation(type=RelType.AUTHORED, source=p.text, target=paper, spans=(span,)))
            else:
                out.append(Relation(type=RelType.AUTHORED, source=p.text, target=paper, order=1, spans=(span,)))
    for m in _AS_FIRST.finditer(text, start, end):
        before = [p for p in people if p.end <= m.start() and m.start() - p.end <= 4]
        if before:
            out.append(Relation(type=RelType.AUTHORED, source=before[-1].text, target=paper, order=1, spans=(span,)))
    for m in _FIRST_SHORT.finditer(text, start, end):  # 甲、乙为文章共同一作
        clause = max(max(text.rfind(c, start, m.start()) for c in "，。；,;") + 1 or start, start)
        out += [Relation(type=RelType.AUTHORED, source=p.text, target=paper, order=1, spans=(span,))
                for p in people if clause <= p.start and p.end <= m.start()]
    for m in _WORK_OF.finditer(text, start, end):  # 甲教授、乙院士等人的工作以题为“…”的文章发表于…
        clause = max(text.rfind(c, start, m.start()) for c in "。；;") + 1 or start
        out += [Relation(type=RelType.AUTHORED, source=p.text, target=paper, spans=(span,))
                for p in people if clause <= p.start and p.end <= m.start()]
    said_roles = list(_ROLE_FIRST.finditer(text, start, end))
    for k, m in enumerate(said_roles):  # 通讯作者为甲、乙与丙 (up to the stop, or the next role said: 第一作者为甲，通讯作者是乙)
        role = m.group("role")
        stops = "。\n" if role in _OTHER_AUTHORS else "。；;\n"  # 合作作者包括某所的甲、乙；某大学丙: the groups of units
        other = _OTHER_ROLE_CLAUSE.search(text, m.end(), end) or _clause_of_its_own_role(text, m.end(), end)
        # (第一作者是甲，作者还有乙，由丙担任通讯作者; 第一作者为甲，乙和丙为共同通讯作者)
        stop = min([i for i in (text.find(c, m.end(), end) for c in stops) if i >= 0] + [end]
                   + ([said_roles[k + 1].start()] if k + 1 < len(said_roles) else []) + ([other.start()] if other else []))
        named = [p for p in people if m.end() <= p.start and p.end <= stop]
        for p in named:
            if "通" in role and "第一" in role:  # 第一作者和通讯作者为甲
                out.append(Relation(type=RelType.AUTHORED, source=p.text, target=paper, order=1, corresponding=True,
                                    spans=(span,)))
            elif "通" in role:
                out.append(Relation(type=RelType.AUTHORED, source=p.text, target=paper, corresponding=True, spans=(span,)))
            elif "一作" in role or "第一作者" in role:
                out.append(Relation(type=RelType.AUTHORED, source=p.text, target=paper, order=1, spans=(span,)))
            else:
                out.append(Relation(type=RelType.AUTHORED, source=p.text, target=paper, spans=(span,)))
    return out


def _citations(text: str, start: int, end: int, entities: list[Entity], relations: list[Relation]) -> None:
    found: list[re.Match[str]] = []
    # (a reference opened in the sentence runs on past it where its pieces are parted by full stops: `甲，乙。题名[J]。…`)
    on = min(_line_end(text, end), end + _CITATION_LENGTH)
    if _CITED.search(text, start, on):  # the year and page numbers of a reference opened in the sentence
        found += [*(m for m in _CITATION_CN.finditer(text, start, on) if m.start() < end),
                  *_untyped(CITATION_UNTYPED, text, start, end)]
    if "[" in text[start:end]:
        found += _CITATION_CN_YEAR.finditer(text, start, end)
        found += _CITATION_CN_ONLINE.finditer(text, start, end)
    for m in found:
        title = " ".join(m.group("title").split())
        typed = m.groupdict().get("type")
        journal = " ".join(m.group("journal").split()) if typed in (None, "J") else None
        span = Span(m.start(), m.end())
        pages = re.sub(r"\s*[-–—]\s*", "-", m.group("pages")) if "pages" in m.groupdict() else None
        year = m.groupdict().get("year")
        entities.append(Entity(type=Label.PAPER, name=title, journal=journal, year=int(year) if year else None,
                               volume=m.groupdict().get("volume"), issue=m.groupdict().get("issue"), pages=pages,
                               spans=(Span(*m.span("title")),)))
        if journal is not None:
            entities.append(Entity(type=Label.JOURNAL, name=journal, spans=(Span(*m.span("journal")),)))
            relations.append(Relation(type=RelType.PUBLISHED_IN, source=title, target=journal, spans=(span,)))
        for order, person, where, marked in _listed_authors(text, m):
            entities.append(Entity(type=Label.PERSON, name=person, spans=(where,) if where is not None else ()))
            relations.append(Relation(type=RelType.AUTHORED, source=person, target=title, order=order,
                                      corresponding=True if marked else None, spans=(span,)))


def _untyped(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[re.Match[str]]:
    """Untyped citations (of papers or patents) on lines of their own, whose authors are names (not a
    sentence's words), their lists starting in [start, end); a citation runs on past the sentence, within its line
    (`甲，乙。题名。刊名，2014，38（9）：1620-1623。` parts its pieces with full stops)."""
    line, on = text.rfind("\n", 0, start) + 1, min(_line_end(text, end), end + _CITATION_LENGTH)
    return [m for m in pattern.finditer(text, line, on) if start <= m.start("authors") < end and authors_are_names(m)]


def _listed_authors(text: str, m: re.Match[str]) -> list[tuple[int, str, Span | None, bool]]:
    """The names of a citation's author list in order: (order, name, where it is written, marked with `*`)."""
    names = [n.strip() for n in re.split(r"\s*(?:[,，、]|\band\b)\s*", m.group("authors"))]
    at = m.start("authors")
    out = []
    for order, name in enumerate((n for n in names if n and n not in ("等", "et al")), start=1):
        noted = CORRESPONDING_NOTE.search(name) is not None  # 甲（通讯作者）
        person = CORRESPONDING_NOTE.sub("", name).rstrip(AUTHOR_MARKS).strip()
        if person.endswith("等") and len(person) >= 3 and _CJK_NAME.fullmatch(person):
            person = person[:-1]  # 甲, 乙, 丙等. 题名: the list closed with no separator before 等
        where = text.find(person, at, m.end("authors"))
        at = where + len(person) if where >= 0 else at
        out.append((order, person, Span(where, where + len(person)) if where >= 0 else None,
                    noted or name.endswith(("*", "＊"))))  # `#` marks a co-first author
    return out


# 发明人1, 发明人2. 题名[P]. 中国: ZL2024…（授权公告日: 2024.04.16, 发明）, or（申请公布号: CN1183…A, …）
_PATENT_CITATION = re.compile(rf"(?P<authors>{AUTHORS_CN})\s*[.．。]\s*(?P<title>[^\[\]\n]{{4,200}}?)\s*\[P\]")
_GRANTED = re.compile(r"(?:授权公告日|授权日|公告日|申请日|申请公布日|公布日)\s*[：:]\s*(?P<y>(?:19|20)\d{2})[.\-/年](?P<m>\d{1,2})[.\-/月](?P<d>\d{1,2})")


# GB/T 7714's `题名: 国别, 专利号[P]`: the country and the number after the title's colon are no part of it
_CITED_OFFICE = re.compile(rf"\s*[:：]\s*(?:(?:{CITED_COUNTRIES})\s*[,，]?\s*)?"
                           r"(?:(?:ZL|CN|US|WO|EP|JP)?\s*[\dXx.\s/]*[A-Z]?\d?)?$")


def _patent_citations(text: str, start: int, end: int, entities: list[Entity], relations: list[Relation]) -> bool:
    """Patents in citation format (GB/T 7714 `[P]`): the patent with its number, kind and date, and its
    inventors in order. Whether there was one."""
    found = False
    for m in [*_PATENT_CITATION.finditer(text, start, end), *_untyped(PATENT_UNTYPED, text, start, end)]:
        number = PATENT_NUMBER.search(text, m.end() if "number" not in m.groupdict() else m.start("number"), end)
        if number is None:
            continue
        found = True
        tail = text[m.end():end]
        date = _GRANTED.search(tail)
        title = _CITED_OFFICE.sub("", " ".join(m.group("title").split()))
        patent_number = re.sub(r"\s+", "", number.group("number"))
        entities.append(Entity(
            type=Label.PATENT, name=title, number=patent_number,
            kind=next((k for w, k in PATENT_KINDS if w in tail), None),
            date=f"{date.group('y')}-{int(date.group('m')):02d}-{int(date.group('d')):02d}" if date else None,
            spans=(Span(*m.span("title")),)))
        for order, name, where, _ in _listed_authors(text, m):
            entities.append(Entity(type=Label.PERSON, name=name, spans=(where,) if where is not None else ()))
            relations.append(Relation(type=RelType.INVENTED, source=name, target=patent_number, order=order,
                                      spans=(Span(m.start(), number.end()),)))
    return found


def _patent_line(text: str, start: int, end: int, entities: list[Entity], relations: list[Relation]) -> None:
    """A patent on a line of its own, in any order of its pieces (ingest.tables.patent_lines). The line is
    read whole: its sentences may have been cut after a list mark or at a stop between names."""
    start, end = _whole_line(text, start, end)
    if CELL_SEPARATOR in text[start:end]:
        return  # a table's row: the tables mechanism reads it by its header
    line = read_patent_line(text, start, end)
    if line is None and (listed := patents_in_segments(text, start, end)):
        for one in listed:  # 甲，一种某某方法，ZL…；乙，一种某某装置，ZL…: several patents on one line
            spans = (one.title_span, one.number_span)
            _add_patent_line(one, min(s.start for s in spans), max(s.end for s in spans), entities, relations)
        return
    if (line is None or not line.inventors) and (record := patent_record(text, start, end)) is not None:
        line, start = record  # 一种某某方法 | 甲, 乙 | 发明专利, ZL…: one patent over lines
    if line is None and (opened := item_opened_before(text, start)) is not None:
        line, start = read_patent_line(text, opened, end), opened
    if line is None and (unnumbered := read_unnumbered_patent_line(text, start, end)) is not None:
        if _record_below(text, start, end):
            return  # 甲, 乙. 一种某某方法. | 发明专利, 专利号: …: the patent of the number's line, read from there
        line = unnumbered[0] if unnumbered[1] or _under_patents_heading(text, start) else None  # (a list's item)
    if line is None:
        _latin_patent_line(text, start, end, entities, relations)
        return
    _add_patent_line(line, start, end, entities, relations)


def _add_patent_line(line: PatentLine, start: int, end: int, entities: list[Entity], relations: list[Relation]) -> None:
    entities.append(Entity(type=Label.PATENT, name=line.title, number=line.number or None, kind=line.kind,
                           date=line.date, spans=tuple(sorted({line.title_span, line.number_span}, key=lambda s: (s.start, s.end)))))
    target = line.number or line.title  # a patent the line gives no number is known by its title
    for order, (name, where) in enumerate(line.inventors, start=1):
        entities.append(Entity(type=Label.PERSON, name=name, spans=(where,)))
        relations.append(Relation(type=RelType.INVENTED, source=name, target=target, order=order,
                                  spans=(Span(start, end),)))
    for name, where in line.owners:
        entities.append(Entity(type=Label.ORGANIZATION, name=name, kind=org_kind(name), spans=(where,)))
        relations.append(Relation(type=RelType.OWNS, source=name, target=target, spans=(Span(start, end),)))


def _record_below(text: str, start: int, end: int) -> bool:
    """The line [start, end) opens a patent whose number stands on a line below it (ingest.tables.patent_lines)."""
    at = end + 1
    for _ in range(3):
        if at >= len(text):
            return False
        stop = _line_end(text, at)
        record = patent_record(text, at, stop)
        if record is not None:
            return record[1] <= start
        at = stop + 1
    return False


_PATENTS_HEADING = re.compile(r"[\s#*]*(?:[一二三四五六七八九十\d]+[、.．]\s*)?[\u4e00-\u9fff（）()]{0,8}(?:专利|知识产权)"
                              r"[\u4e00-\u9fff（）()]{0,6}[\s*:：]*")


def _under_patents_heading(text: str, start: int) -> bool:
    """The line at `start` is an item of a list under a heading that names patents (`## 授权发明专利`, `知识产权：`)."""
    at = start
    while at > 0:
        line_start = text.rfind("\n", 0, at - 1) + 1
        line = text[line_start:at].strip()
        item = ITEM_MARK.match(line) or line.startswith(("-", "*", "•", "·")) or read_patent_line(line) is not None \
            or read_unnumbered_patent_line(line, 0, len(line)) is not None  # the patents above
        if line and not item:
            return _PATENTS_HEADING.fullmatch(line) is not None
        at = line_start
    return False


def sentence_lines(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of the text the sentences cover, each cut to the run of sentences it lies in (a reference may
    hold `?` or `!`, which end a sentence but not the reference)."""
    runs: list[list[int]] = []
    for start, end in sentences:
        if runs and not text[runs[-1][1]:start].strip():
            runs[-1][1] = end
        else:
            runs.append([start, end])
    out = []
    for start, end in runs:
        for m in _LINE.finditer(text, start, end):
            out.append((m.start(), m.end()))
    return out


def _references(text: str, lines: list[tuple[int, int]]) -> list[Reference]:
    """The references the lines hold, each line's pieces read alone; a line that is no reference is read
    with the one or two lines after it that open no numbered item and are no reference alone (a reference
    wrapped across lines; the lines of a numbered item up to the next one), as far as the longest of these that
    reads as a reference."""
    out: list[Reference] = []
    k = 0
    while k < len(lines):
        start, end = lines[k]
        found = [r for a, b in _pieces(text, start, end) if (r := _reference(text, a, b)) is not None]
        k += 1
        if not found:
            joined_to = k
            wrapped = _WRAPPED_ITEM_LINES if _NUMBERED_LINE.match(text, start) else _WRAPPED_LINES
            for more in range(k, min(k + wrapped, len(lines))):
                if _NUMBERED_LINE.match(text, lines[more][0]) or parse_reference(text, *lines[more]) is not None \
                        or _opens_with_authors(text, *lines[more]):
                    break  # the next item, a reference of its own, or one opening with its authors: no part of this line's
                joined = parse_reference(text, start, lines[more][1])
                if joined is not None:  # the longest reading: `…, 59(3):761–774,` may wrap before its year
                    found, joined_to = [joined], more + 1
            k = joined_to
        out += found
    return out


def _opens_with_authors(text: str, start: int, end: int) -> bool:
    """The line opens with a list of two or more authors' names, then its title: a reference of its own."""
    found = author_list(text[start:end])
    return found is not None and len(found.authors) >= 2


def listed_paper(text: str, start: int, end: int, entities: list[Entity], relations: list[Relation]) -> bool:
    """The paper one item of a list of publications (text[start:end]) cites, in any form the readers know: appended
    to `entities` and `relations`; whether one was read."""
    before = len(entities)
    _citations(text, start, end, entities, relations)
    if len(entities) == before and (reference := _reference(text, start, end, typed=True)) is not None:
        add_reference(reference, entities, relations, text)
    return len(entities) > before


def _reference(text: str, start: int, end: int, typed: bool = False) -> Reference | None:
    """A reference in one of the citation styles, or a Chinese one written loosely (ingest.nlp.loose_citations)
    where no stricter form of a Chinese citation reads the line, or one with book-title marks (ingest.nlp.marked_citations).
    `typed`: the stricter forms were tried and read nothing, so a typed one is read loosely too (`甲,乙,题名[J]刊名. 2031`)."""
    found = parse_reference(text, start, end)
    if found is None and (typed or not is_reference(text[start:end])):
        found = parse_loose_citation(text, start, end) or parse_marked_citation(text, start, end)
    return found or parse_authorless(text, start, end)  # (a CV's own paper listed with no authors)


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A line cut into a table row's cells (ingest.blocks.CELL_SEPARATOR) and where a numbered reference
    follows another (`… 45-67. [2] …`)."""
    cuts = sorted({*(m.start() + 1 for m in _NEXT_NUMBERED.finditer(text, start, end)),
                   *(at for m in _CELL.finditer(text, start, end) for at in m.span()), *_counted_items(text, start, end)})
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a and text[a:b].strip(" |")]


# an item's number in a list of references run together on one line (`… 241-247 2. Bin Xu, …`)
_RUN_NUMBER = re.compile(r"(?:(?<=\s)|(?<=^))(?P<n>\d{1,3})\s*[.．、]\s*(?=[A-Z])", re.M)


def _counted_items(text: str, start: int, end: int) -> list[int]:
    """Where each item of references written on one line begins, the items counted one after another (1. 2. 3.):
    a number counting on from the one before, at three items at least (a lone `2. ` may be a volume's)."""
    best: list[int] = []
    run: list[int] = []
    expected = 0
    for m in _RUN_NUMBER.finditer(text, start, end):
        n = int(m.group("n"))
        run = [*run, m.start()] if run and n == expected else [m.start()]
        expected = n + 1
        best = run if len(run) > len(best) else best
    return best[1:] if len(best) >= 3 else []


def add_reference(reference: Reference, entities: list[Entity], relations: list[Relation], text: str = "") -> None:
    title, journal = reference.title, reference.journal
    span = Span(*reference.span)
    if journal and text and _as_patent(reference, text, entities, relations):
        return
    entities.append(Entity(type=Label.PAPER, name=title, journal=journal or None, year=reference.year,
                           volume=reference.volume, issue=reference.issue, pages=reference.pages,
                           spans=(Span(*reference.title_span),)))
    if journal and not names_a_meeting(journal):  # a paper of a meeting is in its proceedings, no journal
        entities.append(Entity(type=Label.JOURNAL, name=journal, spans=(Span(*reference.journal_span),)))
        relations.append(Relation(type=RelType.PUBLISHED_IN, source=title, target=journal, spans=(span,)))
    for author in reference.authors:
        entities.append(Entity(type=Label.PERSON, name=author.name, spans=(Span(author.start, author.end),)))
        relations.append(Relation(type=RelType.AUTHORED, source=author.name, target=title, order=author.order,
                                  corresponding=True if author.corresponding else None, spans=(span,)))


# an application number's check digit after its dot (`CN202110999888.1`), not a sentence's stop
_CHECK = r"(?:\.[\dXx](?![\dA-Za-z]))?"
# a patent of another office in Latin letters, as a line or a reference's venue gives it: `US Patent 10,123,456 B2`,
# `U.S. Patent App. 16/123,456`, `Patent No.: US 10,123,456 B2`, `WO/2018/122586`, `EP3537656B1`
_LATIN_PATENT = re.compile(
    r"(?:(?P<office>U\.\s?S\.|US|European|EP|Chinese|China|CN|Japanese|JP|Korean|KR|PCT|WO)\s+)?(?:Patent|Pat\.)"
    r"(?:\s+App(?:lication|l)?\.?)?(?:\s+(?:Pub\.?\s*)?No\.?)?\s*:?\s*"
    rf"(?:(?P<coded>(?:US|EP|WO|CN|JP|KR)\s?[\d,/]{{6,}}{_CHECK}(?:\s?[AB]\d)?)|(?P<number>\d[\d,/]{{4,}}\d(?:\s?[AB]\d)?))"
    rf"|(?<![A-Za-z0-9/])(?P<bare>(?:US|EP|WO|CN|JP|KR)\s?(?:/\d{{4}}/\d{{5,7}}|\d{{6,12}}{_CHECK}(?:\s?[AB]\d)?|\d{{1,2}},\d{{3}},\d{{3}}(?:\s?[AB]\d)?))"
    r"(?![\dA-Za-z])")
_OFFICES = {"U.S.": "US", "U. S.": "US", "Chinese": "CN", "China": "CN", "European": "EP", "Japanese": "JP",
            "Korean": "KR"}
_LATIN_TITLE = re.compile(r"[\"“”](?P<quoted>[^\"“”]{6,200}?)[,.]?[\"“”]|(?P<plain>[A-Z][^.\n]{5,200}?)(?=\.\s|$)")


def _printed_number(m: re.Match[str]) -> str:
    """The number as printed, with its office's code before it where the office is written in words."""
    if m.group("coded") or m.group("bare"):
        return m.group("coded") or m.group("bare")
    office = m.group("office") or ""
    return _OFFICES.get(office, office) + m.group("number")


def _add_patent(name: str, spans: tuple[Span, ...], number: str, authors: tuple[Author, ...], span: Span,
                entities: list[Entity], relations: list[Relation]) -> None:
    name = name.rstrip(",，;； ")  # (`Title, US Patent …`: the comma parts the title from the number)
    entities.append(Entity(type=Label.PATENT, name=name, number=number, spans=spans))
    for author in authors:
        entities.append(Entity(type=Label.PERSON, name=author.name, spans=(Span(author.start, author.end),)))
        relations.append(Relation(type=RelType.INVENTED, source=author.name, target=number, order=author.order,
                                  spans=(span,)))


def _latin_patent_line(text: str, start: int, end: int, entities: list[Entity], relations: list[Relation]) -> None:
    """A line in Latin letters holding one patent of another office: the authors that open it, the title after
    them (quoted or a sentence), the number as printed with its office's code."""
    found = list(_LATIN_PATENT.finditer(text, start, end))
    if len(found) != 1 or has_cjk(text[start:end]):
        return
    m = found[0]
    mark = ITEM_MARK.match(text, start, m.start())
    listed = author_list(text, mark.end() if mark else start)
    title = _LATIN_TITLE.search(text, listed.end, m.start()) if listed else None
    if listed is None or title is None:
        return
    group = "quoted" if title.group("quoted") else "plain"
    name = title.group(group).strip(" *_")
    if name:
        _add_patent(name, (Span(*title.span(group)), Span(m.start(), m.end())), _printed_number(m), listed.authors,
                    Span(start, end), entities, relations)


def _as_patent(reference: Reference, text: str, entities: list[Entity], relations: list[Relation]) -> bool:
    """A reference whose venue is a patent office's (`US Patent 10,123,456`) or a patent's number is a patent: the
    title its name, the number as printed with its office's code, the authors its inventors in order."""
    m = _LATIN_PATENT.match(text, reference.journal_span[0], reference.span[1])
    if m is None:
        return False
    _add_patent(reference.title, (Span(*reference.title_span), Span(*reference.journal_span)), _printed_number(m),
                reference.authors, Span(*reference.span), entities, relations)
    return True


# 甲、乙的(发明)专利“…”（ZL…）: the people whose patent the clause names
_OWNED_PATENT = re.compile(r"的(?:发明|实用新型|外观设计)?专利")
# 甲大学与乙公司(联合|共同)申请的(发明)专利“…”: the units that applied for it hold it
_APPLIED_PATENT = re.compile(r"(?:联合|共同)?(?:申请|申报)(?:并获授权)?的(?:国家)?(?:发明|实用新型|外观设计)?专利")


def patent_facts(text: str, start: int, end: int, entities: list[Entity],
                 mentions: Mentions | None = None, relations: list[Relation] | None = None) -> None:
    """Every patent number (`ZL…`) in [start, end), with the title written in quotes right before it, and its
    inventors where the clause names them as the patent's owners (`甲、乙的专利“…”（ZL…）`)."""
    if mentions is not None and relations is not None:
        _people_and_holders(text, start, end, mentions, relations)
        _unnumbered_invented(text, start, end, mentions, entities, relations)
    for m in _PATENT.finditer(text, start, end):
        number = _zl_number(m)
        clause_start = max(text.rfind(c, 0, m.start()) for c in "。；;\n") + 1
        before = text[clause_start:m.start()]
        owned = list(_OWNED_PATENT.finditer(before))
        if mentions is not None and relations is not None and owned:
            owners = _listed_before(text, mentions, clause_start + owned[-1].start(), clause_start)
            for order, person in enumerate(owners, 1):
                relations.append(Relation(type=RelType.INVENTED, source=person.text, target=number, order=order,
                                          spans=(Span(owners[0].start, m.end()),)))
        applied = list(_APPLIED_PATENT.finditer(before))
        if mentions is not None and relations is not None and applied:
            for unit in _listed_before(text, mentions, clause_start + applied[-1].start(), clause_start, "ORG"):
                relations.append(Relation(type=RelType.OWNS, source=unit.ref, target=number,
                                          spans=(Span(unit.start, m.end()),)))
        if "[P]" in before or on_patent_lines(text, text.rfind("\n", 0, m.start()) + 1, _line_end(text, m.end())):
            continue  # a patent in citation format, or on lines of its own: paper_facts reads it whole
        titled = _PATENT_TITLE.search(before)
        kind = next((k for w, k in PATENT_KINDS if w in before), "invention_patent" if "专利" in before else None)
        entities.append(Entity(type=Label.PATENT, name=titled.group("title") if titled else number, number=number,
                               kind=kind, spans=(Span(m.start(), m.end()),)))
    for m in _SOFTWARE_CERTIFICATE.finditer(text, start, end):  # “某某软件V1.0”（软著登字第1234567号）
        titled = _PATENT_TITLE.search(text, max(start, m.start() - 200), m.start())
        if titled is not None:
            entities.append(Entity(type=Label.PATENT, name=titled.group("title"), number=m.group(),
                                   kind="software_copyright", spans=(Span(*titled.span("title")), Span(m.start(), m.end()))))


# who invented and who holds a patent, said of it in a clause of their own (`发明人包括甲、乙、丙`, `专利权人为某公司`)
_INVENTORS_SAID = re.compile(r"发明人(?:包括|为|是|有)?[ \t]*[：:]?[ \t]*")
_HOLDER_SAID = re.compile(r"专利权人(?:为|是)?[ \t]*[：:]?[ \t]*")
_THAT_PATENT = re.compile(r"(?:该|此|本|上述)(?:项)?专利")
_PATENT_REACH = 400


def _zl_number(m: re.Match[str]) -> str:
    """A Chinese patent's number as the graph keys it: `ZL` and its digits, without the blanks written in them."""
    return "ZL" + re.sub(r"\s+", "", m.group("number"))


def _patent_said_of(text: str, at: int, start: int) -> str | None:
    """The number of the patent a clause at `at` speaks of: the last one written before it on its line in its
    sentence, or, where the sentence says 该专利, the last one written before it in the lines above."""
    before = list(_PATENT.finditer(text, max(start, text.rfind("\n", 0, at) + 1), at))
    if before:
        return _zl_number(before[-1])
    if not _THAT_PATENT.search(text, start, at):
        return None
    earlier = list(_PATENT.finditer(text, max(0, start - _PATENT_REACH), start))
    return _zl_number(earlier[-1]) if earlier else None


def _people_and_holders(text: str, start: int, end: int, mentions: Mentions, relations: list[Relation]) -> None:
    """`专利号为ZL…。…该专利…专利权人为某公司，发明人包括甲、乙、丙。`: the inventors in order and the holder of the
    patent the sentence speaks of."""
    for said in _INVENTORS_SAID.finditer(text, start, end):
        if on_patent_lines(text, *_whole_line(text, said.start(), said.end())):
            continue  # 发明人：甲 of a patent on a line of its own (or of several on one): paper_facts reads it
        number = _patent_said_of(text, said.start(), start)
        if number is None:
            continue
        for order, person in enumerate(_listed_after(text, mentions, said.end(), end), 1):
            relations.append(Relation(type=RelType.INVENTED, source=person.text, target=number, order=order,
                                      spans=(Span(start, end),)))
    for said in _HOLDER_SAID.finditer(text, start, end):
        number = _patent_said_of(text, said.start(), start)
        holder = next((o for o in mentions.within(said.end(), end) if o.label == "ORG" and o.start == said.end()), None)
        if number and holder is not None:
            relations.append(Relation(type=RelType.OWNS, source=holder.ref, target=number, spans=(Span(start, end),)))


# a patent named by its title alone, then its inventors (`某公司获得发明专利“某某系统及方法”。发明人是甲、乙。`)
_TITLED_PATENT = re.compile(r"(?:发明|实用新型|外观设计)?专利(?:证书)?\s*(?:[—\-－:：]+)?\s*[“\"](?P<title>[^“”\"\n]{4,60})[”\"]")
_TITLED_REACH = 200


def _unnumbered_invented(text: str, start: int, end: int, mentions: Mentions, entities: list[Entity],
                         relations: list[Relation]) -> None:
    """The inventors a sentence names (`发明人是甲、乙`) of a patent the text named just before by its title alone, no
    number written with it: the patent, known by its title, and its inventors in order."""
    for said in _INVENTORS_SAID.finditer(text, start, end):
        if _patent_said_of(text, said.start(), start) is not None \
                or on_patent_lines(text, *_whole_line(text, said.start(), said.end())):
            continue
        titled = list(_TITLED_PATENT.finditer(text, max(0, start - _TITLED_REACH), said.start()))
        if not titled or _PATENT.search(text, titled[-1].end(), said.start()):
            continue
        title = titled[-1].group("title").strip()
        people = _listed_after(text, mentions, said.end(), end)
        if not people:
            continue
        kind = next((k for w, k in PATENT_KINDS if w in titled[-1].group()), "invention_patent")
        entities.append(Entity(type=Label.PATENT, name=title, kind=kind, spans=(Span(*titled[-1].span("title")),)))
        for order, person in enumerate(people, 1):
            relations.append(Relation(type=RelType.INVENTED, source=person.text, target=title, order=order,
                                      spans=(Span(titled[-1].start(), end),)))


# people written one after another, joined by a list's mark or right after each other
_JOINED_OR_NEXT = re.compile(rf"(?:{LIST_JOIN.pattern})?")


def _listed_after(text: str, mentions: Mentions, at: int, end: int) -> list[Mention]:
    """The people listed from `at` on (`甲、乙和丙`), in their order."""
    people = [p for p in mentions.within(at, end) if p.label == "PERSON"]
    run = next(listed_runs(text, people, _JOINED_OR_NEXT), [])
    return run if run and run[0].start == at else []


def _listed_before(text: str, mentions: Mentions, at: int, start: int, label: str = "PERSON") -> list[Mention]:
    """The people (or units) listed right before `at` (`甲、乙和丙|的专利`, `甲大学与乙公司|联合申请的专利`), in their
    order."""
    people = [p for p in mentions.within(start, at) if p.label == label]
    runs = list(listed_runs(text, people, _JOINED_OR_NEXT))
    return runs[-1] if runs and runs[-1][-1].end == at else []


def _whole_line(text: str, start: int, end: int) -> tuple[int, int]:
    """The line (or lines) [start, end) lies on, whole."""
    return text.rfind("\n", 0, start) + 1, _line_end(text, end)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end
