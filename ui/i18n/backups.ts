import { defineMessages } from './define.js';

// The admin's backups panel: the newest backup on this machine and the last good copy off it.
export const backups = defineMessages(
  {
    'backups.title': 'Sao lưu dữ liệu',
    'backups.last': 'Bản sao lưu gần nhất trên máy: {time}',
    'backups.none': 'Chưa có bản sao lưu nào trên máy.',
    'backups.copy': 'Bản sao ngoài máy (đã kiểm tra): {time}',
    'backups.noCopy': 'Chưa có bản sao ngoài máy nào được kiểm tra.',
    'backups.copyOff': 'Chưa cấu hình thư mục sao lưu ngoài máy (MOTCUA_BACKUP_COPY_DIR): bản sao lưu chỉ nằm trên ổ đĩa này.',
    'backups.copyError': 'Lần sao chép ra ngoài gần nhất không thành công: {reason}',
    'backups.now': 'Sao lưu ngay',
    'backups.done': 'Đã sao lưu lúc {time}.',
  },
  {
    'backups.title': 'Backups',
    'backups.last': 'Newest backup on this machine: {time}',
    'backups.none': 'No backup on this machine yet.',
    'backups.copy': 'Off-box copy (verified): {time}',
    'backups.noCopy': 'No verified off-box copy yet.',
    'backups.copyOff': 'No off-box copy folder is set (MOTCUA_BACKUP_COPY_DIR): the backups are only on this disk.',
    'backups.copyError': 'The latest copy off the box failed: {reason}',
    'backups.now': 'Back up now',
    'backups.done': 'Backed up at {time}.',
  },
);
