// Every error the API can answer, with its HTTP status and its message in both languages.
// Screens show the message for the code in their own language; the server sends Vietnamese by default.
import type { Lang } from './types.js';

interface ErrorSpec {
  status: number;
  vi: string;
  en: string;
}

export const ERRORS = {
  'bad-request': { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ: {detail}', en: 'Invalid request: {detail}' },
  'malformed-json': { status: 400, vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  'unsupported-media-type': {
    status: 415,
    vi: 'Nội dung gửi lên phải ở dạng JSON (Content-Type: application/json).',
    en: 'Send the request body as JSON (Content-Type: application/json).',
  },
  'request-timeout': { status: 408, vi: 'Yêu cầu gửi lên quá chậm.', en: 'The request took too long to arrive.' },
  'headers-too-large': { status: 431, vi: 'Phần đầu (header) của yêu cầu quá lớn.', en: 'The request headers are too large.' },
  'payload-too-large': { status: 413, vi: 'Nội dung gửi lên quá lớn.', en: 'The request body is too large.' },
  'not-found': { status: 404, vi: 'Không tìm thấy địa chỉ này.', en: 'No such route.' },
  'center-not-found': { status: 404, vi: 'Không tìm thấy trung tâm.', en: 'Center not found.' },
  'field-not-found': { status: 404, vi: 'Không tìm thấy lĩnh vực.', en: 'Field not found.' },
  'procedure-not-found': { status: 404, vi: 'Không tìm thấy thủ tục.', en: 'Procedure not found.' },
  'counter-not-found': { status: 404, vi: 'Không tìm thấy quầy.', en: 'Counter not found.' },
  'ticket-not-found': { status: 404, vi: 'Không tìm thấy số thứ tự.', en: 'Ticket not found.' },
  'transition-not-allowed': {
    status: 409,
    vi: 'Không thể {action} số đang ở trạng thái "{state}".',
    en: 'Cannot {action} a ticket that is "{state}".',
  },
  'counter-closed': { status: 409, vi: 'Quầy chưa mở. Hãy đăng nhập vào quầy trước.', en: 'The counter is not open. Sign in to it first.' },
  'counter-paused': {
    status: 409,
    vi: 'Quầy đang tạm dừng. Hãy tiếp tục trước khi gọi số.',
    en: 'The counter is paused. Resume before calling.',
  },
  'counter-busy': {
    status: 409,
    vi: 'Quầy đang có số {number}. Hãy kết thúc, chuyển hoặc báo vắng số này trước.',
    en: 'The counter still has ticket {number}. Finish, transfer or mark it no-show first.',
  },
  'counter-idle': { status: 409, vi: 'Quầy chưa gọi số nào.', en: 'The counter has no current ticket.' },
  'counter-taken': { status: 409, vi: 'Quầy đang do {name} phụ trách.', en: 'The counter is staffed by {name}.' },
  'counter-not-serving-field': {
    status: 409,
    vi: 'Quầy này không phục vụ lĩnh vực của số đó.',
    en: 'This counter does not serve that ticket’s field.',
  },
  'queue-empty': { status: 409, vi: 'Không còn ai đang chờ.', en: 'Nobody is waiting.' },
  'no-show-too-early': {
    status: 409,
    vi: 'Cần gọi lại ít nhất {count} lần trước khi báo vắng mặt.',
    en: 'Recalls needed before marking a no-show: {count}.',
  },
  'recall-limit': {
    status: 409,
    vi: 'Đã gọi lại đủ {count} lần. Nếu công dân không đến, hãy báo vắng mặt.',
    en: 'Already recalled the most allowed ({count}). If the citizen does not come, mark a no-show.',
  },
  'recall-cooldown': { status: 429, vi: 'Vui lòng đợi {seconds} giây trước khi gọi lại.', en: 'Wait {seconds} seconds before recalling.' },
  'outcomes-mismatch': {
    status: 400,
    vi: 'Cần ghi kết quả cho đúng từng thủ tục quầy này giải quyết của số này (thủ tục lĩnh vực khác làm ở quầy sau).',
    en: 'Give exactly one outcome for each procedure of the ticket that this counter handles (other fields are done at a later counter).',
  },
  'result-date-required': {
    status: 400,
    vi: 'Giấy hẹn cần ngày trả kết quả từ hôm nay trở đi.',
    en: 'An appointment slip needs a result date from today on.',
  },
  'transfer-target-invalid': { status: 400, vi: 'Nơi chuyển đến không hợp lệ.', en: 'Invalid transfer target.' },
  'outside-session': {
    status: 409,
    vi: 'Hiện ngoài giờ tiếp nhận hồ sơ. Phiên làm việc tiếp theo: {next}.',
    en: 'Dossiers are not received now. The next session opens {next}.',
  },
  'slot-invalid': {
    status: 400,
    vi: 'Khung giờ này không có trong lịch tiếp nhận.',
    en: 'That time slot is not in the reception schedule.',
  },
  'slot-full': {
    status: 409,
    vi: 'Khung giờ này đã kín chỗ. Vui lòng chọn khung giờ khác.',
    en: 'That time slot is full. Please choose another.',
  },
  'booking-not-found': { status: 404, vi: 'Không tìm thấy mã đặt lịch.', en: 'Booking code not found.' },
  'booking-not-active': { status: 409, vi: 'Lịch hẹn này đã được sử dụng hoặc đã hủy.', en: 'This booking was already used or cancelled.' },
  'booking-other-day': { status: 409, vi: 'Lịch hẹn này dành cho ngày {date}.', en: 'This booking is for {date}.' },
  'not-fast-track': { status: 409, vi: 'Hồ sơ này không thuộc luồng "Thứ Sáu không hẹn".', en: 'This dossier is not on the fast track.' },
  'fast-track-step-order': {
    status: 409,
    vi: 'Chưa thể thực hiện bước này: hồ sơ đang ở bước "{stage}".',
    en: 'This step cannot be done yet: the dossier is at "{stage}".',
  },
  'approval-required': {
    status: 409,
    vi: 'Hồ sơ cần lãnh đạo phê duyệt trước khi trả kết quả.',
    en: 'A leader must approve the dossier before the result is returned.',
  },
  'verification-needs-appointment': {
    status: 400,
    vi: 'Hồ sơ cần xác minh được hẹn trả kết quả: chọn «Hẹn trả kết quả» cho thủ tục đó.',
    en: 'A dossier needing verification gets an appointment: choose “Appointment” for that procedure.',
  },
  'appointment-not-found': {
    status: 404,
    vi: 'Số này không có phiếu hẹn trả kết quả.',
    en: 'This ticket has no appointment slip.',
  },
  'result-not-pending': {
    status: 409,
    vi: 'Thủ tục này không có kết quả đang chờ trả theo giấy hẹn.',
    en: 'This procedure has no result waiting to be returned.',
  },
  // The dossier code of Circular 01/2018 (shared/rules/dossier-code.ts): each message names the code.
  'dossier-code-malformed': {
    status: 400,
    vi: 'Mã hồ sơ “{code}” không đúng dạng: mã cơ quan, ngày tiếp nhận (YYMMDD) và số thứ tự, ví dụ 000.00.01.H26-260930-0012.',
    en: 'Dossier code “{code}” is not in the form agency code, receipt date (YYMMDD), sequence — e.g. 000.00.01.H26-260930-0012.',
  },
  'dossier-code-no-such-date': {
    status: 400,
    vi: 'Mã hồ sơ “{code}” có ngày tiếp nhận không có thật ({yymmdd}).',
    en: 'Dossier code “{code}” has a receipt date that does not exist ({yymmdd}).',
  },
  'dossier-code-other-agency': {
    status: 400,
    vi: 'Mã hồ sơ “{code}” thuộc cơ quan {agency}, không phải mã cơ quan của trung tâm ({expected}).',
    en: 'Dossier code “{code}” belongs to agency {agency}, not to this center’s ({expected}).',
  },
  'dossier-code-future': {
    status: 400,
    vi: 'Mã hồ sơ “{code}” có ngày tiếp nhận {date}, sau hôm nay.',
    en: 'Dossier code “{code}” is dated {date}, after today.',
  },
  'dossier-code-repeated': {
    status: 400,
    vi: 'Mã hồ sơ “{code}” được nhập cho hai thủ tục. Mỗi hồ sơ có một mã riêng.',
    en: 'Dossier code “{code}” is given for two procedures. Each dossier has its own code.',
  },
  'dossier-code-taken': {
    status: 409,
    vi: 'Mã hồ sơ “{code}” đã được ghi cho số {number} ngày {date}.',
    en: 'Dossier code “{code}” is already recorded for ticket {number} of {date}.',
  },
  'digitised-not-received': {
    status: 400,
    vi: 'Chỉ hồ sơ đã tiếp nhận (có mã hồ sơ, trả ngay hoặc hẹn trả) mới đánh dấu số hóa.',
    en: 'Only a dossier received (with a dossier code, returned or on a slip) can be marked digitised.',
  },
  'agency-code-invalid': {
    status: 400,
    vi: 'Mã cơ quan “{code}” không đúng dạng V1V2V3.Z1Z2.Y1Y2.MX1X2, ví dụ 000.00.01.H26.',
    en: 'Agency code “{code}” is not in the form V1V2V3.Z1Z2.Y1Y2.MX1X2, e.g. 000.00.01.H26.',
  },
  // Webhook endpoints (server/integration/): where they may point (shared/rules/webhook-url.ts).
  'webhook-url-invalid': {
    status: 400,
    vi: 'Địa chỉ nhận sự kiện phải là một URL https đầy đủ, không chứa tên đăng nhập hay mật khẩu, ví dụ https://dvc.example.gov.vn/motcua.',
    en: 'The receiving address must be a full https URL without a username or password, e.g. https://dvc.example.gov.vn/motcua.',
  },
  'webhook-url-insecure': {
    status: 400,
    vi: 'Địa chỉ nhận sự kiện phải dùng https; http chỉ được dùng với máy chủ mà người vận hành cho phép (MOTCUA_WEBHOOK_ALLOW_HTTP_HOSTS).',
    en: 'The receiving address must use https; http is only for hosts the operator allows (MOTCUA_WEBHOOK_ALLOW_HTTP_HOSTS).',
  },
  'webhook-url-private': {
    status: 400,
    vi: 'Không gửi sự kiện tới địa chỉ nội bộ hoặc chính máy chủ này, trừ máy chủ mà người vận hành cho phép (MOTCUA_WEBHOOK_ALLOW_HTTP_HOSTS).',
    en: 'Events are not sent to internal addresses or to this machine, except hosts the operator allows (MOTCUA_WEBHOOK_ALLOW_HTTP_HOSTS).',
  },
  'webhook-limit': {
    status: 409,
    vi: 'Trung tâm đã có {max} địa chỉ nhận sự kiện. Hãy xóa bớt trước khi thêm.',
    en: 'The center already has {max} receiving addresses. Delete one before adding another.',
  },
  'webhook-not-found': { status: 404, vi: 'Không tìm thấy địa chỉ nhận sự kiện.', en: 'Webhook endpoint not found.' },
  'webhook-event-not-found': {
    status: 404,
    vi: 'Không có sự kiện mang mã này của trung tâm (sự kiện được giữ {days} ngày).',
    en: 'The center has no event with this id (events are kept {days} days).',
  },
  'holiday-not-found': { status: 404, vi: 'Không có ngày nghỉ này trong lịch.', en: 'No such holiday in the calendar.' },
  'outreach-not-found': { status: 404, vi: 'Không tìm thấy phiên lưu động.', en: 'Outreach session not found.' },
  'already-rated': { status: 409, vi: 'Số này đã được đánh giá. Xin cảm ơn!', en: 'This ticket has already been rated. Thank you!' },
  'rating-not-allowed': {
    status: 403,
    vi: 'Chỉ đánh giá được khi đã giải quyết xong, từ phiếu của mình hoặc tại quầy vừa phục vụ.',
    en: 'A ticket can be rated once served, from its own status page or at the counter that served it.',
  },
  'push-endpoint-invalid': {
    status: 400,
    vi: 'Địa chỉ nhận thông báo không hợp lệ: cần một địa chỉ https của dịch vụ thông báo của trình duyệt.',
    en: 'The notification address is not valid: it must be an https address of the browser’s push service.',
  },
  'push-service-not-allowed': {
    status: 403,
    vi: 'Dịch vụ thông báo của trình duyệt này không được chấp nhận. Vui lòng dùng Chrome, Firefox, Edge hoặc Safari.',
    en: 'This browser’s push service is not accepted. Please use Chrome, Firefox, Edge or Safari.',
  },
  'push-endpoint-private': {
    status: 403,
    vi: 'Địa chỉ nhận thông báo trỏ vào một mạng nội bộ nên bị từ chối.',
    en: 'The notification address points into a private network and is refused.',
  },
  'push-ticket-ended': {
    status: 409,
    vi: 'Số này không còn chờ gọi nên không cần bật thông báo.',
    en: 'This ticket is no longer waiting: there is nothing to notify.',
  },
  'agency-code-required': {
    status: 409,
    vi: 'Hãy đặt mã cơ quan của trung tâm (Mã cơ quan trên mã hồ sơ) trước khi bật kết nối với hệ thống khác.',
    en: 'Set the center’s agency code (the agency code on dossier codes) before turning the integration on.',
  },
  'agency-code-in-use': {
    status: 409,
    vi: 'Trung tâm đang có khóa kết nối còn hiệu lực, cần mã cơ quan. Hãy thu hồi các khóa trước khi xóa mã cơ quan.',
    en: 'The center has live API keys, which need its agency code. Revoke them before clearing the agency code.',
  },
  'api-key-not-found': { status: 404, vi: 'Không tìm thấy khóa kết nối.', en: 'API key not found.' },
  'api-key-invalid': {
    status: 401,
    vi: 'Khóa kết nối không hợp lệ hoặc đã bị thu hồi.',
    en: 'The API key is not valid or has been revoked.',
  },
  'dossier-not-found': { status: 404, vi: 'Không tìm thấy hồ sơ mang mã này.', en: 'No dossier has this code.' },
  'invalid-credentials': { status: 401, vi: 'Sai tên đăng nhập hoặc mật khẩu.', en: 'Wrong username or password.' },
  unauthenticated: { status: 401, vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
  forbidden: { status: 403, vi: 'Tài khoản không có quyền làm việc này.', en: 'Your account may not do this.' },
  'rate-limited': {
    status: 429,
    vi: 'Quá nhiều yêu cầu. Vui lòng thử lại sau {seconds} giây.',
    en: 'Too many requests. Please try again in {seconds} seconds.',
  },
  'login-locked': {
    status: 429,
    vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {seconds} giây.',
    en: 'Too many failed sign-ins. Please try again in {seconds} seconds.',
  },
  'cross-site': { status: 403, vi: 'Yêu cầu từ trang web khác bị từ chối.', en: 'Requests from another site are refused.' },
  'device-not-paired': {
    status: 403,
    vi: 'Màn hình này chưa được ghép nối với trung tâm. Hãy nhập mã ghép nối do quản trị viên cấp.',
    en: 'This screen is not paired with the center. Enter the pairing code an administrator issued.',
  },
  'device-not-found': { status: 404, vi: 'Không tìm thấy thiết bị hoặc mã ghép nối.', en: 'Device or pairing code not found.' },
  'staff-not-found': { status: 404, vi: 'Không tìm thấy tài khoản cán bộ.', en: 'Staff account not found.' },
  unavailable: {
    status: 503,
    vi: 'Hệ thống đang bận. Vui lòng thử lại sau {seconds} giây.',
    en: 'The system is busy. Please try again in {seconds} seconds.',
  },
  internal: { status: 500, vi: 'Lỗi hệ thống. Vui lòng thử lại.', en: 'Server error. Please try again.' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

/** A value may differ by language (a date written out, a place). */
export type ErrorParams = Record<string, string | number | Readonly<Record<Lang, string>>>;

/** What is wrong with one field of a refused request: `bad-request` lists them for the screen to word. */
export const FIELD_PROBLEMS = [
  'required',
  'too-small',
  'too-big',
  'invalid-format',
  'invalid-value',
  'invalid-type',
  'unknown-field',
  'invalid',
] as const;
export type FieldProblem = (typeof FIELD_PROBLEMS)[number];

export interface FieldError {
  /** Where in the body or query, dotted: `priorityEvery`, `sessions.0.end`. */
  path: string;
  code: FieldProblem;
  /** too-small / too-big: the bound, inclusive, and what it counts (a number's value, a text's characters, a list's items). */
  limit?: number;
  of?: 'number' | 'string' | 'array';
  /** invalid-format: the format expected (`url`, `date`, `regex` …). */
  format?: string;
}

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldError[] };
}

/** HTTP answers and socket acks share this shape; callers narrow with `'error' in res`. */
export type ApiResult<T> = T | ApiErrorBody;

export function errorMessage(code: ErrorCode, params: ErrorParams = {}, lang: Lang = 'vi'): string {
  return ERRORS[code][lang].replace(/\{(\w+)\}/g, (_, k: string) => {
    const value = params[k] ?? '';
    return typeof value === 'object' ? value[lang] : String(value);
  });
}

export function isApiError(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && 'error' in value;
}
