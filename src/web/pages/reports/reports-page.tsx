import { AuditOutlined, CalendarOutlined, FileDoneOutlined, FileWordOutlined, SolutionOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Col, Form, Row, Select, Space, Typography } from 'antd'
import dayjs from 'dayjs'
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { periodRange } from '../../../shared/indicators'
import { downloadErrorText } from '../../lib/download'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { RegionSelect } from '../entities/region-select'
import { downloadReport, fetchAssessment, fetchPlan, fetchPlans, reportUrl, type ReportKind, type ReportParams } from './api'

interface KindDef { kind: ReportKind; title: string; icon: ReactNode; text: string }

const KINDS: KindDef[] = [
  { kind: 'self-inspection', title: '自查报告', icon: <FileDoneOutlined />, text: '按食品安全工作自查报告的章节，全年数字由系统记录生成。' },
  { kind: 'plan-progress', title: '季度进展', icon: <CalendarOutlined />, text: '一个工作方案某季度的进展：各任务牵头单位、状态、本季度报送与量化目标。' },
  { kind: 'year-end', title: '年度总结', icon: <SolutionOutlined />, text: '全年方案完成情况、各项工作数字、主要指标与上年对比、未达标目标。' },
  { kind: 'unit', title: '单位考核报告', icon: <AuditOutlined />, text: '一个单位在方案中的任务、各期报送是否按时、量化目标与考核得分。' },
]

const QUARTERS = ['第一季度', '第二季度', '第三季度', '第四季度']
const quarterStart = (year: number, q: number) => dayjs(periodRange(`${year}-Q${q}`)!.from)

/** 报告中心: pick a report, fill what it needs, and download the .docx (GB/T 9704 layout, 【待填写】 left for the office). */
export function ReportsPage() {
  const { message } = App.useApp()
  const today = dayjs()
  const [kind, setKind] = useState<ReportKind>('self-inspection')
  const [params, setParams] = useState<ReportParams>({ year: today.year(), quarter: Math.floor(today.month() / 3) + 1 })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const set = (patch: ReportParams) => { setError(null); setParams((p) => ({ ...p, ...patch })) }

  const plans = useLoad(useCallback(() => fetchPlans().then((all) => all.filter((p) => p.status === 'published')), []))
  const plan = plans.data?.find((p) => p.id === params.planId)
  useEffect(() => {
    // The newest published plan is the usual choice.
    if (!params.planId && plans.data?.length) setParams((p) => ({ ...p, planId: plans.data![0].id }))
  }, [plans.data, params.planId])

  // A unit report is for a unit the plan names or assigns (collectives expand to their units at publishing).
  const needsUnits = kind === 'unit' && params.planId
  const units = useLoad(useCallback(async () => {
    if (!needsUnits || !params.planId) return []
    const [detail, assessment] = await Promise.all([fetchPlan(params.planId), fetchAssessment(params.planId)])
    const named = new Map<string, string>()
    for (const t of detail.tasks) for (const u of t.units) if (u.unitId && u.unitName) named.set(u.unitId, u.unitName)
    for (const r of assessment.rows) named.set(r.unitId, r.unitName)
    return [...named].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'))
  }, [needsUnits, params.planId]))

  const planYears = plan ? Array.from({ length: plan.yearTo - plan.yearFrom + 1 }, (_, i) => plan.yearFrom + i).filter((y) => y <= today.year()) : []
  const recentYears = Array.from({ length: 6 }, (_, i) => today.year() - i)
  const missing = useMemo(() => {
    if ((kind === 'plan-progress' || kind === 'unit') && !params.planId) return '请选择工作方案'
    if (kind === 'unit' && !params.unitId) return '请选择单位'
    if (kind === 'plan-progress' && params.year !== undefined && params.quarter !== undefined && quarterStart(params.year, params.quarter).isAfter(today, 'day')) return '该季度尚未开始'
    return null
  }, [kind, params, today])

  const download = async () => {
    setBusy(true)
    setError(null)
    try {
      const name = await downloadReport(reportUrl(kind, params))
      message.success(`已生成：${name}`)
    } catch (e) {
      setError(downloadErrorText(e))
    } finally {
      setBusy(false)
    }
  }

  const yearSelect = (years: number[]) => (
    <Form.Item label="年度">
      <Select aria-label="年度" style={{ width: 120 }} value={params.year} onChange={(year) => set({ year })}
        options={years.map((y) => ({ value: y, label: `${y}年` }))} />
    </Form.Item>
  )
  const planSelect = (
    <Form.Item label="工作方案">
      <Select aria-label="工作方案" style={{ width: 360 }} loading={plans.loading} value={params.planId} placeholder="选择已发布的工作方案"
        notFoundContent="没有已发布的工作方案" onChange={(planId) => {
          const picked = plans.data?.find((p) => p.id === planId)
          set({ planId, unitId: undefined, ...(picked ? { year: Math.min(Math.max(params.year ?? today.year(), picked.yearFrom), picked.yearTo) } : {}) })
        }}
        options={(plans.data ?? []).map((p) => ({ value: p.id, label: p.title }))} />
    </Form.Item>
  )
  const regionSelect = (
    <Form.Item label="区域">
      <RegionSelect aria-label="区域" pick="above-village" allowClear placeholder="本辖区" style={{ width: 200 }}
        value={params.region} onChange={(region) => set({ region })} />
    </Form.Item>
  )

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title="报告中心">
        <Typography.Paragraph type="secondary">
          报告按公文格式（GB/T 9704）生成 Word 文档，数字由系统记录计算；系统无法得知的内容以黄色【待填写】标出，请下载后补写。每次生成都记入审计日志。
        </Typography.Paragraph>
        <Row gutter={[16, 16]}>
          {KINDS.map((k) => (
            <Col key={k.kind} xs={24} sm={12} xl={6}>
              <Card hoverable size="small" role="radio" aria-checked={kind === k.kind} data-testid={`report-kind-${k.kind}`}
                onClick={() => { setKind(k.kind); setError(null) }}
                style={{ height: '100%', borderColor: kind === k.kind ? '#1677ff' : undefined, background: kind === k.kind ? '#e6f4ff' : undefined }}>
                <Space align="start">
                  <span style={{ fontSize: 24, color: '#1677ff' }}>{k.icon}</span>
                  <div>
                    <Typography.Text strong>{k.title}</Typography.Text>
                    <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 13 }}>{k.text}</Typography.Paragraph>
                  </div>
                </Space>
              </Card>
            </Col>
          ))}
        </Row>
      </Card>
      <Card title={KINDS.find((k) => k.kind === kind)!.title}>
        <LoadError error={plans.error ?? units.error} />
        <Form layout="inline" style={{ rowGap: 12 }}>
          {kind === 'self-inspection' && <>{yearSelect(recentYears)}{regionSelect}</>}
          {kind === 'year-end' && <>{yearSelect(recentYears)}{regionSelect}</>}
          {kind === 'plan-progress' && (
            <>
              {planSelect}
              {yearSelect(planYears)}
              <Form.Item label="季度">
                <Select aria-label="季度" style={{ width: 120 }} value={params.quarter} onChange={(quarter) => set({ quarter })}
                  options={QUARTERS.map((label, i) => ({ value: i + 1, label, disabled: quarterStart(params.year ?? today.year(), i + 1).isAfter(today, 'day') }))} />
              </Form.Item>
            </>
          )}
          {kind === 'unit' && (
            <>
              {planSelect}
              <Form.Item label="单位">
                <Select aria-label="单位" style={{ width: 300 }} popupMatchSelectWidth={false} showSearch optionFilterProp="label" loading={units.loading} value={params.unitId}
                  placeholder="选择承担任务的单位" onChange={(unitId) => set({ unitId })} options={units.data ?? []} />
              </Form.Item>
            </>
          )}
          <Form.Item>
            <Button type="primary" icon={<FileWordOutlined />} loading={busy} disabled={Boolean(missing)} onClick={download}>生成并下载</Button>
          </Form.Item>
        </Form>
        {missing && !error && <Typography.Text type="secondary" style={{ display: 'block', marginTop: 12 }}>{missing}</Typography.Text>}
        {error && <Alert style={{ marginTop: 16 }} type="error" showIcon message={error} />}
      </Card>
    </Space>
  )
}
