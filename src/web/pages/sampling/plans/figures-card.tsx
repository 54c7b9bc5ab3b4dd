import { Card, DatePicker, Space, Table, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import dayjs from 'dayjs'
import { useCallback, useState } from 'react'
import { ExportButton } from '../../../lib/export-button'
import { formatNumber } from '../../../lib/format'
import { LoadError } from '../../../lib/load-error'
import { useLoad } from '../../../lib/use-load'
import { RegionSelect } from '../../entities/region-select'
import { fetchFigures, figuresExportUrl, type Figure, type FigureRow } from './api'

const valueText = (f: Figure) => (f.value === null ? '—' : f.unit === '%' ? `${f.value.toFixed(2)}%` : f.unit === '批次' ? formatNumber(f.value) : `${f.value.toFixed(2)} ${f.unit}`)

const figureColumns: ColumnsType<Figure> = [
  { title: '指标', dataIndex: 'label', render: (label: string, f) => (f.note ? <Tooltip title={f.note}><span style={{ borderBottom: '1px dashed #bbb' }}>{label}</span></Tooltip> : label) },
  { title: '数值', key: 'value', width: 150, align: 'right', render: (_, f) => <Typography.Text strong>{valueText(f)}</Typography.Text> },
  { title: '目标', dataIndex: 'target', width: 120, render: (t: string | null) => (t ? <Tag>{t}</Tag> : '') },
  {
    title: '分子 / 分母', key: 'parts',
    render: (_, f) => (
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {f.numeratorLabel} {formatNumber(f.numerator)}{f.denominator !== null && <> ÷ {f.denominatorLabel} {formatNumber(f.denominator)}</>}
      </Typography.Text>
    ),
  },
]

const pct = (v: number | null) => (v === null ? '—' : `${v.toFixed(2)}%`)
const rowColumns: ColumnsType<FigureRow> = [
  { title: '区域', dataIndex: 'name', fixed: 'left', width: 130 },
  { title: '人口', dataIndex: 'population', align: 'right', render: formatNumber },
  { title: '抽检批次', dataIndex: 'batches', align: 'right' },
  { title: '批次/千人', dataIndex: 'batchesPerThousand', align: 'right', render: (v: number | null) => (v === null ? '—' : v.toFixed(2)) },
  { title: '市场监管', dataIndex: 'marketBatches', align: 'right' },
  { title: '农残兽残', dataIndex: 'residueSamples', align: 'right' },
  { title: '种养殖环节', dataIndex: 'plantingBatches', align: 'right' },
  { title: '合格率', dataIndex: 'passRate', align: 'right', render: pct },
  { title: '不合格', dataIndex: 'failed', align: 'right', render: (n: number) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : 0) },
  { title: '快检', dataIndex: 'rapidTests', align: 'right' },
  { title: '快检阳性', dataIndex: 'rapidPositives', align: 'right' },
  { title: '瘦肉精', dataIndex: 'leanMeatTests', align: 'right' },
]

/** 抽检与快检指标 of a region subtree and period, each with the numbers it is made of, and the regions one level down. */
export function FiguresCard() {
  const [region, setRegion] = useState<string | undefined>()
  const [range, setRange] = useState<[string, string]>([dayjs().startOf('year').format('YYYY-MM-DD'), dayjs().format('YYYY-MM-DD')])
  const query = { region, from: range[0], to: range[1] }
  const figures = useLoad(useCallback(() => fetchFigures({ region, from: range[0], to: range[1] }), [region, range]))
  const d = figures.data
  return (
    <Card title="抽检与快检指标" data-testid="sampling-figures"
      extra={(
        <Space wrap>
          <RegionSelect aria-label="区域" pick="above-village" allowClear placeholder="本辖区" style={{ width: 180 }} value={region} onChange={setRegion} />
          <DatePicker.RangePicker aria-label="统计期间" allowClear={false} value={[dayjs(range[0]), dayjs(range[1])]}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')])} />
          <ExportButton label="导出指标" href={figuresExportUrl('figures', query)} />
          <ExportButton label="导出分区域" href={figuresExportUrl('regions', query)} />
        </Space>
      )}>
      <LoadError error={figures.error} />
      {d && <Typography.Paragraph type="secondary">{d.regionName}，人口 {formatNumber(d.population)} 人，{d.from} 至 {d.to}</Typography.Paragraph>}
      <Table<Figure> rowKey="key" size="small" pagination={false} columns={figureColumns} dataSource={d?.figures} loading={figures.loading} />
      {d && d.rapidByItem.length > 0 && (
        <Space wrap style={{ margin: '12px 0' }}>
          <Typography.Text>快检按项目：</Typography.Text>
          {d.rapidByItem.map((i) => <Tag key={i.item} color={i.positives ? 'orange' : undefined}>{i.label} {formatNumber(i.count)}{i.positives ? `（阳性 ${i.positives}）` : ''}</Tag>)}
        </Space>
      )}
      {d && d.rows.length > 0 && (
        <Table<FigureRow> rowKey="regionCode" size="small" pagination={false} columns={rowColumns} dataSource={d.rows} scroll={{ x: 1100 }} style={{ marginTop: 12 }} />
      )}
      {d && <ul style={{ margin: '12px 0 0', paddingLeft: 20, color: 'rgba(0,0,0,0.45)', fontSize: 13 }}>{d.notes.map((n) => <li key={n}>{n}</li>)}</ul>}
    </Card>
  )
}
