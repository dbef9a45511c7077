// Backups, for the system administrator.
import type { BackupsView } from '../../shared/types.js';
import { request } from './http.js';

export const getBackups = () => request<BackupsView>('GET', '/api/admin/backups');
export const takeBackup = () => request<{ file: string; bytes: number; copyError: string | null }>('POST', '/api/admin/backup', {});
