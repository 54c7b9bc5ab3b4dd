import type { ChangePasswordInput, LoginDto, LoginInput, MeDto } from '../../../shared/auth'
import { api } from '../../api/client'

export const fetchMe = () => api.get<MeDto>('/me', undefined, { expectUnauthorized: true })
export const login = (input: LoginInput) => api.post<LoginDto>('/auth/login', input, { expectUnauthorized: true })
export const logout = () => api.post<{ ok: boolean }>('/auth/logout', {}, { expectUnauthorized: true })
export const changePassword = (input: ChangePasswordInput) => api.post<{ ok: boolean }>('/me/password', input)
