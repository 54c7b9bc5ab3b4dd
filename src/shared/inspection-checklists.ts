import { ENTITY_TYPE_CODES, entityTypeDef, type EntityType } from './entity-catalogue'
import { AGRICULTURE_CHECKLIST } from './checklists/agriculture'
import { CATERING_CHECKLIST } from './checklists/catering'
import { PRODUCTION_CHECKLIST } from './checklists/production'
import { SALES_CHECKLIST } from './checklists/sales'
import { SMALL_THREE_CHECKLIST } from './checklists/small-three'
import type { ChecklistCode, ChecklistGroup, ChecklistItem, ChecklistTemplate } from './checklists/types'
import { DYNAMIC_ITEMS, type DynamicItemCode } from './risk-rules'

/**
 * Inspection checklists (日常监督检查要点表) per 环节, modelled on the national 2016 tables
 * (CHECKLISTS.md §1–2): production (表1-1), sales (表1-2, also for the circulation types) and catering
 * (表1-3), plus this system's own tables for 三小 (Henan regulation) and agricultural producers. Each
 * template is versioned data with its source and status (P/S/U, as in risk-rules.ts); the data lives in
 * ./checklists/. Since 2022 every inspection except 飞行检查 covers all items (2021 办法 第二十七条):
 * `unansweredItems` lists what an inspection still lacks.
 */

export type { Applicability, ChecklistCode, ChecklistGroup, ChecklistItem, ChecklistTemplate, ResultRuleCode, SourceNote } from './checklists/types'

export const CHECKLIST_TEMPLATES: Record<ChecklistCode, ChecklistTemplate> = {
  production: PRODUCTION_CHECKLIST,
  sales: SALES_CHECKLIST,
  catering: CATERING_CHECKLIST,
  small_three: SMALL_THREE_CHECKLIST,
  agriculture: AGRICULTURE_CHECKLIST,
}

/**
 * The template each entity type is inspected with. 三小 types (小作坊, 食杂店 and 小餐饮 as 小经营店,
 * 摊贩) hold a registration or filing rather than a licence, so the licence items of the national tables
 * do not fit them; they use the 三小 table (2021 办法 第五十四条: provincial rules).
 */
export const CHECKLIST_BY_ENTITY_TYPE: Record<EntityType, ChecklistCode> = {
  food_producer: 'production',
  additive_producer: 'production',
  health_food_producer: 'production',
  special_food_producer: 'production',
  small_workshop: 'small_three',
  supermarket: 'sales',
  convenience_store: 'sales',
  wholesale_market: 'sales',
  farmers_market: 'sales',
  grocery: 'small_three',
  online_seller: 'sales',
  large_restaurant: 'catering',
  medium_restaurant: 'catering',
  small_restaurant: 'catering',
  snack_shop: 'small_three',
  central_kitchen: 'catering',
  group_meal_delivery: 'catering',
  canteen: 'catering',
  online_catering: 'catering',
  rural_dining_point: 'catering',
  food_stall: 'small_three',
  cooperative: 'agriculture',
  family_farm: 'agriculture',
  livestock_farm: 'agriculture',
  slaughterhouse: 'agriculture',
}

export function checklistFor(entityType: string): ChecklistTemplate {
  const code = (CHECKLIST_BY_ENTITY_TYPE as Record<string, ChecklistCode | undefined>)[entityType]
  if (!code) throw new Error(`未知的主体类型：${entityType}`)
  return CHECKLIST_TEMPLATES[code]
}

/** An item with its group and the dynamic risk item it feeds (item's own, else its group's). */
export interface FlatItem extends ChecklistItem { group: ChecklistGroup; riskItem: DynamicItemCode }

export const templateItems = (template: ChecklistTemplate): FlatItem[] =>
  template.groups.flatMap((group) => group.items.map((it) => ({ ...it, group, riskItem: it.riskItem ?? group.riskItem })))

function applies(list: ChecklistItem['applicableTo'], entityType: string): boolean {
  if (!list) return true
  const sector = entityTypeDef(entityType)?.sector
  return list.some((c) => c === entityType || c === sector)
}

/** The items an inspection of this entity type must answer (group and item applicability both hold). */
export const applicableItems = (template: ChecklistTemplate, entityType: string): FlatItem[] =>
  templateItems(template).filter((it) => applies(it.group.applicableTo, entityType) && applies(it.applicableTo, entityType))

/** Codes of applicable items without an answer (a 不适用 answer counts as an answer). */
export function unansweredItems(template: ChecklistTemplate, entityType: string, answers: { code: string }[]): string[] {
  const answered = new Set(answers.map((a) => a.code))
  return applicableItems(template, entityType).filter((it) => !answered.has(it.code)).map((it) => it.code)
}

/** Null when a (possibly office-edited) template hangs together; otherwise the Chinese reason. */
export function checkChecklistTemplate(template: ChecklistTemplate): string | null {
  if (!template.code || !template.title) return '检查表：编码和名称不能为空'
  if (!(Number.isInteger(template.version) && template.version >= 1)) return '检查表：版本号应为正整数'
  if (!template.source.document) return '检查表：应注明来源文件'
  const riskCodes = new Set<string>(DYNAMIC_ITEMS.map((d) => d.code))
  const types = new Set<string>(ENTITY_TYPE_CODES)
  const sectors = new Set<string>(ENTITY_TYPE_CODES.map((t) => entityTypeDef(t)?.sector ?? ''))
  const known = (list?: readonly string[]) => !list || (list.length > 0 && list.every((c) => types.has(c) || sectors.has(c)))
  const groupCodes = new Set<string>()
  const itemCodes = new Set<string>()
  if (template.groups.length === 0) return '检查表：至少应有一个检查项目组'
  for (const g of template.groups) {
    if (groupCodes.has(g.code)) return `检查项目组编号重复：${g.code}`
    groupCodes.add(g.code)
    if (!g.title) return `检查项目组 ${g.code}：名称不能为空`
    if (g.items.length === 0) return `检查项目组 ${g.code}：至少应有一个检查项`
    if (!riskCodes.has(g.riskItem)) return `检查项目组 ${g.code}：对应的动态风险项 ${g.riskItem} 不存在`
    if (!known(g.applicableTo)) return `检查项目组 ${g.code}：适用主体类型有误`
    for (const it of g.items) {
      if (itemCodes.has(it.code)) return `检查项编号重复：${it.code}`
      itemCodes.add(it.code)
      if (!it.text.trim()) return `检查项 ${it.code}：内容不能为空`
      if (typeof it.key !== 'boolean') return `检查项 ${it.code}：应标明是否为重点项`
      if (it.riskItem && !riskCodes.has(it.riskItem)) return `检查项 ${it.code}：对应的动态风险项 ${it.riskItem} 不存在`
      if (!known(it.applicableTo)) return `检查项 ${it.code}：适用主体类型有误`
      if (it.weight !== undefined && !(it.weight > 0)) return `检查项 ${it.code}：分值应大于 0`
    }
  }
  return null
}
