// A citizen's satisfaction rating, from the phone's status page or the counter's rating screen.
import type { RatingRequest } from '../../shared/schemas.js';
import type { RatingView } from '../../shared/types.js';
import { request } from './http.js';

export const rateTicket = (ticketId: number, req: RatingRequest) =>
  request<RatingView>('POST', `/api/tickets/${ticketId}/rating`, req);
