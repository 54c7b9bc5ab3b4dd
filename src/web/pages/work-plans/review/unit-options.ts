import { UNIT_KIND_LABELS, type UnitDto } from '../../../../shared/regions'
import { COLLECTIVES, type Collective } from '../../../../shared/work-plans'

/**
 * One Select for "which unit is this name": member units grouped by kind, then the collectives.
 * Values are `u:<unitId>` or `c:<collective>` so both kinds fit one control.
 */
export interface UnitChoice { unitId: string | null; collective: Collective | null }

export const choiceValue = (c: { unitId: string | null; collective: string | null }) =>
  c.unitId ? `u:${c.unitId}` : c.collective ? `c:${c.collective}` : undefined

export const parseChoice = (value: string | undefined): UnitChoice => ({
  unitId: value?.startsWith('u:') ? value.slice(2) : null,
  collective: value?.startsWith('c:') ? (value.slice(2) as Collective) : null,
})

const KIND_ORDER = ['member', 'office', 'market_station', 'township_office']

interface Option { value: string; label: string; search: string }

export function unitOptions(units: UnitDto[]) {
  const groups = KIND_ORDER.map((kind) => ({
    label: UNIT_KIND_LABELS[kind] ?? kind,
    options: units.filter((u) => u.kind === kind)
      .map((u): Option => ({ value: `u:${u.id}`, label: u.name, search: [u.name, u.shortName, ...u.aliases].join(' ') })),
  })).filter((g) => g.options.length)
  return [
    ...groups,
    { label: '集合单位', options: Object.entries(COLLECTIVES).map(([key, label]): Option => ({ value: `c:${key}`, label, search: label })) },
  ]
}

/** Search in names, short names and aliases, not only the label shown. */
export const filterUnitOption = (input: string, option?: object) =>
  Boolean(option && 'search' in option && String(option.search).includes(input.trim()))
