import { CameraOutlined, DeleteOutlined } from '@ant-design/icons'
import { App, Button, Card, Empty, Image, Popconfirm, Space, Typography, Upload } from 'antd'
import { useState } from 'react'
import { MAX_SAMPLE_PHOTOS } from '../../../../shared/sampling'
import { errorMessage } from '../../../lib/form-errors'
import { shrink } from '../../inspections/new/photo-picker'
import { addSamplePhoto, removeSamplePhoto, samplePhotoUrl, type SampleDetailDto } from './api'


/**
 * 现场照片 on the sample's page. Until the sample is sent to the lab (the server's rule) an inspector may
 * add photos missed on site or remove a wrong one; afterwards they are shown only, as the 抽样单 prints them.
 */
export function SamplePhotosCard({ d, canRecord, onDone }: { d: SampleDetailDto; canRecord: boolean; onDone: () => void }) {
  const { message } = App.useApp()
  const [uploading, setUploading] = useState(0)
  const editable = canRecord && !d.sentOn
  if (!editable && d.photoIds.length === 0) return null

  const add = async (file: File) => {
    setUploading((n) => n + 1)
    try {
      const { blob, name } = await shrink(file)
      await addSamplePhoto(d.id, blob, name)
      onDone()
    } catch (e) {
      message.error(errorMessage(e))
    } finally {
      setUploading((n) => n - 1)
    }
  }
  const remove = (sha256: string) => removeSamplePhoto(d.id, sha256).then(() => { message.success('已删除照片'); onDone() }, (e) => message.error(errorMessage(e)))

  const extra = editable
    ? (
      <Upload accept="image/jpeg,image/png" multiple showUploadList={false} disabled={d.photoIds.length >= MAX_SAMPLE_PHOTOS}
        customRequest={({ file }) => { void add(file as File) }}>
        <Button size="small" icon={<CameraOutlined />} loading={uploading > 0} disabled={d.photoIds.length >= MAX_SAMPLE_PHOTOS} data-testid="sample-photo-upload">
          补充照片
        </Button>
      </Upload>
    )
    : canRecord && <Typography.Text type="secondary" style={{ fontSize: 12 }}>样品已送检，照片不可再增删</Typography.Text>

  return (
    <Card title={`现场照片（${d.photoIds.length} 张）`} size="small" extra={extra}>
      {editable && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          送检前可补充或删除；JPG 或 PNG，单张不超过 10 MB，最多 {MAX_SAMPLE_PHOTOS} 张。照片印在抽样单的样品信息之后。
        </Typography.Paragraph>
      )}
      {d.photoIds.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无现场照片" /> : (
        <Image.PreviewGroup>
          <Space wrap data-testid="sample-photos">
            {d.photoIds.map((p, i) => (
              <Space key={p} direction="vertical" size={4} align="center">
                <Image src={samplePhotoUrl(d.id, p)} width={120} height={120} style={{ objectFit: 'cover', borderRadius: 6 }} alt={`现场照片 ${i + 1}`} />
                {editable && (
                  <Popconfirm title="删除这张照片？" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove(p)}>
                    <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`删除照片 ${i + 1}`}>删除</Button>
                  </Popconfirm>
                )}
              </Space>
            ))}
          </Space>
        </Image.PreviewGroup>
      )}
    </Card>
  )
}
