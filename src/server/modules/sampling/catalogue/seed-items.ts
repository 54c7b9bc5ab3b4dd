import type { FoodCategory, SourceStatus } from '../../../../shared/sampling-catalogue'

/**
 * The starter test-item catalogue: every row of ../shared/domain/SAMPLING-LIMITS.md §1–§5, one row per
 * item and food scope (a table cell like "0.1 / 0.2" is two rows), with the table's status exactly.
 * No value here has been checked against the full standard (the table says so): the office corrects them
 * in the catalogue, and syncTestItemCatalogue never overwrites a row once it exists (keyed by seedKey).
 */
export interface SeedItem {
  seedKey: string
  name: string
  group: 'contaminant' | 'pesticide' | 'vet_drug' | 'additive' | 'microbe' | 'quality' | 'other'
  foodScope: string
  categories: FoodCategory[]
  limitKind: 'max' | 'min' | 'not_detected' | 'microbe'
  limitValue: string | null
  limitMax?: string
  planN?: number
  planC?: number
  unit: string
  standard: string
  status: SourceStatus
  note?: string
}

const MG = 'mg/kg'
const UG = 'μg/kg'
const GK = 'g/kg'
const ANIMAL: FoodCategory[] = ['livestock_meat', 'aquatic', 'fresh_eggs']
const VEG: FoodCategory[] = ['vegetables']
const V2022 = '2022 版数值未核实'

const max = (seedKey: string, name: string, group: SeedItem['group'], foodScope: string, categories: FoodCategory[], limitValue: string, unit: string, standard: string, status: SourceStatus, note?: string): SeedItem =>
  ({ seedKey, name, group, foodScope, categories, limitKind: 'max', limitValue, unit, standard, status, note })
const banned = (seedKey: string, name: string, group: SeedItem['group'], foodScope: string, categories: FoodCategory[], standard: string, status: SourceStatus, note?: string, unit = MG): SeedItem =>
  ({ seedKey, name, group, foodScope, categories, limitKind: 'not_detected', limitValue: null, unit, standard, status, note })

/** §1 污染物 — GB 2762 */
const CONTAMINANTS: SeedItem[] = [
  max('pb-brassica', '铅', 'contaminant', '芸薹类蔬菜', VEG, '0.2', MG, 'GB 2762-2022', 'S'),
  max('pb-vegetable-products', '铅', 'contaminant', '蔬菜制品（酱腌菜、干制蔬菜除外）', ['vegetable_products'], '0.3', MG, 'GB 2762-2022', 'S'),
  max('pb-leafy', '铅', 'contaminant', '叶菜蔬菜', VEG, '0.3', MG, 'GB 2762-2012', 'S', V2022),
  max('pb-vegetables-other', '铅', 'contaminant', '新鲜蔬菜（芸薹类、叶菜、豆类、薯类除外）', VEG, '0.1', MG, 'GB 2762-2012', 'S', V2022),
  max('pb-legume-tuber', '铅', 'contaminant', '豆类蔬菜、薯类', VEG, '0.2', MG, 'GB 2762-2012', 'S', V2022),
  max('pb-fruits', '铅', 'contaminant', '新鲜水果（浆果和其他小粒水果除外）', ['fruits'], '0.1', MG, 'GB 2762-2012', 'S', V2022),
  max('pb-berries', '铅', 'contaminant', '浆果和其他小粒水果', ['fruits'], '0.2', MG, 'GB 2762-2012', 'S', V2022),
  max('pb-cereals', '铅', 'contaminant', '谷物及其制品（麦片、面筋、八宝粥罐头、带馅面米制品除外）', ['grain_products'], '0.2', MG, 'GB 2762-2012', 'S', V2022),
  max('pb-cereal-exceptions', '铅', 'contaminant', '麦片、面筋、八宝粥罐头、带馅面米制品', ['grain_products', 'canned', 'quick_frozen'], '0.5', MG, 'GB 2762-2012', 'S', V2022),
  max('pb-beans', '铅', 'contaminant', '豆类', ['beans'], '0.2', MG, 'GB 2762-2012', 'S', V2022),
  max('pb-bean-products', '铅', 'contaminant', '豆类制品（豆浆除外）', ['bean_products'], '0.5', MG, 'GB 2762-2012', 'S', V2022),
  max('pb-soy-milk', '铅', 'contaminant', '豆浆', ['bean_products'], '0.05', MG, 'GB 2762-2012', 'S', V2022),
  max('pb-fungi', '铅', 'contaminant', '食用菌及其制品', ['vegetables', 'vegetable_products'], '1.0', MG, 'GB 2762-2012', 'S', V2022),
  max('pb-algae', '铅', 'contaminant', '藻类（螺旋藻除外）', ['aquatic', 'aquatic_products'], '1.0', MG, 'GB 2762-2012', 'S', V2022),
  max('pb-livestock-meat', '铅', 'contaminant', '畜禽肉类', ['livestock_meat'], '0.2', MG, 'GB 2762', 'U'),
  max('pb-offal', '铅', 'contaminant', '畜禽内脏', ['livestock_meat'], '0.5', MG, 'GB 2762', 'U'),
  max('pb-fish', '铅', 'contaminant', '鱼类', ['aquatic'], '0.5', MG, 'GB 2762', 'U'),
  max('pb-eggs', '铅', 'contaminant', '鲜蛋', ['fresh_eggs'], '0.2', MG, 'GB 2762', 'U'),
  max('pb-raw-milk', '铅', 'contaminant', '生乳', ['dairy'], '0.05', MG, 'GB 2762', 'U'),
  max('cd-vegetables-other', '镉', 'contaminant', '新鲜蔬菜（叶菜、豆类、块根和块茎、茎类蔬菜和黄花菜除外）', VEG, '0.05', MG, 'GB 2762-2022', 'S'),
  max('cd-leafy-celery', '镉', 'contaminant', '叶菜蔬菜；芹菜', VEG, '0.2', MG, 'GB 2762-2012', 'S', V2022),
  max('cd-legume-root-stem', '镉', 'contaminant', '豆类蔬菜、块根和块茎蔬菜、茎类蔬菜（芹菜除外）', VEG, '0.1', MG, 'GB 2762-2012', 'S', V2022),
  max('cd-rice', '镉', 'contaminant', '稻谷、糙米、大米', ['grain_products'], '0.2', MG, 'GB 2762-2012', 'S', V2022),
  max('cd-cereals-other', '镉', 'contaminant', '其他谷物', ['grain_products'], '0.1', MG, 'GB 2762-2012', 'S', V2022),
  max('cd-livestock-meat', '镉', 'contaminant', '畜禽肉类', ['livestock_meat'], '0.1', MG, 'GB 2762', 'U'),
  max('cd-liver', '镉', 'contaminant', '畜禽肝脏', ['livestock_meat'], '0.5', MG, 'GB 2762', 'U'),
  max('cd-kidney', '镉', 'contaminant', '畜禽肾脏', ['livestock_meat'], '1.0', MG, 'GB 2762', 'U'),
  max('hg-vegetables', '总汞', 'contaminant', '新鲜蔬菜', VEG, '0.01', MG, 'GB 2762-2022', 'S'),
  max('hg-cereals', '总汞', 'contaminant', '稻谷、糙米、大米、玉米、小麦粉', ['grain_products'], '0.02', MG, 'GB 2762', 'U'),
  max('mehg-aquatic', '甲基汞', 'contaminant', '水产动物（肉食性鱼类除外）', ['aquatic', 'aquatic_products'], '0.5', MG, 'GB 2762', 'U'),
  max('mehg-carnivorous-fish', '甲基汞', 'contaminant', '肉食性鱼类', ['aquatic', 'aquatic_products'], '1.0', MG, 'GB 2762', 'U'),
  max('as-vegetables', '总砷', 'contaminant', '新鲜蔬菜', VEG, '0.5', MG, 'GB 2762-2022', 'S'),
  max('ias-rice', '无机砷', 'contaminant', '大米（及稻谷、糙米）', ['grain_products'], '0.2', MG, 'GB 2762', 'U', '2017 版为 0.2 mg/kg；2022 版数值（0.2 或 0.35）未核实'),
  max('cr-vegetables', '铬', 'contaminant', '新鲜蔬菜', VEG, '0.5', MG, 'GB 2762-2022', 'S'),
  max('sn-tinplate', '锡', 'contaminant', '镀锡薄板容器包装食品（饮料类、婴幼儿配方食品除外）', ['canned'], '250', MG, 'GB 2762-2022', 'S'),
  max('bap-cereals', '苯并[a]芘', 'contaminant', '谷物及其制品', ['grain_products'], '5', UG, 'GB 2762', 'U'),
  max('bap-oils', '苯并[a]芘', 'contaminant', '油脂及其制品', ['edible_oil'], '10', UG, 'GB 2762', 'U'),
]

/** §2 农药残留 — GB 2763-2021 */
const PESTICIDES: SeedItem[] = [
  max('chlorpyrifos-chinese-chives', '毒死蜱', 'pesticide', '韭菜', VEG, '0.02', MG, 'GB 2763-2021', 'U'),
  max('chlorpyrifos-celery', '毒死蜱', 'pesticide', '芹菜', VEG, '0.05', MG, 'GB 2763-2021', 'U'),
  max('carbofuran-vegetables', '克百威', 'pesticide', '韭菜、芹菜、豇豆等大多数蔬菜', VEG, '0.02', MG, 'GB 2763-2021', 'U', '以克百威与 3-羟基克百威之和计'),
  max('omethoate-vegetables', '氧乐果', 'pesticide', '蔬菜（韭菜、芹菜、豇豆）', VEG, '0.02', MG, 'GB 2763-2021', 'U'),
  max('phorate-vegetables', '甲拌磷', 'pesticide', '蔬菜（韭菜、芹菜）', VEG, '0.01', MG, 'GB 2763-2021', 'U', '以甲拌磷及其代谢物之和计'),
  max('procymidone-chinese-chives', '腐霉利', 'pesticide', '韭菜', VEG, '0.2', MG, 'GB 2763-2021', 'U'),
  max('cyromazine-cowpea', '灭蝇胺', 'pesticide', '豇豆', VEG, '0.5', MG, 'GB 2763-2021', 'U'),
  max('thiamethoxam-eggplant', '噻虫嗪', 'pesticide', '茄子', VEG, '0.5', MG, 'GB 2763', 'S', '出处：2022 年地方核查处置通告引用标准'),
  max('carbendazim-chinese-chives', '多菌灵', 'pesticide', '韭菜', VEG, '2', MG, 'GB 26130-2010', 'S', '该标准已并入 GB 2763；2021 版数值未核实'),
  max('fenthion-cowpea', '倍硫磷', 'pesticide', '豇豆', VEG, '0.05', MG, 'GB 2763-2021', 'U'),
  max('acephate-radish', '乙酰甲胺磷', 'pesticide', '萝卜', VEG, '1', MG, 'GB 2763（旧版）', 'S', '旧版 GB 2763 数值（历史）'),
  max('methamidophos-radish', '甲胺磷', 'pesticide', '萝卜', VEG, '0.1', MG, 'GB 2763（旧版）', 'S', '旧版 GB 2763 数值（历史）'),
]

const ENRO = '以恩诺沙星与环丙沙星之和计'
const ANNOUNCE_193 = '农业部公告第193号（2002）；农业农村部公告第250号（2019）'
/** §3 兽药残留 — GB 31650-2019 and the banned lists */
const VET_DRUGS: SeedItem[] = [
  max('enrofloxacin-muscle', '恩诺沙星', 'vet_drug', '畜禽肌肉', ['livestock_meat'], '100', UG, 'GB 31650-2019', 'U', ENRO),
  max('enrofloxacin-liver', '恩诺沙星', 'vet_drug', '畜禽肝', ['livestock_meat'], '200', UG, 'GB 31650-2019', 'U', ENRO),
  max('enrofloxacin-kidney', '恩诺沙星', 'vet_drug', '畜禽肾', ['livestock_meat'], '300', UG, 'GB 31650-2019', 'U', ENRO),
  max('enrofloxacin-fish', '恩诺沙星', 'vet_drug', '鱼（皮+肉）', ['aquatic'], '100', UG, 'GB 31650-2019', 'U', ENRO),
  banned('enrofloxacin-eggs', '恩诺沙星', 'vet_drug', '鲜蛋（产蛋期禁用）', ['fresh_eggs'], 'GB 31650-2019', 'U', ENRO, UG),
  banned('ofloxacin', '氧氟沙星', 'vet_drug', '所有食品动物', ANIMAL, '农业部公告第2292号（2015）', 'U', undefined, UG),
  banned('norfloxacin', '诺氟沙星', 'vet_drug', '所有食品动物', ANIMAL, '农业部公告第2292号（2015）', 'U', undefined, UG),
  banned('pefloxacin', '培氟沙星', 'vet_drug', '所有食品动物', ANIMAL, '农业部公告第2292号（2015）', 'U', undefined, UG),
  banned('lomefloxacin', '洛美沙星', 'vet_drug', '所有食品动物', ANIMAL, '农业部公告第2292号（2015）', 'U', undefined, UG),
  banned('malachite-green', '孔雀石绿', 'vet_drug', '水产品', ['aquatic', 'aquatic_products'], ANNOUNCE_193, 'S', '193 号公告第 16 项（S）；250 号公告未核实', UG),
  banned('clenbuterol', '克伦特罗', 'vet_drug', '所有食品动物', ANIMAL, ANNOUNCE_193, 'S', '瘦肉精；193 号公告第 1 项（S）', UG),
  banned('salbutamol', '沙丁胺醇', 'vet_drug', '所有食品动物', ANIMAL, ANNOUNCE_193, 'S', '瘦肉精；193 号公告第 1 项（S）', UG),
  banned('ractopamine', '莱克多巴胺', 'vet_drug', '所有食品动物', ANIMAL, '农业部公告（文号未核实）；农业农村部公告第250号', 'U', '瘦肉精', UG),
  banned('chloramphenicol', '氯霉素', 'vet_drug', '所有食品动物', ANIMAL, '农业部公告第193号', 'S', '193 号公告第 4 项', UG),
  banned('nitrofurans', '硝基呋喃类代谢物', 'vet_drug', '所有食品动物', ANIMAL, '农业部公告第193号', 'S', '呋喃唑酮、呋喃它酮等，按代谢物检测；193 号公告第 6 项', UG),
  banned('diazepam', '地西泮', 'vet_drug', '动物性食品', ANIMAL, 'GB 31650-2019', 'U', '193 号公告禁止作促生长用（S）；GB 31650 允许治疗用但不得检出', UG),
  banned('metronidazole', '甲硝唑', 'vet_drug', '动物性食品', ANIMAL, 'GB 31650-2019', 'U', '193 号公告禁止作促生长用（S）；GB 31650 允许治疗用但不得检出', UG),
  max('tetracyclines-muscle', '土霉素/金霉素/四环素（单个或组合）', 'vet_drug', '肌肉', ['livestock_meat', 'aquatic'], '200', UG, 'GB 31650-2019', 'U'),
  max('tetracyclines-liver', '土霉素/金霉素/四环素（单个或组合）', 'vet_drug', '肝', ['livestock_meat'], '600', UG, 'GB 31650-2019', 'U'),
  max('tetracyclines-kidney', '土霉素/金霉素/四环素（单个或组合）', 'vet_drug', '肾', ['livestock_meat'], '1200', UG, 'GB 31650-2019', 'U'),
  max('sulfonamides', '磺胺类（总量）', 'vet_drug', '肌肉、肝、肾、脂肪', ['livestock_meat', 'aquatic'], '100', UG, 'GB 31650-2019', 'U'),
]

const A2760 = 'GB 2760-2024'
const NOT_PERMITTED = '不得使用：检出即超范围使用'
/** §4 食品添加剂 — GB 2760-2024 (all U) */
const ADDITIVES: SeedItem[] = [
  max('benzoic-soy-sauce-vinegar', '苯甲酸及其钠盐（以苯甲酸计）', 'additive', '酱油、食醋', ['condiments'], '1.0', GK, A2760, 'U'),
  max('benzoic-carbonated', '苯甲酸及其钠盐（以苯甲酸计）', 'additive', '碳酸饮料', ['beverages'], '0.2', GK, A2760, 'U'),
  max('benzoic-preserved-fruit', '苯甲酸及其钠盐（以苯甲酸计）', 'additive', '蜜饯凉果', ['fruit_products'], '0.5', GK, A2760, 'U'),
  max('benzoic-compound-seasoning', '苯甲酸及其钠盐（以苯甲酸计）', 'additive', '复合调味料', ['condiments'], '0.6', GK, A2760, 'U'),
  banned('benzoic-pastry-meat', '苯甲酸及其钠盐（以苯甲酸计）', 'additive', '糕点、面包、熟肉制品', ['pastry', 'meat_products'], A2760, 'U', NOT_PERMITTED, GK),
  max('sorbic-cooked-meat', '山梨酸及其钾盐（以山梨酸计）', 'additive', '熟肉制品', ['meat_products'], '0.075', GK, A2760, 'U'),
  max('sorbic-pastry', '山梨酸及其钾盐（以山梨酸计）', 'additive', '糕点、面包', ['pastry'], '1.0', GK, A2760, 'U'),
  max('sorbic-soy-sauce', '山梨酸及其钾盐（以山梨酸计）', 'additive', '酱油', ['condiments'], '1.0', GK, A2760, 'U'),
  max('sorbic-beverages', '山梨酸及其钾盐（以山梨酸计）', 'additive', '饮料', ['beverages'], '0.5', GK, A2760, 'U'),
  max('dha-starch', '脱氢乙酸及其钠盐', 'additive', '淀粉制品', ['starch'], '1.0', GK, A2760, 'U'),
  max('dha-fermented-bean', '脱氢乙酸及其钠盐', 'additive', '发酵豆制品', ['bean_products'], '0.3', GK, A2760, 'U'),
  banned('dha-removed-2024', '脱氢乙酸及其钠盐', 'additive', '面包、糕点、焙烤食品馅料、复合调味料、果蔬汁', ['pastry', 'condiments', 'beverages'], A2760, 'U', '2024 版已删除这些用途（新闻报道，弱 S）：检出即超范围使用', GK),
  max('so2-preserved-fruit', '二氧化硫残留量（以 SO₂ 计）', 'additive', '蜜饯凉果', ['fruit_products'], '0.35', GK, A2760, 'U'),
  max('so2-dried-vegetables', '二氧化硫残留量（以 SO₂ 计）', 'additive', '干制蔬菜', ['vegetable_products'], '0.2', GK, A2760, 'U'),
  max('so2-wine', '二氧化硫残留量（以 SO₂ 计）', 'additive', '葡萄酒', ['alcohol'], '0.25', 'g/L', A2760, 'U'),
  max('saccharin-preserved-fruit', '糖精钠（以糖精计）', 'additive', '蜜饯凉果', ['fruit_products'], '1.0', GK, A2760, 'U'),
  banned('saccharin-pastry', '糖精钠（以糖精计）', 'additive', '糕点', ['pastry'], A2760, 'U', NOT_PERMITTED, GK),
  max('cyclamate-pastry', '甜蜜素（以环己基氨基磺酸计）', 'additive', '糕点', ['pastry'], '1.6', GK, A2760, 'U'),
  max('cyclamate-preserved-fruit', '甜蜜素（以环己基氨基磺酸计）', 'additive', '蜜饯凉果', ['fruit_products'], '8.0', GK, A2760, 'U'),
  max('aluminium-fried-baked', '铝的残留量（干样品，以 Al 计）', 'additive', '油炸面制品、面糊、焙烤食品', ['grain_products', 'pastry', 'catering_food'], '100', MG, A2760, 'U', '含铝食品添加剂'),
  max('nitrite-cured-meat', '亚硝酸盐（以亚硝酸钠计）', 'additive', '腌腊肉制品、熟肉制品', ['meat_products'], '30', MG, A2760, 'U'),
  max('nitrite-western-ham', '亚硝酸盐（以亚硝酸钠计）', 'additive', '西式火腿', ['meat_products'], '70', MG, A2760, 'U'),
]

const microbe = (seedKey: string, name: string, foodScope: string, categories: FoodCategory[], plan: { n: number; c: number; m: string; M?: string }, unit: string, standard: string, status: SourceStatus, note?: string): SeedItem =>
  ({ seedKey, name, group: 'microbe', foodScope, categories, limitKind: 'microbe', limitValue: plan.m, limitMax: plan.M, planN: plan.n, planC: plan.c, unit, standard, status, note })
const PATHOGEN_NOTE = 'm=0/25 g：25 g 中不得检出（二级采样方案，措辞未核实）'
/** §5 微生物及其他指标 */
const MICROBES_AND_OTHERS: SeedItem[] = [
  microbe('apc-pastry', '菌落总数', '糕点', ['pastry'], { n: 5, c: 2, m: '10000', M: '100000' }, 'CFU/g', 'GB 7099-2015', 'S', '引自 2022 年核查处置通告'),
  microbe('salmonella-rte', '沙门氏菌', '熟肉制品及其他即食食品', ['meat_products', 'catering_food'], { n: 5, c: 0, m: '0' }, '/25g', 'GB 29921-2021', 'U', PATHOGEN_NOTE),
  microbe('listeria-cooked-meat', '单核细胞增生李斯特氏菌', '熟肉制品', ['meat_products'], { n: 5, c: 0, m: '0' }, '/25g', 'GB 29921-2021', 'U', `${PATHOGEN_NOTE}；部分即食食品 m=100 CFU/g`),
  microbe('staph-aureus-cooked-meat', '金黄色葡萄球菌', '熟肉制品', ['meat_products'], { n: 5, c: 1, m: '100', M: '1000' }, 'CFU/g', 'GB 29921-2021', 'U'),
  banned('coliforms-tableware', '大肠菌群', 'microbe', '消毒餐饮具', ['tableware'], 'GB 14934-2016', 'U', '每 50 cm² 不得检出', '/50cm²'),
  banned('anionic-detergent-tableware', '阴离子合成洗涤剂', 'other', '消毒餐饮具', ['tableware'], 'GB 14934-2016', 'U', '表中按每 50 cm² 记，单位以标准原文为准', '/50cm²'),
  max('aflatoxin-b1-corn-peanut', '黄曲霉毒素B₁', 'contaminant', '玉米、花生及其制品、花生油', ['grain_products', 'edible_oil', 'nuts', 'raw_nuts'], '20', UG, 'GB 2761-2017', 'U', '真菌毒素'),
  max('aflatoxin-b1-rice-oil', '黄曲霉毒素B₁', 'contaminant', '大米、其他植物油', ['grain_products', 'edible_oil'], '10', UG, 'GB 2761-2017', 'U', '真菌毒素'),
  max('aflatoxin-b1-wheat', '黄曲霉毒素B₁', 'contaminant', '小麦、小麦粉', ['grain_products'], '5', UG, 'GB 2761-2017', 'U', '真菌毒素'),
  max('acid-value-vegetable-oil', '酸价（以 KOH 计）', 'quality', '食用植物油', ['edible_oil'], '3', 'mg/g', 'GB 2716-2018', 'U'),
  max('peroxide-value-vegetable-oil', '过氧化值', 'quality', '食用植物油', ['edible_oil'], '0.25', 'g/100g', 'GB 2716-2018', 'U'),
]

export const SEED_ITEMS: readonly SeedItem[] = [...CONTAMINANTS, ...PESTICIDES, ...VET_DRUGS, ...ADDITIVES, ...MICROBES_AND_OTHERS]
