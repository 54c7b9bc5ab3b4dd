/**
 * The sampling module's fixed vocabulary and regulatory data, shared by server and browser: plan levels,
 * departments, purposes, stages, food categories, the statutory time limits (with article and how sure we
 * are) and the rapid-test items. Sources: ../shared/domain/REGULATIONS.md §1 and SAMPLING-LIMITS.md §6.
 * Status: P = read in the primary text, S = secondary source, U = unconfirmed (editable, flagged in the UI).
 */

export type SourceStatus = 'P' | 'S' | 'U'

export const SAMPLING_LEVELS = { national: '国抽', provincial: '省抽', city: '市抽', county: '县抽' } as const
export const SAMPLING_DEPARTMENTS = { market: '市场监管', agriculture: '农业农村' } as const
/** 监督抽检 counts in 食品抽检合格率; 例行监测 is the agricultural routine monitoring with its own rate. */
export const SAMPLE_PURPOSES = { supervision: '监督抽检', routine: '例行监测', risk: '风险监测', evaluation: '评价性抽检' } as const
/** 种养殖 is the 种养殖环节定量检测 of the plans (agriculture). */
export const SAMPLE_STAGES = { production: '生产环节', circulation: '流通环节', catering: '餐饮环节', planting: '种养殖环节' } as const
export const SAMPLE_VERDICTS = { pass: '合格', fail: '不合格' } as const
export const TEST_ITEM_GROUPS = {
  contaminant: '污染物', pesticide: '农药残留', vet_drug: '兽药残留', additive: '食品添加剂', microbe: '微生物', quality: '质量指标', other: '其他',
} as const
export const LIMIT_KINDS = { max: '最大限量', not_detected: '不得检出', min: '最低含量', microbe: '微生物采样方案 (n, c, m, M)' } as const

/**
 * Food categories offered when recording a sample. `agricultural` marks 食用农产品: their pesticide and
 * veterinary-drug tests count toward 农药兽药残留检验量 and routine monitoring reads them.
 */
export const FOOD_CATEGORIES = {
  vegetables: { label: '蔬菜', agricultural: true },
  fruits: { label: '水果', agricultural: true },
  livestock_meat: { label: '畜禽肉及副产品', agricultural: true },
  aquatic: { label: '水产品', agricultural: true },
  fresh_eggs: { label: '鲜蛋', agricultural: true },
  beans: { label: '豆类', agricultural: true },
  raw_nuts: { label: '生干坚果与籽类食品', agricultural: true },
  grain_products: { label: '粮食加工品', agricultural: false },
  edible_oil: { label: '食用油、油脂及其制品', agricultural: false },
  condiments: { label: '调味品', agricultural: false },
  meat_products: { label: '肉制品', agricultural: false },
  dairy: { label: '乳制品', agricultural: false },
  beverages: { label: '饮料', agricultural: false },
  convenience: { label: '方便食品', agricultural: false },
  biscuits: { label: '饼干', agricultural: false },
  canned: { label: '罐头', agricultural: false },
  quick_frozen: { label: '速冻食品', agricultural: false },
  snacks: { label: '薯类和膨化食品', agricultural: false },
  confectionery: { label: '糖果制品', agricultural: false },
  tea: { label: '茶叶及相关制品', agricultural: false },
  alcohol: { label: '酒类', agricultural: false },
  vegetable_products: { label: '蔬菜制品', agricultural: false },
  fruit_products: { label: '水果制品', agricultural: false },
  nuts: { label: '炒货食品及坚果制品', agricultural: false },
  egg_products: { label: '蛋制品', agricultural: false },
  bean_products: { label: '豆制品', agricultural: false },
  pastry: { label: '糕点', agricultural: false },
  starch: { label: '淀粉及淀粉制品', agricultural: false },
  aquatic_products: { label: '水产制品', agricultural: false },
  catering_food: { label: '餐饮食品', agricultural: false },
  tableware: { label: '餐饮具（复用餐饮具）', agricultural: false },
  special_food: { label: '特殊食品（保健食品、婴幼儿配方食品等）', agricultural: false },
} as const
export type FoodCategory = keyof typeof FOOD_CATEGORIES

export type TimeLimitCode = 'send_to_lab' | 'lab_report' | 'notify_business' | 'retest_window' | 'disposal_start' | 'disposal_close'

export interface TimeLimitDef {
  label: string
  /** What the limit counts from. */
  from: string
  days: number
  unit: 'workday' | 'day'
  source: string
  status: SourceStatus
}

/**
 * Statutory time limits of sampling and disposal. Stored values (table sampling_time_limits) override the
 * days and unit; the text, source and status stay here. Due dates are computed when the starting step is
 * recorded and kept on the record, so a later change does not rewrite the past.
 */
export const TIME_LIMITS: Record<TimeLimitCode, TimeLimitDef> = {
  send_to_lab: { label: '样品送达承检机构', from: '抽样之日', days: 5, unit: 'workday', source: '《食品安全抽样检验管理办法》第二十条', status: 'S' },
  lab_report: { label: '出具检验报告', from: '承检机构收到样品之日', days: 20, unit: 'workday', source: '《食品安全抽样检验管理办法》第二十四条', status: 'S' },
  notify_business: { label: '送达检验结论及结果通知书', from: '收到不合格检验报告之日', days: 5, unit: 'workday', source: '《食品安全抽样检验管理办法》第二十九条（时限未核实原文）', status: 'U' },
  retest_window: { label: '被抽样单位申请复检', from: '收到检验结论之日', days: 7, unit: 'workday', source: '《食品安全法》第八十八条；《食品安全抽样检验管理办法》第三十条', status: 'P' },
  disposal_start: {
    label: '启动核查处置（责令下架、召回、封存等风险控制）', from: '收到不合格检验报告之日', days: 5, unit: 'workday',
    source: '《食品安全抽样检验管理办法》第四十条（企业须立即采取措施）；部门启动时限各地规定不一，未核实', status: 'U',
  },
  disposal_close: { label: '核查处置办结', from: '收到不合格检验报告之日', days: 90, unit: 'day', source: '《食品安全抽样检验管理办法》第四十五条（90 日，经负责人书面批准可延长；未核实原文）', status: 'U' },
}
export const TIME_LIMIT_CODES = Object.keys(TIME_LIMITS) as TimeLimitCode[]

/** Rapid-test (快检) items with method and, where the method gives a reading, the positive cut-off. */
export const RAPID_TEST_ITEMS = {
  organophosphate: { label: '有机磷和氨基甲酸酯类农药（抑制率）', method: '酶抑制率法（GB/T 5009.199-2003）', readingUnit: '%', positiveAtOrAbove: 50, status: 'S' },
  clenbuterol: { label: '克伦特罗', method: '胶体金免疫层析法', readingUnit: null, positiveAtOrAbove: null, status: 'U' },
  ractopamine: { label: '莱克多巴胺', method: '胶体金免疫层析法', readingUnit: null, positiveAtOrAbove: null, status: 'U' },
  salbutamol: { label: '沙丁胺醇', method: '胶体金免疫层析法', readingUnit: null, positiveAtOrAbove: null, status: 'U' },
  malachite_green: { label: '孔雀石绿', method: '胶体金免疫层析法', readingUnit: null, positiveAtOrAbove: null, status: 'U' },
  chloramphenicol: { label: '氯霉素', method: '胶体金免疫层析法', readingUnit: null, positiveAtOrAbove: null, status: 'U' },
  nitrofurans: { label: '硝基呋喃类代谢物', method: '胶体金免疫层析法', readingUnit: null, positiveAtOrAbove: null, status: 'U' },
  formaldehyde: { label: '甲醛', method: '比色法（速测管）', readingUnit: null, positiveAtOrAbove: null, status: 'U' },
  sulfur_dioxide: { label: '二氧化硫', method: '比色法（速测管）', readingUnit: null, positiveAtOrAbove: null, status: 'U' },
  rongalite: { label: '吊白块', method: '比色法（速测管）', readingUnit: null, positiveAtOrAbove: null, status: 'U' },
  nitrite: { label: '亚硝酸盐', method: '比色法（速测管）', readingUnit: null, positiveAtOrAbove: null, status: 'U' },
  borax: { label: '硼砂', method: '试纸法', readingUnit: null, positiveAtOrAbove: null, status: 'U' },
  poppy: { label: '罂粟碱（罂粟壳）', method: '胶体金免疫层析法', readingUnit: null, positiveAtOrAbove: null, status: 'U' },
} as const
export type RapidTestItem = keyof typeof RAPID_TEST_ITEMS
/** The three β-agonists the report counts together as 瘦肉精 tests. */
export const LEAN_MEAT_POWDER_ITEMS: readonly RapidTestItem[] = ['clenbuterol', 'ractopamine', 'salbutamol']
export const RAPID_TEST_PLACES = { market: '农贸市场', rapid_room: '快检室', farm: '种养殖基地', supermarket: '商超', canteen: '食堂', slaughterhouse: '屠宰场', other: '其他' } as const
