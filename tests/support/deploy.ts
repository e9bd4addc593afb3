/**
 * The sub-path build the tests serve: where it is written, the base it is built for, and the
 * origin it believes it is deployed at (the test server's).
 */
export const SUBPATH = {
  dir: 'dist-subpath',
  base: '/storm-0558/',
  site: 'http://127.0.0.1:4323',
} as const;
