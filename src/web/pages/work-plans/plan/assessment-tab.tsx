import { App, Button, Card, Form, InputNumber, Space, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useCallback, useEffect, useState } from 'react'
import type { AssessmentDto, AssessmentRowDto, AssessmentWeights } from '../../../../shared/assessment'
import { isSessionError } from '../../../api/client'
import { ExportButton } from '../../../lib/export-button'
import { errorMessage } from '../../../lib/form-errors'
import { LoadError } from '../../../lib/load-error'
import { useLoad } from '../../../lib/use-load'
import { assessmentXlsxUrl, fetchAssessment, saveWeights } from '../api'
import { formatValue } from '../labels'

const rate = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%（${part}/${whole}）` : '—')

const WEIGHT_FIELDS: [keyof AssessmentWeights, string, string][] = [
  ['onTime', '按时报送率', '分'], ['targets', '指标达成率', '分'], ['accepted', '任务验收率', '分'], ['perNotice', '每次督办扣', '分'],
]

/** 考核: each lead unit's score from the weights, ranked; the office sets the weights, anyone who reads the plan may export. */
export function AssessmentTab({ planId, canManage }: { planId: string; canManage: boolean }) {
  const { message } = App.useApp()
  const loaded = useLoad(useCallback(() => fetchAssessment(planId), [planId]))
  const [data, setData] = useState<AssessmentDto>()
  const [saving, setSaving] = useState(false)
  const [form] = Form.useForm<AssessmentWeights>()
  useEffect(() => { if (loaded.data) setData(loaded.data) }, [loaded.data])
  useEffect(() => { if (data) form.setFieldsValue(data.weights) }, [data, form])

  const save = async (weights: AssessmentWeights) => {
    setSaving(true)
    try {
      setData(await saveWeights(planId, weights))
      message.success('考核权重已保存，排名已重新计算')
    } catch (e) {
      if (!isSessionError(e)) message.error(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  const columns: ColumnsType<AssessmentRowDto> = [
    { title: '排名', dataIndex: 'rank', width: 64, align: 'center', render: (r: number) => <Typography.Text strong>{r}</Typography.Text> },
    { title: '单位', dataIndex: 'unitName' },
    { title: '牵头任务', dataIndex: 'tasksLed', width: 84, align: 'right' },
    { title: '按时报送率', key: 'onTime', width: 130, render: (_, r) => rate(r.reportsOnTime, r.reportsDue) },
    { title: '指标达成率', key: 'targets', width: 120, render: (_, r) => rate(r.targetsMet, r.targets) },
    { title: '任务验收率', key: 'accepted', width: 120, render: (_, r) => rate(r.tasksAccepted, r.tasksLed) },
    { title: '督办次数', dataIndex: 'noticesReceived', width: 84, align: 'right', render: (n: number) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : 0) },
    { title: '得分', dataIndex: 'score', width: 80, align: 'right', render: (s: number) => <Typography.Text strong>{formatValue(s)}</Typography.Text> },
  ]

  return (
    <div>
      <LoadError error={loaded.error} />
      <Card size="small" style={{ marginBottom: 16 }} title="评分规则"
        extra={<ExportButton href={assessmentXlsxUrl(planId)} />}>
        {canManage ? (
          <Form form={form} layout="inline" onFinish={save} style={{ rowGap: 8 }}>
            {WEIGHT_FIELDS.map(([key, label, unit]) => (
              <Form.Item key={key} name={key} label={label} rules={[{ required: true, message: '请填写' }]}>
                <InputNumber min={0} max={100} addonAfter={unit} style={{ width: 110 }} />
              </Form.Item>
            ))}
            <Form.Item><Button type="primary" htmlType="submit" loading={saving}>保存权重</Button></Form.Item>
          </Form>
        ) : data && (
          <Space wrap>{WEIGHT_FIELDS.map(([key, label, unit]) => <span key={key}>{label}：{data.weights[key]} {unit}</span>)}</Space>
        )}
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
          百分制得分 =（按时报送率 × 权重 + 指标达成率 × 权重 + 任务验收率 × 权重）÷ 三项权重之和 × 100 − 督办次数 × 每次扣分；某项尚无应报事项（显示“—”）时按满分计。统计截至 {data?.asOf ?? '今日'}。
        </Typography.Paragraph>
      </Card>
      <Table<AssessmentRowDto> rowKey="unitId" size="middle" columns={columns} dataSource={data?.rows} loading={!data && !loaded.error}
        scroll={{ x: 860 }} pagination={false} locale={{ emptyText: '暂无牵头单位' }} />
    </div>
  )
}
