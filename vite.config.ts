import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The built page's Content-Security-Policy. Scripts come only from our own origin: no inline
 * script, no eval. The JSON-LD and the explorer-state blocks are data (`type="application/…json"`),
 * which the browser never executes, so script-src does not apply to them. Only the build gets the
 * policy: the dev server injects inline scripts for React Refresh.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta()],
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  build: {
    // Two pages: the explorer, and "How we check facts". The policy above applies to both.
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        sources: fileURLToPath(new URL('./sources.html', import.meta.url)),
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    restoreMocks: true,
    // CI machines have two cores; a full-app render under load can take seconds.
    testTimeout: 15_000,
  },
});
