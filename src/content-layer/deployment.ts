/**
 * Where the built site will live, from the environment (README, "Deploying"): `SITE_URL`, the
 * public origin, and `BASE_PATH`, the sub-path under it. Both are normalised where the intent
 * is plain (`storm-0558` is `/storm-0558/`, `https://news.example/` is `https://news.example`)
 * and refused with a message naming the variable and its value where it is not.
 */

/** The origin the site believes it is served from when `SITE_URL` is not set: `npm start`'s. */
export const DEFAULT_SITE = 'http://127.0.0.1:4321';

export interface Deployment {
  /** The origin, without a path or a trailing slash: `https://news.example`. */
  readonly site: string;
  /** The sub-path, with a slash at both ends: `/`, `/storm-0558/`. */
  readonly base: string;
  /** Whether `SITE_URL` was set (the build warns when it was not). */
  readonly siteFromEnv: boolean;
}

export class DeploymentError extends Error {
  override name = 'DeploymentError';
  constructor(message: string) {
    super(message);
    // The message names the variable and its value; a stack trace would only add noise.
    this.stack = `${this.name}: ${message}`;
  }
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/** A path segment made of characters that need no escaping in a URL. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** `SITE_URL` as an origin. Throws `DeploymentError` on anything but an origin. */
export function normaliseSiteUrl(value: string): string {
  const got = `(got ${JSON.stringify(value)})`;
  if (!URL.canParse(value.trim())) {
    throw new DeploymentError(
      `SITE_URL must be the site's public origin, such as https://news.example ${got}`,
    );
  }
  const url = new URL(value.trim());
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname))) {
    throw new DeploymentError(
      `SITE_URL must start with https:// (http:// is allowed only for 127.0.0.1 and localhost) ${got}`,
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new DeploymentError(
      `SITE_URL must be an origin alone, without a user, query or fragment ${got}`,
    );
  }
  if (url.pathname !== '/') {
    throw new DeploymentError(
      `SITE_URL must be an origin without a path; give the sub-path as BASE_PATH=${url.pathname} ${got}`,
    );
  }
  return url.origin;
}

/** `BASE_PATH` with a slash at both ends. Throws `DeploymentError` on a path a URL cannot hold. */
export function normaliseBasePath(value: string): string {
  const segments = value.trim().split('/').filter(Boolean);
  if (segments.some((segment) => !SEGMENT.test(segment) || /^\.+$/.test(segment))) {
    throw new DeploymentError(
      `BASE_PATH must be a path such as /storm-0558/: letters, digits, ".", "_", "~" and "-" between slashes (got ${JSON.stringify(value)})`,
    );
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/** The deployment the environment asks for. Throws `DeploymentError` naming what is wrong. */
export function deploymentFromEnv(env: Readonly<Record<string, string | undefined>>): Deployment {
  const siteFromEnv = env.SITE_URL !== undefined;
  if (env.SITE_URL?.trim() === '') {
    throw new DeploymentError(
      'SITE_URL is set but empty: give the public origin, such as https://news.example, or leave it unset for a local build (got "")',
    );
  }
  return {
    site: siteFromEnv ? normaliseSiteUrl(env.SITE_URL ?? '') : DEFAULT_SITE,
    base: normaliseBasePath(env.BASE_PATH ?? '/'),
    siteFromEnv,
  };
}
