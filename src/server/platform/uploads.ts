import type { FastifyReply, FastifyRequest } from 'fastify'
import { AppError, badRequest } from './errors'

/**
 * One uploaded file from a multipart request (field `file`), read whole into memory up to maxBytes.
 * `label` names the field in the Chinese messages (e.g. 文件, 证明材料).
 */
export async function readUploadedFile(req: FastifyRequest, maxBytes: number, label: string) {
  if (!req.isMultipart()) throw badRequest(`${label}（file）：请以 multipart/form-data 上传文件`)
  const file = await req.file({ limits: { fileSize: maxBytes, files: 1 } })
  if (!file) throw badRequest(`${label}（file）：没有收到文件`)
  try {
    return { buffer: await file.toBuffer(), fileName: file.filename || '未命名文件' }
  } catch (e) {
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError(413, 'file_too_large', `${label}（${file.filename}）：超过 ${Math.round(maxBytes / 1024 / 1024)} MB`)
    }
    throw e
  }
}

/** Sends a file as a download with its Chinese name intact (RFC 5987) and no caching of private data. */
export function sendDownload(reply: FastifyReply, file: { buffer: Buffer; fileName: string; mimeType: string }) {
  return reply.type(file.mimeType).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('cache-control', 'private, no-store').send(file.buffer)
}
