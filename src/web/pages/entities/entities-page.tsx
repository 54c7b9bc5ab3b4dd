import { ImportOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Result, Space, Spin, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useCallback, useMemo, useState } from 'react'
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom'
import type { EntityListQuery, EntitySummaryDto } from '../../../shared/entities'
import { useMe } from '../../auth/auth-context'
import { ExportButton } from '../../lib/export-button'
import { formatNumber } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { exportUrl, fetchEntities } from './api'
import { EntityCreateDrawer } from './entity-create-drawer'
import { EntityFilters } from './entity-filters'
import { parseQuery, toSearch } from './entity-query'
import { ExpiryText, GradeTag, KitchenTag, StatusTag } from './labels'

export const entityPath = (id: string) => `/entities/${id}`

const columns: ColumnsType<EntitySummaryDto> = [
  {
    title: '主体名称', dataIndex: 'name', width: 200,
    render: (name: string, e) => (
      <div>
        <Link to={entityPath(e.id)}>{name}</Link>
        {e.status !== 'active' && <StatusTag status={e.status} />}
        {e.address && <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{e.address}</Typography.Text></div>}
      </div>
    ),
  },
  { title: '统一社会信用代码', dataIndex: 'uscc', width: 172, render: (u: string | null) => (u ? <span className="mono">{u}</span> : '—') },
  { title: '主体类型', dataIndex: 'typeLabel', width: 112 },
  { title: '乡镇 / 村', key: 'region', width: 104, render: (_, e) => <span>{e.townshipName}<br /><Typography.Text type="secondary">{e.regionName}</Typography.Text></span> },
  { title: '风险等级', dataIndex: 'riskGrade', width: 80, render: (g: string | null) => <GradeTag grade={g} short /> },
  { title: '明厨亮灶', dataIndex: 'openKitchen', width: 116, render: (k: string) => <KitchenTag value={k} /> },
  {
    title: '许可证 / 有效期', key: 'licence', width: 190,
    render: (_, e) => (e.licenceNumber ? (
      <span><span className="mono" style={{ wordBreak: 'break-all' }}>{e.licenceNumber}</span><br /><ExpiryText date={e.licenceExpiresOn} /></span>
    ) : <Typography.Text type="secondary">无证照</Typography.Text>),
  },
  { title: '上次检查', dataIndex: 'lastInspectedOn', width: 92, render: (d: string | null) => d ?? <Typography.Text type="secondary">未检查</Typography.Text> },
]

/** 经营主体: the register in the caller's scope, filtered with counts; a business account is sent to its own entity. */
export function EntitiesPage() {
  const me = useMe()
  return me.role === 'business' ? <OwnEntityRedirect /> : <RegisterList />
}

function OwnEntityRedirect() {
  const { data, error } = useLoad(useCallback(() => fetchEntities({ page: 1, pageSize: 2 }), []))
  if (error) return <LoadError error={error} />
  if (!data) return <Spin style={{ display: 'block', marginTop: 80 }} />
  if (data.items.length === 1) return <Navigate to={entityPath(data.items[0].id)} replace />
  return <Result status="info" title="本账号尚未关联经营主体" subTitle="请联系所在地市场监管所为本企业开通或关联账号。" />
}

function RegisterList() {
  const me = useMe()
  const navigate = useNavigate()
  const canManage = me.permissions.includes('entities.manage')
  const [search, setSearch] = useSearchParams()
  const query = useMemo(() => parseQuery(search), [search])
  const [creating, setCreating] = useState(false)
  const { data, error, loading } = useLoad(useCallback(() => fetchEntities(query), [query]))

  const update = (patch: Partial<EntityListQuery>) => setSearch(toSearch({ ...query, page: 1, ...patch }), { replace: true })

  return (
    <Card title="经营主体" extra={(
      <Space wrap>
        {canManage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>登记经营主体</Button>}
        {canManage && <Button icon={<ImportOutlined />} onClick={() => navigate('/entities/import')}>导入</Button>}
        <ExportButton href={exportUrl(query)} />
      </Space>
    )}>
      <LoadError error={error} />
      <EntityFilters query={query} facets={data?.facets} onChange={update} onClear={() => setSearch({}, { replace: true })} />
      <Table<EntitySummaryDto> rowKey="id" size="middle" columns={columns} dataSource={data?.items} loading={loading}
        scroll={{ x: 1066 }} onRow={(e) => ({ onDoubleClick: () => navigate(entityPath(e.id)) })}
        locale={{ emptyText: canManage ? '没有符合条件的经营主体；可点击“登记经营主体”或“导入”' : '没有符合条件的经营主体' }}
        pagination={{
          current: query.page, pageSize: query.pageSize, total: data?.total ?? 0, showSizeChanger: true, pageSizeOptions: [20, 50, 100],
          showTotal: (n) => `共 ${formatNumber(n)} 家`,
          onChange: (page, pageSize) => update({ page: pageSize === query.pageSize ? page : 1, pageSize }),
        }} />
      {creating && <EntityCreateDrawer onClose={() => setCreating(false)} />}
    </Card>
  )
}
