import { STATIC_FACTORS, type StaticFactor } from '../../../shared/risk-rules'

export const STATIC_FACTORS_KEYS = Object.keys(STATIC_FACTORS) as StaticFactor[]
export const STATIC_FACTOR_OPTIONS = STATIC_FACTORS_KEYS.map((k) => ({ value: k, label: STATIC_FACTORS[k] }))
