import { Card, Space, Typography } from 'antd'
import { useMe } from '../../../auth/auth-context'
import { TestItemsTable } from './test-items-table'
import { TimeLimitsTable } from './time-limits-table'

/** 检验项目与时限: the rules sampling is judged and timed by, as data the office keeps. */
export function SamplingSettingsPage() {
  const canManage = useMe().permissions.includes('sampling.manage')
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title="抽检与核查处置时限">
        <Typography.Paragraph type="secondary">
          期限在起算环节登记时按此表计算并保存（工作日按国务院办公厅节假日安排）；修改只影响此后计算的期限。标“未核实”的数值尚未对照《食品安全抽样检验管理办法》原文，请核实后调整。
        </Typography.Paragraph>
        <TimeLimitsTable canManage={canManage} />
      </Card>
      <Card title="检验项目与限量">
        <TestItemsTable canManage={canManage} />
      </Card>
    </Space>
  )
}
