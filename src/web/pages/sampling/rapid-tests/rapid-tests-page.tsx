import { PlusOutlined, UploadOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, DatePicker, Select, Space, Switch, Table, Tag, Typography, Upload } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import dayjs from 'dayjs'
import { useCallback, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { RAPID_RESULTS } from '../../../../shared/rapid-tests'
import { RAPID_TEST_ITEMS, RAPID_TEST_PLACES } from '../../../../shared/sampling-catalogue'
import { ApiError } from '../../../api/client'
import { useAuth } from '../../../auth/auth-context'
import { DownloadButton } from '../../../lib/download-button'
import { ExportButton } from '../../../lib/export-button'
import { errorMessage } from '../../../lib/form-errors'
import { formatNumber } from '../../../lib/format'
import { LoadError } from '../../../lib/load-error'
import { useLoad } from '../../../lib/use-load'
import { RegionSelect } from '../../entities/region-select'
import { fetchRapidTests, importRapidTests, rapidTestsExportUrl, TEMPLATE_URL, type RapidTestDto, type RapidTestListQuery } from './api'

const options = (o: Record<string, string | { label: string }>) => Object.entries(o).map(([value, v]) => ({ value, label: typeof v === 'string' ? v : v.label }))

const columns: ColumnsType<RapidTestDto> = [
  { title: '检测日期', dataIndex: 'testedOn', width: 104 },
  { title: '地点', key: 'place', render: (_, r) => <span>{r.placeName}<br /><Typography.Text type="secondary">{RAPID_TEST_PLACES[r.placeKind as keyof typeof RAPID_TEST_PLACES] ?? r.placeKind} · {r.regionName}</Typography.Text></span> },
  { title: '检测项目', dataIndex: 'itemLabel' },
  { title: '样品', dataIndex: 'sampleName', width: 90 },
  { title: '读数', key: 'reading', width: 80, align: 'right', render: (_, r) => (r.reading === null ? '—' : `${r.reading}${r.readingUnit ?? ''}`) },
  {
    title: '结果', key: 'result', width: 150,
    render: (_, r) => (
      <Space size={4} wrap>
        <Tag color={r.result === 'positive' ? 'red' : 'green'}>{RAPID_RESULTS[r.result as keyof typeof RAPID_RESULTS]}</Tag>
        {r.pendingConfirm && <Tag color="orange">待送检</Tag>}
        {r.confirmSampleNumber && <Tag color="blue">已送检 {r.confirmSampleNumber}</Tag>}
      </Space>
    ),
  },
  { title: '检测人员', dataIndex: 'operatorName', width: 90 },
]

/** 快检: records with filters, counts by item, 待送检 positives; entry (phone form) and Excel import. */
export function RapidTestsPage() {
  const { me } = useAuth()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const canRecord = Boolean(me?.permissions.includes('sampling.record'))
  const [query, setQuery] = useState<RapidTestListQuery>({ page: 1, pageSize: 20, from: dayjs().startOf('year').format('YYYY-MM-DD'), to: dayjs().format('YYYY-MM-DD') })
  const [importError, setImportError] = useState<{ message: string; rows: { row: number; column: string; message: string }[] } | null>(null)
  const list = useLoad(useCallback(() => fetchRapidTests(query), [query]))
  const set = (patch: Partial<RapidTestListQuery>) => setQuery((q) => ({ ...q, ...patch, page: 1 }))
  const d = list.data

  async function upload(file: File) {
    setImportError(null)
    try {
      const r = await importRapidTests(file)
      message.success(`已导入 ${r.imported} 条${r.skipped ? `，${r.skipped} 条与已有记录相同已跳过` : ''}`)
      list.reload()
    } catch (e) {
      const rows = e instanceof ApiError && Array.isArray(e.details) ? e.details as { row: number; column: string; message: string }[] : []
      setImportError({ message: errorMessage(e), rows })
    }
    return false
  }

  return (
    <Card title="快检" extra={(
      <Space wrap>
        <ExportButton href={rapidTestsExportUrl(query)} />
        {canRecord && (<>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/sampling/rapid-tests/new')}>录入快检</Button>
          <Upload accept=".xlsx" showUploadList={false} beforeUpload={(f) => { void upload(f); return false }}><Button icon={<UploadOutlined />}>Excel 导入</Button></Upload>
          <DownloadButton href={TEMPLATE_URL} fileName="快检导入模板.xlsx" label="导入模板" />
        </>)}
      </Space>
    )}>
      {importError && (
        <Alert type="error" showIcon closable onClose={() => setImportError(null)} message={importError.message} style={{ marginBottom: 16 }}
          description={importError.rows.length > 0 && <ul style={{ margin: 0, paddingLeft: 20 }}>{importError.rows.slice(0, 20).map((p) => <li key={`${p.row}-${p.column}`}>第 {p.row} 行「{p.column}」：{p.message}</li>)}</ul>} />
      )}
      <LoadError error={list.error} />
      <Space wrap style={{ marginBottom: 12 }}>
        <RegionSelect aria-label="区域" allowClear placeholder="全部区域" style={{ width: 180 }} value={query.region} onChange={(region) => set({ region })} />
        <DatePicker.RangePicker aria-label="检测日期" value={[query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null]}
          onChange={(v) => set({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })} />
        <Select aria-label="检测项目" allowClear placeholder="全部项目" style={{ width: 220 }} options={options(RAPID_TEST_ITEMS)} value={query.item} onChange={(item) => set({ item })} />
        <Select aria-label="检测结果" allowClear placeholder="全部结果" style={{ width: 110 }} options={options(RAPID_RESULTS)} value={query.result} onChange={(result) => set({ result })} />
        <Select aria-label="地点类型" allowClear placeholder="全部地点" style={{ width: 130 }} options={options(RAPID_TEST_PLACES)} value={query.placeKind} onChange={(placeKind) => set({ placeKind })} />
        <Space><Switch aria-label="只看待送检" checked={Boolean(query.pending)} onChange={(pending) => set({ pending: pending || undefined })} /><span>只看待送检（{d?.pendingConfirm ?? 0}）</span></Space>
      </Space>
      {d && (
        <Space wrap style={{ marginBottom: 12 }} data-testid="rapid-by-item">
          {d.byItem.map((i) => (
            <Tag key={i.item} color={query.item === i.item ? 'blue' : i.positives ? 'orange' : undefined} style={{ cursor: 'pointer', padding: '2px 8px' }}
              onClick={() => set({ item: query.item === i.item ? undefined : i.item })}>
              {i.label}：{formatNumber(i.count)} 批次{i.positives ? `，阳性 ${i.positives}` : ''}
            </Tag>
          ))}
        </Space>
      )}
      <Table<RapidTestDto> rowKey="id" size="middle" columns={columns} dataSource={d?.items} loading={list.loading} scroll={{ x: 900 }}
        locale={{ emptyText: '没有符合条件的快检记录' }}
        pagination={{
          current: query.page, pageSize: query.pageSize, total: d?.total ?? 0, showSizeChanger: true, showTotal: (n) => `共 ${formatNumber(n)} 条`,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page: pageSize === q.pageSize ? page : 1, pageSize })),
        }} />
    </Card>
  )
}
