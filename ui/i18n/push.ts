import { defineMessages } from './define.js';

// Call-back notifications (Web Push) of the citizen's status page: the opt-in, and the words of the
// notifications its service worker shows (with status.called for the call itself).
export const push = defineMessages(
  {
    'push.offer': 'Báo cho tôi khi sắp đến lượt',
    'push.hintPlaces':
      'Anh/chị có thể rời khu vực chờ: điện thoại sẽ báo khi còn {at} người trước anh/chị và khi được gọi, kể cả khi đã đóng trang này.',
    'push.hintMinutes':
      'Anh/chị có thể rời khu vực chờ: điện thoại sẽ báo khoảng {at} phút trước lượt của anh/chị và khi được gọi, kể cả khi đã đóng trang này.',
    'push.working': 'Đang bật thông báo…',
    'push.on': 'Đã bật thông báo: điện thoại sẽ báo khi sắp đến lượt và khi được gọi.',
    'push.turnOff': 'Tắt thông báo',
    'push.unavailable':
      'Trình duyệt này không nhận được thông báo từ trang này. Hãy mở trang bằng Chrome, Firefox hoặc Safari (trên iPhone: thêm trang vào Màn hình chính rồi mở từ đó), hoặc giữ trang này mở.',
    'push.blocked': 'Thông báo của trang này đang bị chặn trong cài đặt của trình duyệt. Hãy giữ trang này mở để theo dõi lượt.',
    'push.failed': 'Không bật được thông báo trên điện thoại này. Hãy giữ trang này mở để theo dõi lượt.',
    'push.nearTitle': 'Sắp đến lượt số {number}',
    'push.nearPlaces': 'Còn {count} người trước anh/chị. Vui lòng quay lại khu vực chờ.',
    'push.nearNext': 'Anh/chị là người tiếp theo. Vui lòng quay lại khu vực chờ.',
    'push.nearMinutes': 'Còn khoảng {count} phút nữa. Vui lòng quay lại khu vực chờ.',
    'push.recalled': 'Số {number} đang được gọi lại. Vui lòng đến ngay.',
    'push.news': 'Có tin mới về số thứ tự của anh/chị.',
  },
  {
    'push.offer': 'Notify me when my turn is near',
    'push.hintPlaces':
      'You may leave the waiting area: your phone will tell you when {at} people are ahead of you and when you are called, even with this page closed.',
    'push.hintMinutes':
      'You may leave the waiting area: your phone will tell you about {at} minutes before your turn and when you are called, even with this page closed.',
    'push.working': 'Turning notifications on…',
    'push.on': 'Notifications are on: your phone will tell you when your turn is near and when you are called.',
    'push.turnOff': 'Turn notifications off',
    'push.unavailable':
      'This browser cannot receive notifications from this page. Open it in Chrome, Firefox or Safari (on an iPhone: add it to the Home Screen and open it from there), or keep this page open.',
    'push.blocked': 'Notifications from this page are blocked in the browser settings. Keep this page open to follow your turn.',
    'push.failed': 'Notifications could not be turned on on this phone. Keep this page open to follow your turn.',
    'push.nearTitle': 'Your turn is near: {number}',
    'push.nearPlaces': '{count} people are ahead of you. Please come back to the waiting area.',
    'push.nearNext': 'You are next. Please come back to the waiting area.',
    'push.nearMinutes': 'About {count} minutes to go. Please come back to the waiting area.',
    'push.recalled': 'Ticket {number} is being called again. Please go now.',
    'push.news': 'There is news about your ticket.',
  },
);
