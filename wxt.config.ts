import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Manifest V3 for both browsers (README, "Why Manifest V3 in Firefox too"): one manifest shape,
// and in both the background is one that the browser may stop (Chrome's service worker, Firefox's
// event page), so the lifecycle the code is written for is the one both browsers run.
export default defineConfig({
  manifestVersion: 3,
  manifest: ({ browser, mode }) => ({
    name: 'Parallax',
    description:
      'Cross-references the news you read against your own local corpus: related coverage and the claims that differ. Nothing leaves your browser.',
    // unlimitedStorage: the corpus lives in IndexedDB and outgrows the default quota at tens of thousands of articles.
    // storage: the reader's per-site overlay setting. contextMenus: "Save page to Parallax".
    permissions: ['unlimitedStorage', 'storage', 'contextMenus'],
    commands: {
      'toggle-overlay': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Show or hide the Parallax overlay on this page',
      },
    },
    action: { default_title: 'Parallax' },
    // Extension pages and the worker run only our own scripts, embed nothing, and cannot open any
    // connection (connect-src 'none'): no fetch, XHR, WebSocket or beacon can leave Parallax.
    // Development builds keep WXT's default so its reload server can connect.
    ...(mode === 'production'
      ? {
          content_security_policy: {
            extension_pages:
              "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; connect-src 'none'",
          },
        }
      : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // A fixed id: AMO needs one to sign an MV3 add-on, and the e2e tests key the extension's UUID by it.
              id: 'parallax@example.org',
              // 140 (the ESR before 153) is the first Firefox that reads data_collection_permissions.
              strict_min_version: '140.0',
              // Parallax collects and transmits nothing: the corpus, analyses and settings never leave
              // the browser (and its pages cannot connect anywhere: connect-src 'none' above).
              data_collection_permissions: { required: ['none'] },
            },
            // Not a target (its shortcut and context menu are desktop-only), but should the package
            // reach Firefox for Android, 142 is the first there that reads data_collection_permissions.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
  zip: {
    // AMO reviewers rebuild the Firefox package from this (README, "Store packages"): what the build
    // reads and nothing else from the working tree (no tests, no local files).
    includeSources: [
      'entrypoints/**',
      'components/**',
      'lib/**',
      'public/**',
      'seeds/**',
      'package.json',
      'package-lock.json',
      '.npmrc',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
    ],
  },
});
