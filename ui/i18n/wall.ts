import { defineMessages } from './define.js';

export const wall = defineMessages(
  {
    'wall.title': 'Màn hình gọi số',
    'wall.recentCalls': 'Số vừa gọi',
    'wall.noCalls': 'Chưa gọi số nào',
    'wall.recall': 'Gọi lại',
    'wall.waiting': 'Đang chờ',
    'wall.noTicket': 'Chưa có số',
    'wall.enableSound': 'Bật âm thanh',
    'wall.enableSoundHint': 'Chạm để bật chuông và giọng đọc gọi số',
  },
  {
    'wall.title': 'Call display',
    'wall.recentCalls': 'Recent calls',
    'wall.noCalls': 'No calls yet',
    'wall.recall': 'Recall',
    'wall.waiting': 'Waiting',
    'wall.noTicket': 'No ticket',
    'wall.enableSound': 'Turn on sound',
    'wall.enableSoundHint': 'Tap to turn on the chime and the spoken calls',
  },
);
