import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { nxViteTsPaths } from '@nx/vite/plugins/nx-tsconfig-paths.plugin';

// `npx nx dev web` forwards /api/<service> to the services like the web server of `npm start` does.
const services = { matching: 3000, employers: 3001, training: 3002 };
const proxy = Object.fromEntries(
  Object.entries(services).map(([name, port]) => [
    `/api/${name}`,
    {
      target: `http://127.0.0.1:${port}`,
      rewrite: (path: string) => path.slice(`/api/${name}`.length) || '/',
    },
  ]),
);

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  server: { port: 4200, host: 'localhost', proxy },
  preview: { port: 4300, host: 'localhost', proxy },
  plugins: [react(), nxViteTsPaths()],
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: true,
  },
  test: {
    name: 'web',
    watch: false,
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/test-setup.ts'],
    include: ['src/**/*.spec.{ts,tsx}'],
    reporters: ['default'],
    // jsdom and user-event are slow on a busy 2-core machine.
    testTimeout: 20_000,
  },
}));
