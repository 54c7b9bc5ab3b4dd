import { PlusOutlined } from '@ant-design/icons'
import { Button, Checkbox, DatePicker, Form, Input, Popconfirm, Select, Space, Table, Tag, type FormInstance } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import { checkLicenceNumber, LICENCE_PATTERNS } from '../../../../shared/codes'
import type { EntityDetailDto } from '../../../../shared/entities'
import { entityTypeDef, LICENCE_KINDS, type LicenceKind } from '../../../../shared/entity-catalogue'
import { ExportButton } from '../../../lib/export-button'
import { entityTableExportUrl, saveChild } from '../api'
import { afterToday, blank, fromDay, toDay } from '../dates'
import { DaysLeft, ExpiryText, LICENCE_OPTIONS, licenceLabel } from '../labels'
import { ChildModal } from './child-modal'
import { useRemoveChild } from './use-remove-child'

type Licence = EntityDetailDto['licences'][number]
interface Values { kind: string; number: string; category?: string; issuedOn?: Dayjs | null; expiresOn?: Dayjs | null; electronic: boolean; issuer?: string }

const LABELS = { kind: '证照类型', number: '证照编号', category: '许可类别（经营项目）', issuedOn: '发证日期', expiresOn: '有效期至', electronic: '电子证书', issuer: '发证机关' }

interface TabProps { entity: EntityDetailDto; canManage: boolean; onChange: (e: EntityDetailDto) => void }

/** 证照: licences and registrations, each with its expiry coloured (red expired, orange within 30 days). */
export function LicencesTab({ entity, canManage, onChange }: TabProps) {
  const [editing, setEditing] = useState<Licence | 'new' | null>(null)
  const remove = useRemoveChild(entity.id, 'licences', onChange)

  const columns: ColumnsType<Licence> = [
    { title: '证照类型', dataIndex: 'kind', width: 170, render: (k: string, l) => <>{licenceLabel(k)}{l.electronic && <Tag color="blue" style={{ marginLeft: 4 }}>电子</Tag>}</> },
    { title: '编号', dataIndex: 'number', width: 180, render: (n: string) => <span className="mono">{n}</span> },
    { title: '许可类别（经营项目）', dataIndex: 'category', width: 180, render: (c: string | null) => c ?? '—' },
    { title: '发证日期', dataIndex: 'issuedOn', width: 110, render: (d: string | null) => d ?? '—' },
    { title: '有效期至', dataIndex: 'expiresOn', width: 110, render: (d: string | null, x) => <ExpiryText date={d} days={x.daysToExpiry} plain /> },
    { title: '剩余天数', dataIndex: 'daysToExpiry', width: 100, render: (d: number | null) => <DaysLeft days={d} /> },
    { title: '发证机关', dataIndex: 'issuer', width: 140, render: (i: string | null) => i ?? '—' },
  ]
  if (canManage) columns.push({
    title: '操作', key: 'actions', width: 110,
    render: (_, l) => (
      <Space size={0}>
        <Button type="link" size="small" onClick={() => setEditing(l)}>编辑</Button>
        <Popconfirm title={`删除证照 ${l.number}？`} okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => remove(l.id, '证照已删除')}>
          <Button type="link" size="small" danger>删除</Button>
        </Popconfirm>
      </Space>
    ),
  })

  const defaultKind = entityTypeDef(entity.type)?.licence ?? 'operation'
  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        {canManage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>添加证照</Button>}
        <ExportButton href={entityTableExportUrl(entity.id, 'licences')} />
      </Space>
      <Table<Licence> rowKey="id" size="middle" columns={columns} dataSource={entity.licences} pagination={false} scroll={{ x: 1060 }}
        locale={{ emptyText: '尚未登记证照' }} />
      {editing && (
        <ChildModal<Values> title={editing === 'new' ? '添加证照' : `编辑证照：${editing.number}`} labels={LABELS}
          initialValues={editing === 'new' ? { kind: defaultKind, electronic: false } : {
            ...editing, category: editing.category ?? undefined, issuer: editing.issuer ?? undefined, issuedOn: toDay(editing.issuedOn), expiresOn: toDay(editing.expiresOn),
          }}
          save={(v) => saveChild(entity.id, 'licences', editing === 'new' ? null : editing.id, {
            kind: v.kind, number: v.number.trim().toUpperCase(), category: blank(v.category), issuedOn: fromDay(v.issuedOn), expiresOn: fromDay(v.expiresOn),
            electronic: v.electronic, issuer: blank(v.issuer),
          })}
          onClose={() => setEditing(null)} onSaved={(e) => { setEditing(null); onChange(e) }}>
          {(form) => <LicenceFields form={form} />}
        </ChildModal>
      )}
    </div>
  )
}

function LicenceFields({ form }: { form: FormInstance<Values> }) {
  const kind = Form.useWatch('kind', form)
  const years = LICENCE_KINDS[kind as LicenceKind]?.validityYears
  return (
    <>
      <Form.Item name="kind" label={LABELS.kind} rules={[{ required: true, message: '请选择证照类型' }]}><Select options={LICENCE_OPTIONS} /></Form.Item>
      <Form.Item name="number" label={LABELS.number} dependencies={['kind']} extra={LICENCE_PATTERNS[kind ?? '']?.hint ?? '按证上编号填写'}
        normalize={(v?: string) => v?.toUpperCase()} rules={[({ getFieldValue }) => ({
          validator: async (_, v?: string) => { const e = checkLicenceNumber(getFieldValue('kind') ?? '', v ?? ''); if (e) throw new Error(e) },
        })]}>
        <Input maxLength={40} className="mono" />
      </Form.Item>
      <Form.Item name="category" label={LABELS.category}><Input maxLength={200} /></Form.Item>
      <Space size={16} wrap>
        <Form.Item name="issuedOn" label={LABELS.issuedOn}><DatePicker disabledDate={afterToday} /></Form.Item>
        <Form.Item name="expiresOn" label={LABELS.expiresOn} extra={years ? `有效期 ${years} 年，须填写` : '备案卡可不填'}
          rules={[{ required: Boolean(years), message: '请填写有效期' }]}>
          <DatePicker />
        </Form.Item>
      </Space>
      <Form.Item name="issuer" label={LABELS.issuer}><Input maxLength={64} /></Form.Item>
      <Form.Item name="electronic" valuePropName="checked" style={{ marginBottom: 0 }}><Checkbox>电子证书</Checkbox></Form.Item>
    </>
  )
}
