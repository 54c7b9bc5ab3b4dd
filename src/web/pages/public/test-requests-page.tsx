import { Alert, App, Button, Card, Empty, Form, Input, Layout, List, Pagination, Result, Segmented, Select, Space, Tag, Typography } from 'antd'
import { useCallback, useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import { MOBILE_PATTERN, PROPOSALS_PER_DAY, TEST_REQUEST_STATUSES, type PublicTestRequestInput, type TestRequestStatus } from '../../../shared/test-requests'
import { applyServerErrors, errorMessage } from '../../lib/form-errors'
import { useLoad } from '../../lib/use-load'
import { fetchPublicRequests, proposeRequest, voteRequest, type PublicTestRequestDto } from '../sampling/requests/api'

/**
 * 你点我检 (no login, phone-sized first): propose a food and place to test, vote for others' proposals, and
 * read the published results. Contact details are asked for a call-back only and never shown here.
 */

const FIELDS = ['food', 'place', 'regionCode', 'reason', 'proposerName', 'proposerPhone'] as const
const PAGE_SIZE = 20
type FormValues = Omit<PublicTestRequestInput, 'reason' | 'proposerName' | 'proposerPhone'> & { reason?: string; proposerName?: string; proposerPhone?: string }

const StatusTag = ({ status }: { status: string }) => {
  const s = TEST_REQUEST_STATUSES[status as TestRequestStatus]
  return s ? <Tag color={s.color}>{s.label}</Tag> : null
}

function ProposeForm({ regions, onDone }: { regions: { code: string; name: string }[]; onDone: () => void }) {
  const [form] = Form.useForm<FormValues>()
  const { message } = App.useApp()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const submit = async (v: FormValues) => {
    setBusy(true)
    setError(undefined)
    try {
      await proposeRequest({ ...v, reason: v.reason || null, proposerName: v.proposerName || null, proposerPhone: v.proposerPhone || null })
      form.resetFields()
      message.success('建议已提交，感谢您的参与')
      onDone()
    } catch (e) {
      if (!applyServerErrors(form, e, FIELDS)) setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Card title="我要提建议" size="small" data-testid="propose-card">
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional" initialValues={{ regionCode: regions[0]?.code }}>
        <Form.Item name="food" label="想检测的食品" rules={[{ required: true, whitespace: true, message: '请填写想检测的食品' }]}>
          <Input maxLength={64} placeholder="例如：散装豆腐、油条、桶装水" />
        </Form.Item>
        <Form.Item name="place" label="购买或就餐地点" rules={[{ required: true, whitespace: true, message: '请填写地点' }]}>
          <Input maxLength={100} placeholder="例如：城关农贸市场 12 号摊" />
        </Form.Item>
        <Form.Item name="regionCode" label="所在乡镇（街道）" rules={[{ required: true, message: '请选择乡镇（街道）' }]}>
          <Select options={regions.map((r) => ({ value: r.code, label: r.code.endsWith('000000') ? `${r.name}（全县）` : r.name }))} showSearch optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="reason" label="建议理由"><Input.TextArea maxLength={300} rows={2} placeholder="例如：最近购买后发现异味" /></Form.Item>
        <Space.Compact block style={{ gap: 8, display: 'flex', flexWrap: 'wrap' }}>
          <Form.Item name="proposerName" label="联系人" style={{ flex: '1 1 140px' }}><Input maxLength={32} /></Form.Item>
          <Form.Item name="proposerPhone" label="手机号码" style={{ flex: '1 1 160px' }}
            rules={[{ pattern: new RegExp(MOBILE_PATTERN), message: '请填写 11 位手机号码' }]}><Input maxLength={11} inputMode="numeric" /></Form.Item>
        </Space.Compact>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>联系方式仅供工作人员回访，不会公开。同一网络每天最多提交 {PROPOSALS_PER_DAY} 条建议。</Typography.Paragraph>
        <Button type="primary" htmlType="submit" block loading={busy}>提交建议</Button>
      </Form>
    </Card>
  )
}

function ProposalCard({ item, onVote }: { item: PublicTestRequestDto; onVote?: (item: PublicTestRequestDto) => void }) {
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="test-request"
      title={<Space wrap><Typography.Text strong>{item.food}</Typography.Text><StatusTag status={item.status} /></Space>}
      extra={onVote && (
        <Button size="small" type={item.votedToday ? 'default' : 'primary'} disabled={item.votedToday} onClick={() => onVote(item)}>
          {item.votedToday ? '今日已投' : '投票'}
        </Button>
      )}>
      <Space direction="vertical" size={2} style={{ width: '100%' }}>
        <div>地点：{item.place}（{item.regionName}）</div>
        {item.reason && <div>理由：{item.reason}</div>}
        {item.planName && <div>已列入：{item.planName}</div>}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{item.proposedOn} 提出 · <span data-testid="votes">{item.votes} 票</span></Typography.Text>
        {item.results.map((r, i) => (
          <Card key={i} size="small" type="inner" style={{ marginTop: 8 }}
            title={<Space wrap><span>{r.productName}</span>{r.verdict === 'pass' ? <Tag color="green">合格</Tag> : <Tag color="red">不合格</Tag>}</Space>}>
            <div>被抽样单位：{r.entityName ?? '—'}</div>
            <div>抽样日期：{r.sampledOn}</div>
            {r.failedItems.map((f) => (
              <div key={f.itemName} style={{ color: '#cf1322' }}>
                不合格项目：{f.itemName} 检出 {f.value}{f.unit}，标准 {f.limit}{f.unit}（{f.standard}）
              </div>
            ))}
          </Card>
        ))}
      </Space>
    </Card>
  )
}

export function PublicTestRequestsPage() {
  const [params] = useSearchParams()
  const county = params.get('county') ?? undefined
  const { message } = App.useApp()
  const [sort, setSort] = useState<'votes' | 'newest'>('votes')
  const [page, setPage] = useState(1)
  const { data, error, loading, reload } = useLoad(useCallback(() => fetchPublicRequests({ county, sort, page, pageSize: PAGE_SIZE }), [county, sort, page]))
  const vote = (item: PublicTestRequestDto) => voteRequest(item.id).then(() => { message.success('投票成功'); reload() }, (e) => { message.error(errorMessage(e)); reload() })

  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Layout.Header style={{ background: '#237804', padding: '0 16px', height: 'auto', lineHeight: 1.4 }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: '12px 0 4px' }}>你点我检{data?.county ? ` · ${data.county.name}` : ''}</Typography.Title>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.85)', display: 'block', paddingBottom: 12 }}>
          您想检什么、在哪里检，由您提议、大家投票，市场监管部门列入抽检计划并公开结果
        </Typography.Text>
      </Layout.Header>
      <Layout.Content style={{ padding: 12, maxWidth: 720, width: '100%', margin: '0 auto' }}>
        {error ? <Result status="warning" title="暂时无法加载" subTitle={errorMessage(error)} /> : (
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            {data && <ProposeForm regions={data.regions} onDone={() => { setPage(1); reload() }} />}
            <Card size="small" title="征集中的建议" loading={!data && loading}
              extra={<Segmented size="small" value={sort} onChange={(v) => { setSort(v as 'votes' | 'newest'); setPage(1) }}
                options={[{ value: 'votes', label: '票数最多' }, { value: 'newest', label: '最新' }]} />}>
              <List dataSource={data?.proposals ?? []} locale={{ emptyText: <Empty description="还没有建议，欢迎提出第一条" /> }}
                renderItem={(item) => <ProposalCard item={item} onVote={vote} />} />
              {(data?.total ?? 0) > PAGE_SIZE && <Pagination simple current={page} pageSize={PAGE_SIZE} total={data?.total} onChange={setPage} style={{ textAlign: 'center' }} />}
            </Card>
            <Card size="small" title="检测结果" loading={!data && loading}>
              <List dataSource={data?.tested ?? []} locale={{ emptyText: <Empty description="暂无已公布的检测结果" /> }}
                renderItem={(item) => <ProposalCard item={item} />} />
            </Card>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              每条建议每天可投 1 票。检测结果以检验报告为准，经核查处置后公布{data ? `；数据截至 ${data.asOf}` : ''}。
            </Typography.Paragraph>
          </Space>
        )}
      </Layout.Content>
    </Layout>
  )
}
