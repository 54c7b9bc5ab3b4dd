import { Alert, App, Button, Card, DatePicker, Form, Input, Modal, Popconfirm, Radio, Select, Space, Table, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useCallback, useState } from 'react'
import { Link } from 'react-router-dom'
import type { SeriousViolationDto } from '../../../shared/cases'
import { useMe } from '../../auth/auth-context'
import { ExportButton } from '../../lib/export-button'
import { errorMessage } from '../../lib/form-errors'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { RegionSelect } from '../entities/region-select'
import { fetchListings, listingsExportUrl, publishListing, removeListing, today } from './api'
import { LISTING_STATES, ListingTag, removalLabel } from './labels'

function RemoveModal({ listing, onClose, onDone }: { listing: SeriousViolationDto | null; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<{ on: Dayjs; reason: string; note: string }>()
  const [error, setError] = useState<string>()
  if (!listing) return null
  const submit = (v: { on: Dayjs; reason: string; note: string }) =>
    removeListing(listing.id, { removedOn: v.on.format('YYYY-MM-DD'), reason: v.reason, note: v.note }).then(onDone, (e) => setError(errorMessage(e)))
  return (
    <Modal title={`提前移出：${listing.entityName}`} open onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <Typography.Paragraph type="secondary">列入满 1 年（{listing.repairEligibleOn} 起）可申请信用修复提前移出；处罚决定被撤销的随时移出。期满（{listing.expiresOn}）自动移出。</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ on: dayjs(), reason: 'repaired' }}>
        <Form.Item name="reason" label="移出原因"><Radio.Group options={[{ value: 'repaired', label: '信用修复' }, { value: 'annulled', label: '决定撤销' }]} /></Form.Item>
        <Form.Item name="on" label="移出日期" rules={[{ required: true }]}><DatePicker /></Form.Item>
        <Form.Item name="note" label="移出说明" rules={[{ required: true, message: '请填写移出说明' }]}><Input.TextArea maxLength={500} rows={3} /></Form.Item>
      </Form>
    </Modal>
  )
}

/** 严重违法失信名单管理: entries come from decided cases (案件详情 → 列入名单); publish, remove, and see what the public page shows. */
export function SeriousViolationsPage() {
  const me = useMe()
  const { message } = App.useApp()
  const canManage = me.permissions.includes('cases.manage')
  const [filters, setFilters] = useState<{ region?: string; state?: string }>({})
  const [page, setPage] = useState(1)
  const [removing, setRemoving] = useState<SeriousViolationDto | null>(null)
  const { data, error, loading, reload } = useLoad(useCallback(() => fetchListings({ ...filters, page, pageSize: 20 }), [filters, page]))
  const done = () => { setRemoving(null); reload(); message.success('已保存') }

  return (
    <Card title="严重违法失信名单" extra={(
      <Space wrap><ExportButton href={listingsExportUrl(filters)} /><a href="/public/blacklist" target="_blank" rel="noreferrer">查看公示页面</a></Space>
    )}>
      <Typography.Paragraph type="secondary">
        受到较重行政处罚（吊销许可证、责令停产停业、从重罚款等）的经营主体，由案件详情页“列入严重违法失信名单”。公示期 3 年；满 1 年可申请信用修复提前移出（《市场监督管理严重违法失信名单管理办法》）。
      </Typography.Paragraph>
      <LoadError error={error} />
      <Space wrap style={{ marginBottom: 16 }}>
        <RegionSelect allowClear placeholder="全部区域" style={{ width: 200 }} value={filters.region} onChange={(region) => { setFilters((f) => ({ ...f, region })); setPage(1) }} aria-label="区域" />
        <Select allowClear placeholder="全部状态" style={{ width: 150 }} options={Object.entries(LISTING_STATES).map(([value, s]) => ({ value, label: s.label }))}
          value={filters.state} onChange={(state) => { setFilters((f) => ({ ...f, state })); setPage(1) }} aria-label="名单状态" />
      </Space>
      <Table<SeriousViolationDto> rowKey="id" loading={loading} dataSource={data?.items} size="middle" scroll={{ x: 1440 }}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage, showTotal: (n) => `共 ${n} 条` }}
        columns={[
          { title: '经营主体', dataIndex: 'entityName', width: 200, render: (v, s) => <Link to={`/entities/${s.entityId}`}>{v}</Link> },
          { title: '统一社会信用代码', dataIndex: 'uscc', width: 190, render: (v) => v ?? '—' },
          { title: '列入事由', dataIndex: 'reason', width: 260 },
          { title: '决定书文号', dataIndex: 'decisionNumber', width: 180, render: (v, s) => <Link to={`/cases/${s.caseId}`}>{v ?? s.caseNumber}</Link> },
          { title: '列入 / 公示', key: 'dates', width: 190, render: (_, s) => `${s.listedOn} / ${s.publishedOn ?? '未公示'}` },
          { title: '期满', dataIndex: 'expiresOn', width: 110 },
          { title: '状态', dataIndex: 'state', width: 150, render: (v, s) => <><ListingTag state={v} />{s.removalReason && removalLabel(s.removalReason)}</> },
          ...(canManage ? [{ title: '操作', key: 'op', width: 160, render: (_: unknown, s: SeriousViolationDto) => (
            <Space>
              {s.state === 'listed' && (
                <Popconfirm title="以今天为公示日期？" onConfirm={() => publishListing(s.id, today()).then(done, (e) => message.error(errorMessage(e)))}>
                  <Button size="small" type="primary">公示</Button>
                </Popconfirm>
              )}
              {(s.state === 'listed' || s.state === 'current') && <Button size="small" onClick={() => setRemoving(s)}>移出</Button>}
            </Space>
          ) }] : []),
        ]} />
      <RemoveModal listing={removing} onClose={() => setRemoving(null)} onDone={done} />
    </Card>
  )
}
