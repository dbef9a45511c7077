import { defineMessages } from './define.js';

// The pairing page of a wall display, kiosk or rating screen, and the notice an unpaired screen shows.
export const pair = defineMessages(
  {
    'pair.title': 'Ghép nối màn hình',
    'pair.hint': 'Nhập mã 8 ký tự do quản trị viên cấp cho màn hình này.',
    'pair.codeLabel': 'Mã ghép nối',
    'pair.submit': 'Ghép nối',
    'pair.busy': 'Đang ghép nối…',
    'pair.invalid': 'Mã ghép nối gồm đúng 8 chữ cái và chữ số.',
    'pair.done': 'Đã ghép nối. Đang mở màn hình…',
    'pair.notPaired': 'Màn hình này chưa được ghép nối',
    'pair.notPairedHint': 'Trung tâm chỉ cho phép các màn hình đã ghép nối. Hãy xin quản trị viên một mã ghép nối.',
    'pair.go': 'Nhập mã ghép nối',
  },
  {
    'pair.title': 'Pair this screen',
    'pair.hint': 'Enter the 8-character code an administrator issued for this screen.',
    'pair.codeLabel': 'Pairing code',
    'pair.submit': 'Pair',
    'pair.busy': 'Pairing…',
    'pair.invalid': 'A pairing code is exactly 8 letters and digits.',
    'pair.done': 'Paired. Opening the screen…',
    'pair.notPaired': 'This screen is not paired',
    'pair.notPairedHint': 'The center only admits paired screens. Ask an administrator for a pairing code.',
    'pair.go': 'Enter a pairing code',
  },
);
