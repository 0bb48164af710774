import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Manifest V3 for Chrome; WXT derives the Firefox MV2/MV3 differences from the same config.
export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'Parallax',
    description:
      'Cross-references the news you read against your own local corpus: related coverage and the claims that differ. Nothing leaves your browser.',
    // The background imports the seeds into IndexedDB; a corpus of 100,000 articles needs more than the default quota.
    permissions: ['unlimitedStorage'],
    action: { default_title: 'Parallax' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'parallax@example.org', strict_min_version: '128.0' } } }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
