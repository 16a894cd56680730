import react from '@vitejs/plugin-react';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type * as ArtifactsModule from './src/exports/artifacts.ts';
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

/**
 * Downloads, citations and schemas made from public/data at build time (src/exports/artifacts.ts):
 * emitted into the client build, and served by the dev server at the same paths, so the browser
 * only ever fetches finished files.
 */
function buildArtifacts(): Plugin {
  const readData = (file: string): unknown =>
    JSON.parse(readFileSync(new URL(`./public/data/${file}`, import.meta.url), 'utf8'));
  // Loaded through Vite's own module runner, not as part of this config: the generators are app
  // code (extensionless TypeScript imports), which the config loader should not have to follow.
  const make = async () => {
    const { module } = await runnerImport<typeof ArtifactsModule>(
      fileURLToPath(new URL('./src/exports/artifacts.ts', import.meta.url)),
    );
    return module.buildArtifacts(readData);
  };
  return {
    name: 'explorer-build-artifacts',
    async generateBundle() {
      if (this.environment.config.consumer === 'server') return;
      for (const artifact of await make())
        this.emitFile({ type: 'asset', fileName: artifact.path, source: artifact.body });
    },
    configureServer(server) {
      // Made once and kept until a data file changes: formatting every citation takes seconds,
      // and this middleware sees every request the dev server answers.
      let made: ReturnType<typeof make> | undefined;
      server.watcher.on('change', (file) => {
        if (file.includes('/public/data/')) made = undefined;
      });
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split(/[?#]/)[0]!.replace(/^\//, '');
        // Artifacts live under data/ (see Artifact.path), beside the files of public/data: the page,
        // its modules and the data files need not wait for them.
        if (!path.startsWith('data/') || existsSync(new URL(`./public/${path}`, import.meta.url)))
          return next();
        (made ??= make())
          .then((artifacts) => {
            const artifact = artifacts.find((candidate) => candidate.path === path);
            if (!artifact) return next();
            response.setHeader('Content-Type', artifact.type);
            response.end(artifact.body);
          })
          .catch((error: unknown) => {
            made = undefined;
            next(error);
          });
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta(), buildArtifacts()],
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  build: {
    // Four pages: the explorer, "How we check facts", "The data" and "Definitions side by side".
    // The policy above applies to all four.
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        sources: fileURLToPath(new URL('./sources.html', import.meta.url)),
        data: fileURLToPath(new URL('./data.html', import.meta.url)),
        compare: fileURLToPath(new URL('./compare.html', import.meta.url)),
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    restoreMocks: true,
    // Worker threads, not child processes: each test file still gets a fresh jsdom and fresh
    // modules (the stores are module state), but starting a thread costs less than a process; the
    // suite takes about 115 s on two cores where forks took 150.
    pool: 'threads',
    // CI machines have two cores, often busy with other work: a full-app render in jsdom, or the
    // citation engine's start-up in a hook, has been seen to take over 10 s at a load of 16.
    // These are ceilings on waiting for what a reader would see, not delays.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
