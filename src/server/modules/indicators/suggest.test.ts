import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../platform/paths'
import { suggestIndicator } from './suggest'

// The targets of the two seed plans, as hand-checked in ../shared/workplans/*.json (copied into the parser's fixtures), and what each should bind to
// (null: nothing in the catalogue measures it, so the office keeps the unit-reported figure).
const EXPECTED: Record<string, string | null> = {
  农药利用率: null,
  主要农作物化肥利用率: null,
  规模以上食品生产企业食品安全自查率: 'duty.self_inspection_rate',
  食品安全管理人员抽查考核企业覆盖率: 'entities.staff_assessment_rate',
  获证食品生产企业监督抽查考核覆盖率: 'entities.staff_assessment_rate',
  中型以上食品生产企业HACCP管理体系实施率: 'entities.haccp_rate',
  大型食品生产企业ISO22000等质量管理体系推行率: 'entities.iso22000_rate',
  '6S标准化管理覆盖率': 'entities.six_s_rate',
  '销售类食品经营许可、登记、备案按期办结率': null,
  '学校食堂“互联网+明厨亮灶”实施比例': 'entities.school_internet_kitchen_rate',
  '幼儿园、小学食堂“互联网+明厨亮灶”实施比例': 'entities.school_internet_kitchen_rate',
  农产品和食品抽检量: 'sampling.batches_per_thousand',
  主要农产品质量安全监测总体合格率: 'sampling.routine_pass_rate',
  食品安全抽检合格率: 'sampling.pass_rate',
  国家级监督抽检不合格食品处置率: 'disposal.start_rate',
  省级农产品例行监测样本数: null,
  市级农产品例行监测样本数: null,
  新建省级食用农产品追溯点数: null,
  农村食品经营店规范化建设达标率: 'duty.rural_shop_standard_rate',
  '重点餐饮单位“互联网+明厨亮灶”实施率': 'entities.catering_internet_kitchen_rate',
  食品安全管理人员和餐饮从业人员培训率: 'training.staff_training_rate',
  食用农产品市场风险分级覆盖率: null,
  '学校食堂和校外供餐单位“互联网+明厨亮灶”覆盖率': 'entities.school_internet_kitchen_rate',
  '“豫食考核”APP安装使用率': null,
}

function seedTargets(): { metric: string; unit: string }[] {
  const out: { metric: string; unit: string }[] = []
  const walk = (o: unknown) => {
    if (Array.isArray(o)) o.forEach(walk)
    else if (o && typeof o === 'object') {
      const r = o as Record<string, unknown>
      if (typeof r.metric === 'string' && typeof r.unit === 'string') out.push({ metric: r.metric, unit: r.unit })
      Object.values(r).forEach(walk)
    }
  }
  for (const f of ['xiping-2020-work-points.json', 'yima-2022-2024-action-plan.json']) walk(JSON.parse(fs.readFileSync(path.join(ROOT, 'src/server/modules/work-plans/parser/fixtures/shared/workplans', f), 'utf8')))
  return out
}

describe('binding suggestions for the seed plans’ targets', () => {
  it('suggests the indicator each target means, and nothing where the catalogue has none', () => {
    const targets = seedTargets()
    expect(targets.length).toBe(Object.keys(EXPECTED).length)
    for (const t of targets) expect([t.metric, suggestIndicator(t)?.id ?? null]).toEqual([t.metric, EXPECTED[t.metric]])
  })

  it('never binds a % target to a count, nor a count to a rate', () => {
    expect(suggestIndicator({ metric: '监督检查户次', unit: '%' })).toBeNull()
    expect(suggestIndicator({ metric: '食品安全抽检合格率', unit: '个' })).toBeNull()
    expect(suggestIndicator({ metric: '立案查处案件', unit: '件' })?.id).toBe('cases.filed')
  })
})
