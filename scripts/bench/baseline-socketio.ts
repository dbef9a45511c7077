// Baseline for live updates: a bare socket.io broadcast with no application logic. Sockets join one
// room; POST /broadcast emits the posted JSON to the room as 'ticket:called' (the bench posts a real
// call event, so both sides carry the same bytes). Run as a child process: prints its URL.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';

const ROOM = 'center';

const httpServer = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/broadcast') {
    res.writeHead(404).end();
    return;
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => {
    body += chunk;
  });
  req.on('end', () => {
    io.to(ROOM).emit('ticket:called', JSON.parse(body) as unknown);
    res.writeHead(204).end();
  });
});
const io = new Server(httpServer, { serveClient: false });
io.on('connection', (socket) => {
  socket.on('center:join', (_req: unknown, ack: (ok: boolean) => void) => {
    void socket.join(ROOM);
    ack(true);
  });
});

httpServer.listen(0, '127.0.0.1', () => {
  console.log(`baseline socket.io at http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => {
  httpServer.closeAllConnections();
  void io.close(() => process.exit(0));
});
