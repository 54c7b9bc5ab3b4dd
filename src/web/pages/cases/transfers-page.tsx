import { Alert, App, Button, Card, DatePicker, Form, InputNumber, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useCallback, useState } from 'react'
import { Link } from 'react-router-dom'
import { TRANSFER_STATUS, type TransferDto } from '../../../shared/cases'
import { useMe } from '../../auth/auth-context'
import { ExportButton } from '../../lib/export-button'
import { errorMessage } from '../../lib/form-errors'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { RegionSelect } from '../entities/region-select'
import { fetchTransfers, progressTransfer, transfersExportUrl, updateCounts } from './api'
import { options, TransferTag } from './labels'

const NEXT: Record<string, string[]> = { transferred: ['accepted', 'returned'], accepted: ['filed', 'declined', 'returned'] }
const RESULT_LABELS: Record<string, string> = { accepted: '受理', filed: '刑事立案', declined: '不予立案', returned: '退回' }
type Editing = { transfer: TransferDto; kind: 'progress' | 'counts' } | null

function EditModal({ editing, onClose, onDone }: { editing: Editing; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm()
  const [error, setError] = useState<string>()
  if (!editing) return null
  const t = editing.transfer
  async function submit(v: Record<string, unknown>) {
    try {
      if (editing!.kind === 'progress') await progressTransfer(t.id, { status: String(v.status), on: (v.on as Dayjs).format('YYYY-MM-DD') })
      else await updateCounts(t.id, { detainedCount: Number(v.detainedCount), arrestedCount: Number(v.arrestedCount), bailedCount: Number(v.bailedCount), prosecutedCount: Number(v.prosecutedCount), sentencedCount: Number(v.sentencedCount), note: (v.note as string) || null })
      onDone()
    } catch (e) { setError(errorMessage(e)) }
  }
  const count = (name: string, label: string) => <Form.Item name={name} label={label} rules={[{ required: true }]}><InputNumber min={0} precision={0} /></Form.Item>
  return (
    <Modal title={editing.kind === 'progress' ? `记录公安机关办理结果：${t.partyName}` : `涉案人数：${t.partyName}`} open onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="transfer-error" />}
      <Form form={form} layout="vertical" onFinish={submit}
        initialValues={editing.kind === 'progress' ? { status: NEXT[t.status]?.[0], on: dayjs() } : { detainedCount: t.detainedCount, arrestedCount: t.arrestedCount, bailedCount: t.bailedCount, prosecutedCount: t.prosecutedCount, sentencedCount: t.sentencedCount, note: t.note }}>
        {editing.kind === 'progress' ? <>
          <Form.Item name="status" label="办理结果" rules={[{ required: true }]}><Select options={(NEXT[t.status] ?? []).map((s) => ({ value: s, label: RESULT_LABELS[s] }))} aria-label="办理结果" /></Form.Item>
          <Form.Item name="on" label="日期" rules={[{ required: true }]}><DatePicker /></Form.Item>
        </> : <>
          <Space wrap>{count('detainedCount', '刑事拘留人数')}{count('arrestedCount', '逮捕人数')}{count('bailedCount', '取保候审人数')}{count('prosecutedCount', '起诉人数')}{count('sentencedCount', '判决人数')}</Space>
          <Typography.Paragraph type="secondary">判决人数不能多于起诉人数。</Typography.Paragraph>
          <Form.Item name="note" label="备注"><Input.TextArea maxLength={500} rows={2} /></Form.Item>
        </>}
      </Form>
    </Modal>
  )
}

/** 行刑衔接台账: every transfer, the police's 10-day decision limit, and the people the criminal cases reached. */
export function TransfersPage() {
  const me = useMe()
  const { message } = App.useApp()
  const canManage = me.permissions.includes('cases.manage')
  const [filters, setFilters] = useState<{ region?: string; status?: string }>({})
  const [page, setPage] = useState(1)
  const [editing, setEditing] = useState<Editing>(null)
  const { data, error, loading, reload } = useLoad(useCallback(() => fetchTransfers({ ...filters, page, pageSize: 20 }), [filters, page]))

  return (
    <Card title="行刑衔接" extra={<ExportButton href={transfersExportUrl(filters)} />}>
      <Typography.Paragraph type="secondary">
        涉嫌犯罪的案件移送公安机关；公安机关一般应在 10 日内决定是否立案（食药监稽〔2015〕271号），超期标红。刑事立案后填写刑拘、逮捕、起诉、判决人数，计入自查报告。
      </Typography.Paragraph>
      <LoadError error={error} />
      <Space wrap style={{ marginBottom: 16 }}>
        <RegionSelect allowClear placeholder="全部区域" style={{ width: 200 }} value={filters.region} onChange={(region) => { setFilters((f) => ({ ...f, region })); setPage(1) }} aria-label="区域" />
        <Select allowClear placeholder="全部状态" style={{ width: 150 }} options={options(TRANSFER_STATUS)} value={filters.status} onChange={(status) => { setFilters((f) => ({ ...f, status })); setPage(1) }} aria-label="状态" />
      </Space>
      <Table<TransferDto> rowKey="id" loading={loading} dataSource={data?.items} size="middle" scroll={{ x: 1000 }}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage, showTotal: (n) => `共 ${n} 件` }}
        columns={[
          { title: '案件', key: 'case', render: (_, t) => <Link to={`/cases/${t.caseId}`}>{t.caseNumber ?? '—'}<br />{t.partyName}</Link> },
          { title: '公安机关', dataIndex: 'policeUnit' },
          { title: '移送日期', dataIndex: 'transferredOn', width: 110 },
          { title: '立案期限', dataIndex: 'decisionDueOn', width: 140, render: (v, t) => <>{v}{t.overdue && <Tag color="red" style={{ marginLeft: 4 }}>超期</Tag>}</> },
          { title: '状态', dataIndex: 'status', width: 110, render: (v) => <TransferTag status={v} /> },
          { title: '刑拘 / 逮捕 / 起诉 / 判决', key: 'n', width: 180, render: (_, t) => `${t.detainedCount} / ${t.arrestedCount} / ${t.prosecutedCount} / ${t.sentencedCount}` },
          ...(canManage ? [{ title: '操作', key: 'op', width: 180, render: (_: unknown, t: TransferDto) => (
            <Space>
              {NEXT[t.status] && <Button size="small" onClick={() => setEditing({ transfer: t, kind: 'progress' })}>办理结果</Button>}
              {t.status === 'filed' && <Button size="small" onClick={() => setEditing({ transfer: t, kind: 'counts' })}>涉案人数</Button>}
            </Space>
          ) }] : []),
        ]} />
      <EditModal editing={editing} onClose={() => setEditing(null)} onDone={() => { setEditing(null); reload(); message.success('已保存') }} />
    </Card>
  )
}
