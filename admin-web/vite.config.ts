import { webAppConfig } from '@plannivo/web-kit/config/vite';
import react from '@vitejs/plugin-react';

// Served by the API at /admin/; `npm run dev` serves it on :5173 and proxies the API.
export default webAppConfig({ base: '/admin/', port: 5173, plugins: [react()] });
