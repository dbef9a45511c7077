// Staff sign-in; the session lives in an httpOnly cookie the page never sees.
import type { LoginRequest } from '../../shared/schemas.js';
import type { StaffView } from '../../shared/types.js';
import { request } from './http.js';

export const login = (req: LoginRequest) => request<{ staff: StaffView }>('POST', '/api/auth/login', req);
export const logout = () => request<{ ok: true }>('POST', '/api/auth/logout');
export const me = () => request<{ staff: StaffView }>('GET', '/api/auth/me');
