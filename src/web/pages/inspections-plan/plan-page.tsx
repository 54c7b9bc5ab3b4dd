import { Card, Col, DatePicker, Progress, Row, Select, Space, Statistic, Switch, Table, Tabs, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import dayjs from 'dayjs'
import { useCallback, useState } from 'react'
import { Link } from 'react-router-dom'
import { ENTITY_TYPES, RISK_GRADES } from '../../../shared/entity-catalogue'
import { PLAN_RULE_TEXT, PLAN_STATUS } from '../../../shared/inspection-plan'
import { ExportButton } from '../../lib/export-button'
import { formatNumber } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { GradeTag } from '../entities/labels'
import { RegionSelect } from '../entities/region-select'
import { coverageExportUrl, fetchCoverage, fetchPlan, planExportUrl, type PlanItem, type PlanQuery } from './api'
import { RateTable, regionTabLabel, WorkloadTable } from './coverage-tables'

const STATUS_COLORS: Record<string, string> = { done: 'green', on_track: 'blue', overdue: 'red' }

const columns: ColumnsType<PlanItem> = [
  { title: '主体名称', dataIndex: 'name', render: (name: string, e) => <Link to={`/entities/${e.entityId}`}>{name}</Link> },
  { title: '主体类型', dataIndex: 'typeLabel', width: 120 },
  { title: '乡镇 / 村', key: 'region', width: 140, render: (_, e) => <span>{e.townshipName}<br /><Typography.Text type="secondary">{e.regionName}</Typography.Text></span> },
  { title: '风险等级', dataIndex: 'riskGrade', width: 84, render: (g: string | null) => <GradeTag grade={g} short /> },
  { title: '应检', dataIndex: 'required', width: 64, align: 'right', render: (n: number) => `${n} 次` },
  { title: '已检', dataIndex: 'done', width: 64, align: 'right', render: (n: number) => `${n} 次` },
  { title: '尚需', dataIndex: 'remaining', width: 64, align: 'right', render: (n: number) => (n ? `${n} 次` : '—') },
  { title: '下次应检', dataIndex: 'nextDueOn', width: 104, render: (d: string | null) => d ?? '—' },
  {
    title: '完成情况', key: 'status', width: 140,
    render: (_, e) => (
      <Space size={4} wrap>
        <Tag color={STATUS_COLORS[e.status]}>{e.statusLabel}</Tag>
        {e.coverageGap && <Tooltip title="在业满两年，近两年内没有一次全项检查（第二十二条①）"><Tag color="orange">两年未检</Tag></Tooltip>}
      </Space>
    ),
  },
  { title: '上次检查', dataIndex: 'lastInspectedOn', width: 104, render: (d: string | null) => d ?? <Typography.Text type="secondary">未检查</Typography.Text> },
]

const TYPE_OPTIONS = Object.entries(ENTITY_TYPES).map(([value, t]) => ({ value, label: t.label }))
const GRADE_OPTIONS = [...RISK_GRADES.map((g) => ({ value: g, label: `${g} 级` })), { value: 'none', label: '未评级' }]
const STATUS_OPTIONS = Object.entries(PLAN_STATUS).map(([value, label]) => ({ value, label }))

/** 年度检查计划: each entity's inspections due this year by its risk grade, done and overdue; coverage by region, type, unit and officer. */
export function InspectionPlanPage() {
  const thisYear = dayjs().year()
  const [query, setQuery] = useState<PlanQuery>({ page: 1, pageSize: 20 })
  const [tab, setTab] = useState('plan')
  const plan = useLoad(useCallback(() => fetchPlan(query), [query]))
  const coverage = useLoad(useCallback(() => fetchCoverage(query.year, query.region), [query.year, query.region]))
  const set = (patch: Partial<PlanQuery>) => setQuery((q) => ({ ...q, ...patch, page: 1 }))
  const s = plan.data?.summary
  const year = query.year ?? thisYear
  const c = coverage.data

  const planTab = (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select aria-label="主体类型" allowClear showSearch optionFilterProp="label" placeholder="全部类型" style={{ width: 170 }} options={TYPE_OPTIONS}
          value={query.type} onChange={(type) => set({ type })} />
        <Select aria-label="风险等级" allowClear placeholder="全部等级" style={{ width: 120 }} options={GRADE_OPTIONS} value={query.grade} onChange={(grade) => set({ grade })} />
        <Select aria-label="完成情况" allowClear placeholder="全部完成情况" style={{ width: 140 }} options={STATUS_OPTIONS} value={query.status} onChange={(status) => set({ status })} />
        <Select aria-label="检查单位" allowClear showSearch optionFilterProp="label" placeholder="检查单位" style={{ width: 200 }}
          options={c?.byUnit.filter((u) => u.key).map((u) => ({ value: u.key!, label: u.label }))} value={query.unitId} onChange={(unitId) => set({ unitId })} />
        <Select aria-label="执法人员" allowClear showSearch optionFilterProp="label" placeholder="执法人员" style={{ width: 150 }}
          options={c?.byInspector.map((u) => ({ value: u.key!, label: u.label }))} value={query.inspectorId} onChange={(inspectorId) => set({ inspectorId })} />
        <Space>
          <Switch aria-label="只看两年未检" checked={Boolean(query.coverageGap)} onChange={(coverageGap) => set({ coverageGap: coverageGap || undefined })} />
          <span>只看两年未检</span>
        </Space>
        <ExportButton href={planExportUrl(query)} />
      </Space>
      <Table<PlanItem> rowKey="entityId" size="middle" columns={columns} dataSource={plan.data?.items} loading={plan.loading} scroll={{ x: 1060 }}
        locale={{ emptyText: '没有符合条件的主体' }}
        pagination={{
          current: query.page, pageSize: query.pageSize, total: plan.data?.total ?? 0, showSizeChanger: true, showTotal: (n) => `共 ${formatNumber(n)} 家`,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page: pageSize === q.pageSize ? page : 1, pageSize })),
        }} />
      <ul style={{ margin: '12px 0 0', paddingLeft: 20, color: 'rgba(0,0,0,0.45)', fontSize: 13 }} data-testid="plan-rule">
        {PLAN_RULE_TEXT.map((line) => <li key={line}>{line}</li>)}
      </ul>
    </>
  )
  // Picking a unit or officer in its tab shows every entity it inspected this year (other filters cleared).
  const pick = (patch: Partial<PlanQuery>) => { setQuery((q) => ({ year: q.year, region: q.region, pageSize: q.pageSize, ...patch, page: 1 })); setTab('plan') }

  return (
    <Card title="年度检查计划" extra={<Typography.Text type="secondary">{plan.data ? `统计截至 ${plan.data.asOf}` : null}</Typography.Text>}>
      <LoadError error={plan.error ?? coverage.error} />
      <Space wrap style={{ marginBottom: 16 }}>
        <DatePicker picker="year" aria-label="年度" allowClear={false} value={dayjs(`${year}-01-01`)} format="YYYY年"
          disabledDate={(d) => d.year() > thisYear} onChange={(d) => d && set({ year: d.year() === thisYear ? undefined : d.year() })} />
        <RegionSelect aria-label="区域" allowClear value={query.region} style={{ width: 240 }} placeholder="本辖区全部区域" onChange={(region) => set({ region })} />
      </Space>
      <Row gutter={[16, 16]} style={{ marginBottom: 8 }}>
        <Col xs={12} md={4}><Statistic title="应检主体" value={s?.entities ?? 0} suffix="家" /></Col>
        <Col xs={12} md={4}><Statistic title={year === thisYear ? '本年应检次数' : `${year}年应检次数`} value={s?.requiredTotal ?? 0} suffix="次" /></Col>
        <Col xs={12} md={4}><Statistic title="已检次数" value={s?.doneTotal ?? 0} suffix="次" /></Col>
        <Col xs={12} md={4}>
          <Tooltip title="Σ min(已检, 应检) ÷ Σ 应检：多检一家不能抵另一家的未检">
            <Statistic title="计划完成率" value={s?.completionRate ?? '—'} suffix={s?.completionRate === null ? undefined : '%'} />
          </Tooltip>
          <Progress percent={s?.completionRate ?? 0} showInfo={false} size="small" style={{ margin: 0, maxWidth: 160 }} />
        </Col>
        <Col xs={12} md={4}><Statistic title="逾期主体" value={s?.overdue ?? 0} suffix="家" valueStyle={{ color: s?.overdue ? '#cf1322' : undefined }} /></Col>
        <Col xs={12} md={4}><Statistic title="两年未检" value={s?.coverageGaps ?? 0} suffix="家" valueStyle={{ color: s?.coverageGaps ? '#d46b08' : undefined }} /></Col>
      </Row>
      <Tabs activeKey={tab} onChange={setTab}
        tabBarExtraContent={tab !== 'plan' && <ExportButton size="small" href={coverageExportUrl(query.year, query.region, tab)} />} items={[
        { key: 'plan', label: '计划明细', children: planTab },
        { key: 'region', label: regionTabLabel(c), children: c && <RateTable rows={c.byRegion} total={c.total} first={regionTabLabel(c).slice(1)} /> },
        { key: 'type', label: '按业态', children: c && <RateTable rows={c.byType} total={c.total} first="主体类型" /> },
        { key: 'unit', label: '按单位', children: c && <WorkloadTable rows={c.byUnit} first="检查单位" onPick={(unitId) => pick({ unitId })} /> },
        { key: 'inspector', label: '按执法人员', children: c && <WorkloadTable rows={c.byInspector} first="执法人员" onPick={(inspectorId) => pick({ inspectorId })} /> },
      ]} />
      {tab !== 'plan' && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          覆盖率 = 本年度至少接受过一次日常、专项、飞行或双随机检查的在业主体 ÷ 在业主体（整改复查不计）。单位按录入检查的执法人员所在单位统计；执法人员按检查记录上的全部执法人员统计，检查次数含整改复查。
        </Typography.Paragraph>
      )}
    </Card>
  )
}
