import { defineConfig } from 'vitest/config';

// Unit tests cover plain logic (stores, error mapping, translations): no DOM needed.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
