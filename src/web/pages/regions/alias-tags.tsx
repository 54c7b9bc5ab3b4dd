import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Input, Space, Tag } from 'antd'
import { useState } from 'react'
import type { UnitDto } from '../../../shared/regions'
import { isSessionError } from '../../api/client'
import { errorMessage } from '../../lib/form-errors'
import { addAlias, removeAlias } from './api'

interface Props {
  unit: UnitDto
  canManage: boolean
  onChange: (unit: UnitDto) => void
}

/**
 * A unit's aliases (the other ways plans write its name). With units.manage they can be added and
 * removed; the server refuses an alias that already names another unit (409), and we show its message.
 */
export function AliasTags({ unit, canManage, onChange }: Props) {
  const { message, modal } = App.useApp()
  const [adding, setAdding] = useState(false)
  const [value, setValue] = useState('')
  const [saving, setSaving] = useState(false)

  const fail = (e: unknown) => { if (!isSessionError(e)) message.error(errorMessage(e)) }

  const submit = async () => {
    const alias = value.trim()
    if (!alias) { setAdding(false); return }
    setSaving(true)
    try {
      onChange(await addAlias(unit.id, alias))
      message.success(`已添加别名“${alias}”`)
      setValue('')
      setAdding(false)
    } catch (e) {
      fail(e)
    } finally {
      setSaving(false)
    }
  }

  const confirmRemove = (alias: string) => modal.confirm({
    title: `删除别名“${alias}”？`,
    content: `删除后，文件中写作“${alias}”的单位将不再自动识别为“${unit.name}”。`,
    okText: '删除', okButtonProps: { danger: true }, cancelText: '取消',
    onOk: async () => {
      try {
        onChange(await removeAlias(unit.id, alias))
        message.success(`已删除别名“${alias}”`)
      } catch (e) {
        fail(e)
      }
    },
  })

  return (
    <Space size={[4, 6]} wrap>
      {unit.aliases.map((alias) => (
        <Tag key={alias} closable={canManage} style={{ marginInlineEnd: 0 }}
          closeIcon={canManage ? undefined : false}
          onClose={(e) => { e.preventDefault(); confirmRemove(alias) }}>
          {alias}
        </Tag>
      ))}
      {canManage && !adding && (
        <Tag onClick={() => setAdding(true)} style={{ borderStyle: 'dashed', cursor: 'pointer', background: '#fff', marginInlineEnd: 0 }}>
          <PlusOutlined /> 添加别名
        </Tag>
      )}
      {canManage && adding && (
        <Space.Compact size="small">
          <Input autoFocus placeholder="输入别名" value={value} maxLength={64} style={{ width: 160 }} aria-label="新别名"
            onChange={(e) => setValue(e.target.value)} onPressEnter={submit}
            onKeyDown={(e) => { if (e.key === 'Escape') { setAdding(false); setValue('') } }} />
          <Button type="primary" loading={saving} onClick={submit}>添加</Button>
          <Button onClick={() => { setAdding(false); setValue('') }}>取消</Button>
        </Space.Compact>
      )}
    </Space>
  )
}
