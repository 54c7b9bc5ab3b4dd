import { Type, type Static } from 'typebox'
import { DateString, Nullable, RegionCode } from './common'

/** 抽检与快检 figures of a region subtree and period (GET /api/sampling/figures). */

export const FiguresQuery = Type.Object({
  region: Type.Optional(RegionCode('区域')),
  from: Type.Optional(DateString('起始日期')),
  to: Type.Optional(DateString('截止日期')),
}, { additionalProperties: false })
export type FiguresQuery = Static<typeof FiguresQuery>

/** One figure with the numbers it is made of: value = numerator ÷ denominator (× 1000 or × 100). */
export const Figure = Type.Object({
  key: Type.String(), label: Type.String(),
  value: Nullable(Type.Number()), unit: Type.String(),
  numerator: Type.Number(), numeratorLabel: Type.String(),
  denominator: Nullable(Type.Number()), denominatorLabel: Nullable(Type.String()),
  /** The plan target it is read against (e.g. ≥ 98 %), when the seed plans set one. */
  target: Nullable(Type.String()),
  note: Nullable(Type.String()),
})
export type Figure = Static<typeof Figure>

export const FigureRow = Type.Object({
  regionCode: Type.String(), name: Type.String(), population: Type.Integer(),
  batches: Type.Integer(), batchesPerThousand: Nullable(Type.Number()), marketBatches: Type.Integer(), residueSamples: Type.Integer(),
  plantingBatches: Type.Integer(), judged: Type.Integer(), passed: Type.Integer(), passRate: Nullable(Type.Number()), failed: Type.Integer(),
  rapidTests: Type.Integer(), rapidPositives: Type.Integer(), leanMeatTests: Type.Integer(),
})
export type FigureRow = Static<typeof FigureRow>

export const FiguresDto = Type.Object({
  regionCode: Type.String(), regionName: Type.String(), population: Type.Integer(), from: Type.String(), to: Type.String(),
  figures: Type.Array(Figure),
  rapidByItem: Type.Array(Type.Object({ item: Type.String(), label: Type.String(), count: Type.Integer(), positives: Type.Integer() })),
  /** The regions one level below (townships of a county, villages of a township). */
  rows: Type.Array(FigureRow),
  notes: Type.Array(Type.String()),
})
export type FiguresDto = Static<typeof FiguresDto>
