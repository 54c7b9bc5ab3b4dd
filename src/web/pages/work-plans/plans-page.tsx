import { ImportOutlined } from '@ant-design/icons'
import { Button, Card, Space, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useCallback, useState } from 'react'
import { Link, useNavigate } from 'react-router-dom'
import type { PlanSummaryDto } from '../../../shared/work-plans'
import { useMe } from '../../auth/auth-context'
import { ExportButton } from '../../lib/export-button'
import { formatMinute } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { fetchPlans, PLANS_EXPORT_URL } from './api'
import { ImportPlanModal } from './import-plan-modal'
import { PlanStatusTag } from './labels'
import { planPath } from './paths'

const years = (p: PlanSummaryDto) => (p.yearFrom === p.yearTo ? `${p.yearFrom}` : `${p.yearFrom}—${p.yearTo}`)

/** 工作方案: every plan of the county; the office imports new ones (drafts are shown to the office only). */
export function PlansPage() {
  const me = useMe()
  const navigate = useNavigate()
  const canManage = me.permissions.includes('workplans.manage')
  const [importing, setImporting] = useState(false)
  const { data, error, loading } = useLoad(useCallback(fetchPlans, []))

  const columns: ColumnsType<PlanSummaryDto> = [
    {
      title: '标题', dataIndex: 'title',
      render: (title: string, p) => (
        <div>
          <Link to={planPath(p)}>{title}</Link>
          <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{p.issuer ? `${p.issuer} · ` : ''}{p.sourceFileName}</Typography.Text></div>
        </div>
      ),
    },
    { title: '年度', key: 'years', width: 110, render: (_, p) => years(p) },
    { title: '状态', dataIndex: 'status', width: 130, render: (s: string) => <PlanStatusTag status={s} /> },
    { title: '任务数', dataIndex: 'taskCount', width: 80, align: 'right' },
    { title: '导入时间', dataIndex: 'createdAt', width: 150, render: formatMinute },
    { title: '发布时间', dataIndex: 'publishedAt', width: 150, render: (t: string | null) => (t ? formatMinute(t) : <Typography.Text type="secondary">未发布</Typography.Text>) },
  ]

  return (
    <Card title="工作方案" extra={(
      <Space wrap>
        <ExportButton href={PLANS_EXPORT_URL} />
        {canManage && <Button type="primary" icon={<ImportOutlined />} onClick={() => setImporting(true)}>导入方案</Button>}
      </Space>
    )}>
      <LoadError error={error} />
      {canManage && (
        <Typography.Paragraph type="secondary">
          导入县食安委的年度工作要点或工作方案（Word、PDF 或文本），核对识别出的任务、责任单位、量化指标和完成时限后发布；发布后各单位即可在“我的任务”中看到并报送进展。
        </Typography.Paragraph>
      )}
      <Table<PlanSummaryDto> rowKey="id" size="middle" columns={columns} dataSource={data} loading={loading && !data}
        scroll={{ x: 860 }} onRow={(p) => ({ onDoubleClick: () => navigate(planPath(p)) })}
        locale={{ emptyText: canManage ? '还没有工作方案，请点击“导入方案”' : '还没有发布的工作方案' }}
        pagination={{ defaultPageSize: 20, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 个方案` }} />
      {importing && <ImportPlanModal onClose={() => setImporting(false)} />}
    </Card>
  )
}
