import { hash, verify } from '@node-rs/argon2'
import { badRequest } from './errors'

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes): ≈13 ms per verify here.
const options = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19456, timeCost: 2, parallelism: 1 }

export const hashPassword = (password: string) => hash(password, options)

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try { return await verify(passwordHash, password) } catch { return false }
}

/** Spends the same time as a real verify, so that an unknown username is not faster to reject. */
let dummyHash: Promise<string> | undefined
export async function verifyNothing(password: string) {
  dummyHash ??= hashPassword('shian-dummy-password-for-timing')
  await verifyPassword(await dummyHash, password)
}

/**
 * 等保 2.0 password complexity: at least 10 characters, 3 of 4 character classes
 * (upper, lower, digit, symbol), not containing the username.
 */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < 10) return '至少 10 个字符'
  if (password.length > 128) return '不能超过 128 个字符'
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length
  if (classes < 3) return '须包含大写字母、小写字母、数字、符号中的至少三类'
  if (username && password.toLowerCase().includes(username.toLowerCase())) return '不能包含用户名'
  return null
}

export function assertPasswordPolicy(password: string, username: string, field = 'password', title = '密码') {
  const problem = passwordProblem(password, username)
  if (problem) throw badRequest(`${title}（${field}）：${problem}`)
}
