// `npm start`: serves the production build (run after `vite build`) and prints the address.
import { preview } from 'vite';

const server = await preview({ preview: { host: '127.0.0.1', port: Number(process.env.PORT) || 4173, strictPort: false, open: false } });
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
console.log(`\nMyoMap is running at ${url}\nOpen it in your browser; press Ctrl+C to stop.\n`);
