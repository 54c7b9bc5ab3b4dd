import type { RegionDto, RegionNode, UnitDto } from '../../../shared/regions'
import type { RegionRow, UnitRow } from './schema'

export const toRegionDto = (r: RegionRow): RegionDto => ({
  code: r.code, name: r.name, level: r.level, parentCode: r.parentCode, population: r.population, urbanRuralClass: r.urbanRuralClass,
})

/** Rows of one subtree (in display order) → nested nodes; the roots are rows whose parent is not in the set. */
export function toRegionTree(rows: RegionRow[]): RegionNode[] {
  const nodes = new Map(rows.map((r) => [r.code, { ...toRegionDto(r), children: [] as RegionNode[] }]))
  const roots: RegionNode[] = []
  for (const node of nodes.values()) {
    const parent = node.parentCode ? nodes.get(node.parentCode) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

export const toUnitDto = (u: UnitRow, regionName: string, aliases: string[]): UnitDto => ({
  id: u.id, code: u.code, name: u.name, shortName: u.shortName, kind: u.kind, regionCode: u.regionCode, regionName,
  parentId: u.parentId, aliases,
})
