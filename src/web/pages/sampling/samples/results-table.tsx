import { Grid, List, Table, Typography } from 'antd'
import type { SampleResultDto } from './api'
import { VerdictTag } from './labels'
import { measuredText } from './result-rows'

const FAILED_BACKGROUND = '#fff1f0'

/** A recorded report: failed items first and shaded, each with its limit and the standard it comes from. */
export function ResultsTable({ results }: { results: SampleResultDto[] }) {
  const phone = !Grid.useBreakpoint().md
  const rows = [...results].sort((a, b) => Number(b.verdict === 'fail') - Number(a.verdict === 'fail'))
  const name = (r: SampleResultDto) => (r.verdict === 'fail' ? <Typography.Text type="danger" strong>{r.itemName}</Typography.Text> : r.itemName)
  if (phone) {
    // On a phone one item is one block: five columns would scroll sideways and hide the verdict.
    return (
      <List<SampleResultDto> dataSource={rows} data-testid="results-table" renderItem={(r) => (
        <List.Item style={{ display: 'block', paddingInline: 8, background: r.verdict === 'fail' ? FAILED_BACKGROUND : undefined }}>
          <div style={{ display: 'flex', gap: 8, alignItems: 'baseline' }}>
            <span style={{ flex: 1 }}>{name(r)}</span>
            <VerdictTag verdict={r.verdict} />
          </div>
          <div>检测值 {measuredText(r)} · 限量 {r.limitText}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.standard}</Typography.Text>
        </List.Item>
      )} />
    )
  }
  return (
    <Table<SampleResultDto> rowKey="id" size="small" pagination={false} dataSource={rows} data-testid="results-table"
      onRow={(r) => ({ style: r.verdict === 'fail' ? { background: FAILED_BACKGROUND } : undefined })}
      columns={[
        { title: '检验项目', dataIndex: 'itemName', width: 170, render: (_, r) => name(r) },
        { title: '检测值', key: 'value', width: 190, render: (_, r) => measuredText(r) },
        { title: '限量', dataIndex: 'limitText', width: 190 },
        { title: '判定依据', dataIndex: 'standard' },
        { title: '结论', dataIndex: 'verdict', width: 80, render: (v: string) => <VerdictTag verdict={v} /> },
      ]} />
  )
}
