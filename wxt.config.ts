import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Manifest V3 for Chrome; WXT derives the Firefox MV2/MV3 differences from the same config.
export default defineConfig({
  manifest: ({ browser }) => ({
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
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'parallax@example.org', strict_min_version: '128.0' } } }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
