import { PlusOutlined } from '@ant-design/icons'
import { Button, DatePicker, Form, Input, Popconfirm, Select, Space, Table, Tag } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import type { EntityDetailDto } from '../../../../shared/entities'
import { ExportButton } from '../../../lib/export-button'
import { entityTableExportUrl, saveChild } from '../api'
import { afterToday, blank, fromDay, toDay } from '../dates'
import { CERTIFICATION_OPTIONS, certificationLabel, DaysLeft, ExpiryText } from '../labels'
import { ChildModal } from './child-modal'
import { useRemoveChild } from './use-remove-child'

type Certification = EntityDetailDto['certifications'][number]
interface Values { kind: string; number?: string; issuer?: string; issuedOn?: Dayjs | null; expiresOn?: Dayjs | null }

const LABELS = { kind: '认证类型', number: '证书编号', issuer: '认证机构', issuedOn: '发证日期', expiresOn: '有效期至' }

/** 认证: HACCP, ISO 22000 and the like, with their expiry. */
export function CertificationsTab({ entity, canManage, onChange }: { entity: EntityDetailDto; canManage: boolean; onChange: (e: EntityDetailDto) => void }) {
  const [editing, setEditing] = useState<Certification | 'new' | null>(null)
  const remove = useRemoveChild(entity.id, 'certifications', onChange)

  const columns: ColumnsType<Certification> = [
    { title: '认证类型', dataIndex: 'kind', width: 120, render: (k: string) => <Tag color="geekblue">{certificationLabel(k)}</Tag> },
    { title: '证书编号', dataIndex: 'number', width: 180, render: (n: string | null) => (n ? <span className="mono">{n}</span> : '—') },
    { title: '认证机构', dataIndex: 'issuer', render: (i: string | null) => i ?? '—' },
    { title: '发证日期', dataIndex: 'issuedOn', width: 110, render: (d: string | null) => d ?? '—' },
    { title: '有效期至', dataIndex: 'expiresOn', width: 110, render: (d: string | null, x) => <ExpiryText date={d} days={x.daysToExpiry} plain /> },
    { title: '剩余天数', dataIndex: 'daysToExpiry', width: 100, render: (d: number | null) => <DaysLeft days={d} /> },
  ]
  if (canManage) columns.push({
    title: '操作', key: 'actions', width: 120,
    render: (_, c) => (
      <Space size={0}>
        <Button type="link" size="small" onClick={() => setEditing(c)}>编辑</Button>
        <Popconfirm title={`删除 ${certificationLabel(c.kind)} 认证？`} okText="删除" cancelText="取消" okButtonProps={{ danger: true }}
          onConfirm={() => remove(c.id, '认证已删除')}>
          <Button type="link" size="small" danger>删除</Button>
        </Popconfirm>
      </Space>
    ),
  })

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        {canManage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>添加认证</Button>}
        <ExportButton href={entityTableExportUrl(entity.id, 'certifications')} />
      </Space>
      <Table<Certification> rowKey="id" size="middle" columns={columns} dataSource={entity.certifications} pagination={false} scroll={{ x: 900 }}
        locale={{ emptyText: '没有登记认证' }} />
      {editing && (
        <ChildModal<Values> title={editing === 'new' ? '添加认证' : `编辑认证：${certificationLabel(editing.kind)}`} labels={LABELS}
          initialValues={editing === 'new' ? {} : {
            kind: editing.kind, number: editing.number ?? undefined, issuer: editing.issuer ?? undefined, issuedOn: toDay(editing.issuedOn), expiresOn: toDay(editing.expiresOn),
          }}
          save={(v) => saveChild(entity.id, 'certifications', editing === 'new' ? null : editing.id, {
            kind: v.kind, number: blank(v.number), issuer: blank(v.issuer), issuedOn: fromDay(v.issuedOn), expiresOn: fromDay(v.expiresOn),
          })}
          onClose={() => setEditing(null)} onSaved={(e) => { setEditing(null); onChange(e) }}>
          {() => (
            <>
              <Form.Item name="kind" label={LABELS.kind} rules={[{ required: true, message: '请选择认证类型' }]}><Select options={CERTIFICATION_OPTIONS} /></Form.Item>
              <Form.Item name="number" label={LABELS.number}><Input maxLength={64} className="mono" /></Form.Item>
              <Form.Item name="issuer" label={LABELS.issuer}><Input maxLength={64} /></Form.Item>
              <Space size={16} wrap>
                <Form.Item name="issuedOn" label={LABELS.issuedOn}><DatePicker disabledDate={afterToday} /></Form.Item>
                <Form.Item name="expiresOn" label={LABELS.expiresOn} style={{ marginBottom: 0 }}><DatePicker /></Form.Item>
              </Space>
            </>
          )}
        </ChildModal>
      )}
    </div>
  )
}
