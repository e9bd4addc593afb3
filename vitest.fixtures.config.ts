import { defineConfig } from 'vitest/config';

// Builds the real site against each defective content tree in tests/fixtures/: slow, so apart.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/content-fixtures.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
