// One multi-page build for every screen; the server serves dist/.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const page = (path: string) => resolve(import.meta.dirname, path);

export default defineConfig(({ command }) => ({
  publicDir: false,
  // A build is for production whatever NODE_ENV says (the test runner sets it to "test", and Vite would
  // then take Lit's development build, with its dev-mode warning and checks); `npx vite` keeps them.
  resolve: command === 'build' ? { conditions: ['module', 'browser', 'production'] } : {},
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The wall's voice clips (display/wall/clips) stay files, however small: loaded when a call needs them.
    assetsInlineLimit: (file) => (file.endsWith('.opus') ? false : undefined),
    rolldownOptions: {
      input: {
        home: page('index.html'),
        kiosk: page('display/kiosk.html'),
        wall: page('display/wall.html'),
        booking: page('display/booking.html'),
        status: page('display/status.html'),
        rating: page('display/rating.html'),
        counter: page('counter/index.html'),
        reception: page('counter/reception.html'),
        leader: page('counter/leader.html'),
        admin: page('counter/admin.html'),
        board: page('display/board.html'),
        province: page('display/province.html'),
        pair: page('display/pair.html'),
      },
    },
  },
  server: {
    // `npx vite` serves the screens with hot reload against a server on :3000 (`npm run dev`).
    proxy: { '/api': 'http://localhost:3000', '/socket.io': { target: 'ws://localhost:3000', ws: true } },
  },
}));
