import { Alert, App as AntApp, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Popconfirm, Space, Steps, Table, Tag, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useCallback, useState } from 'react'
import { Link, useParams } from 'react-router-dom'
import type { CreditRecordDto, PenaltyDto, SeriousViolationDto, TransferDto } from '../../../shared/cases'
import { CREDIT_KINDS } from '../../../shared/cases'
import { useMe } from '../../auth/auth-context'
import { errorMessage } from '../../lib/form-errors'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { fetchCase, publishCredit, repairCredit, today } from './api'
import { ActionModal, ACTION_LABELS, type Action } from './case-actions'
import { ListingTag, partyKindLabel, penaltyLabel, personRoleLabel, sourceLabel, StatusTag, TransferTag, yuan } from './labels'

function RepairModal({ record, onClose, onDone }: { record: CreditRecordDto | null; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<{ on: Dayjs; note: string }>()
  const [error, setError] = useState<string>()
  if (!record) return null
  const submit = (v: { on: Dayjs; note: string }) =>
    repairCredit(record.id, { repairedOn: v.on.format('YYYY-MM-DD'), note: v.note }).then(onDone, (e) => setError(errorMessage(e)))
  return (
    <Modal title="信用修复" open onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <Typography.Paragraph type="secondary">食品领域行政处罚信息公示满 1 年后可申请信用修复（最早 {record.repairEligibleOn}），修复后停止公示。</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ on: dayjs() }}>
        <Form.Item name="on" label="修复日期" rules={[{ required: true }]}><DatePicker /></Form.Item>
        <Form.Item name="note" label="修复说明" rules={[{ required: true, message: '请填写修复说明' }]}><Input.TextArea maxLength={500} rows={3} /></Form.Item>
      </Form>
    </Modal>
  )
}

export function CasePage() {
  const { id = '' } = useParams()
  const me = useMe()
  const { message } = AntApp.useApp()
  const canManage = me.permissions.includes('cases.manage')
  const { data: c, error, loading, reload } = useLoad(useCallback(() => fetchCase(id), [id]))
  const [action, setAction] = useState<Action | null>(null)
  const [repairing, setRepairing] = useState<CreditRecordDto | null>(null)

  if (!c) return <Card loading={loading}><LoadError error={error} /></Card>
  const reached = c.timeline.filter((s) => s.on).length
  const done = () => { setAction(null); setRepairing(null); reload(); message.success('已保存') }
  const publish = (r: CreditRecordDto) => publishCredit(r.id, today()).then(done, (e) => message.error(errorMessage(e)))

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<Space wrap><span>{c.caseNumber ?? '案件线索'}</span><StatusTag status={c.status} overdue={c.overdue} />{c.transferred && <Tag color="red">已移送公安</Tag>}</Space>}
        extra={<Link to="/cases">返回列表</Link>}>
        {c.overdue && <Alert type="error" showIcon style={{ marginBottom: 16 }}
          message={c.status === 'clue' ? `超过立案期限（${c.filingDueOn}）仍未决定是否立案` : `超过办案期限（${c.decisionDueOn}）仍未作出处罚决定`} />}
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="当事人">{c.entityId ? <Link to={`/entities/${c.entityId}`}>{c.partyName}</Link> : c.partyName}（{partyKindLabel(c.partyKind)}）</Descriptions.Item>
          <Descriptions.Item label="区域">{c.regionName}</Descriptions.Item>
          <Descriptions.Item label="案由" span={2}>{c.cause}</Descriptions.Item>
          <Descriptions.Item label="案件来源">{sourceLabel(c.source)}</Descriptions.Item>
          <Descriptions.Item label="办案人员">{c.officers.map((o) => o.name).join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label="立案期限">{c.filingDueOn}（15 个工作日）</Descriptions.Item>
          <Descriptions.Item label="办案期限">{c.decisionDueOn ? `${c.decisionDueOn}（90 日${c.decisionExtendedDays ? `，已延长 ${c.decisionExtendedDays} 日` : ''}）` : '—'}</Descriptions.Item>
          {c.goodsValue !== null && <Descriptions.Item label="货值金额">{yuan(c.goodsValue)}</Descriptions.Item>}
          {c.notFiledReason && <Descriptions.Item label="不予立案理由" span={2}>{c.notFiledReason}</Descriptions.Item>}
        </Descriptions>
      </Card>

      <Card title="办案环节" extra={canManage && (
        <Space wrap>
          {c.next.map((a) => (
            <Button key={a} type={['file', 'investigated', 'notified', 'decided', 'executed', 'closed'].includes(a) ? 'primary' : 'default'}
              danger={a === 'not_file' || a === 'transfer' || a === 'list'} onClick={() => setAction(a as Action)}>{ACTION_LABELS[a as Action]}</Button>
          ))}
        </Space>
      )}>
        <Steps size="small" current={Math.max(0, reached - 1)} status={c.status === 'not_filed' ? 'error' : c.overdue ? 'error' : undefined} responsive
          items={c.timeline.map((s) => ({ title: s.label, description: s.on ?? (s.dueOn ? `期限 ${s.dueOn}` : '—') }))} />
      </Card>

      {c.penalties.length > 0 && (
        <Card title={`处罚决定（${c.decidedOn}）`}>
          <Table<PenaltyDto> rowKey="id" size="small" pagination={false} dataSource={c.penalties}
            columns={[
              { title: '处罚种类', dataIndex: 'kind', render: penaltyLabel },
              { title: '金额', dataIndex: 'amount', render: yuan },
              { title: '被处罚人', key: 'person', render: (_, p) => (p.personName ? `${p.personName}（${personRoleLabel(p.personRole)}）` : '单位') },
              { title: '从业禁止', key: 'ban', render: (_, p) => (p.kind !== 'employment_ban' ? '—' : p.banYears === 0 ? '终身' : `${p.banYears} 年（至 ${p.banUntil}）`) },
            ]} />
        </Card>
      )}

      {c.transfers.length > 0 && (
        <Card title="移送公安（行刑衔接）" extra={<Link to="/cases/transfers">行刑衔接台账</Link>}>
          <Table<TransferDto> rowKey="id" size="small" pagination={false} dataSource={c.transfers}
            columns={[
              { title: '公安机关', dataIndex: 'policeUnit' }, { title: '移送日期', dataIndex: 'transferredOn' },
              { title: '立案期限', dataIndex: 'decisionDueOn', render: (v, t) => <>{v}{t.overdue && <Tag color="red" style={{ marginLeft: 4 }}>超期</Tag>}</> },
              { title: '状态', dataIndex: 'status', render: (v) => <TransferTag status={v} /> },
              { title: '刑拘 / 逮捕 / 起诉 / 判决', key: 'n', render: (_, t) => `${t.detainedCount} / ${t.arrestedCount} / ${t.prosecutedCount} / ${t.sentencedCount}` },
            ]} />
        </Card>
      )}

      {(c.creditRecords.length > 0 || c.seriousViolations.length > 0) && (
        <Card title="信用记录">
          <Table<CreditRecordDto> rowKey="id" size="small" pagination={false} dataSource={c.creditRecords}
            columns={[
              { title: '类别', dataIndex: 'kind', width: 150, render: (v) => CREDIT_KINDS[v as keyof typeof CREDIT_KINDS] ?? v },
              { title: '内容', dataIndex: 'summary' },
              { title: '应公示日期', dataIndex: 'publishDueOn', width: 120, render: (v, r) => <>{v}{r.publishOverdue && <Tag color="red" style={{ marginLeft: 4 }}>逾期</Tag>}</> },
              { title: '公示日期', dataIndex: 'publishedOn', width: 110, render: (v) => v ?? '未公示' },
              { title: '公示至', key: 'until', width: 150, render: (_, r) => (r.repairedOn ? `已修复（${r.repairedOn}）` : r.displayUntil) },
              ...(canManage ? [{ title: '操作', key: 'op', width: 150, render: (_: unknown, r: CreditRecordDto) => (
                !r.publishedOn
                  ? <Popconfirm title="以今天为公示日期？" onConfirm={() => publish(r)}><Button size="small">登记公示</Button></Popconfirm>
                  : !r.repairedOn && r.showing ? <Button size="small" onClick={() => setRepairing(r)}>信用修复</Button> : null
              ) }] : []),
            ]} />
          {c.seriousViolations.map((s: SeriousViolationDto) => (
            <Alert key={s.id} style={{ marginTop: 12 }} type="warning" showIcon
              message={<Space wrap>严重违法失信名单 <ListingTag state={s.state} /> 列入 {s.listedOn}，期满 {s.expiresOn} <Link to="/cases/serious-violations">名单管理</Link></Space>} />
          ))}
        </Card>
      )}
      <ActionModal action={action} detail={c} onClose={() => setAction(null)} onDone={done} />
      <RepairModal record={repairing} onClose={() => setRepairing(null)} onDone={done} />
    </Space>
  )
}
