import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row, Space, Spin, Table, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { RISK_GRADE_LABELS, RISK_GRADES } from '../../../../shared/entity-catalogue'
import { checkRiskRules, STATIC_FACTORS, type RiskRules, type StaticFactor } from '../../../../shared/risk-rules'
import { isSessionError } from '../../../api/client'
import { errorMessage } from '../../../lib/form-errors'
import { formatMinute } from '../../../lib/format'
import { LoadError } from '../../../lib/load-error'
import { TableTitle } from '../../../lib/table-title'
import { useLoad } from '../../../lib/use-load'
import { fetchRules, rulesExportUrl, saveRules, type RulesDto } from '../api'
import { GradeTag } from '../labels'
import { SourcesTable } from './sources-table'

type Values = Omit<RiskRules, 'sources'> & { note?: string }
const num = (label: string) => ({ rules: [{ required: true, message: `请填写${label}` }] })
const FACTORS = Object.keys(STATIC_FACTORS) as StaticFactor[]

/** 风险分级规则: the scoring weights, grade thresholds and inspection frequencies; each save is a new version. */
export function RiskRulesPage() {
  const { message } = App.useApp()
  const loaded = useLoad(useCallback(fetchRules, []))
  const [current, setCurrent] = useState<RulesDto>()
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => { if (loaded.data) setCurrent(loaded.data) }, [loaded.data])
  useEffect(() => { if (current) form.setFieldsValue({ ...current.rules, note: undefined }) }, [current, form])

  const submit = async ({ note, ...rules }: Values) => {
    const problem = checkRiskRules({ ...rules, sources: [] })
    if (problem) return setError(problem)
    setSaving(true)
    setError(null)
    try {
      const saved = await saveRules({ rules: { staticMax: rules.staticMax, dynamicMax: rules.dynamicMax, thresholds: rules.thresholds, frequency: rules.frequency, staticFactors: rules.staticFactors }, note: note?.trim() || null })
      setCurrent(saved)
      message.success(`已保存为第 ${saved.version} 版规则，此后的评定按新规则计算`)
    } catch (e) {
      if (!isSessionError(e)) setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  if (loaded.error && !current) return <LoadError error={loaded.error} />
  if (!current) return <Spin style={{ display: 'block', marginTop: 80 }} />

  return (
    <Card title="风险分级规则" extra={<Typography.Text type="secondary" data-testid="rules-version">现行第 {current.version} 版 · {formatMinute(current.createdAt)}</Typography.Text>}>
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="标为“U 未确认”的取值来自未经确认的来源，均可配置"
        description="静态与动态分值权重、等级分界尚未找到原文依据（下表黄色行），请对照本省（河南省）风险分级管理规定核实后调整。每次保存生成新版本，已有评定保留其当时所用的版本，新评定按新版本计算。" />
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} disabled={saving}>
        <Row gutter={24}>
          <Col xs={24} lg={8}>
            <Typography.Title level={5}>分值</Typography.Title>
            <Space wrap>
              <Form.Item name="staticMax" label="静态分值上限" {...num('静态分值上限')}><InputNumber min={0} max={100} /></Form.Item>
              <Form.Item name="dynamicMax" label="动态分值上限" {...num('动态分值上限')}><InputNumber min={0} max={100} /></Form.Item>
            </Space>
            <Typography.Title level={5}>等级分界（总分不超过）</Typography.Title>
            <Space wrap>
              {(['A', 'B', 'C'] as const).map((g) => (
                <Form.Item key={g} name={['thresholds', g]} label={`${g} 级上限`} {...num(`${g} 级上限`)}><InputNumber min={0} max={200} /></Form.Item>
              ))}
            </Space>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>总分高于 C 级上限为 D 级。</Typography.Paragraph>
          </Col>
          <Col xs={24} lg={8}>
            <TableTitle title="每年检查频次" href={rulesExportUrl('frequency')} />
            <Table size="small" pagination={false} rowKey="g" dataSource={RISK_GRADES.map((g) => ({ g }))} columns={[
              { title: '等级', dataIndex: 'g', render: (g: string) => <GradeTag grade={g} />, width: 150 },
              { title: '最少', key: 'min', render: (_, r) => <Form.Item name={['frequency', r.g, 'min']} noStyle {...num('最少次数')}><InputNumber min={0} max={52} aria-label={`${RISK_GRADE_LABELS[r.g]}最少次数`} style={{ width: 72 }} /></Form.Item> },
              { title: '最多', key: 'max', render: (_, r) => <Form.Item name={['frequency', r.g, 'max']} noStyle {...num('最多次数')}><InputNumber min={0} max={52} aria-label={`${RISK_GRADE_LABELS[r.g]}最多次数`} style={{ width: 72 }} /></Form.Item> },
            ]} />
          </Col>
          <Col xs={24} lg={8}>
            <Typography.Title level={5}>静态风险因素加分</Typography.Title>
            {FACTORS.map((f) => (
              <Form.Item key={f} name={['staticFactors', f]} label={STATIC_FACTORS[f]} {...num('加分')}><InputNumber min={0} max={100} addonAfter="分" /></Form.Item>
            ))}
          </Col>
        </Row>
        <Form.Item name="note" label="修改说明" extra="例如：按《河南省食品生产经营风险分级管理实施细则》调整分界">
          <Input maxLength={200} />
        </Form.Item>
        <Space style={{ marginBottom: 24 }}>
          <Button type="primary" htmlType="submit" loading={saving}>保存为新版本</Button>
          <Button onClick={() => form.setFieldsValue({ ...current.rules, note: undefined })}>撤销修改</Button>
        </Space>
      </Form>
      <TableTitle title="规则来源" href={rulesExportUrl('sources')} />
      <SourcesTable sources={current.rules.sources} />
    </Card>
  )
}
