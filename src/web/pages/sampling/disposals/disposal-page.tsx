import { Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd'
import { useCallback, useState } from 'react'
import { Link, useParams } from 'react-router-dom'
import type { TimelineStepDto } from '../../../../shared/disposals'
import { SAMPLE_VERDICTS, FOOD_CATEGORIES } from '../../../../shared/sampling-catalogue'
import { useMe } from '../../../auth/auth-context'
import { LoadError } from '../../../lib/load-error'
import { useLoad } from '../../../lib/use-load'
import { fetchDisposal, type DisposalDetailDto } from './api'
import { DueText, outcomeLabel, StatusTag, UnconfirmedTag } from './labels'
import { STEP_ACTIONS, StepModal, type StepKey } from './step-modal'

/** Which step buttons make sense now: the server still checks every rule. */
function openSteps(d: DisposalDetailDto): StepKey[] {
  if (d.closedOn) return []
  const steps: StepKey[] = []
  if (!d.notifiedOn) steps.push('notify')
  if (d.notifiedOn && !d.retestRequestedOn) steps.push('retest-request')
  if (d.retestRequestedOn && !d.retestVerdict) steps.push('retest-result')
  steps.push('control', 'cause', 'rectification')
  if (!d.caseId) steps.push('case')
  steps.push('follow-up')
  if (!d.extensionDays) steps.push('extension')
  steps.push('close')
  return steps
}

const category = (c: string) => (FOOD_CATEGORIES as Record<string, { label: string }>)[c]?.label ?? c

/** One 核查处置 file: the failed sample, the steps with their due dates and rules, and a form per step. */
export function DisposalPage() {
  const { id = '' } = useParams()
  const canRecord = useMe().permissions.includes('sampling.record')
  const [loaded, setLoaded] = useState<DisposalDetailDto>()
  const [step, setStep] = useState<StepKey | null>(null)
  const { data: fetched, error } = useLoad(useCallback(() => fetchDisposal(id).then((d) => { setLoaded(undefined); return d }), [id]))
  const d = loaded ?? fetched
  if (!d) return <Card loading={!error}><LoadError error={error} /></Card>

  const columns = [
    { title: '环节', dataIndex: 'label', width: 110, render: (l: string, s: TimelineStepDto) => <span data-testid={`step-${s.step}`}>{l}</span> },
    { title: '期限', key: 'due', width: 215, render: (_: unknown, s: TimelineStepDto) => <DueText dueOn={s.dueOn} overdue={s.overdue} /> },
    { title: '完成日期', dataIndex: 'doneOn', width: 110, render: (v: string | null) => v ?? '—' },
    { title: '记录', dataIndex: 'detail', render: (v: string | null) => v ?? <Typography.Text type="secondary">未记录</Typography.Text> },
    {
      title: '时限依据', key: 'rule', width: 280,
      render: (_: unknown, s: TimelineStepDto) => (s.rule
        ? <span>{s.rule.text}{s.rule.unconfirmed && <UnconfirmedTag source={s.rule.source} />}<br /><Typography.Text type="secondary" style={{ fontSize: 12 }}>{s.rule.source}</Typography.Text></span>
        : null),
    },
  ]

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title={<span>核查处置：{d.productName} <StatusTag status={d.status} /></span>} extra={<Link to="/sampling/disposals">返回列表</Link>}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} bordered>
          <Descriptions.Item label="被抽样单位">{d.entityName}</Descriptions.Item>
          <Descriptions.Item label="抽样单编号"><Link to={`/sampling/samples/${d.sample.id}`} className="mono">{d.sample.sampleNumber}</Link></Descriptions.Item>
          <Descriptions.Item label="食品类别">{category(d.sample.category)}</Descriptions.Item>
          <Descriptions.Item label="抽样日期">{d.sample.sampledOn}</Descriptions.Item>
          <Descriptions.Item label="承检机构">{d.sample.lab}</Descriptions.Item>
          <Descriptions.Item label="检验报告">{d.sample.reportNumber ?? '—'}（{(SAMPLE_VERDICTS as Record<string, string>)[d.sample.verdict ?? ''] ?? '检验中'}）</Descriptions.Item>
          <Descriptions.Item label="收到不合格报告">{d.openedOn}</Descriptions.Item>
          <Descriptions.Item label="送达期限"><span data-testid="notify-due">{d.notifyDueOn}</span></Descriptions.Item>
          <Descriptions.Item label="办结期限">
            <span data-testid="close-due">{d.closeDueOn}</span>{d.extensionDays > 0 && <Tag style={{ marginLeft: 4 }}>已延期 {d.extensionDays} 日</Tag>}
          </Descriptions.Item>
          {d.retestDueOn && <Descriptions.Item label="复检申请期限">{d.retestDueOn}</Descriptions.Item>}
          {d.caseId && <Descriptions.Item label="案件"><Link to={`/cases/${d.caseId}`}>查看案件</Link></Descriptions.Item>}
          {d.closedOn && <Descriptions.Item label="办结">{d.closedOn} {outcomeLabel(d.outcome)}{d.closedOn > d.closeDueOn && <Tag color="red" style={{ marginLeft: 4 }}>超期办结</Tag>}{d.note ? `：${d.note}` : ''}</Descriptions.Item>}
        </Descriptions>
        <Table size="small" style={{ marginTop: 16 }} rowKey="itemName" pagination={false} dataSource={d.failedItems} title={() => '不合格项目'}
          columns={[
            { title: '检验项目', dataIndex: 'itemName' }, { title: '检验结果', key: 'v', render: (_: unknown, r) => `${r.value ?? '—'} ${r.value === '未检出' ? '' : r.unit}` },
            { title: '标准要求', dataIndex: 'limit' }, { title: '判定依据', dataIndex: 'standard' },
          ]} />
      </Card>
      <Card title="处置环节与期限" extra={canRecord && !d.closedOn && (
        <Space wrap>{openSteps(d).map((s) => <Button key={s} size="small" type={s === 'close' ? 'primary' : 'default'} onClick={() => setStep(s)}>{STEP_ACTIONS[s]}</Button>)}</Space>
      )}>
        {d.overdueSteps.length > 0 && <Typography.Paragraph type="danger" strong>逾期：{d.overdueSteps.map((s) => `${s.label}（期限 ${s.dueOn}）`).join('、')}</Typography.Paragraph>}
        {!d.closedOn && d.closeBlockers.length > 0 && <Typography.Paragraph type="secondary">办结前还需：{d.closeBlockers.join('；')}</Typography.Paragraph>}
        <Table<TimelineStepDto> size="small" rowKey="step" pagination={false} columns={columns} dataSource={d.steps} scroll={{ x: 860 }}
          onRow={(s) => ({ style: s.overdue ? { background: '#fff1f0' } : undefined })} />
      </Card>
      <StepModal step={step} detail={d} onClose={() => setStep(null)} onDone={(next) => { setLoaded(next); setStep(null) }} />
    </Space>
  )
}
