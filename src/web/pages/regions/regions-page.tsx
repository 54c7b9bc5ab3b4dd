import { SearchOutlined } from '@ant-design/icons'
import { Card, Col, Empty, Input, Row, Tree, Typography } from 'antd'
import type { DataNode } from 'antd/es/tree'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { RegionNode } from '../../../shared/regions'
import { formatNumber } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { fetchRegionTree } from './api'
import { RegionDetail } from './region-detail'
import { filterRegions } from './region-tree'

const toTreeData = (nodes: RegionNode[]): DataNode[] => nodes.map((n) => ({
  key: n.code,
  title: (
    <span>
      <span>{n.name}</span>
      <Typography.Text type="secondary" className="mono" style={{ marginLeft: 8, fontSize: 12 }}>{n.code}</Typography.Text>
      <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>{formatNumber(n.population)} 人</Typography.Text>
    </span>
  ),
  children: n.children.length ? toTreeData(n.children) : undefined,
  isLeaf: !n.children.length,
}))

export function RegionsPage() {
  const { data, error } = useLoad(useCallback(fetchRegionTree, []))
  const [term, setTerm] = useState('')
  const [selected, setSelected] = useState<string | null>(null)
  const [expanded, setExpanded] = useState<string[]>([])

  const filtered = useMemo(() => filterRegions(data ?? [], term), [data, term])
  const treeData = useMemo(() => toTreeData(filtered.nodes), [filtered])
  // A new search result opens the branches that lead to the matches; the user can fold them again.
  useEffect(() => setExpanded(filtered.expand), [filtered])
  // Start with the caller's own region (the root of the subtree) in the detail panel.
  useEffect(() => { if (data?.length) setSelected((s) => s ?? data[0].code) }, [data])

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={11}>
        <Card title="行政区划" extra={<Typography.Text type="secondary">县 → 乡镇（街道）→ 村（社区）</Typography.Text>}>
          <LoadError error={error} />
          <Input prefix={<SearchOutlined />} placeholder="按名称或12位代码搜索" allowClear value={term} onChange={(e) => setTerm(e.target.value)}
            style={{ marginBottom: 12 }} />
          <div data-testid="region-tree">
            {data && (treeData.length ? (
              <Tree treeData={treeData} height={560} blockNode showLine={{ showLeafIcon: false }}
                expandedKeys={expanded} onExpand={(keys) => setExpanded(keys as string[])}
                selectedKeys={selected ? [selected] : []} onSelect={(keys) => { if (keys.length) setSelected(String(keys[0])) }} />
            ) : <Empty description="没有匹配的区划" />)}
          </div>
        </Card>
      </Col>
      <Col xs={24} lg={13}>
        <RegionDetail code={selected} onSelect={setSelected} />
      </Col>
    </Row>
  )
}
