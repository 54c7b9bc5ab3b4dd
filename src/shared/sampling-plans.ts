import { Type, type Static } from 'typebox'
import { Nullable, OneOf, Text } from './common'
import { FOOD_CATEGORIES, SAMPLING_DEPARTMENTS, SAMPLING_LEVELS } from './sampling-catalogue'

/** Yearly sampling plans (抽检计划) with category and township quotas: inputs and DTOs of /api/sampling-plans. */

const keys = (o: object) => Object.keys(o)

export const PlanInput = Type.Object({
  year: Type.Integer({ minimum: 2000, maximum: 2100, title: '年度' }),
  name: Text('计划名称', 100, 1),
  level: OneOf(keys(SAMPLING_LEVELS), '抽检级别'),
  department: OneOf(keys(SAMPLING_DEPARTMENTS), '抽检部门'),
  /** 批次/千人, e.g. "4.0" (county plan) or "3.2" (market supervision); at most 2 decimals. */
  batchesPerThousand: Type.String({ pattern: '^(0|[1-9][0-9]{0,3})(\\.[0-9]{1,2})?$', title: '每千人抽检批次', description: '如 4.0，最多 2 位小数' }),
  categories: Type.Array(Type.Object({
    category: OneOf(keys(FOOD_CATEGORIES), '食品类别'),
    batches: Type.Integer({ minimum: 0, maximum: 100000, title: '类别任务批次' }),
  }, { additionalProperties: false }), { maxItems: 40, title: '分类别任务' }),
}, { additionalProperties: false })
export type PlanInput = Static<typeof PlanInput>

export const PlanListQuery = Type.Object({
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, title: '年度' })),
}, { additionalProperties: false })
export type PlanListQuery = Static<typeof PlanListQuery>

/** Quota against samples taken under the plan (planId = the plan) in the plan's year. */
const Progress = {
  quota: Type.Integer(), done: Type.Integer(),
  /** done ÷ quota × 100, 1 decimal; null when the quota is 0. */
  percent: Nullable(Type.Number()),
}

export const PlanSummaryDto = Type.Object({
  id: Type.String(), regionCode: Type.String(), year: Type.Integer(), name: Type.String(), level: Type.String(), department: Type.String(),
  batchesPerThousand: Type.String(), status: Type.String(),
  /** The county total: round(population × batchesPerThousand ÷ 1000), shared out to the townships. */
  ...Progress,
  categoryTotal: Type.Integer(),
  updatedAt: Type.String(),
})
export type PlanSummaryDto = Static<typeof PlanSummaryDto>
export const PlanListDto = Type.Object({ items: Type.Array(PlanSummaryDto) })
export type PlanListDto = Static<typeof PlanListDto>

export const PlanDetailDto = Type.Object({
  ...PlanSummaryDto.properties,
  population: Type.Integer(),
  categories: Type.Array(Type.Object({ category: Type.String(), label: Type.String(), ...Progress })),
  townships: Type.Array(Type.Object({ regionCode: Type.String(), name: Type.String(), population: Type.Integer(), ...Progress })),
  /** How the quotas were derived, in words for the page. */
  method: Type.String(),
})
export type PlanDetailDto = Static<typeof PlanDetailDto>
