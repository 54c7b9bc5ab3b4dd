import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeAccount, makeTownship } from '../../../platform/testing/factories'
import { startTestApp, type Caller, type TestApp } from '../../../platform/testing/test-app'
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
