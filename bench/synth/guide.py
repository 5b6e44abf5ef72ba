"""Funding guides (申报指南 notices): issuing agencies, document number, rules with numbers,
topics with guide codes, contact people of the agencies' offices with phone numbers."""

from __future__ import annotations

import random

from bench.synth.truth import Mentions
from bench.synth.world import DISEASES, METHODS, World

PROGRAMMES = ("前沿技术研发计划", "重点研发计划", "临床医学科技专项", "社会发展科技计划")
AREAS = ("重大疾病诊疗", "新型诊疗技术创新", "中医现代化", "公共卫生和老幼健康服务")


def _rules(rng: random.Random, province: str) -> list[str]:
    cap = rng.choice((200, 300, 400, 500, 800, 1000))
    return [
        f"申报单位为{province}境内注册的具有独立法人资格的医疗卫生机构、高等院校、科研院所、新型研发机构等。",
        f"单个项目支持强度不超过{cap}万元，实施周期原则上不超过{rng.randint(2, 4)}年。",
        f"纳入高水平医院建设的综合性医院每家申报不超过{rng.randint(4, 10)}项，其他单位每家申报不超过{rng.randint(1, 3)}项。",
        f"项目负责人限报1项，年龄原则上不超过{rng.choice((50, 55, 60))}周岁，在研省级项目不得超过1项。",
        "申报单位须对照指南规定的项目类型和指南代码进行申报，一个项目填写一个指南代码。",
    ]


def _topics(rng: random.Random) -> list[str]:
    lead = rng.randint(1, 9)
    out: list[str] = []
    code = 1
    for area_no, area in enumerate(rng.sample(AREAS, rng.randint(2, 4)), 1):
        out.append(f"{area_no}. {area}")
        for _ in range(rng.randint(2, 5)):
            disease, method = rng.choice(DISEASES), rng.choice(METHODS)
            out.append(f"{lead}0{code:02d} {disease}{method}关键技术研发")
            out.append(f"研发内容：（1）针对{disease}的临床需求，开展{method}新技术研究；（2）建立多中心临床队列和生物样本库。")
            out.append(f"考核指标：建立不少于 {rng.randint(5, 50) * 100} 例的临床队列；形成诊疗新技术 {rng.randint(1, 3)} 项。")
            code += 1
    return out


def _phone(rng: random.Random) -> str:
    return f"0{rng.randint(20, 999)}-{rng.randint(10000000, 89999999)}"


def render_guide(world: World, province: str, rng: random.Random, mentions: Mentions) -> str:
    reg = world.registry
    sci, health, finance, office, center = (reg[g] for g in reg.governments[province])
    year = rng.randint(2024, 2031)
    programme = rng.choice(PROGRAMMES)
    abbr = province[0]
    out = [
        f"\n\n{sci.name} {finance.name} {health.name}\n\n文件\n\n{abbr}科社发〔{year}〕{rng.randint(1, 120)}号\n\n",
        f"关于印发《{year}年度省{programme}（卫生健康领域）项目指南》及组织申报项目的通知\n\n",
        "各设区市科技局、财政局、卫生健康委，各有关单位：\n\n",
        f"为加快建设科技强省，{year}年度省{programme}将围绕重大疾病的临床诊疗开展关键核心技术攻关。"
        "现将有关事项通知如下：\n\n一、支持重点\n\n",
        f"{year}年度项目按临床诊疗关键技术攻关项目组织申报。\n\n二、申报要求\n\n",
    ]
    out += [f"{i}. {rule}\n\n" for i, rule in enumerate(_rules(rng, province), 1)]
    out.append("三、联系方式\n\n")
    for org in (office, center, health):
        contacts = [world.from_pool(f"contact:{org.id}", 2, org.id, "无", "无") for _ in range(rng.randint(1, 2))]
        contacts = [p for i, p in enumerate(contacts) if p not in contacts[:i] and mentions.free(world, p.id)]
        if not contacts:
            continue
        for p in contacts:
            mentions.add(world, p.id, "contact")
        shown = [p.name[0] + " " + p.name[1:] if len(p.name) == 2 and rng.random() < 0.3 else p.name
                 for p in contacts]
        out.append(f"联系人：{org.spelled(rng, 0.5)} {'，'.join(shown)}\n\n")
        out.append(f"联系电话：{'，'.join(_phone(rng) for _ in contacts)}\n\n")
    out.append(f"附件1\n\n{year}年度省{programme}（卫生健康领域）项目指南\n\n")
    out += [line + "\n\n" for line in _topics(rng)]
    return "".join(out)
