import { BarChartOutlined, FileWordOutlined } from '@ant-design/icons'
import { Button, Card, Space, Table, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import dayjs from 'dayjs'
import { useCallback, useMemo, useState } from 'react'
import { useMe } from '../../auth/auth-context'
import { formatNumber } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { RegionSelect } from '../entities/region-select'
import { ExportButton } from '../../lib/export-button'
import { DownloadButton } from '../../lib/download-button'
import { fetchCatalogue, fetchIndicators, indicatorsExportUrl, selfInspectionReportUrl, type IndicatorDefinitionDto, type PeriodPick } from './api'
import { BreakdownModal } from './breakdown-modal'
import { figureText } from './format'
import { PeriodPicker } from './period-picker'
import { LateChangesModal, PeriodCloseBar } from './period-close'
import { RecordsDrawer, type DrillTarget } from './records-drawer'

interface Row { def: IndicatorDefinitionDto; value: number | null; numerator: number | null; denominator: number | null; frozen?: { value: number | null } | null }

/**
 * 指标: every indicator of the catalogue for a region subtree and period, each with the numbers it is made
 * of; a click on a number lists its records, a click on the chart icon splits it by month or region.
 */
export function IndicatorsPage() {
  const [pick, setPick] = useState<PeriodPick>({ period: String(dayjs().year()) })
  const [drill, setDrill] = useState<DrillTarget | null>(null)
  const [breakdown, setBreakdown] = useState<IndicatorDefinitionDto | null>(null)
  const [late, setLate] = useState<IndicatorDefinitionDto | null>(null)
  const canManage = useMe().permissions.includes('indicators.manage')
  const catalogue = useLoad(useCallback(() => fetchCatalogue(), []))
  const figures = useLoad(useCallback(() => fetchIndicators(pick), [pick]))

  const rows = useMemo(() => {
    const byId = new Map((figures.data?.values ?? []).map((v) => [v.id, v]))
    return (catalogue.data ?? []).map((def): Row => ({ def, value: null, numerator: null, denominator: null, ...byId.get(def.id) }))
  }, [catalogue.data, figures.data])
  const live = rows.filter((r) => r.def.source === 'live')
  const groups = [...new Set(live.map((r) => r.def.group))]
  const unsourced = rows.filter((r) => r.def.source === 'none')

  const number = (r: Row, part: 'numerator' | 'denominator') => {
    const n = r[part]
    if (n === null) return '—'
    return (
      <Typography.Link data-testid={`${r.def.id}-${part}`} onClick={() => setDrill({ def: r.def, part })}>{formatNumber(n)}</Typography.Link>
    )
  }
  const columns: ColumnsType<Row> = [
    {
      title: '指标', key: 'name', width: 260,
      render: (_, r) => <Tooltip title={r.def.definition}><span style={{ borderBottom: '1px dashed #bbb' }}>{r.def.name}</span></Tooltip>,
    },
    {
      title: '数值', key: 'value', width: 150, align: 'right',
      render: (_, r) => {
        const live = <Typography.Text strong data-testid={`${r.def.id}-value`}>{figureText(r.value, r.def.unit)}</Typography.Text>
        if (!r.frozen || r.frozen.value === r.value) return live
        // A closed period whose records changed afterwards: the reported (frozen) figure first, the correction beside it.
        return (
          <Space direction="vertical" size={0} style={{ alignItems: 'flex-end' }}>
            <Typography.Text strong data-testid={`${r.def.id}-frozen`}>{figureText(r.frozen.value, r.def.unit)}</Typography.Text>
            <Typography.Link style={{ fontSize: 12 }} onClick={() => setLate(r.def)}>更正后 {figureText(r.value, r.def.unit)}</Typography.Link>
          </Space>
        )
      },
    },
    {
      title: '分子 / 分母', key: 'parts',
      render: (_, r) => (
        <Space size={4} wrap>
          <Typography.Text type="secondary">{r.def.numeratorLabel}</Typography.Text>{number(r, 'numerator')}
          {r.def.denominatorLabel && <><Typography.Text type="secondary">÷ {r.def.denominatorLabel}</Typography.Text>{number(r, 'denominator')}</>}
        </Space>
      ),
    },
    { title: '参考目标', key: 'target', width: 150, render: (_, r) => (r.def.typicalTarget ? <Tag>{r.def.typicalTarget}</Tag> : null) },
    { title: '数据来源', key: 'module', width: 150, render: (_, r) => <Tooltip title={r.def.periodBasis}>{r.def.module}</Tooltip> },
    {
      title: '', key: 'chart', width: 48,
      render: (_, r) => <Button type="text" size="small" aria-label={`${r.def.name}分列`} icon={<BarChartOutlined />} onClick={() => setBreakdown(r.def)} />,
    },
  ]

  const d = figures.data
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title="指标" extra={(
        <Space wrap>
          <RegionSelect aria-label="区域" pick="above-village" allowClear placeholder="本辖区" style={{ width: 180 }}
            value={pick.region} onChange={(region) => setPick((p) => ({ ...p, region }))} />
          <PeriodPicker value={pick.period} onChange={(period) => setPick((p) => ({ ...p, period }))} />
          <ExportButton href={indicatorsExportUrl(pick)} />
          <DownloadButton icon={<FileWordOutlined />} href={selfInspectionReportUrl({ region: pick.region, year: Number(pick.period.slice(0, 4)) })}
            fileName="自查报告.docx" label={`${pick.period.slice(0, 4)}年自查报告`} />
        </Space>
      )}>
        <LoadError error={figures.error ?? catalogue.error} />
        {d && (
          <Typography.Paragraph type="secondary">
            {d.regionName}（含下级），人口 {formatNumber(d.population)} 人，{d.period.label}（{d.period.from} 至 {d.period.to}）。
            每个数字都由记录算出：点分子或分母可查看所含记录，条数（或金额之和）即该数。
          </Typography.Paragraph>
        )}
        <PeriodCloseBar data={d} pick={pick} canManage={canManage} onChanged={figures.reload} />
        {groups.map((g) => (
          <section key={g} style={{ marginBottom: 16 }}>
            <Typography.Title level={5}>{g}</Typography.Title>
            <Table<Row> rowKey={(r) => r.def.id} size="small" pagination={false} columns={columns} loading={figures.loading}
              dataSource={live.filter((r) => r.def.group === g)} />
          </section>
        ))}
      </Card>
      {unsourced.length > 0 && (
        <Card title="暂无数据来源的指标" size="small">
          <Table<Row> rowKey={(r) => r.def.id} size="small" pagination={false} dataSource={unsourced} columns={[
            { title: '指标', key: 'name', width: 260, render: (_, r) => r.def.name },
            { title: '参考目标', key: 'target', width: 160, render: (_, r) => r.def.typicalTarget },
            { title: '原因', key: 'reason', render: (_, r) => <Typography.Text type="secondary">{r.def.noSourceReason}</Typography.Text> },
          ]} />
        </Card>
      )}
      <RecordsDrawer target={drill} pick={pick} onClose={() => setDrill(null)} />
      <BreakdownModal def={breakdown} pick={pick} onClose={() => setBreakdown(null)} />
      <LateChangesModal def={late} pick={pick} onClose={() => setLate(null)} />
    </Space>
  )
}
