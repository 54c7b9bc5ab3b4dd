import { Alert, Drawer, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useCallback, useState } from 'react'
import { Link } from 'react-router-dom'
import { formatNumber } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { ExportButton } from '../../lib/export-button'
import { fetchRecords, recordsExportUrl, type IndicatorDefinitionDto, type IndicatorRecordsDto, type PeriodPick } from './api'

type Row = IndicatorRecordsDto['items'][number]

export interface DrillTarget { def: IndicatorDefinitionDto; part: 'numerator' | 'denominator' }

/** The records that make one numerator or denominator: their count (or the sum of their amounts) is the figure. */
export function RecordsDrawer({ target, pick, onClose }: { target: DrillTarget | null; pick: PeriodPick; onClose: () => void }) {
  const [page, setPage] = useState(1)
  const load = useCallback(() => (target ? fetchRecords(target.def.id, pick, target.part, page) : Promise.resolve(undefined)), [target, pick, page])
  const records = useLoad(load)
  const d = records.data
  const summed = d ? d.items.some((r) => r.value !== 1) || target?.def.unit === '元' : false
  const columns: ColumnsType<Row> = [
    { title: '记录', dataIndex: 'title', render: (title: string, r) => <Link to={r.link}>{title || '（未命名）'}</Link> },
    { title: '说明', dataIndex: 'detail' },
    { title: '日期', dataIndex: 'date', width: 110, render: (v: string | null) => v ?? '—' },
    ...(summed ? [{ title: '数额', dataIndex: 'value', align: 'right' as const, width: 110, render: (v: number) => formatNumber(v) }] : []),
  ]
  return (
    <Drawer open={!!target} onClose={() => { setPage(1); onClose() }} width={760} destroyOnHidden
      extra={target && d?.items.length ? <ExportButton size="small" href={recordsExportUrl(target.def.id, pick, target.part)} /> : null}
      title={target ? `${target.def.name} · ${target.part === 'numerator' ? '分子' : '分母'}：${d?.label ?? ''}` : ''}>
      <LoadError error={records.error} />
      {d && (
        <Typography.Paragraph data-testid="drill-summary">
          {summed ? `合计 ${formatNumber(d.figure)}（${d.total} 条记录）` : `共 ${formatNumber(d.total)} 条记录，即该数 ${formatNumber(d.figure)}`}
        </Typography.Paragraph>
      )}
      {d?.note && <Alert type="info" showIcon message={d.note} style={{ marginBottom: 12 }} />}
      {(!d?.note || d.items.length > 0) && (
        <Table<Row> rowKey="id" size="small" columns={columns} dataSource={d?.items} loading={records.loading}
          pagination={{ current: page, pageSize: 20, total: d?.total ?? 0, showSizeChanger: false, onChange: setPage }} />
      )}
    </Drawer>
  )
}
