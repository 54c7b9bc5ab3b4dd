import { Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { RiskRules } from '../../../../shared/risk-rules'

type Source = RiskRules['sources'][number]

export const SOURCE_STATUS: Record<string, { label: string; color: string; note: string }> = {
  P: { label: 'P 原文', color: 'green', note: '已核对法规原文' },
  S: { label: 'S 二手来源', color: 'blue', note: '政府网页、官方通知等转述确认' },
  U: { label: 'U 未确认', color: 'red', note: '未确认，可按本省规定调整' },
}

const columns: ColumnsType<Source> = [
  { title: '规则', dataIndex: 'item' },
  { title: '来源', dataIndex: 'source', width: '38%' },
  {
    title: '确认状态', dataIndex: 'status', width: 200,
    render: (s: string) => (
      <div>
        <Tag color={SOURCE_STATUS[s]?.color}>{SOURCE_STATUS[s]?.label ?? s}</Tag>
        <div><Typography.Text type={s === 'U' ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>{SOURCE_STATUS[s]?.note}</Typography.Text></div>
      </div>
    ),
  },
]

/** Where each value comes from; unconfirmed (U) rows are highlighted, since the office should check them against the province's rules. */
export function SourcesTable({ sources }: { sources: Source[] }) {
  return (
    <Table<Source> rowKey="item" size="small" columns={columns} dataSource={sources} pagination={false} data-testid="rule-sources"
      onRow={(r) => ({ style: r.status === 'U' ? { background: '#fff7e6' } : undefined })} scroll={{ x: 760 }} />
  )
}
