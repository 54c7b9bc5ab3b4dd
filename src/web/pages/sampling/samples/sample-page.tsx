import { NotificationOutlined, SendOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Modal, Popconfirm, Space, Spin, Table, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { useCallback, useState } from 'react'
import { Link, useParams } from 'react-router-dom'
import { isSessionError } from '../../../api/client'
import { useMe } from '../../../auth/auth-context'
import { DownloadButton } from '../../../lib/download-button'
import { errorMessage } from '../../../lib/form-errors'
import { formatMinute } from '../../../lib/format'
import { LoadError } from '../../../lib/load-error'
import { useLoad } from '../../../lib/use-load'
import { fromDay, toDay } from '../../entities/dates'
import { todayIso } from '../../entities/labels'
import { fetchSample, publishSample, samplingFormUrl, sendSample, type SampleDetailDto } from './api'
import { DisposalNotice } from './disposal-notice'
import { categoryLabel, departmentLabel, DueDate, isAgricultural, levelLabel, purposeLabel, stageLabel, Unconfirmed, VerdictTag } from './labels'
import { ResultsForm } from './results-form'
import { ResultsTable } from './results-table'
import { SamplePhotosCard } from './sample-photos-card'

type Deadline = SampleDetailDto['deadlines'][number]

/** 送检: the day the lab received the sample and its papers; the report's deadline counts from it. */
function SendButton({ d, onDone }: { d: SampleDetailDto; onDone: () => void }) {
  const { message } = App.useApp()
  const [open, setOpen] = useState(false)
  const [saving, setSaving] = useState(false)
  const [form] = Form.useForm<{ sentOn: string }>()
  const submit = async ({ sentOn }: { sentOn: string }) => {
    setSaving(true)
    try {
      await sendSample(d.id, { sentOn })
      message.success('已记录送检')
      setOpen(false)
      onDone()
    } catch (e) {
      if (!isSessionError(e)) form.setFields([{ name: 'sentOn', errors: [errorMessage(e)] }])
    } finally {
      setSaving(false)
    }
  }
  return (
    <>
      <Button type="primary" icon={<SendOutlined />} onClick={() => setOpen(true)}>送检</Button>
      <Modal open={open} title="记录送检" okText="确定" cancelText="取消" confirmLoading={saving} onCancel={() => setOpen(false)} onOk={() => form.submit()} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ sentOn: todayIso() }}>
          <Form.Item name="sentOn" label="送达承检机构日期" rules={[{ required: true, message: '请选择送达日期' }]}
            extra={`应于 ${d.sentDueOn} 前送达（抽样后 5 个工作日）；送达后承检机构出具报告的期限随之计算`}
            getValueProps={(v: string | undefined) => ({ value: toDay(v) })} normalize={(v: dayjs.Dayjs | null) => fromDay(v) ?? undefined}>
            <DatePicker style={{ width: '100%' }} inputReadOnly allowClear={false}
              disabledDate={(day) => day.isAfter(dayjs(), 'day') || day.isBefore(dayjs(d.sampledOn), 'day')} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  )
}

function Publish({ d, onDone }: { d: SampleDetailDto; onDone: () => void }) {
  const { message } = App.useApp()
  if (d.publishedAt) return <Tag color="green">已公开 {formatMinute(d.publishedAt)}</Tag>
  return (
    <Popconfirm title="公开抽检结果" description="将在门户公开本批次的抽检结果。" okText="公开" cancelText="取消"
      onConfirm={() => publishSample(d.id).then(() => { message.success('已公开'); onDone() }, (e) => message.error(errorMessage(e)))}>
      <Button icon={<NotificationOutlined />}>公开</Button>
    </Popconfirm>
  )
}

const deadlineColumns = [
  { title: '环节', dataIndex: 'label', render: (l: string, r: Deadline) => <span>{l}{r.unconfirmed && <> <Unconfirmed source={r.source} /></>}</span> },
  { title: '期限', dataIndex: 'dueOn', width: 210, render: (_: string, r: Deadline) => <DueDate dueOn={r.dueOn} doneOn={r.doneOn} /> },
  { title: '依据', dataIndex: 'source', responsive: ['md' as const], render: (s: string) => <Typography.Text type="secondary" style={{ fontSize: 12 }}>{s}</Typography.Text> },
]

/** 抽样记录: the sample, its deadlines, sending, the lab report (entered here) and the disposal it opened. */
export function SamplePage() {
  const { id = '' } = useParams()
  const me = useMe()
  const { data: d, error, reload } = useLoad(useCallback(() => fetchSample(id), [id]))
  const canRecord = me.permissions.includes('sampling.record')
  const canManage = me.permissions.includes('sampling.manage')

  if (error) return <LoadError error={error} />
  if (!d) return <Spin style={{ display: 'block', marginTop: 80 }} />
  const reported = d.verdict !== null

  return (
    <Space direction="vertical" size={12} style={{ width: '100%', maxWidth: 1000 }}>
      <Card title={<span style={{ whiteSpace: 'normal' }}>抽样：{d.productName} · {d.entityName}</span>} extra={<span data-testid="sample-status"><VerdictTag verdict={d.verdict} sentOn={d.sentOn} /></span>}>
        <Space wrap style={{ marginBottom: 16 }}>
          {canRecord && !d.sentOn && <SendButton d={d} onDone={reload} />}
          <DownloadButton href={samplingFormUrl(d.id)} fileName="抽样单.docx" label="下载抽样单" />
          {canManage && reported && <Publish d={d} onDone={reload} />}
        </Space>
        {d.verdict === 'fail' && <DisposalNotice disposalId={d.disposalId} failedItems={d.failedItems} />}
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} bordered>
          <Descriptions.Item label="抽样单编号"><span className="mono">{d.sampleNumber}</span></Descriptions.Item>
          <Descriptions.Item label="被抽样单位"><Link to={`/entities/${d.entityId}`}>{d.entityName}</Link></Descriptions.Item>
          <Descriptions.Item label="区域">{d.regionName}</Descriptions.Item>
          <Descriptions.Item label="抽检计划">{d.planName ?? '不属于计划'}</Descriptions.Item>
          <Descriptions.Item label="级别 / 部门">{levelLabel(d.level)} · {departmentLabel(d.department)}</Descriptions.Item>
          <Descriptions.Item label="抽检类型">{purposeLabel(d.purpose)}{d.requestId ? '（你点我检）' : ''}</Descriptions.Item>
          <Descriptions.Item label="食品类别">{categoryLabel(d.category)}{(d.agricultural || isAgricultural(d.category)) && <Tag color="green" style={{ marginInlineStart: 6 }}>食用农产品</Tag>}</Descriptions.Item>
          <Descriptions.Item label="抽样环节">{stageLabel(d.stage)}</Descriptions.Item>
          <Descriptions.Item label="样品名称">{d.productName}</Descriptions.Item>
          <Descriptions.Item label="商标">{d.brand ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="规格型号">{d.specification ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="生产批号">{d.batchNumber ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="生产（购进）日期">{d.productionDate ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="标称生产者">{d.manufacturer ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="抽样日期">{d.sampledOn}</Descriptions.Item>
          <Descriptions.Item label="抽样人员">{d.samplers.map((s) => s.name).join('、')}</Descriptions.Item>
          <Descriptions.Item label="抽样数量">{d.quantity}</Descriptions.Item>
          <Descriptions.Item label="购样费用">{d.price ? `${d.price} 元` : '—'}</Descriptions.Item>
          <Descriptions.Item label="承检机构">{d.lab}</Descriptions.Item>
          <Descriptions.Item label="送达日期">{d.sentOn ?? '未送检'}</Descriptions.Item>
          <Descriptions.Item label="检验报告">{d.reportNumber ? `${d.reportNumber}（${d.reportReceivedOn} 收到）` : '—'}</Descriptions.Item>
          <Descriptions.Item label="结果公开">{d.publishedAt ? `已公开（${formatMinute(d.publishedAt)}）` : '未公开'}</Descriptions.Item>
        </Descriptions>
      </Card>

      <SamplePhotosCard d={d} canRecord={canRecord} onDone={reload} />

      <Card title="时限" size="small">
        <Table<Deadline> rowKey="code" size="small" pagination={false} dataSource={d.deadlines} columns={deadlineColumns} data-testid="deadlines" />
      </Card>

      <Card title={reported ? `检验结果（${d.results.length} 项${d.failedItems.length ? `，不合格 ${d.failedItems.length} 项` : ''}）` : '检验结果'} size="small">
        {reported ? <ResultsTable results={d.results} />
          : !d.sentOn ? <Alert type="info" showIcon message="样品送达承检机构后，可在此录入检验结果。" />
            : canRecord ? <ResultsForm sample={d} onDone={reload} />
              : <Alert type="info" showIcon message={`检验中，报告应于 ${d.reportDueOn ?? '—'} 前出具。`} />}
      </Card>
    </Space>
  )
}
