import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * One helmet configuration for the API and the pages. The portal and the pages behind links
 * (answers, preferences, offer extension) run only our own scripts: a strict CSP, no framing, no
 * referrer (their URL carries a token). Styles may be inline: the pages behind links carry their
 * structure's colours in one <style> element, and Mantine injects its styles at run time; a
 * logo may be served from the structure's own site (https). The OpenAPI page and the queue dashboard ship inline scripts and styles of
 * their own, so these two get 'unsafe-inline' for scripts and styles, nothing more.
 */
const strict = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'none'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'https:'],
      fontSrc: ["'self'"],
      scriptSrc: ["'self'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
    },
  },
  referrerPolicy: { policy: 'no-referrer' },
  crossOriginEmbedderPolicy: false,
});

const tools = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      scriptSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
    },
  },
  referrerPolicy: { policy: 'no-referrer' },
  crossOriginEmbedderPolicy: false,
});

const TOOL_PREFIXES = ['/docs', '/admin/queues'];

export const securityHeaders = (): RequestHandler => (req, res, next) =>
  (TOOL_PREFIXES.some((p) => req.path === p || req.path.startsWith(`${p}/`)) ? tools : strict)(
    req,
    res,
    next,
  );
