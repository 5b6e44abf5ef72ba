"""Filler prose of our own, built from templates around a team's disease and method."""

from __future__ import annotations

import random

_INTRO = (
    "{d}是严重威胁我国居民健康的重大疾病，发病率逐年上升，早期识别困难，患者预后差异显著。",
    "目前{d}的临床诊断主要依赖经验判断，缺乏客观、可量化的评估指标，治疗决策存在较大不确定性。",
    "本项目围绕{d}精准诊疗中的关键科学问题，以{m}为核心手段，开展了系统的基础与临床研究。",
    "项目组建立了覆盖{n}余例患者的多中心临床队列，系统解析了{d}发生发展的关键环节。",
    "首次提出基于{m}的{d}风险分层模型，预测准确率较传统方法提高{p}%以上。",
    "研发了具有自主知识产权的{d}智能评估系统，已在全国{k}家医疗机构推广应用。",
    "牵头制定{d}诊疗专家共识{k2}部，培养专业技术骨干{n2}余名，取得显著社会效益。",
    "研究成果发表于国内外权威期刊，累计被引{n3}次，获授权发明专利和软件著作权多项。",
)
_CONTRIB = (
    "全面负责项目设计与实施，提出了基于{m}的{d}评估新思路",
    "参与了项目的方案设计、数据采集与分析工作",
    "负责{d}临床队列的建设与随访，保障了数据质量",
    "开发了{m}相关的数据处理流程，提升了分析效率",
    "参与了研究成果的推广应用和人才培养工作",
)
_UNIT = (
    "作为本项目的主要实施单位，在平台建设、人才队伍和临床资源方面提供了关键支持。",
    "拥有完备的实验条件和充足的病源，为项目提供了丰富的数据和样本资源。",
    "同主要完成单位共同推动和完成了研究方案设计、数据采集和分析等工作。",
)


def _fill(template: str, rng: random.Random, disease: str, method: str) -> str:
    return template.format(d=disease, m=method, n=rng.randint(2, 30) * 100, p=rng.randint(10, 40),
                           k=rng.randint(10, 80), k2=rng.randint(1, 4), n2=rng.randint(20, 200),
                           n3=rng.randint(300, 3000))


def intro(rng: random.Random, disease: str, method: str) -> list[str]:
    picked = rng.sample(_INTRO, rng.randint(4, len(_INTRO)))
    return ["".join(_fill(t, rng, disease, method) for t in picked[i:i + 3]) for i in range(0, len(picked), 3)]


def contribution(rng: random.Random, disease: str, method: str, first: bool) -> str:
    template = _CONTRIB[0] if first else rng.choice(_CONTRIB[1:])
    return _fill(template, rng, disease, method)


def unit_contribution(rng: random.Random) -> str:
    return "".join(rng.sample(_UNIT, 2))
