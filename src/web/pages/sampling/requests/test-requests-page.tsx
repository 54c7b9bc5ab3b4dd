import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd'
import { useCallback, useState } from 'react'
import { TEST_REQUEST_STATUSES, type TestRequestStatus } from '../../../../shared/test-requests'
import { useMe } from '../../../auth/auth-context'
import { ExportButton } from '../../../lib/export-button'
import { formatMinute } from '../../../lib/format'
import { errorMessage } from '../../../lib/form-errors'
import { LoadError } from '../../../lib/load-error'
import { useLoad } from '../../../lib/use-load'
import { fetchPlans, fetchRequests, pickRequest, rejectRequest, requestsExportUrl, type TestRequestDto } from './api'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function StatusTag({ status }: { status: string }) {
  const s = TEST_REQUEST_STATUSES[status as TestRequestStatus]
  return <Tag color={s?.color}>{s?.label ?? status}</Tag>
}

/**
 * The plan to pick into: the county's plans from GET /api/sampling-plans; when that list cannot be had
 * (no plans module yet, or it fails), the plan's number can be typed instead.
 */
/** Published plans first; drafts stay visible but disabled, since the public is promised a published plan (the server refuses a draft too). */
const planOptions = (plans: { id: string; name: string; status: string }[]) =>
  [...plans].sort((a, b) => Number(b.status === 'published') - Number(a.status === 'published')).map((p) => {
    const draft = p.status !== 'published'
    return { value: p.id, label: draft ? `${p.name}（草稿，发布后可选）` : p.name, disabled: draft }
  })

function PlanField({ id, value, onChange }: { id?: string; value?: string; onChange?: (v: string) => void }) {
  const { data, error, loading } = useLoad(useCallback(fetchPlans, []))
  if (error) {
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">暂时无法读取抽检计划列表（{errorMessage(error)}），请填写计划编号。</Typography.Text>
        <Input id={id} value={value} onChange={(e) => onChange?.(e.target.value.trim())} placeholder="计划编号（UUID）" />
      </Space>
    )
  }
  return (
    <Select id={id} loading={loading} value={value} onChange={onChange} placeholder="选择本县抽检计划" showSearch optionFilterProp="label"
      notFoundContent="本县还没有抽检计划，请先在“抽检计划”中制定"
      options={planOptions(data?.items ?? [])} />
  )
}

type Decision = { kind: 'pick' | 'reject'; request: TestRequestDto }

function DecisionModal({ decision, onClose, onDone }: { decision: Decision | null; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<{ planId?: string; note?: string }>()
  const [error, setError] = useState<string>()
  if (!decision) return null
  const { kind, request } = decision
  const submit = (v: { planId?: string; note?: string }) => {
    const done = kind === 'pick' ? pickRequest(request.id, { planId: v.planId!, note: v.note?.trim() || null }) : rejectRequest(request.id, { note: v.note ?? '' })
    return done.then(onDone, (e) => setError(errorMessage(e)))
  }
  return (
    <Modal title={kind === 'pick' ? `列入抽检计划：${request.food}` : `不采纳：${request.food}`} open onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <Typography.Paragraph type="secondary">{request.place}（{request.regionName}），{request.votes} 票</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ planId: request.planId ?? undefined }}>
        {kind === 'pick' && (
          <Form.Item name="planId" label="抽检计划" rules={[{ required: true, message: '请选择抽检计划' }, { pattern: UUID, message: '计划编号格式不正确' }]}>
            <PlanField />
          </Form.Item>
        )}
        <Form.Item name="note" label={kind === 'pick' ? '采纳说明（公开页不显示）' : '不采纳理由'}
          rules={kind === 'reject' ? [{ required: true, whitespace: true, message: '请填写不采纳理由' }] : []}>
          <Input.TextArea maxLength={300} rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  )
}

/** 你点我检 triage: proposals with votes and the proposer's contact (office only); pick into a plan or decline. */
export function TestRequestsPage() {
  const me = useMe()
  const { message } = App.useApp()
  const canManage = me.permissions.includes('sampling.manage')
  const [filters, setFilters] = useState<{ status?: string; q?: string }>({})
  const [page, setPage] = useState(1)
  const [decision, setDecision] = useState<Decision | null>(null)
  const { data, error, loading, reload } = useLoad(useCallback(() => fetchRequests({ ...filters, page, pageSize: 20 }), [filters, page]))
  const done = () => { setDecision(null); reload(); message.success('已保存') }

  return (
    <Card title="你点我检" extra={(
      <Space wrap><ExportButton href={requestsExportUrl(filters)} /><a href="/public/test-requests" target="_blank" rel="noreferrer">查看公开页面</a></Space>
    )}>
      <Typography.Paragraph type="secondary">
        公众在公开页面提出想检测的食品和地点并投票（无需登录，同一网络每天最多 3 条建议、每条每天 1 票）。采纳的建议列入本县抽检计划；
        按建议抽样时在抽样单上选择该建议，检验报告录入后自动显示为“已检测”，样品结果公布后在公开页面展示。建议人的联系方式仅本页可见。
      </Typography.Paragraph>
      <LoadError error={error} />
      <Space wrap style={{ marginBottom: 16 }}>
        <Select allowClear placeholder="全部状态" style={{ width: 150 }} aria-label="状态" value={filters.status}
          options={Object.entries(TEST_REQUEST_STATUSES).map(([value, s]) => ({ value, label: s.label }))}
          onChange={(status) => { setFilters((f) => ({ ...f, status })); setPage(1) }} />
        <Input.Search allowClear placeholder="食品、地点、建议人或手机号" style={{ width: 260 }} aria-label="关键词"
          onSearch={(q) => { setFilters((f) => ({ ...f, q: q || undefined })); setPage(1) }} />
      </Space>
      <Table<TestRequestDto> rowKey="id" loading={loading} dataSource={data?.items} size="middle" scroll={{ x: 1420 }}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage, showTotal: (n) => `共 ${n} 条` }}
        columns={[
          { title: '食品', dataIndex: 'food', width: 140 },
          { title: '状态', dataIndex: 'status', width: 100, render: (v) => <StatusTag status={v} /> },
          { title: '票数', dataIndex: 'votes', width: 60, align: 'right' },
          { title: '地点', key: 'place', width: 200, render: (_, r) => <>{r.place}<br /><Typography.Text type="secondary">{r.regionName}</Typography.Text></> },
          { title: '建议人', key: 'proposer', width: 150, render: (_, r) => (r.proposerName || r.proposerPhone ? <>{r.proposerName ?? '—'}<br />{r.proposerPhone ?? ''}</> : '匿名') },
          { title: '计划 / 说明', key: 'decision', width: 240, render: (_, r) => (
            <>
              {r.planName && <div>{r.planName}</div>}
              {r.decisionNote && <Typography.Text type="secondary">{r.decisionNote}</Typography.Text>}
              {r.samples.map((s) => <div key={s.id}><Tag>{s.sampleNumber}</Tag>{s.verdict ? (s.verdict === 'pass' ? '合格' : '不合格') : '检验中'}{s.published ? '（已公布）' : ''}</div>)}
            </>
          ) },
          { title: '理由', dataIndex: 'reason', width: 200, render: (v) => v ?? '—' },
          { title: '提出时间', dataIndex: 'createdAt', width: 140, render: (v) => formatMinute(v) },
          ...(canManage ? [{ title: '操作', key: 'op', width: 170, fixed: 'right' as const, render: (_: unknown, r: TestRequestDto) => r.status !== 'tested' && (
            <Space>
              <Button size="small" type="primary" onClick={() => setDecision({ kind: 'pick', request: r })}>{r.status === 'picked' ? '改列计划' : '列入计划'}</Button>
              {r.status !== 'rejected' && !r.samples.length && <Button size="small" onClick={() => setDecision({ kind: 'reject', request: r })}>不采纳</Button>}
            </Space>
          ) }] : []),
        ]} />
      <DecisionModal decision={decision} onClose={() => setDecision(null)} onDone={done} />
    </Card>
  )
}
