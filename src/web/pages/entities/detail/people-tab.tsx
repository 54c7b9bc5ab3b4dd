import { PlusOutlined } from '@ant-design/icons'
import { Button, DatePicker, Form, Input, InputNumber, Popconfirm, Radio, Select, Space, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import type { EntityDetailDto } from '../../../../shared/entities'
import { ExportButton } from '../../../lib/export-button'
import { entityTableExportUrl, saveChild } from '../api'
import { afterToday, blank, fromDay, toDay } from '../dates'
import { PERSON_ROLE_OPTIONS, personRoleLabel } from '../labels'
import { ChildModal } from './child-modal'
import { useRemoveChild } from './use-remove-child'

type Person = EntityDetailDto['people'][number]
interface Values {
  role: string; name: string; phone?: string; appointedOn?: Dayjs | null; assessedOn?: Dayjs | null
  assessmentScore?: number | null; assessmentPassed?: boolean | null
}

const LABELS = { role: '岗位', name: '姓名', phone: '联系电话', appointedOn: '任命日期', assessedOn: '考核日期', assessmentScore: '考核成绩', assessmentPassed: '考核结果' }

function Result({ p }: { p: Person }) {
  if (p.assessmentPassed === null) return <Typography.Text type="secondary">未考核</Typography.Text>
  return (
    <Space size={4}>
      <Tag color={p.assessmentPassed ? 'green' : 'red'}>{p.assessmentPassed ? '合格' : '不合格'}</Tag>
      {p.assessmentScore !== null && <span>{p.assessmentScore} 分</span>}
    </Space>
  )
}

/** 人员: the 食品安全总监 and 食品安全员 the business appointed (企业主体责任规定), with their assessment results. */
export function PeopleTab({ entity, canManage, onChange }: { entity: EntityDetailDto; canManage: boolean; onChange: (e: EntityDetailDto) => void }) {
  const [editing, setEditing] = useState<Person | 'new' | null>(null)
  const remove = useRemoveChild(entity.id, 'people', onChange)

  const columns: ColumnsType<Person> = [
    { title: '岗位', dataIndex: 'role', width: 130, render: (r: string) => <Tag color={r === 'director' ? 'purple' : 'blue'}>{personRoleLabel(r)}</Tag> },
    { title: '姓名', dataIndex: 'name', width: 100 },
    { title: '联系电话', dataIndex: 'phone', width: 140, render: (p: string | null) => p ?? '—' },
    { title: '任命日期', dataIndex: 'appointedOn', width: 110, render: (d: string | null) => d ?? '—' },
    { title: '考核日期', dataIndex: 'assessedOn', width: 110, render: (d: string | null) => d ?? '—' },
    { title: '考核结果', key: 'result', width: 150, render: (_, p) => <Result p={p} /> },
  ]
  if (canManage) columns.push({
    title: '操作', key: 'actions', width: 120,
    render: (_, p) => (
      <Space size={0}>
        <Button type="link" size="small" onClick={() => setEditing(p)}>编辑</Button>
        <Popconfirm title={`删除${personRoleLabel(p.role)}“${p.name}”？`} okText="删除" cancelText="取消" okButtonProps={{ danger: true }}
          onConfirm={() => remove(p.id, '人员已删除')}>
          <Button type="link" size="small" danger>删除</Button>
        </Popconfirm>
      </Space>
    ),
  })

  const missing = !entity.people.some((p) => p.role === 'director') && !entity.people.some((p) => p.role === 'officer')
  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        {canManage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>添加人员</Button>}
        <ExportButton href={entityTableExportUrl(entity.id, 'people')} />
      </Space>
      {missing && <Typography.Paragraph type="warning">尚未登记食品安全总监或食品安全员。</Typography.Paragraph>}
      <Table<Person> rowKey="id" size="middle" columns={columns} dataSource={entity.people} pagination={false} scroll={{ x: 860 }}
        locale={{ emptyText: '尚未登记人员' }} />
      {editing && (
        <ChildModal<Values> title={editing === 'new' ? '添加人员' : `编辑人员：${editing.name}`} labels={LABELS}
          initialValues={editing === 'new' ? { role: 'officer' } : {
            ...editing, phone: editing.phone ?? undefined, appointedOn: toDay(editing.appointedOn), assessedOn: toDay(editing.assessedOn),
          }}
          save={(v) => saveChild(entity.id, 'people', editing === 'new' ? null : editing.id, {
            role: v.role, name: v.name.trim(), phone: blank(v.phone), appointedOn: fromDay(v.appointedOn), assessedOn: fromDay(v.assessedOn),
            assessmentScore: typeof v.assessmentScore === 'number' ? v.assessmentScore : null, assessmentPassed: v.assessmentPassed ?? null,
          })}
          onClose={() => setEditing(null)} onSaved={(e) => { setEditing(null); onChange(e) }}>
          {() => (
            <>
              <Form.Item name="role" label={LABELS.role} rules={[{ required: true, message: '请选择岗位' }]}><Select options={PERSON_ROLE_OPTIONS} /></Form.Item>
              <Form.Item name="name" label={LABELS.name} rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}><Input maxLength={32} /></Form.Item>
              <Form.Item name="phone" label={LABELS.phone} rules={[{ pattern: /^[0-9+\- ]{5,20}$/, message: '应为 5–20 位数字（可含 +、- 和空格）' }]}><Input maxLength={20} /></Form.Item>
              <Space size={16} wrap>
                <Form.Item name="appointedOn" label={LABELS.appointedOn}><DatePicker disabledDate={afterToday} /></Form.Item>
                <Form.Item name="assessedOn" label={LABELS.assessedOn}><DatePicker disabledDate={afterToday} /></Form.Item>
                <Form.Item name="assessmentScore" label={LABELS.assessmentScore}><InputNumber min={0} max={100} precision={0} addonAfter="分" /></Form.Item>
              </Space>
              <Form.Item name="assessmentPassed" label={LABELS.assessmentPassed} style={{ marginBottom: 0 }}>
                <Radio.Group options={[{ value: true, label: '合格' }, { value: false, label: '不合格' }, { value: null, label: '未考核' }]} />
              </Form.Item>
            </>
          )}
        </ChildModal>
      )}
    </div>
  )
}
