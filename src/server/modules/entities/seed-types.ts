import type { CertificationInput, EntityInput, LicenceInput, PersonInput } from '../../../shared/entities'
import type { DynamicAnswer, StaticFactor } from '../../../shared/risk-rules'

/**
 * One entity with everything that hangs on it, as the Excel import and the demo register produce it
 * and the bulk writer (service/write-register.ts) stores it. Natural key: USCC, else the first licence
 * number.
 */
export interface EntitySeed {
  entity: EntityInput & { lastInspectedOn?: string | null }
  licences: LicenceInput[]
  people: PersonInput[]
  certifications: CertificationInput[]
  /** The latest risk assessment, if graded. */
  assessment?: { assessedOn: string; staticFactors: Partial<Record<StaticFactor, boolean>>; answers: Record<string, DynamicAnswer> } | null
}

export const naturalKeyOf = (seed: EntitySeed): string | null => seed.entity.uscc ?? seed.licences[0]?.number ?? null
