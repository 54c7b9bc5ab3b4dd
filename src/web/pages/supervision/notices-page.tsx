import { Card, Typography } from 'antd'
import { useMe } from '../../auth/auth-context'
import { NoticesTable } from './notices-table'

/** 督办通知: the office issues them from a plan's overdue list; a unit sees and answers the ones it received. */
export function NoticesPage() {
  const me = useMe()
  const manages = me.permissions.includes('workplans.manage')
  return (
    <Card title="督办通知">
      <Typography.Paragraph type="secondary">
        {manages
          ? '督办通知在工作方案的“进度总览—逾期未报”中下发。被督办单位须在回复期限内回复，逾期未回复的纳入考核。'
          : me.unitId ? '本单位收到的督办通知。请在回复期限内说明情况并报送进展。' : '各工作方案下发的督办通知及回复情况。'}
      </Typography.Paragraph>
      <NoticesTable />
    </Card>
  )
}
