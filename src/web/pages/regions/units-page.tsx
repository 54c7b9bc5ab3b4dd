import { SearchOutlined } from '@ant-design/icons'
import { Card, Grid, Input, Segmented, Select, Space, Table, Tag } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useCallback, useMemo, useState } from 'react'
import { UNIT_KIND_LABELS, unitMatches, type UnitDto } from '../../../shared/regions'
import { useMe } from '../../auth/auth-context'
import { ExportButton } from '../../lib/export-button'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { AliasTags } from './alias-tags'
import { fetchUnits, unitsExportUrl } from './api'

const KIND_COLORS: Record<string, string> = { office: 'volcano', member: 'blue', market_station: 'green', township_office: 'purple' }
const KINDS = Object.keys(UNIT_KIND_LABELS)

export function UnitsPage() {
  const me = useMe()
  const canManage = me.permissions.includes('units.manage')
  const screens = Grid.useBreakpoint()
  const { data, error, loading } = useLoad(useCallback(fetchUnits, []))
  // Units changed on this page (alias added/removed), replacing the loaded copy without a reload.
  const [changed, setChanged] = useState<Record<string, UnitDto>>({})
  const [kind, setKind] = useState<string>('all')
  const [term, setTerm] = useState('')

  const units = useMemo(() => (data ?? []).map((u) => changed[u.id] ?? u), [data, changed])
  const filters = useMemo(() => ({ kind: kind === 'all' ? undefined : kind, q: term.trim() || undefined }), [kind, term])
  const shown = useMemo(() => units.filter((u) => unitMatches(u, filters)), [units, filters])

  const count = (k: string) => units.filter((u) => u.kind === k).length
  const kindOptions = [
    { value: 'all', label: `全部（${units.length}）` },
    ...KINDS.map((k) => ({ value: k, label: `${UNIT_KIND_LABELS[k]}（${count(k)}）` })),
  ]

  const columns: ColumnsType<UnitDto> = [
    { title: '单位名称', dataIndex: 'name', width: 240 },
    { title: '简称', dataIndex: 'shortName', width: 150 },
    { title: '类别', dataIndex: 'kind', width: 110, render: (k: string) => <Tag color={KIND_COLORS[k]}>{UNIT_KIND_LABELS[k] ?? k}</Tag> },
    { title: '所在区划', dataIndex: 'regionName', width: 110 },
    {
      title: canManage ? '别名（可添加、删除）' : '别名',
      key: 'aliases',
      render: (_, unit) => <AliasTags unit={unit} canManage={canManage} onChange={(u) => setChanged((c) => ({ ...c, [u.id]: u }))} />,
    },
  ]

  return (
    <Card title="成员单位" extra={<ExportButton href={unitsExportUrl(filters)} />}>
      <LoadError error={error} />
      <Space wrap style={{ marginBottom: 16 }}>
        {/* Five segments do not fit a phone's width: a select does. */}
        {screens.md
          ? <Segmented options={kindOptions} value={kind} onChange={(v) => setKind(String(v))} />
          : <Select options={kindOptions} value={kind} onChange={setKind} style={{ width: 200 }} aria-label="单位类别" />}
        <Input prefix={<SearchOutlined />} allowClear placeholder="按名称、简称或别名搜索" style={{ width: 240 }}
          value={term} onChange={(e) => setTerm(e.target.value)} />
      </Space>
      <Table<UnitDto> rowKey="id" size="middle" columns={columns} dataSource={shown} loading={loading && !data}
        scroll={{ x: 900 }} pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (n) => `共 ${n} 个单位` }} />
    </Card>
  )
}
