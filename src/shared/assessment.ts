import { Type, type Static } from 'typebox'

/** 考核: how each unit is scored on a plan. Weights are points out of 100; each 督办 costs `perNotice`. */
export const AssessmentWeights = Type.Object({
  onTime: Type.Number({ minimum: 0, maximum: 100, title: '按时报送率权重' }),
  targets: Type.Number({ minimum: 0, maximum: 100, title: '指标达成率权重' }),
  accepted: Type.Number({ minimum: 0, maximum: 100, title: '任务验收率权重' }),
  perNotice: Type.Number({ minimum: 0, maximum: 100, title: '每次督办扣分' }),
}, { additionalProperties: false })
export type AssessmentWeights = Static<typeof AssessmentWeights>
export const DEFAULT_WEIGHTS: AssessmentWeights = { onTime: 40, targets: 30, accepted: 30, perNotice: 5 }

export const AssessmentRowDto = Type.Object({
  rank: Type.Integer(), unitId: Type.String(), unitName: Type.String(),
  tasksLed: Type.Integer(), tasksAccepted: Type.Integer(),
  reportsDue: Type.Integer(), reportsOnTime: Type.Integer(), onTimeRate: Type.Union([Type.Number(), Type.Null()]),
  targets: Type.Integer(), targetsMet: Type.Integer(), noticesReceived: Type.Integer(),
  score: Type.Number(),
})
export type AssessmentRowDto = Static<typeof AssessmentRowDto>
export const AssessmentDto = Type.Object({ asOf: Type.String(), weights: AssessmentWeights, rows: Type.Array(AssessmentRowDto) })
export type AssessmentDto = Static<typeof AssessmentDto>
