import type { RegionNode } from '../../../shared/regions'

// Pure helpers over the region tree from GET /api/regions (the caller's subtree).

/** Nodes whose name or code contains the term, with their ancestors; and the keys to expand to show them. */
export function filterRegions(roots: RegionNode[], term: string): { nodes: RegionNode[]; expand: string[] } {
  const t = term.trim()
  if (!t) return { nodes: roots, expand: roots.map((r) => r.code) }
  const expand: string[] = []
  const visit = (node: RegionNode): RegionNode | null => {
    const children = node.children.map(visit).filter((c): c is RegionNode => c !== null)
    const hit = node.name.includes(t) || node.code.includes(t)
    if (children.length) expand.push(node.code)
    if (!hit && !children.length) return null
    // A matching township keeps all its villages, so the user can still browse below it.
    return { ...node, children: hit && !children.length ? node.children : children }
  }
  return { nodes: roots.map(visit).filter((n): n is RegionNode => n !== null), expand }
}

export interface RegionSummary { root: RegionNode; townships: number; villages: number }

/** Counts below each root, for the home page: a county root has townships and villages, a township root villages. */
export function summarise(roots: RegionNode[]): RegionSummary[] {
  const count = (nodes: RegionNode[], level: string): number =>
    nodes.reduce((n, r) => n + (r.level === level ? 1 : 0) + count(r.children, level), 0)
  return roots.map((root) => ({ root, townships: count(root.children, 'township'), villages: count(root.children, 'village') }))
}
