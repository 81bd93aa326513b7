import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import svgr from 'vite-plugin-svgr';
import { contentPlugin } from './scripts/content/vite-plugin-content';

export default defineConfig({
  plugins: [react(), svgr({ include: '**/*.svg?react', svgrOptions: { dimensions: false } }), contentPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // floor.html: the benchmark's floor page (src/floor/floor.tsx), built beside the app so both are measured alike.
    rollupOptions: { input: { index: 'index.html', floor: 'floor.html' } },
  },
  preview: { host: '127.0.0.1' },
});
