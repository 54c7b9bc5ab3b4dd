import { Breadcrumb, Card, Descriptions, Empty } from 'antd'
import { useCallback } from 'react'
import { formatNumber, REGION_LEVEL_LABELS, urbanRuralText } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { fetchRegion } from './api'

const CHILD_LABELS: Record<string, string> = { county: '个乡镇（街道）', township: '个村（社区）' }

/** The selected region from GET /api/regions/{code}; the path breadcrumb selects an ancestor in the tree. */
export function RegionDetail({ code, onSelect }: { code: string | null; onSelect: (code: string) => void }) {
  const { data, error, loading } = useLoad(useCallback(() => (code ? fetchRegion(code) : Promise.resolve(null)), [code]))
  if (!code) return <Card title="区划详情"><Empty description="请在左侧选择区划" /></Card>
  return (
    <Card title="区划详情" loading={loading && !data} data-testid="region-detail">
      <LoadError error={error} />
      {data && (
        <>
          <Breadcrumb style={{ marginBottom: 16 }} items={data.path.map((p) => ({
            title: p.code === data.code ? p.name : <a onClick={() => onSelect(p.code)}>{p.name}</a>,
          }))} />
          <Descriptions bordered column={1} size="middle" styles={{ label: { width: 120 } }}>
            <Descriptions.Item label="名称">{data.name}</Descriptions.Item>
            <Descriptions.Item label="区划代码"><span className="mono">{data.code}</span></Descriptions.Item>
            <Descriptions.Item label="层级">{REGION_LEVEL_LABELS[data.level] ?? data.level}</Descriptions.Item>
            <Descriptions.Item label="人口">{formatNumber(data.population)} 人</Descriptions.Item>
            <Descriptions.Item label="城乡分类">{urbanRuralText(data.urbanRuralClass)}</Descriptions.Item>
            <Descriptions.Item label="上级区划">{data.parentName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="下级区划">{data.childCount ? `${data.childCount} ${CHILD_LABELS[data.level] ?? '个'}` : '无'}</Descriptions.Item>
          </Descriptions>
        </>
      )}
    </Card>
  )
}
