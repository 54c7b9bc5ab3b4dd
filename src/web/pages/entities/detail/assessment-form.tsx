import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Form, Input, Radio, Row, Statistic, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import type { EntityDetailDto, RiskAssessmentDto } from '../../../../shared/entities'
import { entityTypeDef } from '../../../../shared/entity-catalogue'
import { DYNAMIC_ANSWERS, DYNAMIC_ITEMS, dynamicScore, gradeOf, staticScore, type DynamicAnswer, type RiskRules } from '../../../../shared/risk-rules'
import { isSessionError } from '../../../api/client'
import { errorMessage } from '../../../lib/form-errors'
import { assess } from '../api'
import { afterToday, blank } from '../dates'
import { applyFieldErrors } from '../field-errors'
import { GradeTag, typeLabel } from '../labels'
import { STATIC_FACTOR_OPTIONS, STATIC_FACTORS_KEYS } from '../static-factors'

interface Values { assessedOn: Dayjs; staticFactors: string[]; answers: Record<string, DynamicAnswer | undefined>; note?: string }

const ANSWER_OPTIONS = Object.entries(DYNAMIC_ANSWERS).map(([value, label]) => ({ value, label }))
const LABELS: Record<string, string> = { assessedOn: '评定日期', staticFactors: '静态风险因素', note: '说明', answers: '动态风险评分表' }

/** What the grade would be, from the shared scoring functions and the rules in force, as the form is filled. */
function Preview({ type, values, rules }: { type: string; values: Partial<Values>; rules: RiskRules }) {
  const factors = Object.fromEntries((values.staticFactors ?? []).map((k) => [k, true]))
  const s = staticScore({ type, factors }, rules)
  const d = dynamicScore((values.answers ?? {}) as Record<string, DynamicAnswer>, rules)
  const total = Math.round((s + d) * 10) / 10
  const answered = DYNAMIC_ITEMS.filter((i) => values.answers?.[i.code]).length
  return (
    <Card size="small" data-testid="risk-preview" style={{ background: '#fafafa', position: 'sticky', top: 16 }} title="评分预览">
      <Row gutter={[8, 12]}>
        <Col span={12}><Statistic title="静态分" value={s} suffix={`/ ${rules.staticMax}`} /></Col>
        <Col span={12}><Statistic title="动态分" value={d} suffix={`/ ${rules.dynamicMax}`} /></Col>
        <Col span={12}><Statistic title="总分" value={total} /></Col>
        <Col span={12}><Statistic title="等级" value={gradeOf(total, rules)} valueRender={() => <GradeTag grade={gradeOf(total, rules)} />} /></Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0', fontSize: 12 }}>
        已评 {answered}/{DYNAMIC_ITEMS.length} 项。分界：A ≤ {rules.thresholds.A}，B ≤ {rules.thresholds.B}，C ≤ {rules.thresholds.C}，其上为 D。
      </Typography.Paragraph>
    </Card>
  )
}

interface Props { entity: EntityDetailDto; rules: RiskRules; ruleVersion: number; onAssessed: (a: RiskAssessmentDto) => void }

/** 风险分级评定: static factors and the ten dynamic items; the grade follows from the rules version in force. */
export function AssessmentForm({ entity, rules, ruleVersion, onAssessed }: Props) {
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const values = Form.useWatch([], form) as Partial<Values> | undefined
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async (v: Values) => {
    setSaving(true)
    setError(null)
    try {
      const saved = await assess(entity.id, {
        assessedOn: v.assessedOn.format('YYYY-MM-DD'), note: blank(v.note),
        staticFactors: Object.fromEntries(STATIC_FACTORS_KEYS.map((k) => [k, v.staticFactors.includes(k)])),
        answers: v.answers as Record<string, DynamicAnswer>,
      })
      message.success(`评定完成：${saved.grade} 级，总分 ${saved.totalScore}`)
      form.resetFields(['answers', 'note'])
      onAssessed(saved)
    } catch (e) {
      if (!isSessionError(e) && !applyFieldErrors(form, e, LABELS)) setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} disabled={saving} initialValues={{
      assessedOn: dayjs(), staticFactors: STATIC_FACTORS_KEYS.filter((k) => entity.staticFactors?.[k]), answers: {},
    }}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Row gutter={24}>
        <Col xs={24} lg={16}>
          <Row gutter={24}>
            <Col xs={24} sm={7}>
              <Form.Item name="assessedOn" label={LABELS.assessedOn} rules={[{ required: true, message: '请选择评定日期' }]}>
                <DatePicker disabledDate={afterToday} allowClear={false} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={17}>
              <Form.Item name="staticFactors" label={`${LABELS.staticFactors}（在“${typeLabel(entity.type)}”基础分 ${entityTypeDef(entity.type)?.staticBase ?? 0} 分上加分）`}>
                <Checkbox.Group options={STATIC_FACTOR_OPTIONS} style={{ display: 'flex', flexDirection: 'column', gap: 4 }} />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Text strong>动态风险因素（每项 {rules.dynamicMax / DYNAMIC_ITEMS.length} 分：符合 0 分，部分符合得一半，不符合得全部）</Typography.Text>
          <div data-testid="dynamic-items" style={{ marginTop: 8 }}>
            {DYNAMIC_ITEMS.map((item) => (
              <div key={item.code} role="group" aria-label={item.label} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
                <div style={{ flex: '1 1 260px', minWidth: 0 }}>
                  <Typography.Text strong>{item.code.slice(1)}. {item.label}</Typography.Text>
                  <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{item.hint}</Typography.Text></div>
                </div>
                <Form.Item name={['answers', item.code]} rules={[{ required: true, message: '请选择' }]} style={{ marginBottom: 0 }}>
                  <Radio.Group options={ANSWER_OPTIONS} optionType="button" buttonStyle="solid" />
                </Form.Item>
              </div>
            ))}
          </div>
          <Form.Item name="note" label={LABELS.note} style={{ marginTop: 16 }}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
          <Button type="primary" htmlType="submit" loading={saving}>保存评定</Button>
          <Typography.Text type="secondary" style={{ marginLeft: 12 }}>按第 {ruleVersion} 版规则评定</Typography.Text>
        </Col>
        <Col xs={24} lg={8}>
          <Preview type={entity.type} values={values ?? {}} rules={rules} />
        </Col>
      </Row>
    </Form>
  )
}
