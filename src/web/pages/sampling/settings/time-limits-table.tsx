import { Alert, App as AntApp, Button, Form, InputNumber, Modal, Select, Table, Tag, Typography } from 'antd'
import { useCallback, useState } from 'react'
import { errorMessage } from '../../../lib/form-errors'
import { LoadError } from '../../../lib/load-error'
import { useLoad } from '../../../lib/use-load'
import { fetchTimeLimits, saveTimeLimit, type TimeLimitRow } from './api'

const UNITS: Record<string, string> = { workday: '工作日', day: '自然日' }
const STATUS: Record<string, string> = { P: '已核对原文', S: '二手来源', U: '未核实' }

function EditModal({ row, onClose, onSaved }: { row: TimeLimitRow; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<{ days: number; unit: string }>()
  const [error, setError] = useState<string>()
  const [saving, setSaving] = useState(false)
  const submit = async (v: { days: number; unit: string }) => {
    setSaving(true)
    try {
      await saveTimeLimit(row.code, v)
      onSaved()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }
  return (
    <Modal open title={`修改时限：${row.label}`} okText="保存" cancelText="取消" confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message="只影响此后计算的期限" description="已开启的核查处置、已登记的样品保留原期限。" />
      {row.status === 'P' && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="该时限已核对法律原文，除非法规修订，不应修改。" />}
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={error} />}
      <Form form={form} layout="vertical" initialValues={{ days: row.days, unit: row.unit }} onFinish={submit}>
        <Form.Item name="days" label="时限天数" rules={[{ required: true, message: '请填写天数' }]}><InputNumber min={0} max={365} precision={0} /></Form.Item>
        <Form.Item name="unit" label="时限单位"><Select options={Object.entries(UNITS).map(([value, label]) => ({ value, label }))} style={{ width: 140 }} /></Form.Item>
        <Typography.Text type="secondary">法规默认：{row.defaultDays} 个{UNITS[row.defaultUnit]}；依据：{row.source}</Typography.Text>
      </Form>
    </Modal>
  )
}

/** 抽检与核查处置时限: the value in force, its source, and 「未核实」 for the values not read in the text. */
export function TimeLimitsTable({ canManage }: { canManage: boolean }) {
  const { message } = AntApp.useApp()
  const { data, error, loading, reload } = useLoad(useCallback(() => fetchTimeLimits(), []))
  const [editing, setEditing] = useState<TimeLimitRow | null>(null)
  return (
    <>
      <LoadError error={error} />
      <Table<TimeLimitRow> rowKey="code" size="small" loading={loading} dataSource={data?.items} pagination={false} scroll={{ x: 900 }}
        onRow={(r) => ({ 'data-testid': `limit-${r.code}` } as React.HTMLAttributes<HTMLElement>)}
        columns={[
          { title: '环节', dataIndex: 'label', width: 220 },
          { title: '起算', dataIndex: 'from', width: 170 },
          {
            title: '时限', key: 'days', width: 150,
            render: (_, r) => <span>{r.days} 个{UNITS[r.unit] ?? r.unit}{r.changed && <Tag color="blue" style={{ marginLeft: 4 }} title={`法规默认 ${r.defaultDays} 个${UNITS[r.defaultUnit]}`}>已调整</Tag>}</span>,
          },
          { title: '依据', dataIndex: 'source' },
          { title: '核实', dataIndex: 'status', width: 110, render: (s: string) => <Tag color={s === 'U' ? 'orange' : s === 'P' ? 'green' : 'default'}>{STATUS[s] ?? s}</Tag> },
          ...(canManage ? [{ title: '操作', key: 'op', width: 80, render: (_: unknown, r: TimeLimitRow) => <Button size="small" onClick={() => setEditing(r)}>修改</Button> }] : []),
        ]} />
      {editing && <EditModal row={editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); message.success('已保存，此后计算的期限按新时限'); reload() }} />}
    </>
  )
}
