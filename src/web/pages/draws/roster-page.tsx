import { Alert, App, Button, Card, Drawer, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd'
import { useCallback, useState } from 'react'
import { Link } from 'react-router-dom'
import { ExportButton } from '../../lib/export-button'
import { formatDateTime } from '../../lib/format'
import { errorMessage } from '../../lib/form-errors'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { fetchEntities } from '../entities/api'
import {
  addAvoidance, addRosterEntry, avoidancesExportUrl, fetchAvoidances, fetchRoster, fetchRosterCandidates, removeAvoidance, ROSTER_EXPORT_URL, updateRosterEntry,
  type RosterEntryDto,
} from './api'

/** Adds an inspector account to the roster with the 执法证号 (the unit defaults to the account's). */
function AddModal({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<{ accountId: string; certificateNumber: string }>()
  const { data } = useLoad(useCallback(() => (open ? fetchRosterCandidates() : Promise.resolve([])), [open]))
  const [error, setError] = useState<string>()
  async function submit(v: { accountId: string; certificateNumber: string }) {
    setError(undefined)
    try { await addRosterEntry(v); form.resetFields(); onSaved(); onClose() } catch (e) { setError(errorMessage(e)) }
  }
  return (
    <Modal title="列入执法检查人员名录库" open={open} onCancel={onClose} onOk={() => form.submit()} okText="列入" destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="accountId" label="执法人员" rules={[{ required: true, message: '请选择执法人员' }]}>
          <Select showSearch optionFilterProp="label" placeholder="“执法检查人员”角色的账号"
            options={(data ?? []).map((c) => ({ value: c.accountId, label: `${c.name}（${c.username}）${c.unitName ? ' · ' + c.unitName : ''}` }))} />
        </Form.Item>
        <Form.Item name="certificateNumber" label="执法证号" rules={[{ required: true, message: '请填写执法证号' }]}><Input maxLength={32} /></Form.Item>
      </Form>
    </Modal>
  )
}

/** The avoidance list of one officer: personal data, managed here and never published. */
function AvoidanceDrawer({ officer, onClose, onChanged }: { officer: RosterEntryDto | null; onClose: () => void; onChanged: () => void }) {
  const id = officer?.accountId
  const { data, error, loading, reload } = useLoad(useCallback(() => (id ? fetchAvoidances(id) : Promise.resolve([])), [id]))
  const [form] = Form.useForm<{ entityId: string; reason: string }>()
  const [options, setOptions] = useState<{ value: string; label: string }[]>([])
  const [saveError, setSaveError] = useState<string>()
  const { message } = App.useApp()
  const search = async (q: string) => {
    if (!q.trim()) return
    const list = await fetchEntities({ q, pageSize: 20 })
    setOptions(list.items.map((e) => ({ value: e.id, label: `${e.name}（${e.townshipName}）` })))
  }
  async function submit(v: { entityId: string; reason: string }) {
    setSaveError(undefined)
    try { await addAvoidance(id!, v); form.resetFields(); reload(); onChanged() } catch (e) { setSaveError(errorMessage(e)) }
  }
  return (
    <Drawer title={officer ? `回避名单：${officer.name}` : ''} open={!!officer} onClose={onClose} width={640} destroyOnHidden
      extra={id && <ExportButton size="small" href={avoidancesExportUrl(id)} />}>
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="回避名单涉及个人信息，仅用于抽取时排除，不在任何公示页面显示；公示记录只含其哈希。" />
      {saveError && <Alert type="error" showIcon message={saveError} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="entityId" label="经营主体" rules={[{ required: true, message: '请选择经营主体' }]}>
          <Select showSearch filterOption={false} onSearch={search} options={options} placeholder="输入名称、信用代码或许可证号搜索" />
        </Form.Item>
        <Form.Item name="reason" label="回避事由" rules={[{ required: true, message: '请填写回避事由' }]}><Input maxLength={200} placeholder="如：近亲属经营" /></Form.Item>
        <Button type="primary" htmlType="submit">登记回避</Button>
      </Form>
      <LoadError error={error} />
      <Table rowKey="entityId" size="small" loading={loading} dataSource={data} style={{ marginTop: 16 }} pagination={false}
        columns={[
          { title: '经营主体', dataIndex: 'entityName' },
          { title: '回避事由', dataIndex: 'reason' },
          { title: '登记时间', dataIndex: 'createdAt', width: 170, render: formatDateTime },
          {
            title: '', key: 'remove', width: 70, render: (_, r) => (
              <Button type="link" danger onClick={async () => {
                try { await removeAvoidance(r.accountId, r.entityId); reload(); onChanged() } catch (e) { message.error(errorMessage(e)) }
              }}>删除</Button>
            ),
          },
        ]} />
    </Drawer>
  )
}

export function RosterPage() {
  const { data, error, loading, reload } = useLoad(useCallback(fetchRoster, []))
  const [adding, setAdding] = useState(false)
  const [avoiding, setAvoiding] = useState<RosterEntryDto | null>(null)
  const { message } = App.useApp()
  const setActive = async (r: RosterEntryDto, active: boolean) => {
    try {
      await updateRosterEntry(r.accountId, { certificateNumber: r.certificateNumber, unitId: r.unitId ?? '', active })
      reload()
    } catch (e) { message.error(errorMessage(e)) }
  }
  return (
    <Card title="执法检查人员名录库" extra={<Space><Link to="/draws">返回双随机抽查</Link><ExportButton href={ROSTER_EXPORT_URL} /><Button type="primary" onClick={() => setAdding(true)}>列入名录库</Button></Space>}>
      <Typography.Paragraph type="secondary">
        在岗人员参与随机选派，每户由两名执法人员检查。冻结名录时公示姓名、执法单位和执法证号；回避名单不公示。
      </Typography.Paragraph>
      <LoadError error={error} />
      <Table<RosterEntryDto> rowKey="accountId" loading={loading} dataSource={data} size="middle" pagination={false}
        columns={[
          { title: '姓名', dataIndex: 'name', render: (v, r) => <Space>{v}{r.accountDisabled && <Tag>账号已停用</Tag>}</Space> },
          { title: '执法单位', dataIndex: 'unitName' },
          { title: '区域', dataIndex: 'regionName', width: 120 },
          { title: '执法证号', dataIndex: 'certificateNumber', width: 170 },
          { title: '在岗', dataIndex: 'active', width: 80, render: (v, r) => <Switch checked={v} aria-label={`${r.name}在岗`} onChange={(checked) => setActive(r, checked)} /> },
          { title: '回避', dataIndex: 'avoidanceCount', width: 130, render: (v, r) => <Button type="link" onClick={() => setAvoiding(r)}>回避名单（{v}）</Button> },
        ]} />
      <AddModal open={adding} onClose={() => setAdding(false)} onSaved={reload} />
      <AvoidanceDrawer officer={avoiding} onClose={() => setAvoiding(null)} onChanged={reload} />
    </Card>
  )
}
