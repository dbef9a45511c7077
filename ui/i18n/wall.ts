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
    'wall.enableSoundHint': 'Trình duyệt đang chặn âm thanh: chạm để bật',
    'wall.outreach': 'Phiên lưu động tại {place}',
    'wall.closed': 'Ngoài giờ làm việc — phiên tiếp theo: {time} {weekday}, {date}',
    'wall.closedOutreach': 'Ngoài giờ làm việc — phiên tiếp theo: {time} {weekday}, {date}, tại {place}',
    'wall.closedNone': 'Ngoài giờ làm việc',
  },
  {
    'wall.title': 'Call display',
    'wall.recentCalls': 'Recent calls',
    'wall.noCalls': 'No calls yet',
    'wall.recall': 'Recall',
    'wall.waiting': 'Waiting',
    'wall.noTicket': 'No ticket',
    'wall.enableSound': 'Turn on sound',
    'wall.enableSoundHint': 'The browser blocks sound: tap to turn it on',
    'wall.outreach': 'Outreach session at {place}',
    'wall.closed': 'Closed — next session: {weekday} {date} at {time}',
    'wall.closedOutreach': 'Closed — next session: {weekday} {date} at {time}, at {place}',
    'wall.closedNone': 'Closed',
  },
);
