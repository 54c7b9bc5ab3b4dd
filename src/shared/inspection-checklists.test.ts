import { describe, expect, it } from 'vitest'
import { ENTITY_TYPE_CODES, ENTITY_TYPES } from './entity-catalogue'
import {
  applicableItems, CHECKLIST_BY_ENTITY_TYPE, CHECKLIST_TEMPLATES, checkChecklistTemplate, checklistFor, templateItems, unansweredItems,
  type ChecklistTemplate,
} from './inspection-checklists'

const codesOf = (items: { code: string }[]) => items.map((i) => i.code)
const templates = Object.values(CHECKLIST_TEMPLATES)

describe('inspection checklist templates', () => {
  it('gives every entity type a template, and refuses unknown types', () => {
    expect(Object.keys(CHECKLIST_BY_ENTITY_TYPE).sort()).toEqual([...ENTITY_TYPE_CODES].sort())
    for (const type of ENTITY_TYPE_CODES) expect(checklistFor(type).groups.length).toBeGreaterThan(0)
    expect(() => checklistFor('no_such_type')).toThrow('未知的主体类型')
  })

  it('maps by 环节: production, sales for circulation, catering, and the 三小 and agricultural tables', () => {
    for (const type of ENTITY_TYPE_CODES) {
      const def = ENTITY_TYPES[type]
      const expected = 'smallThree' in def ? 'small_three'
        : ({ production: 'production', circulation: 'sales', catering: 'catering', stall: 'small_three', agriculture: 'agriculture' } as const)[def.sector]
      expect(checklistFor(type).code, type).toBe(expected)
    }
  })

  it('keeps group and item codes unique within each template, and every template valid', () => {
    for (const t of templates) {
      expect(checkChecklistTemplate(t), t.code).toBeNull()
      const items = codesOf(templateItems(t))
      expect(new Set(items).size, t.code).toBe(items.length)
      expect(new Set(codesOf(t.groups)).size, t.code).toBe(t.groups.length)
    }
  })

  it('records source and status on every template, unconfirmed parts marked U', () => {
    for (const t of templates) {
      expect(t.source.document, t.code).not.toBe('')
      expect(t.notes.length, t.code).toBeGreaterThan(0)
      expect(['P', 'S', 'U']).toContain(t.status)
    }
    // Catering and sales items follow the 2016 tables (S); production adds paraphrased special-food groups (U);
    // the 三小 and agricultural tables are this system's own (U).
    expect(Object.fromEntries(templates.map((t) => [t.code, t.status]))).toEqual({ production: 'U', sales: 'S', catering: 'S', small_three: 'U', agriculture: 'U' })
    for (const t of templates.filter((x) => x.status === 'U')) expect(t.notes.some((n) => n.status === 'U'), t.code).toBe(true)
  })
})

describe('catering table (表1-3, 2016)', () => {
  const t = CHECKLIST_TEMPLATES.catering
  const items = templateItems(t)

  it('has 30 items: 重点项 7, 一般项 23 (CHECKLISTS.md §2.2)', () => {
    expect(items).toHaveLength(30)
    expect(items.filter((i) => i.key)).toHaveLength(7)
    expect(items.filter((i) => !i.key)).toHaveLength(23)
  })

  it('marks as key the items numbered 5, 6, 7, 8, 15, 27 and 30 in sequence', () => {
    expect(items.flatMap((i, n) => (i.key ? [n + 1] : []))).toEqual([5, 6, 7, 8, 15, 27, 30])
  })

  it('keeps the group names the document lists', () => {
    expect(t.groups.map((g) => g.title)).toEqual(['许可管理', '信息公示', '制度管理', '人员管理', '环境卫生', '原料控制（含食品添加剂）', '加工制作过程', '设施设备及维护', '餐饮具清洗消毒'])
  })

  it('leaves licence items out for rural dining points and delivery items to kitchens that deliver', () => {
    expect(codesOf(applicableItems(t, 'large_restaurant'))).toHaveLength(29)
    expect(codesOf(applicableItems(t, 'central_kitchen'))).toContain('7.5')
    const rural = codesOf(applicableItems(t, 'rural_dining_point'))
    expect(rural).not.toContain('1.1')
    expect(rural).not.toContain('2.3')
    expect(rural).toContain('4.2')
  })
})

describe('production table (表1-1, 2016)', () => {
  const t = CHECKLIST_TEMPLATES.production
  const general = templateItems(t).filter((i) => i.group.section === '食品通用检查项目')

  it('has 51 general-part items: 重点项 21, 一般项 30 (CHECKLISTS.md §2)', () => {
    expect(general).toHaveLength(51)
    expect(general.filter((i) => i.key)).toHaveLength(21)
    expect(t.groups.slice(0, 9).map((g) => g.title)).toEqual(['生产环境条件', '进货查验结果', '生产过程控制', '产品检验结果', '贮存及交付控制', '不合格品管理和食品召回', '从业人员管理', '食品安全事故处置', '食品添加剂生产者管理'])
  })

  it('applies group 9 to additive producers only and the special-food groups to special and health foods', () => {
    const codes = (type: string) => codesOf(applicableItems(t, type))
    expect(codes('food_producer')).toHaveLength(51)
    expect(codes('additive_producer')).toEqual(expect.arrayContaining(['9.1', '9.2', '9.3']))
    expect(codes('additive_producer')).not.toContain('10.1')
    expect(codes('special_food_producer')).toContain('11.1')
    expect(codes('special_food_producer')).not.toContain('12.3')
    expect(codes('health_food_producer')).toContain('12.3')
  })
})

describe('sales table (表1-2, 2016)', () => {
  const items = templateItems(CHECKLIST_TEMPLATES.sales)

  it('has 35 general items (重点项 12, 一般项 23) and 19 special items without key marks', () => {
    const general = items.filter((i) => i.group.section === '食品通用检查项目')
    const special = items.filter((i) => i.group.section === '特殊场所和特殊食品检查项目')
    expect([general.length, general.filter((i) => i.key).length, special.length, special.filter((i) => i.key).length]).toEqual([35, 12, 19, 0])
  })

  it('asks market items of markets and platform items of online sellers only', () => {
    const t = CHECKLIST_TEMPLATES.sales
    expect(codesOf(applicableItems(t, 'convenience_store'))).not.toContain('7.1')
    expect(codesOf(applicableItems(t, 'farmers_market'))).toContain('7.1')
    expect(codesOf(applicableItems(t, 'wholesale_market'))).toContain('10.1')
    expect(codesOf(applicableItems(t, 'online_seller'))).toContain('8.1')
  })
})

describe('三小 and agricultural tables', () => {
  it('asks workshop, stall and shop items of the right kind', () => {
    const t = CHECKLIST_TEMPLATES.small_three
    const codes = (type: string) => codesOf(applicableItems(t, type))
    expect(codes('small_workshop')).toEqual(expect.arrayContaining(['5.1', '7.1']))
    expect(codes('grocery')).not.toContain('5.1')
    expect(codes('grocery')).toContain('7.2')
    expect(codes('food_stall')).toContain('3.4')
    expect(codes('snack_shop')).toContain('5.4')
  })

  it('checks the withdrawal period for animals, the safety interval for crops, and the certificate for all', () => {
    const t = CHECKLIST_TEMPLATES.agriculture
    const codes = (type: string) => codesOf(applicableItems(t, type))
    expect(codes('livestock_farm')).toContain('3.2')
    expect(codes('livestock_farm')).not.toContain('3.1')
    expect(codes('cooperative')).toEqual(expect.arrayContaining(['3.1', '3.2', '4.1']))
    expect(codes('slaughterhouse')).toEqual(expect.arrayContaining(['1.3', '6.1', '4.1']))
    expect(codes('family_farm')).not.toContain('6.1')
    expect(templateItems(t).find((i) => i.code === '2.1')?.key).toBe(true)
  })
})

describe('answers and template checks', () => {
  it('lists the applicable items an inspection has not answered; 不适用 is an answer', () => {
    const t = CHECKLIST_TEMPLATES.catering
    const all = applicableItems(t, 'canteen').map((i) => ({ code: i.code }))
    expect(unansweredItems(t, 'canteen', all)).toEqual([])
    expect(unansweredItems(t, 'canteen', all.filter((a) => a.code !== '4.2'))).toEqual(['4.2'])
    expect(unansweredItems(t, 'canteen', [])).toHaveLength(29)
  })

  it('refuses duplicate codes, unknown risk items and unknown entity types', () => {
    const base = CHECKLIST_TEMPLATES.catering
    const edit = (f: (t: ChecklistTemplate) => void) => { const t = structuredClone(base); f(t); return checkChecklistTemplate(t) }
    expect(edit((t) => { t.groups[1].items[0].code = '1.1' })).toContain('检查项编号重复：1.1')
    expect(edit((t) => { t.groups[1].code = '1' })).toContain('检查项目组编号重复')
    expect(edit((t) => { (t.groups[0] as { riskItem: string }).riskItem = 'D99' })).toContain('D99')
    expect(edit((t) => { t.groups[0].items[0].applicableTo = ['spaceship' as never] })).toContain('适用主体类型有误')
    expect(edit((t) => { t.version = 0 })).toContain('版本号')
    expect(edit((t) => { t.groups[2].items = [] })).toContain('至少应有一个检查项')
  })
})
