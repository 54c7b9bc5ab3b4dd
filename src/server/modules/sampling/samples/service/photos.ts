import { MAX_SAMPLE_PHOTOS, type SampleDetailDto } from '../../../../../shared/sampling'
import { writeAudit } from '../../../../platform/audit'
import type { SignedInContext } from '../../../../platform/context'
import type { Transaction } from '../../../../platform/db'
import { badRequest, conflict, notFound } from '../../../../platform/errors'
import { storeFile } from '../../../../platform/files'
import * as q from '../queries'
import { sampleDetail } from './read'

/**
 * 现场照片 after the sample is recorded: taken on site, they belong to the sampling documents, so they may be
 * added or removed only until the sample and its documents go to the lab (sentOn set, 第二十条). Each
 * change is one transaction with its audit row; the stored bytes stay (content-addressed, maybe shared).
 */

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024
const LABEL = '现场照片'

/** The same check as the upload used at creation: by name first, then storeFile checks the bytes. */
export function checkPhotoName(fileName: string) {
  if (!/\.(jpe?g|png)$/i.test(fileName)) throw badRequest(`${LABEL}（${fileName}）：只能上传 JPG 或 PNG 图片`)
}

async function editableSample(tx: Transaction, ctx: SignedInContext, id: string) {
  const sample = await q.lockSample(tx, ctx.account, id)
  if (!sample) throw notFound('抽样记录')
  if (sample.sentOn) throw conflict(`${LABEL}：样品已于 ${sample.sentOn} 送达承检机构，不能再增删照片`)
  return sample
}

async function savePhotos(tx: Transaction, ctx: SignedInContext, id: string, before: string[], after: string[], action: string) {
  const saved = await q.updateSample(tx, id, { photoIds: after })
  await writeAudit(tx, ctx, { action, entityType: 'sample', entityId: id, before: { photoIds: before }, after: { photoIds: saved.photoIds } })
  return saved
}

export async function addSamplePhoto(ctx: SignedInContext, id: string, file: { buffer: Buffer; fileName: string }): Promise<SampleDetailDto> {
  checkPhotoName(file.fileName)
  const row = await ctx.db.transaction(async (tx) => {
    const sample = await editableSample(tx, ctx, id)
    if (sample.photoIds.length >= MAX_SAMPLE_PHOTOS) throw badRequest(`${LABEL}：每份抽样记录最多 ${MAX_SAMPLE_PHOTOS} 张`)
    const stored = await storeFile(tx, file.buffer, file.fileName, LABEL)
    if (sample.photoIds.includes(stored.sha256)) throw conflict(`${LABEL}（${stored.fileName}）：这张照片已在抽样记录中`)
    return savePhotos(tx, ctx, id, sample.photoIds, [...sample.photoIds, stored.sha256], 'sample.photo_add')
  })
  return sampleDetail(ctx, row)
}

export async function removeSamplePhoto(ctx: SignedInContext, id: string, sha256: string): Promise<SampleDetailDto> {
  const row = await ctx.db.transaction(async (tx) => {
    const sample = await editableSample(tx, ctx, id)
    if (!sample.photoIds.includes(sha256)) throw notFound(LABEL)
    return savePhotos(tx, ctx, id, sample.photoIds, sample.photoIds.filter((p) => p !== sha256), 'sample.photo_remove')
  })
  return sampleDetail(ctx, row)
}
