/**
 * Writes the self-hosting server configurations, deploy/nginx/thidua.conf and
 * deploy/caddy/Caddyfile, from the site's header rules (src/lib/security-headers.ts, the source
 * of dist/_headers too), with the /admin policy of the CMS configured by the environment
 * (CMS_BACKEND, …, as for the build). The files are committed; a unit test fails when they
 * drift from the rules. Run after changing the rules: `npm run deploy-configs`.
 */
import { writeDeployConfigs } from '../src/deploy/configs.ts';

const written = await writeDeployConfigs();
console.log(`Đã ghi ${written.join(', ')}`);
