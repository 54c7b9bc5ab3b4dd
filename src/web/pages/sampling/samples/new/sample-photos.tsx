import { CameraOutlined } from '@ant-design/icons'
import { Upload, type UploadFile } from 'antd'
import { MAX_SAMPLE_PHOTOS } from '../../../../../shared/sampling'
import { errorMessage } from '../../../../lib/form-errors'
import { shrink } from '../../../inspections/new/photo-picker'
import { uploadSamplePhoto, type StoredPhoto } from '../api'


/** The SHA-256 of the photos that finished uploading, for SampleInput.photoIds. */
export const photoIdsOf = (files: UploadFile[] = []) => [...new Set(files.filter((f) => f.status === 'done').map((f) => (f.response as StoredPhoto).sha256))]
export const photosUploading = (files: UploadFile[] = []) => files.some((f) => f.status === 'uploading')

/**
 * 现场照片 of the 抽样单: taken or chosen on the phone, shrunk like the inspection photos and uploaded at once
 * (POST /api/samples/files), shown as thumbnails. A Form.Item control: its value is antd's file list.
 */
export function SamplePhotos({ value = [], onChange, disabled }: { value?: UploadFile[]; onChange?: (files: UploadFile[]) => void; disabled?: boolean }) {
  return (
    <Upload listType="picture-card" accept="image/jpeg,image/png" multiple maxCount={MAX_SAMPLE_PHOTOS} fileList={value} disabled={disabled}
      onChange={({ fileList }) => onChange?.(fileList)}
      customRequest={({ file, onSuccess, onError }) => {
        shrink(file as File).then(({ blob, name }) => uploadSamplePhoto(blob, name))
          .then((stored) => onSuccess?.(stored), (e: unknown) => onError?.(new Error(errorMessage(e))))
      }}>
      {value.length < MAX_SAMPLE_PHOTOS && (
        <div data-testid="sample-photo-add"><CameraOutlined style={{ fontSize: 22 }} /><div style={{ marginTop: 6 }}>拍照 / 选图</div></div>
      )}
    </Upload>
  )
}
