import { Alert, App as AntApp, Button, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag } from 'antd'
import { useCallback, useState } from 'react'
import { limitText, plainDecimal } from '../../../../shared/sample-verdict'
import { FOOD_CATEGORIES, LIMIT_KINDS, TEST_ITEM_GROUPS } from '../../../../shared/sampling-catalogue'
import { errorMessage } from '../../../lib/form-errors'
import { LoadError } from '../../../lib/load-error'
import { useLoad } from '../../../lib/use-load'
import { fetchTestItems, saveTestItem, type TestItemDto, type TestItemInput } from './api'

const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }))
const CATEGORY_OPTIONS = Object.entries(FOOD_CATEGORIES).map(([value, c]) => ({ value, label: c.label }))
const label = (o: Record<string, string>, k: string) => o[k] ?? k
type Values = Omit<TestItemInput, 'limitValue' | 'limitMax'> & { limitValue?: string; limitMax?: string }
const EMPTY: Partial<Values> = { group: 'pesticide', categories: [], limitKind: 'max', unit: 'mg/kg', status: 'U', active: true }

function ItemModal({ item, onClose, onSaved }: { item: TestItemDto | null; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>()
  const [error, setError] = useState<string>()
  const [saving, setSaving] = useState(false)
  const submit = async (v: Values) => {
    setSaving(true)
    try {
      const text = (s?: string | null) => (s && s.trim() ? s.trim() : null)
      await saveTestItem(item?.id ?? null, {
        name: v.name, group: v.group, foodScope: v.foodScope, categories: v.categories ?? [], limitKind: v.limitKind,
        limitValue: text(v.limitValue), limitMax: text(v.limitMax), planN: v.planN ?? null, planC: v.planC ?? null,
        unit: v.unit, standard: v.standard, status: v.status, note: text(v.note), active: v.active ?? true,
      })
      onSaved()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }
  const initial = item ? { ...item, limitValue: item.limitValue === null ? undefined : plainDecimal(item.limitValue), limitMax: item.limitMax === null ? undefined : plainDecimal(item.limitMax) } : EMPTY
  return (
    <Modal open width={720} title={item ? `修改检验项目：${item.name}` : '新增检验项目'} okText="保存" cancelText="取消" confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={error} />}
      <Form form={form} layout="vertical" initialValues={initial as Values} onFinish={submit}>
        <Space wrap align="start">
          <Form.Item name="name" label="检验项目" rules={[{ required: true, message: '请填写检验项目' }]}><Input maxLength={64} style={{ width: 200 }} /></Form.Item>
          <Form.Item name="group" label="项目类别"><Select options={options(TEST_ITEM_GROUPS)} style={{ width: 140 }} /></Form.Item>
          <Form.Item name="foodScope" label="适用食品" rules={[{ required: true, message: '请填写适用食品' }]}><Input maxLength={100} style={{ width: 260 }} /></Form.Item>
        </Space>
        <Form.Item name="categories" label="食品类别"><Select mode="multiple" options={CATEGORY_OPTIONS} /></Form.Item>
        <Space wrap align="start">
          <Form.Item name="limitKind" label="判定方式"><Select options={options(LIMIT_KINDS)} style={{ width: 200 }} /></Form.Item>
          <Form.Item name="limitValue" label="限量值（m）"><Input style={{ width: 110 }} /></Form.Item>
          <Form.Item name="limitMax" label="M 值"><Input style={{ width: 110 }} /></Form.Item>
          <Form.Item name="planN" label="n"><InputNumber min={1} max={20} style={{ width: 70 }} /></Form.Item>
          <Form.Item name="planC" label="c"><InputNumber min={0} max={20} style={{ width: 70 }} /></Form.Item>
          <Form.Item name="unit" label="单位" rules={[{ required: true, message: '请填写单位' }]}><Input maxLength={16} style={{ width: 100 }} /></Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item name="standard" label="依据标准" rules={[{ required: true, message: '请填写依据标准' }]}><Input maxLength={100} style={{ width: 260 }} /></Form.Item>
          <Form.Item name="status" label="核实状态"><Select options={[{ value: 'P', label: '已核对原文' }, { value: 'S', label: '二手来源' }, { value: 'U', label: '未核实' }]} style={{ width: 130 }} /></Form.Item>
          <Form.Item name="active" label="启用" valuePropName="checked"><Switch /></Form.Item>
        </Space>
        <Form.Item name="note" label="备注"><Input maxLength={200} /></Form.Item>
      </Form>
    </Modal>
  )
}

/** 检验项目与限量: the seeded catalogue with its sources; 「未核实」 rows stay editable until checked against the standard. */
export function TestItemsTable({ canManage }: { canManage: boolean }) {
  const { message } = AntApp.useApp()
  const [q, setQ] = useState<string>()
  const [category, setCategory] = useState<string>()
  const { data, error, loading, reload } = useLoad(useCallback(() => fetchTestItems({ q, category }), [q, category]))
  const [editing, setEditing] = useState<TestItemDto | null | 'new'>(null)
  return (
    <>
      <LoadError error={error} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search aria-label="检验项目关键词" allowClear placeholder="项目名称、适用食品" style={{ width: 240 }} onSearch={(v) => setQ(v.trim() || undefined)} />
        <Select aria-label="食品类别" allowClear placeholder="食品类别" options={CATEGORY_OPTIONS} style={{ width: 200 }} value={category} onChange={setCategory} />
        {canManage && <Button onClick={() => setEditing('new')}>新增检验项目</Button>}
      </Space>
      <Table<TestItemDto> rowKey="id" size="small" loading={loading} dataSource={data?.items} scroll={{ x: 1000 }} pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: '检验项目', dataIndex: 'name', width: 160, render: (n: string, i) => <span>{n}{!i.active && <Tag style={{ marginLeft: 4 }}>停用</Tag>}</span> },
          { title: '类别', dataIndex: 'group', width: 100, render: (g: string) => label(TEST_ITEM_GROUPS, g) },
          { title: '适用食品', dataIndex: 'foodScope', width: 200 },
          { title: '限量', key: 'limit', width: 190, render: (_, i) => limitText(i) },
          { title: '依据标准', dataIndex: 'standard', width: 180 },
          { title: '核实', dataIndex: 'status', width: 90, render: (s: string) => (s === 'U' ? <Tag color="orange">未核实</Tag> : <Tag color={s === 'P' ? 'green' : 'default'}>{s === 'P' ? '已核对' : '二手来源'}</Tag>) },
          ...(canManage ? [{ title: '操作', key: 'op', width: 80, render: (_: unknown, i: TestItemDto) => <Button size="small" onClick={() => setEditing(i)}>修改</Button> }] : []),
        ]} />
      {editing && <ItemModal item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); message.success('已保存'); reload() }} />}
    </>
  )
}
