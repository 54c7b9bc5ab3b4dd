import { createHash } from 'node:crypto'
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeAccount, makeTownship } from '../../../platform/testing/factories'
import { startTestApp, type Caller, type TestApp } from '../../../platform/testing/test-app'
// The repo's own zip reader: the form's images are read back the way Word finds them.
import { readZipEntry } from '../../work-plans/parser/docx-numbering'
import { makeSample, sampleInput, samplingSetup, uploadFile, type SamplingSetup } from './factory'

let t: TestApp
let s: SamplingSetup
beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date('2026-10-20T10:00:00+08:00') } })
  s = await samplingSetup(t)
})
afterAll(async () => { await t.close() })

// A 1×1 PNG; the second differs by one byte of its pixel data, so it has another hash.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64')
const OTHER_PNG = Buffer.concat([PNG, Buffer.from([0])])
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
const upload = (caller: Caller, file: Buffer, name: string) => uploadFile(t, caller, '/api/samples/files', file, name)
const samplers = () => s.inspectors.map((i) => i.id)

describe('现场照片 of a sample', () => {
  it('uploads a photo, records the sample with it, and reads it back through the sample', async () => {
    const res = await upload(s.inspectors[0], PNG, '现场.png')
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json()).toMatchObject({ sha256: sha(PNG), mimeType: 'image/png', size: PNG.length })
    const d = await makeSample(t, s.inspectors[0], sampleInput(s.entityId, samplers(), { photoIds: [sha(PNG), sha(PNG)] }))
    const detail = (await t.as(s.office).get(`/api/samples/${d.id}`)).json()
    expect(detail.photoIds).toEqual([sha(PNG)])
    const file = await t.as(s.office).get(`/api/samples/${d.id}/files/${sha(PNG)}`)
    expect(file.statusCode).toBe(200)
    expect(file.headers['content-type']).toBe('image/png')
    expect(file.headers['cache-control']).toBe('private, no-store')
    expect(file.rawPayload.equals(PNG)).toBe(true)
  })

  it('refuses a file that is not a JPG or PNG photo, and a photo that was never uploaded, naming 现场照片', async () => {
    const pdf = await upload(s.inspectors[0], Buffer.from('%PDF-1.4'), 'form.pdf')
    expect(pdf.statusCode).toBe(400)
    expect(pdf.json().message).toBe('现场照片（form.pdf）：只能上传 JPG 或 PNG 图片')
    const fake = await upload(s.inspectors[0], Buffer.from('not an image'), 'site.png')
    expect(fake.statusCode).toBe(400)
    expect(fake.json().message).toContain('现场照片（site.png）：文件内容不是PNG 图片')
    const before = await t.count('samples')
    const missing = await t.as(s.inspectors[0]).post('/api/samples', sampleInput(s.entityId, samplers(), { photoIds: ['b'.repeat(64)] }))
    expect(missing.statusCode).toBe(400)
    expect(missing.json().message).toBe('现场照片：有照片未上传成功，请重新上传')
    const malformed = await t.as(s.inspectors[0]).post('/api/samples', sampleInput(s.entityId, samplers(), { photoIds: ['not-a-hash'] }))
    expect(malformed.statusCode).toBe(400)
    expect(malformed.json().message).toContain('现场照片')
    expect(await t.count('samples')).toBe(before)
  })

  it('answers a sample of another township, a photo not on the sample, and a missing sample alike (404); uploading needs sampling.record', async () => {
    await upload(s.inspectors[0], PNG, 'a.png')
    await upload(s.inspectors[0], OTHER_PNG, 'b.png')
    const d = await makeSample(t, s.inspectors[0], sampleInput(s.entityId, samplers(), { photoIds: [sha(PNG)] }))
    const other = await makeTownship(t)
    const stranger = await makeAccount(t, { role: 'inspector', regionCode: other.code })
    const outside = await t.as(stranger).get(`/api/samples/${d.id}/files/${sha(PNG)}`)
    const missing = await t.as(stranger).get(`/api/samples/00000000-0000-4000-8000-000000000000/files/${sha(PNG)}`)
    const notOnSample = await t.as(s.office).get(`/api/samples/${d.id}/files/${sha(OTHER_PNG)}`)
    for (const res of [outside, missing, notOnSample]) {
      expect(res.statusCode).toBe(404)
      expect(res.json()).toEqual(missing.json())
    }
    expect((await t.as(s.office).get(`/api/samples/${d.id}/files/xyz`)).json().message).toContain('文件')
    const township = await makeAccount(t, { role: 'township', regionCode: s.town.code })
    expect((await upload(township, PNG, 'c.png')).statusCode).toBe(403)
  })
})

// A JPEG header only (SOI, a JFIF APP0, SOF0 of 4000 × 3000, EOI): enough for the upload check and the form's sizing.
const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffc0001108' + '0bb8' + '0fa0' + '03012200021101031101ffd9', 'hex')
const addPhoto = (caller: Caller, id: string, file: Buffer, name: string) => uploadFile(t, caller, `/api/samples/${id}/photos`, file, name)

describe('现场照片 added and removed after the sample is recorded', () => {
  it('adds and removes photos on the sample\'s page, each change audited, until the sample is sent to the lab', async () => {
    const d = await makeSample(t, s.inspectors[0], sampleInput(s.entityId, samplers()))
    const added = await addPhoto(s.inspectors[1], d.id, PNG, '补拍.png')
    expect(added.statusCode, added.body).toBe(201)
    expect(added.json().photoIds).toEqual([sha(PNG)])
    expect((await addPhoto(s.inspectors[1], d.id, JPEG, '封样.JPG')).json().photoIds).toEqual([sha(PNG), sha(JPEG)])
    const file = await t.as(s.office).get(`/api/samples/${d.id}/files/${sha(JPEG)}`)
    expect(file.headers['content-type']).toBe('image/jpeg')
    const twice = await addPhoto(s.inspectors[1], d.id, PNG, 'again.png')
    expect(twice.statusCode).toBe(409)
    expect(twice.json().message).toBe('现场照片（again.png）：这张照片已在抽样记录中')

    const removed = await t.as(s.inspectors[0]).delete(`/api/samples/${d.id}/photos/${sha(PNG)}`)
    expect(removed.statusCode, removed.body).toBe(200)
    expect(removed.json().photoIds).toEqual([sha(JPEG)])
    expect((await t.as(s.office).get(`/api/samples/${d.id}/files/${sha(PNG)}`)).statusCode).toBe(404)
    expect((await t.as(s.inspectors[0]).delete(`/api/samples/${d.id}/photos/${sha(PNG)}`)).json().message).toBe('现场照片不存在')
    const audit = await t.auditFor(d.id)
    expect(audit.map((a) => a.action)).toEqual(['sample.create', 'sample.photo_add', 'sample.photo_add', 'sample.photo_remove'])
    expect(audit[1]).toMatchObject({ actorId: s.inspectors[1].id, before: { photoIds: [] }, after: { photoIds: [sha(PNG)] } })
    expect(audit[3]).toMatchObject({ actorId: s.inspectors[0].id, before: { photoIds: [sha(PNG), sha(JPEG)] }, after: { photoIds: [sha(JPEG)] } })

    // Sent with its documents: the photos are settled.
    expect((await t.as(s.inspectors[0]).post(`/api/samples/${d.id}/send`, { sentOn: '2026-03-03' })).statusCode).toBe(200)
    const late = await addPhoto(s.inspectors[0], d.id, OTHER_PNG, '晚了.png')
    const lateRemove = await t.as(s.inspectors[0]).delete(`/api/samples/${d.id}/photos/${sha(JPEG)}`)
    for (const res of [late, lateRemove]) {
      expect(res.statusCode).toBe(409)
      expect(res.json().message).toBe('现场照片：样品已于 2026-03-03 送达承检机构，不能再增删照片')
    }
    expect((await t.as(s.office).get(`/api/samples/${d.id}`)).json().photoIds).toEqual([sha(JPEG)])
    expect((await t.auditFor(d.id)).length).toBe(5) // + sample.send only
  })

  it('refuses a file of the wrong type or content, one over 10 MB, and a 21st photo, in Chinese and changing nothing', async () => {
    const d = await makeSample(t, s.inspectors[0], sampleInput(s.entityId, samplers()))
    const pdf = await addPhoto(s.inspectors[0], d.id, Buffer.from('%PDF-1.4'), 'form.pdf')
    expect(pdf.statusCode).toBe(400)
    expect(pdf.json().message).toBe('现场照片（form.pdf）：只能上传 JPG 或 PNG 图片')
    const fake = await addPhoto(s.inspectors[0], d.id, Buffer.from('not an image'), 'site.jpg')
    expect(fake.statusCode).toBe(400)
    expect(fake.json().message).toContain('现场照片（site.jpg）：文件内容不是JPEG 图片')
    const big = await addPhoto(s.inspectors[0], d.id, Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]), 'huge.png')
    expect(big.statusCode).toBe(413)
    expect(big.json().message).toBe('现场照片（huge.png）：超过 10 MB')
    expect((await t.as(s.office).get(`/api/samples/${d.id}`)).json().photoIds).toEqual([])
    expect((await t.auditFor(d.id)).map((a) => a.action)).toEqual(['sample.create'])

    const many = Array.from({ length: 20 }, (_, i) => Buffer.concat([PNG, Buffer.from([i + 1])]))
    for (const [i, b] of many.entries()) await upload(s.inspectors[0], b, `p${i}.png`)
    const full = await makeSample(t, s.inspectors[0], sampleInput(s.entityId, samplers(), { photoIds: many.map(sha) }))
    const extra = await addPhoto(s.inspectors[0], full.id, OTHER_PNG, '第21张.png')
    expect(extra.statusCode).toBe(400)
    expect(extra.json().message).toBe('现场照片：每份抽样记录最多 20 张')
  })

  it('answers a sample of another township like a missing one (404) and needs sampling.record (403)', async () => {
    const d = await makeSample(t, s.inspectors[0], sampleInput(s.entityId, samplers()))
    const other = await makeTownship(t)
    const stranger = await makeAccount(t, { role: 'inspector', regionCode: other.code })
    const outside = await addPhoto(stranger, d.id, PNG, 'x.png')
    const missing = await addPhoto(stranger, '00000000-0000-4000-8000-000000000000', PNG, 'x.png')
    expect(outside.statusCode).toBe(404)
    expect(outside.json()).toEqual(missing.json())
    expect(outside.json().message).toBe('抽样记录不存在')
    expect((await t.as(stranger).delete(`/api/samples/${d.id}/photos/${sha(PNG)}`)).json().message).toBe('抽样记录不存在')
    const township = await makeAccount(t, { role: 'township', regionCode: s.town.code })
    expect((await addPhoto(township, d.id, PNG, 'y.png')).statusCode).toBe(403)
    expect((await t.as(township).delete(`/api/samples/${d.id}/photos/${sha(PNG)}`)).statusCode).toBe(403)
    expect((await t.auditFor(d.id)).map((a) => a.action)).toEqual(['sample.create'])
  })
})

describe('现场照片 in the 抽样单', () => {
  it('puts every photo, scaled to fit, with a caption, after the sample table', async () => {
    const d = await makeSample(t, s.inspectors[0], sampleInput(s.entityId, samplers()))
    for (const [b, name] of [[PNG, 'a.png'], [JPEG, 'b.jpg'], [OTHER_PNG, 'c.png']] as const) expect((await addPhoto(s.inspectors[0], d.id, b, name)).statusCode).toBe(201)
    const docx = (await t.as(s.office).get(`/api/samples/${d.id}/sampling-form.docx`)).rawPayload
    const rels = readZipEntry(docx, 'word/_rels/document.xml.rels')!.toString('utf8')
    const media = [...rels.matchAll(/Target="(media\/[^"]+)"/g)].map((m) => readZipEntry(docx, `word/${m[1]}`)!)
    expect(media).toHaveLength(3)
    for (const b of [PNG, JPEG, OTHER_PNG]) expect(media.some((m) => m.equals(b))).toBe(true)
    const xml = readZipEntry(docx, 'word/document.xml')!.toString('utf8')
    // 4000 × 3000 into a 290 × 175 px box: 233 × 175 px (9525 EMU a pixel); the 1 × 1 PNG is never enlarged.
    expect(xml).toContain('cx="2219325" cy="1666875"')
    expect(xml).toContain('cx="9525" cy="9525"')
    const text = (await mammoth.extractRawText({ buffer: docx })).value
    expect(text.indexOf('四、现场照片（共 3 张）')).toBeGreaterThan(text.indexOf('抽样人员'))
    expect(text.indexOf('四、现场照片（共 3 张）')).toBeLessThan(text.indexOf('抽样人员（签名）'))
    for (const c of ['照片 1', '照片 2', '照片 3']) expect(text).toContain(c)

    const bare = await makeSample(t, s.inspectors[0], sampleInput(s.entityId, samplers()))
    const plain = (await t.as(s.office).get(`/api/samples/${bare.id}/sampling-form.docx`)).rawPayload
    expect((await mammoth.extractRawText({ buffer: plain })).value).not.toContain('现场照片')
  })
})
