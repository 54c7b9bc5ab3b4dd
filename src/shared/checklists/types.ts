import type { EntityType, Sector } from '../entity-catalogue'
import type { DynamicItemCode, Status } from '../risk-rules'

/**
 * Shape of an inspection checklist (日常监督检查要点表): a versioned template per 环节 → groups → items.
 * Item texts are written as the compliant state, so an inspector answers 符合 / 不符合 / 不适用 without
 * reading the table's "是否…" questions backwards.
 */

/** Entity types or whole sectors an item (or group) applies to; absent = every type using the template. */
export type Applicability = readonly (EntityType | Sector)[]

export interface ChecklistItem {
  /** Unique within the template; the national tables' numbering (group.item) where there is one. */
  code: string
  text: string
  /** 重点项 (marked * in the national tables). */
  key: boolean
  applicableTo?: Applicability
  /** The dynamic risk item (risk-rules.ts D01–D10) this item feeds, when not its group's. */
  riskItem?: DynamicItemCode
  /** Points in the catering dynamic grade; absent = the grading rule's key or general weight. */
  weight?: number
}

export interface ChecklistGroup {
  code: string
  title: string
  /** Part of the table, e.g. 食品通用检查项目 / 特殊场所和特殊食品检查项目. */
  section?: string
  applicableTo?: Applicability
  /** The dynamic risk item the group's results feed (CHECKLISTS.md §5; risk-rules.ts DYNAMIC_ITEMS). */
  riskItem: DynamicItemCode
  items: ChecklistItem[]
}

export type ChecklistCode = 'production' | 'sales' | 'catering' | 'small_three' | 'agriculture'

/** Which judgement rule (inspection-result.ts RESULT_RULES) turns the items into 符合 / 基本符合 / 不符合. */
export type ResultRuleCode = 'notice_2016' | 'catering_2016'

export interface SourceNote { item: string; source: string; status: Status }

export interface ChecklistTemplate {
  code: ChecklistCode
  /** Raised each time the office edits the template; an inspection records the version it used. */
  version: number
  title: string
  source: { document: string; date: string }
  /** How sure we are of the items and their key marks as a whole: the weakest part (details in `notes`). */
  status: Status
  /** What comes from which source and what is paraphrased. */
  notes: SourceNote[]
  resultRule: ResultRuleCode
  groups: ChecklistGroup[]
}

export const item = (code: string, text: string, more: Partial<ChecklistItem> = {}): ChecklistItem => ({ code, text, key: false, ...more })
export const keyItem = (code: string, text: string, more: Partial<ChecklistItem> = {}): ChecklistItem => ({ code, text, key: true, ...more })
