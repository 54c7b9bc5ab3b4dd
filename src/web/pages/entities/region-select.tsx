import { TreeSelect } from 'antd'
import { useCallback, useMemo } from 'react'
import type { RegionNode } from '../../../shared/regions'
import { useLoad } from '../../lib/use-load'
import { fetchRegionTree } from '../regions/api'

interface Option { value: string; title: string; label: string; selectable: boolean; children?: Option[] }

/** Levels that may be picked: a filter takes any region of the subtree, an entity's address only a village. */
export type RegionPick = 'any' | 'village' | 'above-village'

// The chosen region reads with its township (出山镇 / 袁庄村): village names repeat across townships.
const toOptions = (nodes: RegionNode[], pick: RegionPick, parent?: RegionNode): Option[] => nodes
  .filter((n) => pick !== 'above-village' || n.level !== 'village')
  .map((n) => {
    const children = toOptions(n.children, pick, n)
    return {
      value: n.code, title: n.name, label: parent && n.level === 'village' ? `${parent.name} / ${n.name}` : n.name,
      children: children.length ? children : undefined,
      selectable: pick === 'any' || (pick === 'village' ? n.level === 'village' : n.level !== 'village'),
    }
  })

interface Props {
  value?: string | null
  onChange?: (code: string | undefined) => void
  pick?: RegionPick
  placeholder?: string
  allowClear?: boolean
  style?: React.CSSProperties
  id?: string
  'aria-label'?: string
}

/** The caller's region subtree (GET /api/regions) as a searchable tree. */
export function RegionSelect({ value, onChange, pick = 'any', placeholder, allowClear, style, id, ...rest }: Props) {
  const { data, loading } = useLoad(useCallback(fetchRegionTree, []))
  const treeData = useMemo(() => toOptions(data ?? [], pick), [data, pick])
  return (
    <TreeSelect id={id} aria-label={rest['aria-label']} value={value ?? undefined} onChange={(v) => onChange?.(v ?? undefined)}
      treeData={treeData} loading={loading} showSearch treeNodeFilterProp="title" treeNodeLabelProp="label" allowClear={allowClear}
      placeholder={placeholder ?? (pick === 'village' ? '选择村（社区）' : '全部区域')} style={style}
      treeDefaultExpandedKeys={data?.map((r) => r.code)} listHeight={320} popupMatchSelectWidth={false} />
  )
}
