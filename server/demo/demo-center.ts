// The demo commune-level center seeded on first start. Procedure codes follow the national
// procedure database's format but are unverified (left empty where unknown): editable seed data.
import type { Role } from '../../shared/types.js';

export interface DemoField {
  prefix: string;
  nameVi: string;
  nameEn: string;
  procedures: { code: string; nameVi: string; nameEn: string; processingDays: number; afternoonCutoff?: boolean }[];
}

export const DEMO_CENTER = {
  id: 'hoa-binh',
  name: 'Bộ phận Một cửa UBND phường Hòa Bình',
  nameEn: 'Hoa Binh Ward One-Stop Service Desk',
  timezone: 'Asia/Ho_Chi_Minh',
  priorityMode: 'interleaved' as const,
  priorityEvery: 3,
  recallsBeforeNoShow: 2,
  recallCooldownSeconds: 10,
  fastTrackDays: [5],
  fastTrackPrefix: 'N',
  slotMinutes: 30,
  slotCapacity: 6,
  bookingLateMinutes: 15,
};

/** Office hours Monday–Friday, and the ward's Tuesday and Thursday evening sessions. */
export const DEMO_WEEKLY_SESSIONS = [
  ...[1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, start: 7 * 60 + 30, end: 11 * 60 + 30, kind: 'regular' as const },
    { weekday, start: 13 * 60 + 30, end: 17 * 60, kind: 'regular' as const },
  ]),
  { weekday: 2, start: 19 * 60, end: 21 * 60, kind: 'extra' as const },
  { weekday: 4, start: 19 * 60, end: 21 * 60, kind: 'extra' as const },
];

/** Counter numbers that serve the fast lane on fast-track days. */
export const DEMO_FAST_TRACK_COUNTERS = [1];

export const DEMO_FIELDS: DemoField[] = [
  {
    prefix: 'A',
    nameVi: 'Tư pháp – Hộ tịch',
    nameEn: 'Justice – Civil status',
    procedures: [
      { code: '1.001193', nameVi: 'Đăng ký khai sinh', nameEn: 'Birth registration', processingDays: 0 },
      { code: '1.000894', nameVi: 'Đăng ký kết hôn', nameEn: 'Marriage registration', processingDays: 0 },
      { code: '1.000656', nameVi: 'Đăng ký khai tử', nameEn: 'Death registration', processingDays: 0, afternoonCutoff: true },
      { code: '2.000635', nameVi: 'Cấp bản sao trích lục hộ tịch', nameEn: 'Copy of a civil-status extract', processingDays: 0 },
      { code: '1.004873', nameVi: 'Xác nhận tình trạng hôn nhân', nameEn: 'Marital status certificate', processingDays: 3 },
      {
        code: '1.000881',
        nameVi: 'Thay đổi, cải chính, bổ sung thông tin hộ tịch',
        nameEn: 'Change or correction of civil-status details',
        processingDays: 3,
      },
      { code: '', nameVi: 'Đăng ký nhận cha, mẹ, con', nameEn: 'Recognition of parent or child', processingDays: 3 },
    ],
  },
  {
    prefix: 'B',
    nameVi: 'Chứng thực',
    nameEn: 'Certification',
    procedures: [
      {
        code: '2.000815',
        nameVi: 'Chứng thực bản sao từ bản chính',
        nameEn: 'Certified copy from the original',
        processingDays: 0,
        afternoonCutoff: true,
      },
      { code: '2.000884', nameVi: 'Chứng thực chữ ký', nameEn: 'Signature certification', processingDays: 0, afternoonCutoff: true },
      {
        code: '',
        nameVi: 'Chứng thực chữ ký người dịch',
        nameEn: 'Translator’s signature certification',
        processingDays: 0,
        afternoonCutoff: true,
      },
      { code: '', nameVi: 'Chứng thực hợp đồng, giao dịch', nameEn: 'Certification of a contract or transaction', processingDays: 2 },
    ],
  },
  {
    prefix: 'C',
    nameVi: 'Cư trú',
    nameEn: 'Residence',
    procedures: [
      { code: '1.004222', nameVi: 'Đăng ký thường trú', nameEn: 'Permanent residence registration', processingDays: 7 },
      { code: '1.004194', nameVi: 'Đăng ký tạm trú', nameEn: 'Temporary residence registration', processingDays: 3 },
      { code: '1.003677', nameVi: 'Khai báo tạm vắng', nameEn: 'Notice of temporary absence', processingDays: 1 },
      { code: '', nameVi: 'Xác nhận thông tin về cư trú', nameEn: 'Confirmation of residence details', processingDays: 1 },
    ],
  },
  {
    prefix: 'D',
    nameVi: 'Đất đai',
    nameEn: 'Land',
    procedures: [
      { code: '', nameVi: 'Đăng ký biến động quyền sử dụng đất', nameEn: 'Registration of land-use changes', processingDays: 10 },
      { code: '', nameVi: 'Cấp Giấy chứng nhận quyền sử dụng đất lần đầu', nameEn: 'First land-use right certificate', processingDays: 20 },
      { code: '', nameVi: 'Hòa giải tranh chấp đất đai', nameEn: 'Mediation of a land dispute', processingDays: 30 },
    ],
  },
  {
    prefix: 'E',
    nameVi: 'Lao động – Thương binh và Xã hội',
    nameEn: 'Labour, Invalids and Social Affairs',
    procedures: [
      { code: '', nameVi: 'Trợ cấp xã hội hằng tháng', nameEn: 'Monthly social allowance', processingDays: 7 },
      { code: '', nameVi: 'Hỗ trợ chi phí mai táng', nameEn: 'Funeral cost support', processingDays: 3 },
      { code: '', nameVi: 'Xác nhận hộ nghèo, hộ cận nghèo', nameEn: 'Poor or near-poor household confirmation', processingDays: 7 },
    ],
  },
  {
    prefix: 'F',
    nameVi: 'Hỗ trợ nộp hồ sơ trực tuyến',
    nameEn: 'Help with online submission',
    procedures: [
      { code: '', nameVi: 'Hướng dẫn nộp hồ sơ trực tuyến', nameEn: 'Guidance for online submission', processingDays: 0 },
      {
        code: '',
        nameVi: 'Hỗ trợ kích hoạt tài khoản định danh điện tử (VNeID)',
        nameEn: 'Help activating an electronic ID account (VNeID)',
        processingDays: 0,
      },
    ],
  },
];

/** Counter number → the prefixes of the fields it serves, most preferred first. */
export const DEMO_COUNTERS: { number: number; prefixes: string[] }[] = [
  { number: 1, prefixes: ['A', 'B'] },
  { number: 2, prefixes: ['A', 'B'] },
  { number: 3, prefixes: ['B', 'A'] },
  { number: 4, prefixes: ['C', 'F'] },
  { number: 5, prefixes: ['D', 'E'] },
  { number: 6, prefixes: ['F', 'E', 'C'] },
];

export const DEMO_STAFF: { username: string; displayName: string; role: Role }[] = [
  { username: 'admin', displayName: 'Đặng Quốc Bảo', role: 'admin' },
  { username: 'quanly', displayName: 'Nguyễn Thị Lan', role: 'manager' },
  { username: 'lanhdao', displayName: 'Trần Văn Hùng', role: 'leader' },
  { username: 'tiepdan', displayName: 'Lê Thu Hà', role: 'reception' },
  { username: 'canbo1', displayName: 'Phạm Minh Tuấn', role: 'clerk' },
  { username: 'canbo2', displayName: 'Vũ Thị Mai', role: 'clerk' },
  { username: 'canbo3', displayName: 'Đỗ Quang Huy', role: 'clerk' },
  { username: 'canbo4', displayName: 'Hoàng Thị Ngọc', role: 'clerk' },
  { username: 'canbo5', displayName: 'Bùi Văn Nam', role: 'clerk' },
  { username: 'canbo6', displayName: 'Ngô Thị Hương', role: 'clerk' },
];
