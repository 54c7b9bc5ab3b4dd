import { InboxOutlined } from '@ant-design/icons'
import { Alert, App, Button, Form, Input, Modal, Spin, Tabs, Typography, Upload } from 'antd'
import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { isSessionError } from '../../api/client'
import { errorMessage } from '../../lib/form-errors'
import { importPlanFile, importPlanText, type ImportResult } from './api'
import { planPath } from './paths'

const MAX_BYTES = 20 * 1024 * 1024
const ACCEPT = ['.docx', '.pdf', '.txt']

/**
 * 导入方案: a file (read on the server: .docx, .pdf with a text layer, .txt) or pasted text. The server
 * answers a second upload of the same document with the existing plan, which we then open.
 */
export function ImportPlanModal({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp()
  const navigate = useNavigate()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [form] = Form.useForm<{ text: string; fileName?: string }>()

  const run = async (action: () => Promise<ImportResult>) => {
    setBusy(true)
    setError(null)
    try {
      const { plan, duplicate } = await action()
      if (duplicate) message.info(plan.status === 'draft' ? '该文件已导入，已打开原草稿' : '该文件已导入并已发布，已打开该方案')
      else message.success(`已读取 ${plan.taskCount} 项任务，请核对后发布`)
      navigate(planPath(plan))
    } catch (e) {
      if (!isSessionError(e)) setError(errorMessage(e))
      setBusy(false)
    }
  }

  // Checked here too so that a wrong or huge file is refused before it is sent; the server checks again.
  const precheck = (file: File) => {
    const ext = file.name.slice(file.name.lastIndexOf('.')).toLowerCase()
    if (!ACCEPT.includes(ext)) setError(`不支持“${ext || '无扩展名'}”格式，请上传 Word（.docx）、PDF 或文本（.txt）文件；旧版 .doc 请先另存为 .docx`)
    else if (file.size > MAX_BYTES) setError('文件超过 20 MB，请压缩或拆分后再上传')
    else return true
    return Upload.LIST_IGNORE
  }

  const upload = (
    <Spin spinning={busy} tip="正在读取方案…">
      <Upload.Dragger accept={ACCEPT.join(',')} multiple={false} showUploadList={false} disabled={busy} beforeUpload={precheck}
        customRequest={({ file }) => { void run(() => importPlanFile(file as File)) }}>
        <p className="ant-upload-drag-icon"><InboxOutlined /></p>
        <p className="ant-upload-text">点击或将文件拖到此处上传</p>
        <p className="ant-upload-hint">支持 Word（.docx）、带文字层的 PDF、文本（.txt），不超过 20 MB</p>
      </Upload.Dragger>
    </Spin>
  )

  const paste = (
    <Form form={form} layout="vertical" disabled={busy}
      onFinish={(v) => run(() => importPlanText(v.text, v.fileName?.trim() || undefined))}>
      <Form.Item name="fileName" label="名称" extra="可不填，默认为“粘贴的方案文本”">
        <Input maxLength={200} placeholder="例如：2026年食品安全工作要点" />
      </Form.Item>
      <Form.Item name="text" label="方案全文" rules={[{ required: true, whitespace: true, message: '请粘贴方案文本' }]}>
        <Input.TextArea rows={12} placeholder="从 Word 或 PDF 中复制全文粘贴到这里，任务应按“（一）”“1.”等编号" />
      </Form.Item>
      <div style={{ textAlign: 'right' }}>
        <Button type="primary" htmlType="submit" loading={busy}>导入</Button>
      </div>
    </Form>
  )

  return (
    <Modal open title="导入工作方案" footer={null} onCancel={onClose} maskClosable={!busy} width={640} destroyOnHidden>
      {error && <Alert type="error" showIcon message="导入失败" description={error} style={{ marginBottom: 16 }} />}
      <Tabs onChange={() => setError(null)} items={[
        { key: 'file', label: '上传文件', children: upload },
        { key: 'text', label: '粘贴文本', children: paste },
      ]} />
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0', fontSize: 12 }}>
        导入后生成草稿，只有县食安办可见；核对无误并发布后才会分派给各单位。
      </Typography.Paragraph>
    </Modal>
  )
}
