import { webAppConfig } from '@plannivo/web-kit/config/vite';
import react from '@vitejs/plugin-react';

// Served by the API at /portal/; `npm run dev` serves it on :5174 and proxies the API.
export default webAppConfig({ base: '/portal/', port: 5174, plugins: [react()] });
