import { CameraOutlined, CloseOutlined, LoadingOutlined } from '@ant-design/icons'
import { Button, Image, Typography } from 'antd'
import { useRef } from 'react'
import { errorMessage } from '../../../lib/form-errors'
import { uploadPhoto } from '../api'

export interface Photo { key: string; url: string; sha256?: string; error?: string }

const MAX_PHOTOS = 20 // the API takes up to 20 photos per inspection
const MAX_EDGE = 1920

/**
 * Phone cameras take 4000-pixel photos; a 1920-pixel JPEG is plenty for a record and uploads quickly
 * on a weak signal. Small pictures go as they are.
 */
export async function shrink(file: File): Promise<{ blob: Blob; name: string }> {
  const keep = { blob: file as Blob, name: file.name }
  if (file.size < 1024 * 1024 || !/^image\/(jpeg|png)$/.test(file.type)) return keep
  try {
    const bitmap = await createImageBitmap(file)
    const scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height))
    const c = document.createElement('canvas')
    c.width = Math.round(bitmap.width * scale)
    c.height = Math.round(bitmap.height * scale)
    c.getContext('2d')!.drawImage(bitmap, 0, 0, c.width, c.height)
    const blob = await new Promise<Blob | null>((ok) => c.toBlob(ok, 'image/jpeg', 0.85))
    return blob ? { blob, name: file.name.replace(/\.\w+$/, '') + '.jpg' } : keep
  } catch {
    return keep
  }
}

/** 现场照片: taken or chosen on the phone, uploaded at once (POST /api/inspections/photos), shown as thumbnails. */
export function PhotoPicker({ photos, onChange, disabled }: { photos: Photo[]; onChange: (update: (p: Photo[]) => Photo[]) => void; disabled?: boolean }) {
  const input = useRef<HTMLInputElement>(null)

  const add = (files: FileList | null) => {
    for (const file of Array.from(files ?? []).slice(0, MAX_PHOTOS - photos.length)) {
      const key = `${file.name}-${file.size}-${Math.random()}`
      onChange((p) => [...p, { key, url: URL.createObjectURL(file) }])
      shrink(file).then(({ blob, name }) => uploadPhoto(blob, name)).then(
        (stored) => onChange((p) => p.map((x) => (x.key === key ? { ...x, sha256: stored.sha256 } : x))),
        (e) => onChange((p) => p.map((x) => (x.key === key ? { ...x, error: errorMessage(e) } : x))),
      )
    }
    if (input.current) input.current.value = ''
  }
  const remove = (key: string) => onChange((p) => p.filter((x) => x.key !== key))

  return (
    <div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }} data-testid="photo-list">
        {photos.map((p) => (
          <div key={p.key} style={{ position: 'relative', width: 96 }} data-state={p.sha256 ? 'uploaded' : p.error ? 'error' : 'uploading'}>
            <Image src={p.url} width={96} height={96} style={{ objectFit: 'cover', borderRadius: 6, opacity: p.sha256 ? 1 : 0.5 }} alt="现场照片" />
            {!p.sha256 && !p.error && <LoadingOutlined style={{ position: 'absolute', left: 38, top: 38, fontSize: 20 }} />}
            {p.error && <Typography.Text type="danger" style={{ fontSize: 12 }}>{p.error}</Typography.Text>}
            <Button size="small" shape="circle" icon={<CloseOutlined />} aria-label="删除照片" onClick={() => remove(p.key)}
              style={{ position: 'absolute', right: -6, top: -6 }} />
          </div>
        ))}
        {photos.length < MAX_PHOTOS && (
          <Button onClick={() => input.current?.click()} disabled={disabled} style={{ width: 96, height: 96, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center' }}>
            <CameraOutlined style={{ fontSize: 24 }} />
            <span>拍照 / 选图</span>
          </Button>
        )}
      </div>
      <input ref={input} type="file" accept="image/jpeg,image/png" multiple style={{ display: 'none' }} data-testid="photo-input" onChange={(e) => add(e.target.files)} />
    </div>
  )
}
