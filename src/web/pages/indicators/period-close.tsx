import { LockOutlined, UnlockOutlined } from '@ant-design/icons'
import { Alert, App, Button, Input, Modal, Space, Table, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { useCallback, useState } from 'react'
import { errorMessage } from '../../lib/form-errors'
import { formatMinute, formatNumber } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { ExportButton } from '../../lib/export-button'
import { closePeriod, fetchLateChanges, lateChangesExportUrl, reopenPeriod, type IndicatorDefinitionDto, type IndicatorsDto, type PeriodPick } from './api'
import { figureText } from './format'

/** The closing bar of the indicators page: whether the period is frozen, and (for the office) close or reopen it. */
export function PeriodCloseBar({ data, pick, canManage, onChanged }: { data: IndicatorsDto | undefined; pick: PeriodPick; canManage: boolean; onChanged: () => void }) {
  const { message, modal } = App.useApp()
  const [reason, setReason] = useState('')
  const closable = !pick.period.match(/^\d{4}-\d{2}$/) && !!data && data.period.to < dayjs().format('YYYY-MM-DD')
  if (!data) return null
  const run = async (work: () => Promise<unknown>, done: string) => {
    try { await work(); message.success(done); onChanged() } catch (e) { message.error(errorMessage(e)) }
  }
  if (data.closed) {
    return (
      <Alert type="info" showIcon icon={<LockOutlined />} style={{ marginBottom: 12 }}
        message={`${data.period.label}已关闭：指标数值已于 ${formatMinute(data.closed.closedAt)} 由 ${data.closed.closedBy} 冻结。关闭后对该期间记录的更正显示在冻结数旁。`}
        action={canManage && (
          <Button size="small" icon={<UnlockOutlined />} onClick={() => modal.confirm({
            title: `重开${data.period.label}`, okText: '重开',
            content: <Input.TextArea aria-label="重开理由" placeholder="重开理由（必填，记入审计）" onChange={(e) => setReason(e.target.value)} />,
            onOk: () => run(() => reopenPeriod(pick.period, reason), '已重开'),
          })}>重开</Button>
        )} />
    )
  }
  if (!canManage || !closable) return null
  return (
    <Space style={{ marginBottom: 12 }}>
      <Button icon={<LockOutlined />} onClick={() => modal.confirm({
        title: `关闭${data.period.label}`, okText: '关闭并冻结',
        content: '关闭后，本辖区及下一级区域的全部指标数值冻结，作为报送口径；之后对该期间记录的修改将作为更正另行显示。',
        onOk: () => run(() => closePeriod(pick.period), '已关闭，数值已冻结'),
      })}>关闭期间</Button>
    </Space>
  )
}

/** Beside a frozen figure that the live data no longer matches: the two, and who changed which record after closing. */
export function LateChangesModal({ def, pick, onClose }: { def: IndicatorDefinitionDto | null; pick: PeriodPick; onClose: () => void }) {
  const load = useCallback(() => (def ? fetchLateChanges(def.id, pick) : Promise.resolve(undefined)), [def, pick])
  const changes = useLoad(load)
  const d = changes.data
  return (
    <Modal open={!!def} onCancel={onClose} footer={null} width={760} destroyOnHidden title={def ? `${def.name}：关闭后的更正` : ''}>
      <LoadError error={changes.error} />
      {d && def && (
        <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} align="start">
          <Typography.Text>
            冻结数 <Tag>{figureText(d.frozen.value, def.unit)}</Tag>（分子 {formatNumber(d.frozen.numerator ?? 0)}）→ 现数 <Tag color="orange">{figureText(d.live.value, def.unit)}</Tag>（分子 {formatNumber(d.live.numerator ?? 0)}）
          </Typography.Text>
          <ExportButton size="small" href={lateChangesExportUrl(def.id, pick)} />
        </Space>
      )}
      <Table rowKey={(r) => `${r.at}-${r.recordId}`} size="small" pagination={false} loading={changes.loading} dataSource={d?.changes}
        columns={[
          { title: '时间', dataIndex: 'at', width: 150, render: (v: string) => formatMinute(v) },
          { title: '操作人', dataIndex: 'actor', width: 110 },
          { title: '操作', dataIndex: 'actionLabel', width: 140 },
          { title: '记录', dataIndex: 'title' },
        ]} />
    </Modal>
  )
}
