// Wires the domain services over one store and one clock.
import type { Store } from '../store/database.js';
import { ApiKeys } from './api-keys.js';
import { AuditLog } from './audit-log.js';
import { AuthService } from './auth-service.js';
import { BoardService } from './board-service.js';
import { BookingService } from './booking-service.js';
import { CalendarService } from './calendar-service.js';
import { CenterAccess } from './center-access.js';
import { CenterSettings } from './center-settings.js';
import type { CenterEventSink } from './center-events.js';
import type { Clock } from './clock.js';
import { CounterDesk } from './counter-desk.js';
import { DeviceService } from './device-service.js';
import { DossierCodes } from './dossier-codes.js';
import { FastTrackService } from './fast-track-service.js';
import { ForecastInputs } from './forecast-inputs.js';
import { IndicatorService } from './indicator-service.js';
import { PersonalDataRetention } from './personal-data.js';
import { QueueReader } from './queue-reader.js';
import { RecordsStatusDesk } from './records-status.js';
import { ReportService } from './report-service.js';
import { RatingDesk } from './rating-desk.js';
import { ResultDesk } from './result-desk.js';
import { StaffAdmin } from './staff-admin.js';
import { TicketIssuer } from './ticket-issuer.js';
import { TicketStatusReader } from './ticket-status.js';
import { WaitForecaster } from './wait-forecaster.js';
import { WallSound } from './wall-sound.js';

export interface Domain {
  auth: AuthService;
  access: CenterAccess;
  reader: QueueReader;
  calendar: CalendarService;
  issuer: TicketIssuer;
  desk: CounterDesk;
  fastTrack: FastTrackService;
  bookings: BookingService;
  results: ResultDesk;
  dossiers: DossierCodes;
  /** Integration API keys, and the records system's word on a dossier. */
  apiKeys: ApiKeys;
  recordsStatus: RecordsStatusDesk;
  audit: AuditLog;
  devices: DeviceService;
  staffAdmin: StaffAdmin;
  statuses: TicketStatusReader;
  ratings: RatingDesk;
  settings: CenterSettings;
  reports: ReportService;
  boards: BoardService;
  /** The province's indicators and their per-dossier exports. */
  indicators: IndicatorService;
  /** Clears Form 01's name and phone after each center's retention (main.ts schedules it). */
  personalData: PersonalDataRetention;
  /** Every center's latest wait range, worked out in a worker thread. */
  forecaster: WaitForecaster;
  /** The wall displays that report their sound blocked. */
  wallSound: WallSound;
}

/**
 * `idleMs`: a staff session unused this long is refused (default: no idle timeout). `onError`: what
 * the background forecasts report when they fail (logged by the app). `autoForecast` false: wait
 * ranges are forecast only on request (MOTCUA_WAIT_RANGE=off: never; the benchmark's day in virtual time).
 */
export function createDomain(
  store: Store,
  clock: Clock,
  sink: CenterEventSink,
  { idleMs = Infinity, onError = (_err: unknown) => {}, autoForecast = true, publicUrl = null as string | null } = {},
): Domain {
  const reader = new QueueReader(store, clock, publicUrl);
  // Built before the services that emit: every event of a center may move its queue, so it is forecast again.
  let forecastInputs: ForecastInputs | undefined = undefined;
  const forecaster = new WaitForecaster((centerId) => forecastInputs!.read(centerId), clock, onError, autoForecast);
  const emit: CenterEventSink = (centerId, event) => {
    forecaster.changed(centerId);
    sink(centerId, event);
  };
  const calendar = new CalendarService(store, clock, reader, emit);
  forecastInputs = new ForecastInputs(store, reader.callInputs, calendar);
  const fastTrack = new FastTrackService(store, clock, reader, calendar, emit);
  const issuer = new TicketIssuer(store, clock, reader, calendar, emit, forecaster);
  const reports = new ReportService(store, clock, reader);
  const dossiers = new DossierCodes(store, reader);
  // Straight to the sink: a wall's sound moves no queue, so nothing is forecast again.
  const wallSound = new WallSound(sink);
  const access = new CenterAccess(store);
  return {
    auth: new AuthService(store, clock, idleMs),
    access,
    reader,
    calendar,
    issuer,
    desk: new CounterDesk(store, clock, reader, calendar, fastTrack, dossiers, emit),
    fastTrack,
    bookings: new BookingService(store, clock, reader, calendar, issuer),
    results: new ResultDesk(store, clock, reader),
    dossiers,
    apiKeys: new ApiKeys(store, clock, reader),
    recordsStatus: new RecordsStatusDesk(store, clock, access, dossiers, emit),
    audit: new AuditLog(store, clock, reader),
    devices: new DeviceService(store, clock, reader),
    staffAdmin: new StaffAdmin(store),
    statuses: new TicketStatusReader(store, issuer),
    ratings: new RatingDesk(store, clock, reader),
    settings: new CenterSettings(store, reader, emit),
    reports,
    boards: new BoardService(store, clock, reader, reports, wallSound),
    indicators: new IndicatorService(store, clock, reader, calendar),
    personalData: new PersonalDataRetention(store, clock),
    forecaster,
    wallSound,
  };
}
