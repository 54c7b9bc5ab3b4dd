import { Modal, Segmented, Space, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useCallback, useState } from 'react'
import { formatNumber } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { ExportButton } from '../../lib/export-button'
import { breakdownExportUrl, fetchBreakdown, type BreakdownBy, type BreakdownDto, type IndicatorDefinitionDto, type PeriodPick } from './api'
import { figureText } from './format'

type Row = BreakdownDto[number]

const BY_LABEL: Record<BreakdownBy, string> = { month: '月份', region: '区域', unit: '单位' }

/**
 * One indicator by month of the period, by the regions one level down, or by the member unit that made its
 * records (offered only where every record names one), with a bar for each.
 */
export function BreakdownModal({ def, pick, onClose }: { def: IndicatorDefinitionDto | null; pick: PeriodPick; onClose: () => void }) {
  const [chosen, setBy] = useState<BreakdownBy>('month')
  const by = chosen === 'unit' && !def?.splitsByUnit ? 'month' : chosen
  const load = useCallback(() => (def ? fetchBreakdown(def.id, pick, by) : Promise.resolve(undefined)), [def, pick, by])
  const rows = useLoad(load)
  const max = Math.max(1, ...(rows.data ?? []).map((r) => r.value ?? 0))
  const columns: ColumnsType<Row> = [
    { title: BY_LABEL[by], dataIndex: 'label', width: 160 },
    { title: '数值', dataIndex: 'value', align: 'right', width: 140, render: (v: number | null) => figureText(v, def?.unit ?? '') },
    {
      title: '', key: 'bar',
      render: (_, r) => <div style={{ background: '#1677ff', height: 10, borderRadius: 2, width: `${((r.value ?? 0) / max) * 100}%` }} />,
    },
    ...(def?.denominatorLabel ? [{ title: '分子 / 分母', key: 'parts', render: (_: unknown, r: Row) => `${formatNumber(r.numerator)} / ${r.denominator === null ? '—' : formatNumber(r.denominator)}` }] : []),
  ]
  return (
    <Modal open={!!def} onCancel={onClose} footer={null} width={760} destroyOnHidden title={def ? `${def.name}（${def.unit}）` : ''}>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Segmented<BreakdownBy> value={by} onChange={setBy} options={[
          { label: '按月', value: 'month' }, { label: '按下级区域', value: 'region' }, ...(def?.splitsByUnit ? [{ label: '按单位', value: 'unit' as const }] : []),
        ]} />
        {def && <ExportButton size="small" href={breakdownExportUrl(def.id, pick, by)} />}
      </Space>
      {def && by === 'month' && def.periodBasis.includes('现状') && (
        <Typography.Paragraph type="secondary">该指标读取现状（登记簿不保留历史），各月显示同一数值；关闭期间时冻结。</Typography.Paragraph>
      )}
      <LoadError error={rows.error} />
      <Table<Row> rowKey="key" size="small" pagination={false} columns={columns} dataSource={rows.data} loading={rows.loading} />
    </Modal>
  )
}
