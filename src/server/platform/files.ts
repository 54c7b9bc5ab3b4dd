import { createHash } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { Executor } from './db'
import { badRequest } from './errors'
import { storedFiles } from './schema'

/**
 * Uploaded evidence: checked by content (the bytes must be what the name says), stored once by SHA-256.
 * Who may download a file is decided by the record that references it, never by the hash alone.
 */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024

interface Kind { mime: string; label: string; matches: (b: Buffer) => boolean }
const starts = (b: Buffer, hex: string) => b.subarray(0, hex.length / 2).equals(Buffer.from(hex, 'hex'))
const zip = (b: Buffer) => starts(b, '504b0304')
const isText = (b: Buffer) => !b.includes(0) && Buffer.from(b.toString('utf8'), 'utf8').equals(b)

const KINDS: Record<string, Kind> = {
  pdf: { mime: 'application/pdf', label: 'PDF', matches: (b) => starts(b, '25504446') },
  png: { mime: 'image/png', label: 'PNG 图片', matches: (b) => starts(b, '89504e47') },
  jpg: { mime: 'image/jpeg', label: 'JPEG 图片', matches: (b) => starts(b, 'ffd8ff') },
  jpeg: { mime: 'image/jpeg', label: 'JPEG 图片', matches: (b) => starts(b, 'ffd8ff') },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word 文档', matches: zip },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel 表格', matches: zip },
  txt: { mime: 'text/plain; charset=utf-8', label: '文本', matches: isText },
}
export const ALLOWED_EXTENSIONS = Object.keys(KINDS)

export interface StoredFile { sha256: string; fileName: string; mimeType: string; size: number }

/** Checks type and size, then stores the bytes (once per content). Throws a 400 naming the file otherwise. */
export async function storeFile(db: Executor, buffer: Buffer, fileName: string, label = '证明材料'): Promise<StoredFile> {
  const name = fileName.replace(/[\\/\r\n\0]/g, '_').slice(0, 200) || '未命名文件'
  const ext = name.includes('.') ? name.split('.').pop()!.toLowerCase() : ''
  const kind = KINDS[ext]
  if (!kind) throw badRequest(`${label}（${name}）：不支持的文件类型，可上传 ${ALLOWED_EXTENSIONS.join('、')}`)
  if (!buffer.length) throw badRequest(`${label}（${name}）：文件为空`)
  if (buffer.length > MAX_EVIDENCE_BYTES) throw badRequest(`${label}（${name}）：超过 20 MB`)
  if (!kind.matches(buffer)) throw badRequest(`${label}（${name}）：文件内容不是${kind.label}，请检查文件`)
  const sha256 = createHash('sha256').update(buffer).digest('hex')
  await db.insert(storedFiles).values({ sha256, size: buffer.length, mimeType: kind.mime, content: buffer }).onConflictDoNothing()
  return { sha256, fileName: name, mimeType: kind.mime, size: buffer.length }
}

export const readStoredFile = (db: Executor, sha256: string) =>
  db.select().from(storedFiles).where(eq(storedFiles.sha256, sha256)).then(([r]) => r)
