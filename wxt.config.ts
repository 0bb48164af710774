import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Manifest V3 for Chrome; WXT derives the Firefox MV2/MV3 differences from the same config.
export default defineConfig({
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
      ? { browser_specific_settings: { gecko: { id: 'parallax@example.org', strict_min_version: '128.0' } } }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
