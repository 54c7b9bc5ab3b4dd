import { expect } from 'vitest'
import type { Client } from './test-app'

/** A GET refused as bad input: 400, with a Chinese message naming the field (by its schema title). */
export async function expectBadField(client: Client, path: string, field: string) {
  const res = await client.get(path)
  expect(res.statusCode, res.body).toBe(400)
  expect(res.json().message).toContain(field)
}
