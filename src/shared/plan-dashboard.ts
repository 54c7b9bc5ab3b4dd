import { Type, type Static } from 'typebox'

const Counts = {
  tasks: Type.Integer(), slotsDue: Type.Integer(), reported: Type.Integer(), accepted: Type.Integer(), overdue: Type.Integer(),
}
export const PlanDashboardDto = Type.Object({
  asOf: Type.String(),
  totals: Type.Object(Counts),
  bySection: Type.Array(Type.Object({ number: Type.String(), title: Type.String(), ...Counts })),
  byUnit: Type.Array(Type.Object({ unitId: Type.String(), unitName: Type.String(), ...Counts })),
  targets: Type.Array(Type.Object({
    targetId: Type.String(), taskNumber: Type.String(), metric: Type.String(), comparator: Type.String(), value: Type.Number(), unit: Type.String(),
    latestValue: Type.Union([Type.Number(), Type.Null()]), latestUnit: Type.Union([Type.String(), Type.Null()]), met: Type.Union([Type.Boolean(), Type.Null()]),
    source: Type.String(),
  })),
})
export type PlanDashboardDto = Static<typeof PlanDashboardDto>
