import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useCallback } from 'react'
import type { EntityDetailDto, RiskAssessmentDto } from '../../../../shared/entities'
import { LoadError } from '../../../lib/load-error'
import { useLoad } from '../../../lib/use-load'
import { TableTitle } from '../../../lib/table-title'
import { entityTableExportUrl, fetchAssessments, fetchRules } from '../api'
import { GradeTag } from '../labels'
import { AssessmentForm } from './assessment-form'

const SOURCE_LABELS: Record<string, string> = { manual: '人工评定', import: '导入' }

const columns: ColumnsType<RiskAssessmentDto> = [
  { title: '评定日期', dataIndex: 'assessedOn', width: 110 },
  { title: '静态分', dataIndex: 'staticScore', width: 80, align: 'right' },
  { title: '动态分', dataIndex: 'dynamicScore', width: 80, align: 'right' },
  { title: '总分', dataIndex: 'totalScore', width: 80, align: 'right', render: (t: number) => <Typography.Text strong>{t}</Typography.Text> },
  { title: '等级', dataIndex: 'grade', width: 110, render: (g: string) => <GradeTag grade={g} short /> },
  { title: '规则版本', dataIndex: 'ruleVersion', width: 90, render: (v: number) => `第 ${v} 版` },
  { title: '来源', dataIndex: 'source', width: 90, render: (s: string) => SOURCE_LABELS[s] ?? s },
  { title: '评定人', dataIndex: 'assessedBy', width: 100, render: (a: string | null) => a ?? '—' },
  { title: '说明', dataIndex: 'note', render: (n: string | null) => n ?? '—' },
]

function Current({ entity }: { entity: EntityDetailDto }) {
  const due = entity.inspection
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} bordered data-testid="risk-current">
      <Descriptions.Item label="当前等级"><GradeTag grade={entity.riskGrade} /></Descriptions.Item>
      <Descriptions.Item label="风险分值">{entity.riskScore ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="评定日期">{entity.riskAssessedOn ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="下次检查">
        {due ? (
          <Space size={4} wrap>
            <span>{due.nextDueOn ?? '—'}</span>
            {due.overdue ? <Tag color="red">已逾期</Tag> : <Tag color="green">未到期</Tag>}
            <Typography.Text type="secondary">每年 {due.perYear.min === due.perYear.max ? due.perYear.min : `${due.perYear.min}–${due.perYear.max}`} 次</Typography.Text>
          </Space>
        ) : <Typography.Text type="secondary">非在业，不安排检查</Typography.Text>}
      </Descriptions.Item>
    </Descriptions>
  )
}

/** 风险分级: the grade in force, a new assessment with a live preview, and every assessment with the rules version it used. */
export function RiskTab({ entity, canGrade, onAssessed }: { entity: EntityDetailDto; canGrade: boolean; onAssessed: () => void }) {
  const rules = useLoad(useCallback(fetchRules, []))
  const history = useLoad(useCallback(() => fetchAssessments(entity.id), [entity.id]))
  const reloadHistory = history.reload

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Current entity={entity} />
      <LoadError error={rules.error ?? history.error} />
      {canGrade && rules.data && (
        <Card size="small" title="风险分级评定">
          <AssessmentForm entity={entity} rules={rules.data.rules} ruleVersion={rules.data.version}
            onAssessed={() => { reloadHistory(); onAssessed() }} />
        </Card>
      )}
      <div>
        <TableTitle title="评定记录" href={entityTableExportUrl(entity.id, 'assessments')} />
        <Table<RiskAssessmentDto> rowKey="id" size="small" columns={columns} dataSource={history.data} loading={history.loading && !history.data}
          pagination={false} scroll={{ x: 760 }} locale={{ emptyText: '尚未评定' }} />
      </div>
    </Space>
  )
}
