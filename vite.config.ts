import react from '@vitejs/plugin-react'
import path from 'node:path'
import { defineConfig } from 'vite'

// The web UI lives in src/web and is built into dist/web, which the Fastify server serves with an SPA fallback.
export default defineConfig({
  root: path.resolve(import.meta.dirname, 'src/web'),
  plugins: [react()],
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
  },
  server: {
    // `npx vite` for UI work against a running server (npm run dev / bin/start.mjs on port 3000).
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
})
