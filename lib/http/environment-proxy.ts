/** The variables axios reads a proxy from (each in lower or upper case). */
const PROXY_VARIABLES = ['http_proxy', 'https_proxy', 'all_proxy'];

/**
 * Whether the environment names a proxy for HTTP(S) requests. When it names none, the module's axios instance is
 * told so (`proxy: false`) once, instead of axios looking the environment up again on every request; when it names
 * one, axios goes on resolving it, `NO_PROXY` included, exactly as before.
 */
export function environmentNamesProxy(env: NodeJS.ProcessEnv = process.env): boolean {
  return PROXY_VARIABLES.some((name) => Boolean(env[name] || env[name.toUpperCase()]));
}
