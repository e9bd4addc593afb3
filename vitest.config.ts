import { getViteConfig } from 'astro/config';

// Unit tests: pure modules beside their code. TZ is pinned by the npm script to a zone west of
// UTC, where a date parsed as a local instant would slip to the day before.
export default getViteConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
