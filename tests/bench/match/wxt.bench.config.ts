import { defineConfig } from 'wxt';
import base from '../../../wxt.config';

// The Chromium benchmark builds the extension into its own folder, so it never races another
// build of .output/ in the same checkout.
export default defineConfig({ ...base, root: process.cwd(), outDir: '/tmp/parallax-bench-output' });
